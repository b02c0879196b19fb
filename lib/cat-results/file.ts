// Reads a CAT result file of the CPNS SKD or SKB (CSV or XLSX, as BKN's CAT system exports it or as
// the committee retypes it) into rows, with an Indonesian message per bad cell or duplicate row naming
// its line. The file itself is read by the shared score-file reader (lib/scoring/score-file.ts), the
// same one the assessment-center import uses. Pure: no database, no server modules.
import { hasAtMostThreeDecimals } from "@/lib/ranking/exact";
import { SKD_MAXIMUMS } from "@/lib/ranking/cpns";
import { cellText, checkRowCount, mapColumns, readNumberCell, readScoreFile, splitHeader, type Column, type ColumnSpec, type RawRow } from "@/lib/scoring/score-file";

/** The same size limit as the assessment file: a CAT export of a few thousand participants is well under it. */
export const CAT_FILE_MAX_BYTES = 512 * 1024;
export const CAT_FILE_MAX_ROWS = 5000;
export const SKB_SCORE_MAX = 100;
/** Permen PANRB 23/2019: an additional regional test weighs at most 40 % of the SKB. */
export const SKB_ADDITIONAL_WEIGHT_MAX = 40;

export const SKD_TEMPLATE_HEADER = ["nomor_peserta", "nama", "twk", "tiu", "tkp", "total"] as const;
export const SKB_TEMPLATE_HEADER = ["nomor_peserta", "nama", "skb_cat", "tes_tambahan"] as const;

const REGISTRATION: ColumnSpec = {
  label: "nomor_peserta",
  aliases: ["nomor peserta", "no peserta", "nomor pendaftaran", "no pendaftaran", "no registrasi", "nomor registrasi"],
};
const NAME: ColumnSpec = { label: "nama", aliases: ["nama", "nama peserta"] };

const SKD_FIELDS = {
  registrationNumber: REGISTRATION,
  name: NAME,
  twk: { label: "twk", aliases: ["twk", "nilai twk"] },
  tiu: { label: "tiu", aliases: ["tiu", "nilai tiu"] },
  tkp: { label: "tkp", aliases: ["tkp", "nilai tkp"] },
  total: { label: "total", aliases: ["total", "jumlah", "total skd", "nilai skd", "jumlah skd"] },
} satisfies Record<string, ColumnSpec>;

const SKB_FIELDS = {
  registrationNumber: REGISTRATION,
  name: NAME,
  cat: { label: "skb_cat", aliases: ["skb cat", "nilai skb cat", "cat", "nilai cat", "nilai skb"] },
  additional: { label: "tes_tambahan", aliases: ["tes tambahan", "nilai tes tambahan", "tambahan", "tes lainnya", "nilai tes lainnya"] },
} satisfies Record<string, ColumnSpec>;

type BaseRow = {
  /** The row number a spreadsheet shows (the header is row 1 when it is the first line). */
  rowNumber: number;
  /** Trimmed, upper case, without spaces; "" when the cell is empty. */
  registrationNumber: string;
  name: string | null;
  errors: string[];
};

export type SkdFileRow = BaseRow & { twk: number | null; tiu: number | null; tkp: number | null };
export type SkbFileRow = BaseRow & { cat: number | null; additional: number | null };

export type SkdFile = { test: "SKD"; format: "csv" | "xlsx"; rows: SkdFileRow[] };
export type SkbFile = { test: "SKB"; format: "csv" | "xlsx"; rows: SkbFileRow[]; hasAdditionalColumn: boolean };
export type CatFile = SkdFile | SkbFile;

type NumberRule = { max: number; isInteger: boolean };

function readValue(row: RawRow, column: Column | undefined, rule: NumberRule, errors: string[], isRequired = true): number | null {
  if (!column) return null;
  const { text, shown, value } = readNumberCell(row, column);
  const at = `Baris ${row.rowNumber}: ${column.label}`;
  if (text === "") {
    if (isRequired) errors.push(`${at} kosong`);
    return null;
  }
  if (value === null) errors.push(`${at} "${shown}" bukan angka`);
  else if (value < 0 || value > rule.max) errors.push(`${at} ${shown} di luar rentang 0–${rule.max}`);
  else if (rule.isInteger && !Number.isInteger(value)) errors.push(`${at} ${shown} harus bilangan bulat`);
  else if (!hasAtMostThreeDecimals(value)) errors.push(`${at} ${shown} lebih dari 3 angka di belakang koma`);
  else return value;
  return null;
}

function readBase(row: RawRow, columns: { registrationNumber?: Column; name?: Column }, errors: string[]): Omit<BaseRow, "errors"> {
  const text = (column: Column | undefined) => (column ? cellText(row.cells[column.index]) : "");
  const registrationNumber = text(columns.registrationNumber).replace(/\s+/g, "").toUpperCase();
  if (registrationNumber === "") errors.push(`Baris ${row.rowNumber}: ${columns.registrationNumber?.label ?? REGISTRATION.label} kosong`);
  const name = text(columns.name);
  return { rowNumber: row.rowNumber, registrationNumber, name: name === "" ? null : name };
}

/** A registration number met again: the later row is an error naming the first. */
function flagDuplicates(rows: BaseRow[]): void {
  const firstRowOf = new Map<string, number>();
  for (const row of rows) {
    if (row.registrationNumber === "") continue;
    const first = firstRowOf.get(row.registrationNumber);
    if (first === undefined) firstRowOf.set(row.registrationNumber, row.rowNumber);
    else row.errors.push(`Baris ${row.rowNumber}: peserta ${row.registrationNumber} sudah ada pada baris ${first}`);
  }
}

function toSkdRows(raw: readonly RawRow[]): SkdFileRow[] {
  const { header, data } = splitHeader(raw);
  const columns = mapColumns(header, SKD_FIELDS, ["registrationNumber", "twk", "tiu", "tkp"], SKD_TEMPLATE_HEADER);
  checkRowCount(data, CAT_FILE_MAX_ROWS);
  const rows = data.map((row): SkdFileRow => {
    const errors: string[] = [];
    const base = readBase(row, columns, errors);
    const twk = readValue(row, columns.twk, { max: SKD_MAXIMUMS.TWK, isInteger: true }, errors);
    const tiu = readValue(row, columns.tiu, { max: SKD_MAXIMUMS.TIU, isInteger: true }, errors);
    const tkp = readValue(row, columns.tkp, { max: SKD_MAXIMUMS.TKP, isInteger: true }, errors);
    // The total, when the file gives one, must be the sum: a mismatch means a mistyped subtest.
    const total = readValue(row, columns.total, { max: SKD_MAXIMUMS.TWK + SKD_MAXIMUMS.TIU + SKD_MAXIMUMS.TKP, isInteger: true }, errors, false);
    if (total !== null && twk !== null && tiu !== null && tkp !== null && total !== twk + tiu + tkp) {
      errors.push(`Baris ${row.rowNumber}: ${columns.total?.label} ${total} tidak sama dengan TWK + TIU + TKP (${twk + tiu + tkp})`);
    }
    return { ...base, twk, tiu, tkp, errors };
  });
  flagDuplicates(rows);
  return rows;
}

function toSkbRows(raw: readonly RawRow[]): { rows: SkbFileRow[]; hasAdditionalColumn: boolean } {
  const { header, data } = splitHeader(raw);
  const columns = mapColumns(header, SKB_FIELDS, ["registrationNumber", "cat"], SKB_TEMPLATE_HEADER);
  checkRowCount(data, CAT_FILE_MAX_ROWS);
  const rows = data.map((row): SkbFileRow => {
    const errors: string[] = [];
    const base = readBase(row, columns, errors);
    const cat = readValue(row, columns.cat, { max: SKB_SCORE_MAX, isInteger: false }, errors);
    const additional = readValue(row, columns.additional, { max: SKB_SCORE_MAX, isInteger: false }, errors);
    return { ...base, cat, additional, errors };
  });
  flagDuplicates(rows);
  return { rows, hasAdditionalColumn: columns.additional !== undefined };
}

/** The file's rows, or an AppError VALIDATION when the file as a whole cannot be used. */
export async function parseCatFile(test: "SKD" | "SKB", fileName: string, content: Uint8Array): Promise<CatFile> {
  const file = await readScoreFile(fileName, content, CAT_FILE_MAX_BYTES);
  if (test === "SKD") return { test, format: file.format, rows: toSkdRows(file.rows) };
  return { test, format: file.format, ...toSkbRows(file.rows) };
}
