import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildXlsx, DATE_TIME_FORMAT, HEADER_FILL, writeXlsxWorkbook } from "@/lib/export/xlsx";
import { readWorkbook, sheetRows } from "@/tests/fixtures/xlsx";

describe("XLSX workbook read back with exceljs", () => {
  const submitted = new Date("2025-11-01T03:00:00Z"); // 10:00 WIB
  const bytes = writeXlsxWorkbook([
    {
      name: "Nilai",
      header: ["Tahap", "Nilai", "Status", "Dikirim (WIB)", "NIP"],
      rows: [
        ["Wawancara", 82.5, "berlaku", submitted, "197203151998031002"],
        ["Wawancara", 58, "dikoreksi", null, "=HYPERLINK(\"x\")"],
      ],
      columnWidths: [20, 8],
    },
    { name: "Peringkat", header: ["Peringkat", "Nama"], rows: [[1, "Siti & Co\u0007"]] },
  ]);

  it("lists the sheets in order, each with its own rows, header first", async () => {
    const workbook = await readWorkbook(await bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Nilai", "Peringkat"]);
    expect(sheetRows(workbook.getWorksheet("Nilai"))).toEqual([
      "Tahap | Nilai | Status | Dikirim (WIB) | NIP",
      "Wawancara | 82.5 | berlaku | 2025-11-01T10:00:00.000Z | 197203151998031002",
      'Wawancara | 58 | dikoreksi |  | =HYPERLINK("x")',
    ]);
    // Control characters XML cannot carry are dropped; & is text.
    expect(sheetRows(workbook.getWorksheet("Peringkat"))).toEqual(["Peringkat | Nama", "1 | Siti & Co"]);
  });

  it("styles the header row (bold on a grey fill, a bottom border) and freezes the sheet under it, with a filter", async () => {
    const sheet = (await readWorkbook(await bytes)).getWorksheet("Nilai");
    if (!sheet) throw new Error("no sheet");
    for (const ref of ["A1", "E1"]) {
      const cell = sheet.getCell(ref);
      expect(cell.font?.bold).toBe(true);
      expect(cell.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } });
      expect(cell.border?.bottom?.style).toBe("thin");
    }
    expect(sheet.getCell("A2").font?.bold).toBeFalsy();
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1, topLeftCell: "A2" });
    expect(sheet.autoFilter).toBe("A1:E3");
  });

  it("keeps given column widths and sizes the others to their content", async () => {
    const sheet = (await readWorkbook(await bytes)).getWorksheet("Nilai");
    if (!sheet) throw new Error("no sheet");
    expect(sheet.getColumn(1).width).toBe(20);
    expect(sheet.getColumn(2).width).toBe(8);
    // "197203151998031002" (18) + 2
    expect(sheet.getColumn(5).width).toBe(20);
  });

  it("writes numbers as numbers, dates as dates in WIB with a date format, and text (NIP, formulas) as text", async () => {
    const sheet = (await readWorkbook(await bytes)).getWorksheet("Nilai");
    if (!sheet) throw new Error("no sheet");
    expect(sheet.getCell("B2").type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell("B2").value).toBe(82.5);
    expect(sheet.getCell("D2").type).toBe(ExcelJS.ValueType.Date);
    // A spreadsheet date has no zone: the WIB wall clock, 10:00, is what staff see.
    expect((sheet.getCell("D2").value as Date).toISOString()).toBe("2025-11-01T10:00:00.000Z");
    expect(sheet.getCell("D2").numFmt).toBe(DATE_TIME_FORMAT);
    expect(sheet.getCell("E2").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("E3").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("E3").formula).toBeUndefined();
  });

  it("keeps the one-sheet writer as a one-sheet workbook", async () => {
    const workbook = await readWorkbook(await buildXlsx({ name: "Peserta", header: ["No"], rows: [[1]] }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Peserta"]);
  });

  it("refuses an empty workbook and sheet names that differ only in case", async () => {
    await expect(writeXlsxWorkbook([])).rejects.toThrow();
    await expect(writeXlsxWorkbook([{ name: "Nilai", header: ["a"], rows: [] }, { name: "NILAI", header: ["b"], rows: [] }])).rejects.toThrow(/Duplicate sheet name/);
  });

  it("cleans sheet names Excel refuses", async () => {
    const workbook = await readWorkbook(await writeXlsxWorkbook([{ name: "Nilai [tahap] 1/2: Wawancara dan Makalah panjang", header: ["a"], rows: [] }]));
    expect(workbook.worksheets[0]?.name).toBe("Nilai  tahap  1 2  Wawancara da");
  });
});
