import { describe, expect, it } from "vitest";
import { escapeCsvCell, toCsv } from "@/lib/export/csv";
import { buildXlsx, columnName } from "@/lib/export/xlsx";
import { buildFunnel } from "@/lib/selections/funnel";
import { workbookRows } from "../fixtures/xlsx";

describe("CSV for Indonesian Excel", () => {
  it("starts with a BOM, separates with semicolons and ends lines with CRLF", () => {
    expect(toCsv(["No", "Nama"], [[1, "Siti"]])).toBe("\uFEFFNo;Nama\r\n1;Siti\r\n");
  });

  it("quotes separators, quotes and line breaks, and defuses formulas", () => {
    expect(escapeCsvCell('Dr. "Budi"; S.H.')).toBe('"Dr. ""Budi""; S.H."');
    expect(escapeCsvCell("baris 1\nbaris 2")).toBe('"baris 1\nbaris 2"');
    expect(escapeCsvCell("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(escapeCsvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(escapeCsvCell("197203151998031002")).toBe("197203151998031002");
    expect(escapeCsvCell(null)).toBe("");
  });
});

describe("XLSX writer", () => {
  it("names columns like a spreadsheet", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });

  it("writes text cells as text (a NIP stays 18 digits), numbers as numbers", async () => {
    const rows = await workbookRows(await buildXlsx({ name: "Peserta", header: ["No", "NIP", "Nama"], rows: [[1, "197203151998031002", "A & B <C>"]] }));
    expect(rows.get("Peserta")).toEqual(["No | NIP | Nama", "1 | 197203151998031002 | A & B <C>"]);
  });
});

describe("selection funnel", () => {
  it("goes from registered to shortlist through MS and each scored stage, in percent of the registered", () => {
    const funnel = buildFunnel({
      registered: 8,
      submitted: 6,
      statusCounts: { DRAFT: 2, ADMIN_FAILED: 2, IN_STAGES: 1, SHORTLISTED: 2, NOT_SHORTLISTED: 1 },
      stages: [{ id: "p", name: "Makalah", assessed: 4 }],
    });
    expect(funnel.map((step) => [step.label, step.count, step.percent])).toEqual([
      ["Mendaftar", 8, 100],
      ["Mengirim lamaran", 6, 75],
      ["Memenuhi syarat administrasi", 4, 50],
      ["Dinilai: Makalah", 4, 50],
      ["Tiga besar / daftar pendek", 2, 25],
    ]);
    expect(buildFunnel({ registered: 0, submitted: 0, statusCounts: {}, stages: [] }).every((step) => step.percent === 0)).toBe(true);
  });
});
