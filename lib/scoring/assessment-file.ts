// Reads the results file of the assessment institution (CSV or XLSX) into rows, with an Indonesian
// message per bad cell naming the row and the column. Pure: no database, no server modules. The XLSX
// side is a small reader (zip directory + node:zlib inflate + the sheet's XML), the counterpart of
// lib/export/xlsx.ts: a spreadsheet library would bring a large tree for one sheet of six columns.
import { inflateRawSync } from "node:zlib";
import { AppError } from "@/lib/errors";
import { isValidScoreValue, MAX_SCORE, MIN_SCORE } from "@/lib/scoring/rules";
import { ASSESSMENT_FILE_MAX_BYTES } from "@/lib/validation/scoring";

export const ASSESSMENT_FILE_MAX_ROWS = 2000;

/** The header row of the template offered for download. */
export const ASSESSMENT_TEMPLATE_HEADER = ["no_pendaftaran", "nama", "manajerial", "sosiokultural", "nilai_akhir", "kategori"] as const;

export const ASSESSMENT_CATEGORIES = ["MS", "MMS", "KMS"] as const;
export type AssessmentCategory = (typeof ASSESSMENT_CATEGORIES)[number];

export type AssessmentFileRow = {
  /** The row number a spreadsheet shows (the header is row 1 when it is the first line). */
  rowNumber: number;
  /** Trimmed, upper case, without spaces; "" when the cell is empty. */
  registrationNumber: string;
  name: string | null;
  value: number | null;
  managerial: number | null;
  socioCultural: number | null;
  category: AssessmentCategory | null;
  errors: string[];
};

export type AssessmentFile = { format: "csv" | "xlsx"; rows: AssessmentFileRow[] };

type Cell = string | number;
type RawRow = { rowNumber: number; cells: Cell[] };

// Header names are compared after lower-casing and turning dots, underscores, dashes and runs of
// spaces into one space: "No. Pendaftaran", "no_pendaftaran" and "NO PENDAFTARAN" are the same column.
const FIELDS = {
  registrationNumber: { label: "no_pendaftaran", aliases: ["no pendaftaran", "nomor pendaftaran"] },
  name: { label: "nama", aliases: ["nama"] },
  managerial: { label: "manajerial", aliases: ["manajerial", "nilai manajerial"] },
  socioCultural: { label: "sosiokultural", aliases: ["sosiokultural", "sosio kultural", "nilai sosiokultural", "nilai sosio kultural"] },
  value: { label: "nilai", aliases: ["nilai", "nilai akhir", "jpm"] },
  category: { label: "kategori", aliases: ["kategori"] },
} as const;
type Field = keyof typeof FIELDS;
type Column = { index: number; label: string };

const REQUIRED_FIELDS: readonly Field[] = ["registrationNumber", "value"];

const CATEGORY_NAMES: Record<string, AssessmentCategory> = {
  MS: "MS",
  MMS: "MMS",
  KMS: "KMS",
  "MEMENUHI SYARAT": "MS",
  "MASIH MEMENUHI SYARAT": "MMS",
  "KURANG MEMENUHI SYARAT": "KMS",
};

function invalid(message: string): AppError {
  return new AppError("VALIDATION", message);
}

/** The file's rows, or an AppError VALIDATION when the file as a whole cannot be used. */
export function parseAssessmentFile(fileName: string, content: Uint8Array): AssessmentFile {
  if (content.length === 0) throw invalid("Berkas kosong.");
  if (content.length > ASSESSMENT_FILE_MAX_BYTES) throw invalid("Berkas terlalu besar; paling besar 512 KB.");
  const extension = /\.(csv|xlsx)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  const isZip = content[0] === 0x50 && content[1] === 0x4b && content[2] === 0x03 && content[3] === 0x04;
  if (extension === "xlsx") {
    if (!isZip) throw invalid("Berkas XLSX tidak dapat dibaca. Simpan ulang sebagai Excel Workbook (.xlsx) tanpa kata sandi, atau sebagai CSV UTF-8.");
    return { format: "xlsx", rows: toAssessmentRows(readXlsxRows(content)) };
  }
  if (extension === "csv") {
    if (isZip) throw invalid("Isi berkas tidak sesuai dengan ekstensi .csv (berkas ini tampaknya XLSX).");
    return { format: "csv", rows: toAssessmentRows(readCsvRows(content)) };
  }
  throw invalid("Jenis berkas tidak didukung. Unggah berkas .csv atau .xlsx.");
}

// ---------------------------------------------------------------- rows → assessment rows

function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return "";
  return typeof cell === "number" ? String(cell) : cell.trim();
}

function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/[._\s-]+/g, " ").trim();
}

function mapColumns(header: RawRow): Partial<Record<Field, Column>> {
  const columns: Partial<Record<Field, Column>> = {};
  header.cells.forEach((cell, index) => {
    const label = cellText(cell);
    const name = normaliseHeader(label);
    const field = (Object.keys(FIELDS) as Field[]).find((key) => (FIELDS[key].aliases as readonly string[]).includes(name));
    if (!field) return;
    if (columns[field]) throw invalid(`Kolom ${FIELDS[field].label} muncul lebih dari sekali pada baris judul ("${columns[field].label}" dan "${label}").`);
    columns[field] = { index, label };
  });
  const missing = REQUIRED_FIELDS.filter((field) => !columns[field]);
  if (missing.length > 0) {
    throw invalid(
      `Kolom wajib tidak ditemukan: ${missing.map((field) => FIELDS[field].label).join(", ")}. ` +
        `Baris pertama berkas harus berisi judul kolom, misalnya ${ASSESSMENT_TEMPLATE_HEADER.join(", ")}.`,
    );
  }
  return columns;
}

function toAssessmentRows(raw: readonly RawRow[]): AssessmentFileRow[] {
  const [header, ...data] = raw.filter((row) => row.cells.some((cell) => cellText(cell) !== ""));
  if (!header) throw invalid("Berkas kosong: tidak ada baris judul kolom.");
  const columns = mapColumns(header);
  if (data.length === 0) throw invalid("Berkas tidak berisi baris nilai di bawah baris judul.");
  if (data.length > ASSESSMENT_FILE_MAX_ROWS) {
    throw invalid(`Berkas berisi ${data.length.toLocaleString("id-ID")} baris nilai; paling banyak ${ASSESSMENT_FILE_MAX_ROWS.toLocaleString("id-ID")} baris.`);
  }
  return data.map((row) => readRow(row, columns));
}

function parseDecimal(text: string): number | null {
  // Decimal comma or point; a trailing % is allowed because the JPM is a percentage.
  const match = /^([+-]?\d+(?:[.,]\d+)?)\s*%?$/.exec(text);
  return match?.[1] ? Number(match[1].replace(",", ".")) : null;
}

function readScore(row: RawRow, column: Column | undefined, isRequired: boolean, errors: string[]): number | null {
  if (!column) return null;
  const cell = row.cells[column.index];
  const text = cellText(cell);
  const at = `Baris ${row.rowNumber}: ${column.label}`;
  if (text === "") {
    if (isRequired) errors.push(`${at} kosong`);
    return null;
  }
  const shown = typeof cell === "number" ? text.replace(".", ",") : text;
  const value = typeof cell === "number" ? cell : parseDecimal(text);
  if (value === null || !Number.isFinite(value)) {
    errors.push(`${at} "${shown}" bukan angka`);
    return null;
  }
  if (value < MIN_SCORE || value > MAX_SCORE) {
    errors.push(`${at} ${shown} di luar rentang ${MIN_SCORE}–${MAX_SCORE}`);
    return null;
  }
  if (!isValidScoreValue(value)) {
    errors.push(`${at} ${shown} lebih dari 3 angka di belakang koma`);
    return null;
  }
  return value;
}

function readRow(row: RawRow, columns: Partial<Record<Field, Column>>): AssessmentFileRow {
  const errors: string[] = [];
  const text = (column: Column | undefined) => (column ? cellText(row.cells[column.index]) : "");
  const registrationNumber = text(columns.registrationNumber).replace(/\s+/g, "").toUpperCase();
  if (registrationNumber === "") errors.push(`Baris ${row.rowNumber}: ${columns.registrationNumber?.label ?? FIELDS.registrationNumber.label} kosong`);
  const value = readScore(row, columns.value, true, errors);
  const managerial = readScore(row, columns.managerial, false, errors);
  const socioCultural = readScore(row, columns.socioCultural, false, errors);
  const categoryText = text(columns.category);
  const category = categoryText === "" ? null : (CATEGORY_NAMES[categoryText.toUpperCase().replace(/\s+/g, " ")] ?? null);
  if (categoryText !== "" && !category) errors.push(`Baris ${row.rowNumber}: ${columns.category?.label} "${categoryText}" tidak dikenal (MS, MMS atau KMS)`);
  const name = text(columns.name);
  return { rowNumber: row.rowNumber, registrationNumber, name: name === "" ? null : name, value, managerial, socioCultural, category, errors };
}

// ---------------------------------------------------------------- CSV

function readCsvRows(content: Uint8Array): RawRow[] {
  let text: string;
  try {
    // The decoder drops a leading byte order mark.
    text = new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch {
    throw invalid("Berkas CSV harus berenkode UTF-8. Di Excel: Simpan Sebagai → CSV UTF-8 (dibatasi koma).");
  }
  if (text.includes("\u0000")) throw invalid("Berkas ini bukan berkas teks CSV.");
  return splitCsv(text, detectSeparator(text.trimStart()));
}

/** `;` (Excel in the Indonesian locale) or `,`: whichever occurs more often, outside quotes, in the first line. */
function detectSeparator(text: string): ";" | "," {
  let isQuoted = false;
  let semicolons = 0;
  let commas = 0;
  for (const char of text) {
    if (char === '"') isQuoted = !isQuoted;
    else if (isQuoted) continue;
    else if (char === "\n" || char === "\r") break;
    else if (char === ";") semicolons += 1;
    else if (char === ",") commas += 1;
  }
  return semicolons > 0 && semicolons >= commas ? ";" : ",";
}

/** RFC 4180 records: quoted fields may hold separators, doubled quotes and line breaks. */
function splitCsv(text: string, separator: string): RawRow[] {
  const rows: RawRow[] = [];
  let cells: string[] = [];
  let field = "";
  let isQuoted = false;
  const endRecord = () => {
    cells.push(field);
    rows.push({ rowNumber: rows.length + 1, cells });
    cells = [];
    field = "";
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (isQuoted) {
      if (char !== '"') field += char;
      else if (text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else isQuoted = false;
    } else if (char === '"' && field === "") isQuoted = true;
    else if (char === separator) {
      cells.push(field);
      field = "";
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && text[index + 1] === "\n") index += 1;
      endRecord();
    } else field += char;
  }
  if (isQuoted) throw invalid(`Baris ${rows.length + 1}: tanda kutip (") tidak ditutup.`);
  if (field !== "" || cells.length > 0) endRecord();
  return rows;
}

// ---------------------------------------------------------------- XLSX

// An inflated part larger than this is not a results sheet of at most 2,000 rows (and may be a zip bomb).
const MAX_PART_BYTES = 16 * 1024 * 1024;

type ZipEntry = { method: number; localOffset: number; compressedSize: number };

function unreadableXlsx(): AppError {
  return invalid("Berkas XLSX tidak dapat dibaca. Simpan ulang sebagai Excel Workbook (.xlsx) tanpa kata sandi, atau sebagai CSV UTF-8.");
}

function readXlsxRows(content: Uint8Array): RawRow[] {
  try {
    const zip = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    const entries = readZipDirectory(zip);
    const part = (name: string): string | null => {
      const entry = entries.get(name);
      return entry ? readZipEntry(zip, entry) : null;
    };
    const workbook = part("xl/workbook.xml");
    const relations = part("xl/_rels/workbook.xml.rels");
    if (workbook === null || relations === null) throw unreadableXlsx();
    const targets = relationTargets(relations);
    const firstSheet = /<sheet\b[^>]*>/.exec(withoutPrefixes(workbook));
    const sheetPath = firstSheet ? targets.byId.get(attributes(firstSheet[0]).get("id") ?? "") : undefined;
    const sheet = sheetPath ? part(sheetPath) : null;
    if (sheet === null) throw unreadableXlsx();
    const sharedPath = targets.sharedStrings ?? "xl/sharedStrings.xml";
    const shared = part(sharedPath);
    return sheetRows(sheet, shared === null ? [] : sharedStrings(shared));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadableXlsx();
  }
}

/** The central directory at the end of the zip (after at most a 64 KB comment). */
function readZipDirectory(zip: Buffer): Map<string, ZipEntry> {
  let end = -1;
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 22 - 0xffff); offset -= 1) {
    if (zip.readUInt32LE(offset) === 0x06054b50) {
      end = offset;
      break;
    }
  }
  if (end < 0) throw unreadableXlsx();
  const count = zip.readUInt16LE(end + 10);
  let pointer = zip.readUInt32LE(end + 16);
  const entries = new Map<string, ZipEntry>();
  for (let index = 0; index < count; index += 1) {
    if (zip.readUInt32LE(pointer) !== 0x02014b50) throw unreadableXlsx();
    const nameLength = zip.readUInt16LE(pointer + 28);
    const name = zip.toString("utf8", pointer + 46, pointer + 46 + nameLength);
    entries.set(name, { method: zip.readUInt16LE(pointer + 10), compressedSize: zip.readUInt32LE(pointer + 20), localOffset: zip.readUInt32LE(pointer + 42) });
    pointer += 46 + nameLength + zip.readUInt16LE(pointer + 30) + zip.readUInt16LE(pointer + 32);
  }
  return entries;
}

function readZipEntry(zip: Buffer, entry: ZipEntry): string {
  if (zip.readUInt32LE(entry.localOffset) !== 0x04034b50) throw unreadableXlsx();
  const start = entry.localOffset + 30 + zip.readUInt16LE(entry.localOffset + 26) + zip.readUInt16LE(entry.localOffset + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.toString("utf8");
  if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES }).toString("utf8");
  throw unreadableXlsx();
}

/** Element prefixes (`<x:row>`) are dropped so that the patterns below match any namespace prefix. */
function withoutPrefixes(xml: string): string {
  return xml.replace(/<(\/?)[A-Za-z_][\w.-]*:/g, "<$1");
}

/** Attributes of one start tag by local name (`r:id` → `id`). */
function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    found.set((match[1] ?? "").replace(/^.*:/, ""), decodeXml(match[2] ?? match[3] ?? ""));
  }
  return found;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (match, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity] ?? match;
  });
}

/** The text of a shared or inline string: its runs joined, phonetic hints left out, Excel's _xHHHH_ escapes decoded. */
function stringItemText(xml: string): string {
  const runs = [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((match) => decodeXml(match[1] ?? ""));
  return runs.join("").replace(/_x([0-9A-Fa-f]{4})_/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function relationTargets(xml: string): { byId: Map<string, string>; sharedStrings: string | undefined } {
  const byId = new Map<string, string>();
  let sharedStrings: string | undefined;
  for (const match of withoutPrefixes(xml).matchAll(/<Relationship\b[^>]*>/g)) {
    const attrs = attributes(match[0]);
    const target = attrs.get("Target") ?? "";
    // Targets are relative to xl/ unless absolute within the package.
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
    byId.set(attrs.get("Id") ?? "", path);
    if ((attrs.get("Type") ?? "").endsWith("/sharedStrings")) sharedStrings = path;
  }
  return { byId, sharedStrings };
}

function sharedStrings(xml: string): string[] {
  return [...withoutPrefixes(xml).matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((match) => stringItemText(match[1] ?? ""));
}

/** "C12" → 2 (zero-based column). */
function columnIndex(reference: string): number | null {
  const letters = /^([A-Z]+)\d*$/.exec(reference.toUpperCase())?.[1];
  if (!letters) return null;
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

function cellValue(attrs: Map<string, string>, inner: string, shared: readonly string[]): Cell {
  const raw = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  switch (attrs.get("t") ?? "n") {
    case "s":
      return shared[Number(raw)] ?? "";
    case "inlineStr":
      return stringItemText(inner);
    case "n": {
      if (raw === undefined || raw.trim() === "") return "";
      const value = Number(raw);
      return Number.isFinite(value) ? value : decodeXml(raw);
    }
    default:
      // "str" (a formula's text), "b" (boolean), "e" (an error such as #DIV/0!): as text.
      return decodeXml(raw ?? "");
  }
}

function sheetRows(xml: string, shared: readonly string[]): RawRow[] {
  const rows: RawRow[] = [];
  let previousRow = 0;
  for (const rowMatch of withoutPrefixes(xml).matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const stated = Number(attributes(rowMatch[1] ?? "").get("r"));
    const rowNumber = Number.isInteger(stated) && stated > 0 ? stated : previousRow + 1;
    previousRow = rowNumber;
    const cells: Cell[] = [];
    let previousColumn = -1;
    for (const cellMatch of (rowMatch[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = attributes(cellMatch[1] ?? "");
      const column = columnIndex(attrs.get("r") ?? "") ?? previousColumn + 1;
      previousColumn = column;
      cells[column] = cellValue(attrs, cellMatch[2] ?? "", shared);
    }
    rows.push({ rowNumber, cells });
  }
  return rows;
}
