import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { buildXlsx } from "@/lib/export/xlsx";
import { parseCatFile, type SkbFile, type SkdFile } from "@/lib/cat-results/file";

const bytes = (text: string) => new TextEncoder().encode(text);

async function fileError(run: () => Promise<unknown>): Promise<AppError> {
  const error = await run().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("VALIDATION");
  return error as AppError;
}

describe("SKD file", () => {
  it("reads a `;` CSV with a BOM and header aliases, and reports every bad row with its line", async () => {
    const csv = [
      "\uFEFFNo;Nomor Peserta;Nama;Nilai TWK;Nilai TIU;Nilai TKP;Total SKD",
      "1;swl-001 ;Ani;100;110;150;360",
      "2;;Budi;100;110;150;",
      "3;SWL-003;Cici;151;110;150;",
      "4;SWL-004;Dedi;100;110;-1;",
      "5;SWL-005;Eka;100;110,5;150;",
      "6;SWL-006;Fajar;100;110;abc;",
      "7;SWL-007;Gina;100;110;150;361",
      "8;SWL-001;Ani lagi;100;110;150;",
      "9;SWL-009;Hadi;;110;150;",
    ].join("\r\n");
    const file = (await parseCatFile("SKD", "skd.csv", bytes(csv))) as SkdFile;
    expect(file.format).toBe("csv");
    expect(file.rows[0]).toEqual({ rowNumber: 2, registrationNumber: "SWL-001", name: "Ani", twk: 100, tiu: 110, tkp: 150, errors: [] });
    expect(file.rows.map((row) => row.errors)).toEqual([
      [],
      ["Baris 3: Nomor Peserta kosong"],
      ["Baris 4: Nilai TWK 151 di luar rentang 0–150"],
      ["Baris 5: Nilai TKP -1 di luar rentang 0–175"],
      ["Baris 6: Nilai TIU 110,5 harus bilangan bulat"],
      ['Baris 7: Nilai TKP "abc" bukan angka'],
      ["Baris 8: Total SKD 361 tidak sama dengan TWK + TIU + TKP (360)"],
      ["Baris 9: peserta SWL-001 sudah ada pada baris 2"],
      ["Baris 10: Nilai TWK kosong"],
    ]);
  });

  it("reads XLSX through exceljs with the spreadsheet's own row numbers", async () => {
    const xlsx = await buildXlsx({ name: "SKD", header: ["nomor_peserta", "twk", "tiu", "tkp"], rows: [["SWL-1", 65, 80, 126], ["SWL-2", 150, 175, 176]] });
    const file = (await parseCatFile("SKD", "hasil.XLSX", xlsx)) as SkdFile;
    expect(file.format).toBe("xlsx");
    expect(file.rows).toEqual([
      { rowNumber: 2, registrationNumber: "SWL-1", name: null, twk: 65, tiu: 80, tkp: 126, errors: [] },
      { rowNumber: 3, registrationNumber: "SWL-2", name: null, twk: 150, tiu: 175, tkp: null, errors: ["Baris 3: tkp 176 di luar rentang 0–175"] },
    ]);
  });

  it("refuses a file without the subtest columns, naming them", async () => {
    const error = await fileError(() => parseCatFile("SKD", "skd.csv", bytes("nomor_peserta,twk\nA,100\n")));
    expect(error.message).toContain("Kolom wajib tidak ditemukan: tiu, tkp");
  });
});

describe("SKB file", () => {
  it("reads the CAT score and the optional additional test (0–100, three decimals)", async () => {
    const csv = "nomor_peserta,skb_cat,tes_tambahan\nA,80.5,70\nB,100.0001,70\nC,90,\n";
    const file = (await parseCatFile("SKB", "skb.csv", bytes(csv))) as SkbFile;
    expect(file.hasAdditionalColumn).toBe(true);
    expect(file.rows.map(({ cat, additional, errors }) => ({ cat, additional, errors }))).toEqual([
      { cat: 80.5, additional: 70, errors: [] },
      { cat: null, additional: 70, errors: ["Baris 3: skb_cat 100.0001 di luar rentang 0–100"] },
      { cat: 90, additional: null, errors: ["Baris 4: tes_tambahan kosong"] },
    ]);
  });

  it("knows a file without the additional test", async () => {
    const file = (await parseCatFile("SKB", "skb.csv", bytes("Nomor Pendaftaran;Nilai SKB CAT\nA;80,125\n"))) as SkbFile;
    expect(file.hasAdditionalColumn).toBe(false);
    expect(file.rows[0]).toMatchObject({ registrationNumber: "A", cat: 80.125, additional: null, errors: [] });
  });
});
