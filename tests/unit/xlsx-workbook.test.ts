import { describe, expect, it } from "vitest";
import { buildXlsx, writeXlsxWorkbook } from "@/lib/export/xlsx";
import { sheetRows, unzipText } from "@/tests/fixtures/xlsx";

describe("XLSX workbook with several sheets", () => {
  const workbook = unzipText(
    writeXlsxWorkbook([
      { name: "Nilai", header: ["Tahap", "Nilai", "Status"], rows: [["Wawancara", 82.5, "berlaku"], ["Wawancara", 58, "dikoreksi"]] },
      { name: "Peringkat", header: ["Peringkat", "Nama"], rows: [[1, "Siti & Co"]] },
    ]),
  );

  it("lists every sheet in the workbook, its relationships and the content types", () => {
    expect([...workbook.keys()]).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
    ]);
    const book = workbook.get("xl/workbook.xml") ?? "";
    expect(book).toContain('<sheets><sheet name="Nilai" sheetId="1" r:id="rId1"/><sheet name="Peringkat" sheetId="2" r:id="rId2"/></sheets>');
    const rels = workbook.get("xl/_rels/workbook.xml.rels") ?? "";
    expect(rels).toContain('Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"');
    expect(rels).toContain('Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"');
    expect(rels).toContain('Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"');
    const types = workbook.get("[Content_Types].xml") ?? "";
    expect(types).toContain('PartName="/xl/worksheets/sheet1.xml"');
    expect(types).toContain('PartName="/xl/worksheets/sheet2.xml"');
  });

  it("writes each sheet's own rows, header first", () => {
    expect(sheetRows(workbook.get("xl/worksheets/sheet1.xml") ?? "")).toEqual(["Tahap | Nilai | Status", "Wawancara | 82.5 | berlaku", "Wawancara | 58 | dikoreksi"]);
    const ranking = workbook.get("xl/worksheets/sheet2.xml") ?? "";
    expect(sheetRows(ranking)).toEqual(["Peringkat | Nama", "1 | Siti &amp; Co"]);
    expect(ranking).toContain('<autoFilter ref="A1:B2"/>');
  });

  it("keeps the one-sheet writer as a one-sheet workbook", () => {
    const sheet = { name: "Peserta", header: ["No"], rows: [[1]] };
    expect(buildXlsx(sheet).equals(writeXlsxWorkbook([sheet]))).toBe(true);
    const files = unzipText(buildXlsx(sheet));
    expect(files.get("xl/workbook.xml")).toContain('<sheets><sheet name="Peserta" sheetId="1" r:id="rId1"/></sheets>');
    expect(files.get("xl/_rels/workbook.xml.rels")).toContain('Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"');
  });

  it("refuses an empty workbook and sheet names that differ only in case", () => {
    expect(() => writeXlsxWorkbook([])).toThrow();
    expect(() => writeXlsxWorkbook([{ name: "Nilai", header: ["a"], rows: [] }, { name: "NILAI", header: ["b"], rows: [] }])).toThrow(/Duplicate sheet name/);
  });

  it("cleans sheet names Excel refuses", () => {
    const files = unzipText(writeXlsxWorkbook([{ name: "Nilai [tahap] 1/2: Wawancara dan Makalah panjang", header: ["a"], rows: [] }]));
    expect(files.get("xl/workbook.xml")).toContain('<sheet name="Nilai  tahap  1 2  Wawancara da"');
  });
});
