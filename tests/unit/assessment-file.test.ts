import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { buildXlsx, zipEntries } from "@/lib/export/xlsx";
import { ASSESSMENT_FILE_MAX_ROWS, parseAssessmentFile, type AssessmentFileRow } from "@/lib/scoring/assessment-file";

const REG_A = "6172-25-SEKDA-00001-4";
const REG_B = "6172-25-SEKDA-00002-2";

function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function fileError(run: () => unknown): AppError {
  try {
    run();
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
  it("reads `;`-separated UTF-8 with a BOM, CRLF and decimal commas, with header aliases in any case", () => {
    const csv =
      "\uFEFFNo;No. Pendaftaran;Nama;Manajerial;Sosio Kultural;Nilai Akhir;Kategori\r\n" +
      `1;${REG_A};Siti Rahmawati;78,5;80;79,25;MS\r\n` +
      `2; ${REG_B.toLowerCase()} ;Hendri;65;70,125;67.5;kms\r\n`;
    const file = parseAssessmentFile("hasil.CSV", bytes(csv));
    expect(file.format).toBe("csv");
    expect(file.rows).toEqual([
      row({ rowNumber: 2, registrationNumber: REG_A, name: "Siti Rahmawati", managerial: 78.5, socioCultural: 80, value: 79.25, category: "MS" }),
      row({ rowNumber: 3, registrationNumber: REG_B, name: "Hendri", managerial: 65, socioCultural: 70.125, value: 67.5, category: "KMS" }),
    ]);
  });

  it("reads `,`-separated files with quoted fields: separators, doubled quotes and line breaks inside quotes", () => {
    const csv =
      "nomor_pendaftaran,NAMA,JPM\n" +
      `${REG_A},"Dr. Siti ""Rahma"", M.Si.","78,5"\n` +
      `${REG_B},"Hendri\nSaputra",70\n` +
      "\n";
    const file = parseAssessmentFile("hasil.csv", bytes(csv));
    expect(file.rows).toEqual([
      row({ rowNumber: 2, registrationNumber: REG_A, name: 'Dr. Siti "Rahma", M.Si.', value: 78.5 }),
      row({ rowNumber: 3, registrationNumber: REG_B, name: "Hendri\nSaputra", value: 70 }),
    ]);
  });

  it("reports every bad cell with its row and column, and keeps the good ones", () => {
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
    const { rows } = parseAssessmentFile("hasil.csv", bytes(csv));
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

  it("accepts boundaries and a percent sign, refuses negatives", () => {
    const csv = `no_pendaftaran;nilai\nA;0\nB;100\nC;99,999\nD;78,5 %\nE;-1\nF;100,001\n`;
    const { rows } = parseAssessmentFile("hasil.csv", bytes(csv));
    expect(rows.map((entry) => entry.value)).toEqual([0, 100, 99.999, 78.5, null, null]);
    expect(rows[4]?.errors).toEqual(["Baris 6: nilai -1 di luar rentang 0–100"]);
    expect(rows[5]?.errors).toEqual(["Baris 7: nilai 100,001 di luar rentang 0–100"]);
  });

  it("refuses a file without the required columns, naming them", () => {
    expect(fileError(() => parseAssessmentFile("hasil.csv", bytes(`no_pendaftaran;nama\n${REG_A};Siti\n`))).message).toMatch(/Kolom wajib tidak ditemukan: nilai\./);
    expect(fileError(() => parseAssessmentFile("hasil.csv", bytes("nama;skor\nSiti;80\n"))).message).toMatch(/no_pendaftaran, nilai/);
    expect(fileError(() => parseAssessmentFile("hasil.csv", bytes(`no_pendaftaran;nilai;jpm\n${REG_A};80;80\n`))).message).toMatch(/Kolom nilai muncul lebih dari sekali/);
  });

  it("refuses empty, header-only, oversized, too long, non-UTF-8, unterminated and unknown files", () => {
    expect(fileError(() => parseAssessmentFile("hasil.csv", new Uint8Array())).message).toBe("Berkas kosong.");
    expect(fileError(() => parseAssessmentFile("hasil.csv", bytes("\uFEFF\r\n;;\r\n"))).message).toMatch(/tidak ada baris judul/);
    expect(fileError(() => parseAssessmentFile("hasil.csv", bytes("no_pendaftaran;nilai\r\n"))).message).toMatch(/tidak berisi baris nilai/);
    expect(fileError(() => parseAssessmentFile("hasil.csv", new Uint8Array(512 * 1024 + 1).fill(65))).message).toMatch(/512 KB/);
    const long = ["no_pendaftaran;nilai", ...Array.from({ length: ASSESSMENT_FILE_MAX_ROWS + 1 }, (_, index) => `R-${index};80`)].join("\n");
    expect(fileError(() => parseAssessmentFile("hasil.csv", bytes(long))).message).toBe("Berkas berisi 2.001 baris nilai; paling banyak 2.000 baris.");
    const ok = ["no_pendaftaran;nilai", ...Array.from({ length: ASSESSMENT_FILE_MAX_ROWS }, (_, index) => `R-${index};80`)].join("\n");
    expect(parseAssessmentFile("hasil.csv", bytes(ok)).rows).toHaveLength(ASSESSMENT_FILE_MAX_ROWS);
    const latin1 = new Uint8Array([...bytes("no_pendaftaran;nama;nilai\nA;Jos"), 0xe9, ...bytes(";80\n")]);
    expect(fileError(() => parseAssessmentFile("hasil.csv", latin1)).message).toMatch(/UTF-8/);
    expect(fileError(() => parseAssessmentFile("hasil.csv", bytes('no_pendaftaran;nilai\nA;"80\n'))).message).toMatch(/Baris 2: tanda kutip/);
    expect(fileError(() => parseAssessmentFile("hasil.ods", bytes("no_pendaftaran;nilai\nA;80\n"))).message).toMatch(/\.csv atau \.xlsx/);
    const xlsx = buildXlsx({ name: "Hasil", header: ["no_pendaftaran", "nilai"], rows: [["A", 80]] });
    expect(fileError(() => parseAssessmentFile("hasil.csv", xlsx)).message).toMatch(/tampaknya XLSX/);
  });
});

describe("XLSX", () => {
  it("reads a workbook written by the portal's own writer (inline strings and numbers)", () => {
    const xlsx = buildXlsx({
      name: "Hasil Asesmen",
      header: ["No", "Nomor Pendaftaran", "Nama", "Nilai Manajerial", "Sosiokultural", "Nilai Akhir", "Kategori"],
      rows: [
        [1, REG_A, "Siti & <Rahma>", 78.5, 80, 79.25, "Memenuhi Syarat"],
        [2, REG_B, "Hendri", null, null, 104, "MMS"],
      ],
    });
    const file = parseAssessmentFile("hasil.xlsx", xlsx);
    expect(file.format).toBe("xlsx");
    expect(file.rows).toEqual([
      row({ rowNumber: 2, registrationNumber: REG_A, name: "Siti & <Rahma>", managerial: 78.5, socioCultural: 80, value: 79.25, category: "MS" }),
      row({ rowNumber: 3, registrationNumber: REG_B, name: "Hendri", category: "MMS", errors: ["Baris 3: Nilai Akhir 104 di luar rentang 0–100"] }),
    ]);
  });

  it("reads the first sheet through the workbook's relationships, with shared strings, rich text and prefixed elements", () => {
    const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`, "utf8");
    const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const xlsx = zipEntries([
      { name: "[Content_Types].xml", data: xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
      {
        name: "xl/workbook.xml",
        data: xml(`<workbook ${main} xmlns:r="${rel}"><sheets><sheet name="Hasil" sheetId="2" r:id="rId7"/><sheet name="Catatan" sheetId="1" r:id="rId1"/></sheets></workbook>`),
      },
      {
        name: "xl/_rels/workbook.xml.rels",
        data: xml(
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
            `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
            `<Relationship Id="rId7" Type="${rel}/worksheet" Target="/xl/worksheets/sheet2.xml"/>` +
            `<Relationship Id="rId9" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>` +
            `</Relationships>`,
        ),
      },
      {
        name: "xl/sharedStrings.xml",
        data: xml(
          `<sst ${main} count="6" uniqueCount="6">` +
            `<si><t>no_pendaftaran</t></si>` +
            `<si><r><rPr><b/></rPr><t>Nilai</t></r><r><t xml:space="preserve"> Akhir</t></r></si>` +
            `<si><t>${REG_A}</t></si>` +
            `<si><t>Siti &amp; Rahma</t><rPh sb="0" eb="1"><t>ignored</t></rPh></si>` +
            `<si><t>nama</t></si>` +
            `<si><t>${REG_B}</t></si>` +
            `</sst>`,
        ),
      },
      { name: "xl/worksheets/sheet1.xml", data: xml(`<worksheet ${main}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>catatan</t></is></c></row></sheetData></worksheet>`) },
      {
        name: "xl/worksheets/sheet2.xml",
        data: xml(
          `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
            `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>4</x:v></x:c><x:c r="D1" t="s"><x:v>1</x:v></x:c></x:row>` +
            `<x:row r="2"><x:c r="A2" t="s"><x:v>2</x:v></x:c><x:c r="B2" t="s"><x:v>3</x:v></x:c><x:c r="D2" s="1"><x:f>AVERAGE(E2:F2)</x:f><x:v>78.450000000000003</x:v></x:c></x:row>` +
            `<x:row r="3"/>` +
            `<x:row r="5"><x:c r="A5" t="s"><x:v>5</x:v></x:c><x:c r="D5"><x:v>70.33333333333333</x:v></x:c></x:row>` +
            `</x:sheetData></x:worksheet>`,
        ),
      },
    ]);
    const { rows } = parseAssessmentFile("hasil.xlsx", xlsx);
    expect(rows).toEqual([
      row({ rowNumber: 2, registrationNumber: REG_A, name: "Siti & Rahma", value: 78.45 }),
      row({ rowNumber: 5, registrationNumber: REG_B, errors: ["Baris 5: Nilai Akhir 70,33333333333333 lebih dari 3 angka di belakang koma"] }),
    ]);
  });

  it("refuses a damaged or disguised workbook with a clear message", () => {
    const xlsx = buildXlsx({ name: "Hasil", header: ["no_pendaftaran", "nilai"], rows: [["A", 80]] });
    expect(fileError(() => parseAssessmentFile("hasil.xlsx", xlsx.subarray(0, xlsx.length - 30))).message).toMatch(/XLSX tidak dapat dibaca/);
    expect(fileError(() => parseAssessmentFile("hasil.xlsx", bytes("no_pendaftaran;nilai\nA;80\n"))).message).toMatch(/XLSX tidak dapat dibaca/);
    const noWorkbook = zipEntries([{ name: "xl/worksheets/sheet1.xml", data: Buffer.from("<worksheet/>") }]);
    expect(fileError(() => parseAssessmentFile("hasil.xlsx", noWorkbook)).message).toMatch(/XLSX tidak dapat dibaca/);
  });
});
