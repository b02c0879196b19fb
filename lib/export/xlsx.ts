// XLSX workbooks for staff (participant export, the chair's score workbook) written with exceljs
// (DECISIONS.md, "Spreadsheets with exceljs"): one or more sheets, each with a styled header row (bold
// on a grey fill, a bottom border), frozen under the header, a filter, column widths, and real cell
// types: text stays text (NIPs and registration numbers never become 1.97E+17, a leading "=" never
// becomes a formula), numbers are numbers, and a Date is a spreadsheet date-time shown in WIB.
import ExcelJS from "exceljs";

export type XlsxCell = string | number | Date | null | undefined;
export type XlsxSheet = {
  name: string;
  header: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<XlsxCell>>;
  /** In characters; a column without one is sized to its longest value (at most 60). */
  columnWidths?: readonly number[];
  /** Excel number formats by column (e.g. "0.00" for a score); dates get DATE_TIME_FORMAT. */
  numberFormats?: ReadonlyArray<string | undefined>;
};

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** How a Date cell is shown: day/month/year and the WIB time, as Indonesian staff read it. */
export const DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm";
export const HEADER_FILL = "FFE2E8F0";

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
// XML 1.0 forbids most control characters even when escaped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const MAX_AUTO_WIDTH = 60;

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique regardless of case. */
function sheetNames(sheets: readonly XlsxSheet[]): string[] {
  const names = sheets.map((sheet, index) => sheet.name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31).trim() || `Sheet${index + 1}`);
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name.toLowerCase())) throw new Error(`Duplicate sheet name in workbook: ${name}`);
    seen.add(name.toLowerCase());
  }
  return names;
}

/**
 * A spreadsheet date has no time zone: exceljs stores a Date's UTC wall clock, so the instant is moved by
 * WIB's fixed +7 hours to show the time staff saw in the portal.
 */
function cellValue(value: XlsxCell): ExcelJS.CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : new Date(value.getTime() + WIB_OFFSET_MS);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return value.replace(INVALID_XML, "");
}

function displayLength(value: XlsxCell): number {
  if (value instanceof Date) return DATE_TIME_FORMAT.length;
  if (value === null || value === undefined) return 0;
  return Math.max(...String(value).split("\n").map((line) => line.length));
}

function addSheet(workbook: ExcelJS.Workbook, name: string, sheet: XlsxSheet): void {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }] });
  const width = Math.max(sheet.header.length, ...sheet.rows.map((row) => row.length), 1);
  worksheet.columns = Array.from({ length: width }, (_, index) => {
    const longest = Math.max(displayLength(sheet.header[index]), ...sheet.rows.map((row) => displayLength(row[index])));
    const hasDates = sheet.rows.some((row) => row[index] instanceof Date);
    const numFmt = sheet.numberFormats?.[index] ?? (hasDates ? DATE_TIME_FORMAT : undefined);
    return {
      width: sheet.columnWidths?.[index] ?? Math.min(Math.max(longest + 2, 8), MAX_AUTO_WIDTH),
      ...(numFmt ? { style: { numFmt } } : {}),
    };
  });

  const header = worksheet.addRow(sheet.header.map((text) => cellValue(text)));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  for (let column = 1; column <= width; column += 1) {
    const cell = header.getCell(column);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: "thin", color: { argb: "FF94A3B8" } } };
    // The header is text even where its column holds numbers or dates.
    cell.numFmt = "@";
  }
  for (const row of sheet.rows) worksheet.addRow(row.map(cellValue));
  if (sheet.rows.length > 0) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: sheet.rows.length + 1, column: width } };
}

/** A workbook with the sheets in the given order (the first one opens). */
export async function writeXlsxWorkbook(sheets: readonly XlsxSheet[]): Promise<Buffer> {
  if (sheets.length === 0) throw new Error("A workbook needs at least one sheet");
  const names = sheetNames(sheets);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Portal Seleksi Terbuka";
  // A fixed timestamp keeps the package's metadata free of the moment of export.
  workbook.created = workbook.modified = new Date(Date.UTC(2000, 0, 1));
  sheets.forEach((sheet, index) => addSheet(workbook, names[index] ?? `Sheet${index + 1}`, sheet));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function buildXlsx(sheet: XlsxSheet): Promise<Buffer> {
  return writeXlsxWorkbook([sheet]);
}
