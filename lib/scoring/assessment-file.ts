// Reads the results file of the assessment institution (CSV or XLSX) into rows, with an Indonesian
// message per bad cell naming the row and the column. Pure: no database, no server modules. The file
// itself is read by the shared score-file reader (score-file.ts), which the CPNS CAT import uses too.
import { isValidScoreValue, MAX_SCORE, MIN_SCORE } from "@/lib/scoring/rules";
import { cellText, checkRowCount, mapColumns, readNumberCell, readScoreFile, splitHeader, type Column, type RawRow } from "@/lib/scoring/score-file";
import { ASSESSMENT_FILE_MAX_BYTES } from "@/lib/validation/scoring";

export { XLSX_LIMITS } from "@/lib/scoring/score-file";

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

const FIELDS = {
  registrationNumber: { label: "no_pendaftaran", aliases: ["no pendaftaran", "nomor pendaftaran"] },
  name: { label: "nama", aliases: ["nama"] },
  managerial: { label: "manajerial", aliases: ["manajerial", "nilai manajerial"] },
  socioCultural: { label: "sosiokultural", aliases: ["sosiokultural", "sosio kultural", "nilai sosiokultural", "nilai sosio kultural"] },
  value: { label: "nilai", aliases: ["nilai", "nilai akhir", "jpm"] },
  category: { label: "kategori", aliases: ["kategori"] },
} as const;
type Field = keyof typeof FIELDS;

const REQUIRED_FIELDS: readonly Field[] = ["registrationNumber", "value"];

const CATEGORY_NAMES: Record<string, AssessmentCategory> = {
  MS: "MS",
  MMS: "MMS",
  KMS: "KMS",
  "MEMENUHI SYARAT": "MS",
  "MASIH MEMENUHI SYARAT": "MMS",
  "KURANG MEMENUHI SYARAT": "KMS",
};

/** The file's rows, or an AppError VALIDATION when the file as a whole cannot be used. */
export async function parseAssessmentFile(fileName: string, content: Uint8Array): Promise<AssessmentFile> {
  const file = await readScoreFile(fileName, content, ASSESSMENT_FILE_MAX_BYTES);
  return { format: file.format, rows: toAssessmentRows(file.rows) };
}

// ---------------------------------------------------------------- rows → assessment rows

function toAssessmentRows(raw: readonly RawRow[]): AssessmentFileRow[] {
  const { header, data } = splitHeader(raw);
  const columns = mapColumns(header, FIELDS, REQUIRED_FIELDS, ASSESSMENT_TEMPLATE_HEADER);
  checkRowCount(data, ASSESSMENT_FILE_MAX_ROWS);
  return data.map((row) => readRow(row, columns));
}

function readScore(row: RawRow, column: Column | undefined, isRequired: boolean, errors: string[]): number | null {
  if (!column) return null;
  const { text, shown, value } = readNumberCell(row, column);
  const at = `Baris ${row.rowNumber}: ${column.label}`;
  if (text === "") {
    if (isRequired) errors.push(`${at} kosong`);
    return null;
  }
  if (value === null) {
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

