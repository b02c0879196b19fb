// CSV for Indonesian spreadsheets (DECISIONS.md): Excel with the Indonesian locale expects `;` between
// fields (the comma is the decimal separator there) and reads UTF-8 only when the file starts with a
// byte order mark. Lines end with CRLF (RFC 4180). Pure.
export const CSV_SEPARATOR = ";";
const BOM = "\uFEFF";

import { utcToWibDateTime } from "@/lib/dates/wib";

export type CsvCell = string | number | Date | null | undefined;

/**
 * A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the start) is
 * prefixed with an apostrophe: names and reasons are typed by applicants and staff.
 */
export function escapeCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  // An instant is written as its WIB wall clock, "2025-11-01 10:00" (XLSX keeps it a real date).
  if (value instanceof Date) return utcToWibDateTime(value).replace("T", " ");
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  const lines = [header, ...rows].map((row) => row.map(escapeCsvCell).join(CSV_SEPARATOR));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
