// Reads the results file of the assessment institution (CSV or XLSX) into rows, with an Indonesian
// message per bad cell naming the row and the column. Pure: no database, no server modules. The XLSX
// side is exceljs, after lib/export/zip-limits.ts has checked the zip (entries, sizes, real inflated
// bytes) so that a zip bomb never reaches it (DECISIONS.md, "Spreadsheets with exceljs").
import ExcelJS from "exceljs";
import { checkZipLimits, ZipLimitError } from "@/lib/export/zip-limits";
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
export async function parseAssessmentFile(fileName: string, content: Uint8Array): Promise<AssessmentFile> {
  if (content.length === 0) throw invalid("Berkas kosong.");
  if (content.length > ASSESSMENT_FILE_MAX_BYTES) throw invalid("Berkas terlalu besar; paling besar 512 KB.");
  const extension = /\.(csv|xlsx)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  const isZip = content[0] === 0x50 && content[1] === 0x4b && content[2] === 0x03 && content[3] === 0x04;
  if (extension === "xlsx") {
    if (!isZip) throw invalid("Berkas XLSX tidak dapat dibaca. Simpan ulang sebagai Excel Workbook (.xlsx) tanpa kata sandi, atau sebagai CSV UTF-8.");
    return { format: "xlsx", rows: toAssessmentRows(await readXlsxRows(content)) };
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

// A results sheet of at most 2,000 rows of six columns is well under 1 MB of XML; these bounds leave
// room for styles and themes and stop a zip bomb before exceljs inflates anything.
export const XLSX_LIMITS = { maxEntries: 100, maxEntryBytes: 8 * 1024 * 1024, maxTotalBytes: 16 * 1024 * 1024 } as const;

function unreadableXlsx(): AppError {
  return invalid("Berkas XLSX tidak dapat dibaca. Simpan ulang sebagai Excel Workbook (.xlsx) tanpa kata sandi, atau sebagai CSV UTF-8.");
}

/** A cell as text or number: rich text joined, a formula's cached result, a date as YYYY-MM-DD. */
function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) return plainCell((value.result ?? null) as ExcelJS.CellValue);
  if ("error" in value) return String(value.error);
  if ("text" in value) return plainCell(value.text as ExcelJS.CellValue);
  return "";
}

async function readXlsxRows(content: Uint8Array): Promise<RawRow[]> {
  const zip = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  try {
    await checkZipLimits(zip, XLSX_LIMITS);
  } catch (error) {
    if (error instanceof ZipLimitError && error.reason === "limit") {
      throw invalid("Berkas XLSX terlalu besar setelah dibuka (kemungkinan bom zip). Simpan hanya lembar hasil penilaian, atau gunakan CSV UTF-8.");
    }
    throw unreadableXlsx();
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(zip as unknown as ArrayBuffer);
  } catch {
    throw unreadableXlsx();
  }
  // The first sheet in the workbook's order (the one Excel opens first).
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadableXlsx();
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      cells[columnNumber - 1] = plainCell(cell.value);
    });
    rows.push({ rowNumber, cells });
  });
  return rows;
}
