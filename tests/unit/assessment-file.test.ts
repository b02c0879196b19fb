import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import ExcelJS from "exceljs";
import { buildXlsx } from "@/lib/export/xlsx";
import { checkZipLimits, ZipLimitError } from "@/lib/export/zip-limits";
import { ASSESSMENT_FILE_MAX_ROWS, parseAssessmentFile, XLSX_LIMITS, type AssessmentFileRow } from "@/lib/scoring/assessment-file";
import { ASSESSMENT_FILE_MAX_BYTES } from "@/lib/validation/scoring";
import { unzip, zip } from "../fixtures/zip";

const REG_A = "6172-25-SEKDA-00001-4";
const REG_B = "6172-25-SEKDA-00002-2";

function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

async function fileError(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VALIDATION");
    return error as AppError;
  }
  throw new Error("expected the file to be refused");
}

function row(partial: Partial<AssessmentFileRow> & { rowNumber: number; registrationNumber: string }): AssessmentFileRow {
  return { name: null, value: null, managerial: null, socioCultural: null, category: null, errors: [], ...partial };
}

describe("CSV", () => {
  it("reads `;`-separated UTF-8 with a BOM, CRLF and decimal commas, with header aliases in any case", async () => {
    const csv =
      "\uFEFFNo;No. Pendaftaran;Nama;Manajerial;Sosio Kultural;Nilai Akhir;Kategori\r\n" +
      `1;${REG_A};Siti Rahmawati;78,5;80;79,25;MS\r\n` +
      `2; ${REG_B.toLowerCase()} ;Hendri;65;70,125;67.5;kms\r\n`;
    const file = await parseAssessmentFile("hasil.CSV", bytes(csv));
    expect(file.format).toBe("csv");
    expect(file.rows).toEqual([
      row({ rowNumber: 2, registrationNumber: REG_A, name: "Siti Rahmawati", managerial: 78.5, socioCultural: 80, value: 79.25, category: "MS" }),
      row({ rowNumber: 3, registrationNumber: REG_B, name: "Hendri", managerial: 65, socioCultural: 70.125, value: 67.5, category: "KMS" }),
    ]);
  });

  it("reads `,`-separated files with quoted fields: separators, doubled quotes and line breaks inside quotes", async () => {
    const csv =
      "nomor_pendaftaran,NAMA,JPM\n" +
      `${REG_A},"Dr. Siti ""Rahma"", M.Si.","78,5"\n` +
      `${REG_B},"Hendri\nSaputra",70\n` +
      "\n";
    const file = await parseAssessmentFile("hasil.csv", bytes(csv));
    expect(file.rows).toEqual([
      row({ rowNumber: 2, registrationNumber: REG_A, name: 'Dr. Siti "Rahma", M.Si.', value: 78.5 }),
      row({ rowNumber: 3, registrationNumber: REG_B, name: "Hendri\nSaputra", value: 70 }),
    ]);
  });

  it("reports every bad cell with its row and column, and keeps the good ones", async () => {
    const csv = [
      "no_pendaftaran;nilai;manajerial;kategori",
      `${REG_A};80;;`,
      `${REG_B};abc;101;`,
      "A-3;104;;",
      "A-4;70,1234;;XMS",
      ";;;",
      "A-6;;50;",
      ";75;;",
    ].join("\n");
    const { rows } = await parseAssessmentFile("hasil.csv", bytes(csv));
    expect(rows.map((entry) => [entry.rowNumber, entry.errors])).toEqual([
      [2, []],
      [3, ['Baris 3: nilai "abc" bukan angka', "Baris 3: manajerial 101 di luar rentang 0–100"]],
      [4, ["Baris 4: nilai 104 di luar rentang 0–100"]],
      [5, ["Baris 5: nilai 70,1234 lebih dari 3 angka di belakang koma", 'Baris 5: kategori "XMS" tidak dikenal (MS, MMS atau KMS)']],
      // Row 6 is empty and skipped; the numbering stays that of the file.
      [7, ["Baris 7: nilai kosong"]],
      [8, ["Baris 8: no_pendaftaran kosong"]],
    ]);
    expect(rows[0]?.value).toBe(80);
    expect(rows[2]?.value).toBeNull();
  });

  it("accepts boundaries and a percent sign, refuses negatives", async () => {
    const csv = `no_pendaftaran;nilai\nA;0\nB;100\nC;99,999\nD;78,5 %\nE;-1\nF;100,001\n`;
    const { rows } = await parseAssessmentFile("hasil.csv", bytes(csv));
    expect(rows.map((entry) => entry.value)).toEqual([0, 100, 99.999, 78.5, null, null]);
    expect(rows[4]?.errors).toEqual(["Baris 6: nilai -1 di luar rentang 0–100"]);
    expect(rows[5]?.errors).toEqual(["Baris 7: nilai 100,001 di luar rentang 0–100"]);
  });

  it("refuses a file without the required columns, naming them", async () => {
    expect((await fileError(() => parseAssessmentFile("hasil.csv", bytes(`no_pendaftaran;nama\n${REG_A};Siti\n`)))).message).toMatch(/Kolom wajib tidak ditemukan: nilai\./);
    expect((await fileError(() => parseAssessmentFile("hasil.csv", bytes("nama;skor\nSiti;80\n")))).message).toMatch(/no_pendaftaran, nilai/);
    expect((await fileError(() => parseAssessmentFile("hasil.csv", bytes(`no_pendaftaran;nilai;jpm\n${REG_A};80;80\n`)))).message).toMatch(/Kolom nilai muncul lebih dari sekali/);
  });

  it("refuses empty, header-only, oversized, too long, non-UTF-8, unterminated and unknown files", async () => {
    expect((await fileError(() => parseAssessmentFile("hasil.csv", new Uint8Array()))).message).toBe("Berkas kosong.");
    expect((await fileError(() => parseAssessmentFile("hasil.csv", bytes("\uFEFF\r\n;;\r\n")))).message).toMatch(/tidak ada baris judul/);
    expect((await fileError(() => parseAssessmentFile("hasil.csv", bytes("no_pendaftaran;nilai\r\n")))).message).toMatch(/tidak berisi baris nilai/);
    expect((await fileError(() => parseAssessmentFile("hasil.csv", new Uint8Array(512 * 1024 + 1).fill(65)))).message).toMatch(/512 KB/);
    const long = ["no_pendaftaran;nilai", ...Array.from({ length: ASSESSMENT_FILE_MAX_ROWS + 1 }, (_, index) => `R-${index};80`)].join("\n");
    expect((await fileError(() => parseAssessmentFile("hasil.csv", bytes(long)))).message).toBe("Berkas berisi 2.001 baris nilai; paling banyak 2.000 baris.");
    const ok = ["no_pendaftaran;nilai", ...Array.from({ length: ASSESSMENT_FILE_MAX_ROWS }, (_, index) => `R-${index};80`)].join("\n");
    expect((await parseAssessmentFile("hasil.csv", bytes(ok))).rows).toHaveLength(ASSESSMENT_FILE_MAX_ROWS);
    const latin1 = new Uint8Array([...bytes("no_pendaftaran;nama;nilai\nA;Jos"), 0xe9, ...bytes(";80\n")]);
    expect((await fileError(() => parseAssessmentFile("hasil.csv", latin1))).message).toMatch(/UTF-8/);
    expect((await fileError(() => parseAssessmentFile("hasil.csv", bytes('no_pendaftaran;nilai\nA;"80\n')))).message).toMatch(/Baris 2: tanda kutip/);
    expect((await fileError(() => parseAssessmentFile("hasil.ods", bytes("no_pendaftaran;nilai\nA;80\n")))).message).toMatch(/\.csv atau \.xlsx/);
    const xlsx = await buildXlsx({ name: "Hasil", header: ["no_pendaftaran", "nilai"], rows: [["A", 80]] });
    expect((await fileError(() => parseAssessmentFile("hasil.csv", xlsx))).message).toMatch(/tampaknya XLSX/);
  });
});

describe("XLSX", () => {
  it("reads a workbook written by the portal's own writer (exceljs: shared strings and numbers)", async () => {
    const xlsx = await buildXlsx({
      name: "Hasil Asesmen",
      header: ["No", "Nomor Pendaftaran", "Nama", "Nilai Manajerial", "Sosiokultural", "Nilai Akhir", "Kategori"],
      rows: [
        [1, REG_A, "Siti & <Rahma>", 78.5, 80, 79.25, "Memenuhi Syarat"],
        [2, REG_B, "Hendri", null, null, 104, "MMS"],
      ],
    });
    const file = await parseAssessmentFile("hasil.xlsx", xlsx);
    expect(file.format).toBe("xlsx");
    expect(file.rows).toEqual([
      row({ rowNumber: 2, registrationNumber: REG_A, name: "Siti & <Rahma>", managerial: 78.5, socioCultural: 80, value: 79.25, category: "MS" }),
      row({ rowNumber: 3, registrationNumber: REG_B, name: "Hendri", category: "MMS", errors: ["Baris 3: Nilai Akhir 104 di luar rentang 0–100"] }),
    ]);
  });

  it("reads the first sheet in the workbook's order, with shared strings, rich text and a formula's cached result", async () => {
    const workbook = new ExcelJS.Workbook();
    // Added first, placed second: the sheet Excel opens first is the one read.
    const notes = workbook.addWorksheet("Catatan");
    notes.addRow(["catatan"]);
    const sheet = workbook.addWorksheet("Hasil");
    // exceljs writes sheets by orderNo (not in its typings).
    workbook.worksheets.forEach((entry) => ((entry as unknown as { orderNo: number }).orderNo = entry.name === "Hasil" ? 0 : 1));
    sheet.getCell("A1").value = "no_pendaftaran";
    sheet.getCell("B1").value = "nama";
    sheet.getCell("D1").value = { richText: [{ text: "Nilai", font: { bold: true } }, { text: " Akhir" }] };
    sheet.getCell("A2").value = REG_A;
    sheet.getCell("B2").value = "Siti & Rahma";
    sheet.getCell("D2").value = { formula: "AVERAGE(E2:F2)", result: 78.450000000000003 };
    sheet.getCell("A5").value = REG_B;
    sheet.getCell("D5").value = 70.33333333333333;
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const { rows } = await parseAssessmentFile("hasil.xlsx", xlsx);
    expect(rows).toEqual([
      row({ rowNumber: 2, registrationNumber: REG_A, name: "Siti & Rahma", value: 78.45 }),
      row({ rowNumber: 5, registrationNumber: REG_B, errors: ["Baris 5: Nilai Akhir 70,33333333333333 lebih dari 3 angka di belakang koma"] }),
    ]);
  });

  it("refuses a damaged or disguised workbook with a clear message", async () => {
    const xlsx = await buildXlsx({ name: "Hasil", header: ["no_pendaftaran", "nilai"], rows: [["A", 80]] });
    expect((await fileError(() => parseAssessmentFile("hasil.xlsx", xlsx.subarray(0, xlsx.length - 30)))).message).toMatch(/XLSX tidak dapat dibaca/);
    expect((await fileError(() => parseAssessmentFile("hasil.xlsx", bytes("no_pendaftaran;nilai\nA;80\n")))).message).toMatch(/XLSX tidak dapat dibaca/);
    const noWorkbook = await zip([{ name: "xl/worksheets/sheet1.xml", data: Buffer.from("<worksheet/>") }]);
    expect((await fileError(() => parseAssessmentFile("hasil.xlsx", noWorkbook))).message).toMatch(/XLSX tidak dapat dibaca/);
  });
});

describe("XLSX zip-bomb protection", () => {
  const bomb = Buffer.alloc(XLSX_LIMITS.maxEntryBytes + 1, 0x20);

  it("refuses a small file whose part inflates beyond the limit, before exceljs reads it", async () => {
    const xlsx = await buildXlsx({ name: "Hasil", header: ["no_pendaftaran", "nilai"], rows: [["A", 80]] });
    const parts = await unzip(xlsx);
    const file = await zip([...parts.filter((part) => part.name !== "xl/sharedStrings.xml"), { name: "xl/sharedStrings.xml", data: bomb }]);
    expect(file.length).toBeLessThan(ASSESSMENT_FILE_MAX_BYTES);
    expect((await fileError(() => parseAssessmentFile("hasil.xlsx", file))).message).toMatch(/bom zip/);
  });

  it("refuses many parts that are each small but together too large, and too many parts", async () => {
    const part = Buffer.alloc(XLSX_LIMITS.maxEntryBytes, 0x20);
    const many = await zip([0, 1, 2].map((index) => ({ name: `xl/media/image${index}.bin`, data: part })));
    expect((await fileError(() => parseAssessmentFile("hasil.xlsx", many))).message).toMatch(/bom zip/);
    const crowd = await zip(Array.from({ length: XLSX_LIMITS.maxEntries + 1 }, (_, index) => ({ name: `x/${index}.xml`, data: Buffer.from("<x/>") })));
    expect((await fileError(() => parseAssessmentFile("hasil.xlsx", crowd))).message).toMatch(/bom zip/);
  });

  it("refuses a part whose header states a small size but inflates to more (yauzl checks the real size)", async () => {
    const file = await zip([{ name: "xl/workbook.xml", data: bomb }]);
    // The declared uncompressed size, in the local header (offset 22) and the central directory (offset 24).
    const central = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    file.writeUInt32LE(100, 22);
    file.writeUInt32LE(100, central + 24);
    await expect(checkZipLimits(file, XLSX_LIMITS)).rejects.toBeInstanceOf(ZipLimitError);
    expect((await fileError(() => parseAssessmentFile("hasil.xlsx", file))).message).toMatch(/XLSX tidak dapat dibaca|bom zip/);
  });
});
