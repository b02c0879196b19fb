// Reads a score file (CSV or XLSX) uploaded by the chair into raw rows with the line numbers a
// spreadsheet shows, and the helpers that turn a header row into columns and a cell into a number.
// Shared by the assessment-center import (assessment-file.ts) and the CPNS CAT result import
// (lib/cat-results/file.ts): one CSV dialect, one zip-bomb check, one exceljs reading. Pure: no database,
// no server modules. The XLSX side is exceljs, after lib/export/zip-limits.ts has checked the zip
// (entries, sizes, real inflated bytes) so that a zip bomb never reaches it (DECISIONS.md,
// "Spreadsheets with exceljs").
import ExcelJS from "exceljs";
import { checkZipLimits, ZipLimitError } from "@/lib/export/zip-limits";
import { AppError } from "@/lib/errors";

export type Cell = string | number;
export type RawRow = { rowNumber: number; cells: Cell[] };
export type ScoreFileFormat = "csv" | "xlsx";

export function invalid(message: string): AppError {
  return new AppError("VALIDATION", message);
}

/** The file's rows as the sheet holds them, or an AppError VALIDATION when the file as a whole cannot be read. */
export async function readScoreFile(fileName: string, content: Uint8Array, maxBytes: number): Promise<{ format: ScoreFileFormat; rows: RawRow[] }> {
  if (content.length === 0) throw invalid("Berkas kosong.");
  if (content.length > maxBytes) throw invalid(`Berkas terlalu besar; paling besar ${Math.floor(maxBytes / 1024)} KB.`);
  const extension = /\.(csv|xlsx)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  const isZip = content[0] === 0x50 && content[1] === 0x4b && content[2] === 0x03 && content[3] === 0x04;
  if (extension === "xlsx") {
    if (!isZip) throw invalid("Berkas XLSX tidak dapat dibaca. Simpan ulang sebagai Excel Workbook (.xlsx) tanpa kata sandi, atau sebagai CSV UTF-8.");
    return { format: "xlsx", rows: await readXlsxRows(content) };
  }
  if (extension === "csv") {
    if (isZip) throw invalid("Isi berkas tidak sesuai dengan ekstensi .csv (berkas ini tampaknya XLSX).");
    return { format: "csv", rows: readCsvRows(content) };
  }
  throw invalid("Jenis berkas tidak didukung. Unggah berkas .csv atau .xlsx.");
}

// ---------------------------------------------------------------- header and cells

export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return "";
  return typeof cell === "number" ? String(cell) : cell.trim();
}

// Header names are compared after lower-casing and turning dots, underscores, dashes and runs of
// spaces into one space: "No. Pendaftaran", "no_pendaftaran" and "NO PENDAFTARAN" are the same column.
export function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/[._\s-]+/g, " ").trim();
}

export type ColumnSpec = { label: string; aliases: readonly string[] };
export type Column = { index: number; label: string };

/** The header's columns by field; a column named twice, or a required one missing, refuses the file. */
export function mapColumns<F extends string>(
  header: RawRow,
  fields: Readonly<Record<F, ColumnSpec>>,
  required: readonly NoInfer<F>[],
  exampleHeader: readonly string[],
): Partial<Record<F, Column>> {
  const columns: Partial<Record<F, Column>> = {};
  header.cells.forEach((cell, index) => {
    const label = cellText(cell);
    const name = normaliseHeader(label);
    const field = (Object.keys(fields) as F[]).find((key) => fields[key].aliases.includes(name));
    if (!field) return;
    const taken = columns[field];
    if (taken) throw invalid(`Kolom ${fields[field].label} muncul lebih dari sekali pada baris judul ("${taken.label}" dan "${label}").`);
    columns[field] = { index, label };
  });
  const missing = required.filter((field) => !columns[field]);
  if (missing.length > 0) {
    throw invalid(
      `Kolom wajib tidak ditemukan: ${missing.map((field) => fields[field].label).join(", ")}. ` +
        `Baris pertama berkas harus berisi judul kolom, misalnya ${exampleHeader.join(", ")}.`,
    );
  }
  return columns;
}

/** The header row and the data rows (blank rows dropped); refuses a file without a header. */
export function splitHeader(raw: readonly RawRow[]): { header: RawRow; data: RawRow[] } {
  const [header, ...data] = raw.filter((row) => row.cells.some((cell) => cellText(cell) !== ""));
  if (!header) throw invalid("Berkas kosong: tidak ada baris judul kolom.");
  return { header, data };
}

/** Refuses a file without data rows or with more than `maxRows`. */
export function checkRowCount(data: readonly RawRow[], maxRows: number): void {
  if (data.length === 0) throw invalid("Berkas tidak berisi baris nilai di bawah baris judul.");
  if (data.length > maxRows) {
    throw invalid(`Berkas berisi ${data.length.toLocaleString("id-ID")} baris nilai; paling banyak ${maxRows.toLocaleString("id-ID")} baris.`);
  }
}

/** A decimal with a comma or a point; a trailing % is allowed (a JPM is a percentage). */
export function parseDecimal(text: string): number | null {
  const match = /^([+-]?\d+(?:[.,]\d+)?)\s*%?$/.exec(text);
  return match?.[1] ? Number(match[1].replace(",", ".")) : null;
}

/** A cell as a number: the number itself (XLSX) or its decimal text; `shown` is how the message quotes it. */
export function readNumberCell(row: RawRow, column: Column): { text: string; shown: string; value: number | null } {
  const cell = row.cells[column.index];
  const text = cellText(cell);
  const shown = typeof cell === "number" ? text.replace(".", ",") : text;
  const value = text === "" ? null : typeof cell === "number" ? cell : parseDecimal(text);
  return { text, shown, value: value !== null && Number.isFinite(value) ? value : null };
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
