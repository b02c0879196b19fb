import { describe, expect, it } from "vitest";

import { FORM_CATALOG, FORM_CODES, renderForm, type FormCode } from "@/lib/pdf/forms";
import type { ApplicantFormData, FormContext, FormSelection } from "@/lib/pdf/forms-types";
import { createPdfWriter, toWinAnsi } from "@/lib/pdf/layout";
import { extractPdfPages, extractPdfText, pdfInfo, pdfPageCount } from "@/tests/fixtures/pdf-text";

const singkawang: FormSelection = {
  title: "Seleksi Terbuka Jabatan Pimpinan Tinggi Pratama Sekretaris Daerah Kota Singkawang Tahun 2025",
  positionTitle: "Sekretaris Daerah Kota Singkawang",
  organiserName: "Pemerintah Kota Singkawang",
  committeeName: "Panitia Seleksi Jabatan Pimpinan Tinggi Pratama di Lingkungan Pemerintah Kota Singkawang",
  announcementNumber: "05/SELTER/SKW/X/2025",
  announcementDate: "2025-10-21",
  year: 2025,
  city: "Singkawang",
};

const applicant: ApplicantFormData = {
  name: "Dr. Rina Kartika Sari, S.E., M.Si.",
  nip: "197805122003122004",
  rankLabel: "Pembina Tk. I (IV/b)",
  positionTitle: "Kepala Badan Perencanaan Pembangunan Daerah",
  unitKerja: "Bappeda",
  institutionName: "Pemerintah Kabupaten Sambas",
  address: "Jalan Gusti Hamzah No. 12, Singkawang Barat",
  drh: {
    personal: { birthPlace: "Pontianak", birthDate: "12 Mei 1978", gender: "Perempuan", nik: "6172015205780001" },
    ranks: [{ rank: "Pembina Tk. I (IV/b)", tmt: "1 April 2020", decreeNumber: "823/045/2020", decreeDate: "20 Maret 2020" }],
    educations: [
      { level: "S2", major: "Ilmu Administrasi", institution: "Universitas Gadjah Mada", certificateNumber: "UGM/2008/998" },
    ],
    children: [{ name: "Ahmad Fauzan", birthPlace: "Pontianak", birthDate: "3 Maret 2008", occupationOrEducation: "Pelajar" }],
  },
};

const EXPECTED_TITLES: Record<FormCode, string> = {
  I: "SURAT LAMARAN",
  II: "DAFTAR RIWAYAT HIDUP",
  III: "PAKTA INTEGRITAS",
  IV: "SURAT KETERANGAN",
  V: "SURAT KETERANGAN",
  VI: "SURAT PERSETUJUAN/REKOMENDASI ATASAN LANGSUNG",
  VII: "SURAT PERSETUJUAN PEJABAT PEMBINA KEPEGAWAIAN",
  VIII: "SURAT PERNYATAAN",
};

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe("form catalogue", () => {
  it("describes every Lampiran, with the signer of the superiors' forms", () => {
    expect(Object.keys(FORM_CATALOG)).toEqual([...FORM_CODES]);
    expect(FORM_CATALOG.IV.filledBy).toBe("SUPERVISOR");
    expect(FORM_CATALOG.VI.filledBy).toBe("SUPERVISOR");
    expect(FORM_CATALOG.VII.filledBy).toBe("PPK");
    expect(FORM_CATALOG.III.title).toBe("Pakta Integritas");
  });
});

describe.each(FORM_CODES)("Lampiran %s", (code) => {
  it("renders the blank form with its header, title and blanks", async () => {
    const bytes = await renderForm(code, { selection: singkawang });
    expect(await pdfPageCount(bytes)).toBeGreaterThanOrEqual(1);
    const text = await extractPdfText(bytes);
    expect(text).toContain(`Lampiran ${code} Pengumuman`);
    expect(text).toContain("Nomor : 05/SELTER/SKW/X/2025");
    expect(text).toContain("Tanggal : 21 Oktober 2025");
    expect(text).toContain(EXPECTED_TITLES[code]);
    expect(text).not.toContain(applicant.name);
    expect(text).not.toContain(applicant.nip);
  });

  it("pre-fills the applicant's name and NIP", async () => {
    const bytes = await renderForm(code, { selection: singkawang, applicant });
    expect(await pdfPageCount(bytes)).toBeGreaterThanOrEqual(1);
    const text = await extractPdfText(bytes);
    expect(text).toContain(EXPECTED_TITLES[code]);
    expect(text).toContain("05/SELTER/SKW/X/2025");
    expect(text).toContain(applicant.name);
    expect(text).toContain(applicant.nip);
    expect(text).toContain(applicant.rankLabel);
  });

  it("takes its wording from the selection, not from Singkawang", async () => {
    const sambas: FormSelection = {
      title: "Seleksi Terbuka Jabatan Pimpinan Tinggi Pratama Kepala Dinas Kesehatan Kabupaten Sambas Tahun 2026",
      positionTitle: "Kepala Dinas Kesehatan Kabupaten Sambas",
      organiserName: "Pemerintah Kabupaten Sambas",
      committeeName: "Panitia Seleksi Jabatan Pimpinan Tinggi Pratama Kabupaten Sambas",
      announcementNumber: "800/12/PANSEL/2026",
      announcementDate: "2026-02-03",
      year: 2026,
      city: "Sambas",
    };
    const text = await extractPdfText(await renderForm(code, { selection: sambas }));
    expect(text).toContain("800/12/PANSEL/2026");
    expect(text).toContain("3 Februari 2026");
    expect(text).not.toMatch(/singkawang/i);
  });
});

describe("form wording", () => {
  const render = async (code: FormCode, ctx: FormContext = { selection: singkawang }) =>
    (await extractPdfText(await renderForm(code, ctx))).replace(/\s+/g, " ");

  it("quotes the announcement and fixes the repeated word of the seed letter", async () => {
    const text = await render("I");
    expect(text).toContain("Yth. Ketua Panitia Seleksi Terbuka JPT Pratama Sekretaris Daerah Kota Singkawang di Tempat");
    expect(text).toContain(`Nomor : 05/SELTER/SKW/X/2025 tanggal 21 Oktober 2025 tentang ${singkawang.title}`);
    expect(text).toContain("mengikuti seluruh tahapan seleksi");
    expect(text).not.toContain("seluruh seluruh");
    expect(text).toContain("Materai Rp 10.000");
  });

  it("lists the seven integrity commitments of the pact", async () => {
    const text = await render("III");
    expect(text).toContain("di lingkungan Pemerintah Kota Singkawang");
    expect(text).toContain("7. Bila saya melanggar hal-hal tersebut di atas");
    expect(text).not.toContain("melangggar");
  });

  it("asks the PPK to approve the transfer to the organiser", async () => {
    const text = await render("VII");
    expect(text).toContain("KOP PERANGKAT DAERAH");
    expect(text).toContain("maka yang bersangkutan disetujui untuk pindah ke Pemerintah Kota Singkawang");
    expect(text).toContain("Gubernur / Bupati / Wali Kota");
  });

  it("states the will to live in the organiser's region", async () => {
    const text = await render("VIII");
    expect(text).toContain(
      "Pejabat Pimpinan Tinggi Pratama Sekretaris Daerah Kota Singkawang, saya bersedia untuk menetap / tinggal di Kota Singkawang.",
    );
  });

  it("pre-fills only the applicant's block on the superiors' forms", async () => {
    for (const code of ["IV", "VI", "VII"] as const) {
      const text = await render(code, { selection: singkawang, applicant });
      // Once in "PNS tersebut di bawah ini", never as the signer.
      expect(count(text, applicant.name)).toBe(1);
      expect(count(text, applicant.nip)).toBe(1);
    }
    for (const code of ["V", "VIII"] as const) {
      const text = await render(code, { selection: singkawang, applicant });
      expect(count(text, applicant.name)).toBe(2);
    }
  });

  it("fills the Daftar Riwayat Hidup from the applicant's profile", async () => {
    const text = await render("II", { selection: singkawang, applicant });
    expect(text).toContain("Tempat, Tanggal Lahir : Pontianak, 12 Mei 1978");
    expect(text).toContain("Jumlah anak : 1");
    expect(text).toContain("Universitas Gadjah Mada");
    expect(text).toContain("Ahmad Fauzan");
  });

  it("sets the document metadata", async () => {
    const info = await pdfInfo(await renderForm("III", { selection: singkawang, applicant }));
    expect(info.title).toContain("Lampiran III");
    expect(info.title).toContain("Pakta Integritas");
    expect(info.creator).toBe("Portal Seleksi Terbuka");
    expect(info.subject).toBe(singkawang.title);
  });
});

describe("long Daftar Riwayat Hidup", () => {
  it("spans several pages and repeats the table header on each", async () => {
    const positions = Array.from({ length: 40 }, (_, i) => ({
      title: `Jabatan Uji ${i + 1} pada Dinas Pekerjaan Umum dan Penataan Ruang`,
      decreeNumber: `821.2/${i + 1}/BKPSDM`,
      period: `${2000 + (i % 25)} - ${2001 + (i % 25)}`,
      supervisorName: "Ir. H. Budi Santoso, M.T.",
    }));
    const bytes = await renderForm("II", {
      selection: singkawang,
      applicant: { ...applicant, drh: { ...applicant.drh, positions } },
    });
    const pages = await extractPdfPages(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(3);

    const pagesWithPositions = pages.filter((page) => /Jabatan Uji \d+/.test(page));
    expect(pagesWithPositions.length).toBeGreaterThanOrEqual(2);
    // Two-line headers come out as separate lines, so look for their words.
    for (const page of pagesWithPositions) {
      expect(page).toContain("Periode");
      expect(page).toContain("Nama Atasan");
    }
    const all = pages.join("\n");
    expect(all).toContain("Jabatan Uji 1 ");
    expect(all).toContain("Jabatan Uji 40 ");
    expect(pages.at(-1)).toContain(`Halaman ${pages.length} dari ${pages.length}`);
  });
});

describe("text outside WinAnsi", () => {
  it("is replaced instead of making pdf-lib throw", async () => {
    const exotic: ApplicantFormData = {
      ...applicant,
      name: "Çağlar “Budi” Łukasz – Ñoño… 李雷 😀",
      address: "Jl. Merdeka\tNo. 1\r\nRT 02 ‒ RW 03",
    };
    for (const code of FORM_CODES) {
      const bytes = await renderForm(code, { selection: { ...singkawang, title: `${singkawang.title} “Ulang”` }, applicant: exotic });
      const text = await extractPdfText(bytes);
      expect(text).toContain('Çaglar "Budi" Lukasz - Ñoño... ?? ?');
    }
  });

  it("maps typographic punctuation and keeps Latin-1 letters", () => {
    expect(toWinAnsi("“a” ‘b’ – — … é ü\u00a0x")).toBe("\"a\" 'b' - - ... é ü x");
    expect(toWinAnsi("ş ğ ı Ł 😀 李")).toBe("s g i L ? ?");
    expect(toWinAnsi("a\r\nb")).toBe("a\nb");
  });
});

describe("layout writer", () => {
  it("flows long content onto new pages and keeps blank rows for hand-filling", async () => {
    const w = await createPdfWriter({ title: "Uji Tata Letak", createdAt: new Date("2025-10-21T00:00:00Z") });
    w.heading("BERITA ACARA");
    w.fieldRows([{ label: "Nama", value: "" }, { label: "Nomor", value: "123" }]);
    for (let i = 0; i < 60; i++) w.paragraph(`Paragraf ${i + 1} ${"kata ".repeat(40)}`, { align: "justify" });
    w.table({ columns: [{ header: "No", width: 1 }, { header: "Uraian", width: 5 }], rows: [["1", "Satu"]], minRows: 5 });
    w.stampBox();
    w.signatureBlock({ place: "Singkawang", dateText: "21 Oktober 2025", role: "Ketua,", name: "Budi", nip: "" });
    const bytes = await w.save();

    expect(await pdfPageCount(bytes)).toBeGreaterThan(2);
    const text = await extractPdfText(bytes);
    expect(text).toContain("Nomor : 123");
    expect(text).toContain("Paragraf 60 kata kata");
    expect(text).toContain("Singkawang, 21 Oktober 2025");
    expect(text).toContain("NIP. ....");
    const info = await pdfInfo(bytes);
    expect(info.title).toBe("Uji Tata Letak");
    expect(info.producer).toContain("Portal Seleksi Terbuka");
  });
});
