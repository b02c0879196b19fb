// The Daftar Riwayat Hidup (Lampiran II) is laid out once (lib/profile/drh-layout.ts) and drawn twice:
// the printable page (components/profile/drh-document.tsx) and the PDF form (lib/pdf/forms-drh.ts).
// These tests hold both renderers to the one model, and the model to the announcement's wording.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DrhDocument } from "@/components/profile/drh-document";
import { EDUCATION_LEVELS } from "@/lib/identifiers/education";
import { renderForm } from "@/lib/pdf/forms";
import type { ApplicantFormData, FormSelection } from "@/lib/pdf/forms-types";
import { toWinAnsi } from "@/lib/pdf/layout";
import { drhFormDataFromProfile, type DrhProfile } from "@/lib/profile/drh-data";
import { buildDrhLayout, DRH_DECLARATION, DRH_EDUCATION_ROWS, drhLayoutFromProfile, type DrhLayout } from "@/lib/profile/drh-layout";
import { extractPdfText } from "@/tests/fixtures/pdf-text";

// Lampiran II of announcement 05/SELTER/SKW/X/2025 (seeds/000_fd7ed8feeb313779.txt), verbatim.
const SEED_DECLARATION =
  "Dengan ini saya menyatakan bahwa Daftar Riwayat Hidup ini telah saya isi dengan benar dan lengkap. Apabila dikemudian hari ternyata data yang saya isi terbukti tidak benar, saya bersedia dinyatakan gugur dalam proses seleksi dan/atau diberhentikan dalam jabatan serta bersedia diproses sesuai peraturan yang berlaku.";
const SEED_SECTION_TITLES = [
  "I. DATA PRIBADI",
  "II. RIWAYAT PANGKAT",
  "III. RIWAYAT JABATAN",
  "IV. RIWAYAT PENDIDIKAN FORMAL",
  "V. RIWAYAT PENDIDIKAN DAN PELATIHAN",
  "VI. RIWAYAT PENUGASAN LAIN",
  "VII. PRESTASI",
  "VIII. KARYA TULIS",
  "IX. KEGIATAN ORGANISASI / SOSIAL KEMASYARAKATAN",
  "X. KETERANGAN KELUARGA",
];

const selection: FormSelection = {
  title: "Seleksi Terbuka Jabatan Pimpinan Tinggi Pratama Sekretaris Daerah Kota Singkawang Tahun 2025",
  positionTitle: "Sekretaris Daerah Kota Singkawang",
  organiserName: "Pemerintah Kota Singkawang",
  committeeName: "Panitia Seleksi Jabatan Pimpinan Tinggi Pratama di Lingkungan Pemerintah Kota Singkawang",
  announcementNumber: "05/SELTER/SKW/X/2025",
  announcementDate: "2025-10-21",
  year: 2025,
  city: "Singkawang",
};

const profile: DrhProfile = {
  nip: "197805122003122004",
  email: "rina@uji.seleksi.id",
  institution: { name: "Pemerintah Kabupaten Sambas" },
  personal: {
    fullName: "Dr. Rina Kartika Sari, S.E., M.Si.",
    birthPlace: "Pontianak",
    birthDate: "1978-05-12",
    gender: "F",
    religion: "Islam",
    maritalStatus: "Kawin",
    childrenCount: null,
    address: "Jalan Gusti Hamzah No. 12, Singkawang Barat",
    phone: "081234567890",
    nik: "6172015205780001",
    npwp: "012345678901000",
    employmentStatus: "PNS",
    institutionId: "inst-1",
    unitKerja: "Bappeda",
    currentRank: "IV/b",
    tmtCpns: "2003-12-01",
    currentPositionTitle: "Kepala Badan Perencanaan Pembangunan Daerah",
    hasSevereDiscipline: false,
    underDisciplineExam: false,
    hasCriminalRecord: false,
  },
  rows: {
    ranks: [{ id: "r1", rank: "IV/b", tmt: "2020-04-01", decreeNumber: "823/045/2020", decreeDate: "2020-03-20" }],
    positions: [
      {
        id: "p1",
        title: "Kepala Bidang Perencanaan Ekonomi",
        level: "ADMINISTRATOR",
        eselon: "III.b",
        unitKerja: "Bappeda",
        decreeNumber: "821.2/12/BKD",
        startDate: "2016-01-04",
        endDate: null,
        supervisorName: "Ir. H. Budi Santoso, M.T.",
      },
    ],
    educations: [
      { id: "e1", level: "D4", major: "Statistika Terapan", institutionName: "Politeknik Statistika STIS", diplomaNumber: "STIS/2000/17", graduationYear: 2000, gpa: 3.4, diplomaDate: null, accreditation: null },
      { id: "e2", level: "S2", major: "Ilmu Administrasi", institutionName: "Universitas Gadjah Mada", diplomaNumber: "UGM/2008/998", graduationYear: 2008, gpa: 3.8, diplomaDate: null, accreditation: null },
    ],
    trainings: [{ id: "t1", name: "Pelatihan Kepemimpinan Administrator", organizer: "BPSDM Provinsi Kalimantan Barat", certificateNumber: null, year: 2015, isLeadership: true }],
    assignments: [],
    achievements: [{ id: "a1", title: "Satyalancana Karya Satya X Tahun", level: "Nasional", grantor: "Presiden RI", year: 2014 }],
    publications: [{ id: "b1", title: "Perencanaan Berbasis Data", kind: "Makalah", year: 2019 }],
    organizations: [{ id: "o1", name: "KORPRI Kabupaten Sambas", role: "Anggota", years: "2010–sekarang" }],
    family: [
      { id: "f1", relation: "SPOUSE", name: "Hendra Wijaya", birthPlace: "Sambas", birthDate: "1976-02-01", marriageDate: "2004-06-12", occupation: "Wiraswasta", note: null },
      { id: "f2", relation: "CHILD", name: "Ahmad Fauzan", birthPlace: "Pontianak", birthDate: "2008-03-03", marriageDate: null, occupation: "Pelajar", note: null },
    ],
  },
};

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

function htmlText(layout: DrhLayout): string {
  const markup = renderToStaticMarkup(createElement(DrhDocument, { layout }));
  const text = markup
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
  // Headings are "<numeral>. <span>title</span>": the tag between them became a space.
  return collapse(text);
}

/** Every title and label the model prints above its tables, in order. */
function headings(layout: DrhLayout): string[] {
  return [
    layout.title,
    `${layout.personal.numeral}. ${layout.personal.title}`,
    ...layout.sections.flatMap((section) => [
      `${section.numeral}. ${section.title}`,
      ...(section.subtitle ? [section.subtitle] : []),
      ...section.blocks.flatMap((block) => (block.kind === "label" ? [block.text] : [])),
    ]),
  ];
}

function cells(layout: DrhLayout): string[] {
  return layout.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === "table" ? block.table.rows.flat() : []))).filter(Boolean);
}

describe("the Lampiran II wording", () => {
  it("is the seed's declaration and section titles, in the seed's order", () => {
    expect(DRH_DECLARATION).toBe(SEED_DECLARATION);
    const layout = buildDrhLayout();
    expect(layout.declaration).toBe(SEED_DECLARATION);
    expect([`${layout.personal.numeral}. ${layout.personal.title}`, ...layout.sections.map((s) => `${s.numeral}. ${s.title}`)]).toEqual(SEED_SECTION_TITLES);
  });

  it("gives every education level exactly one row of section IV, in the order of EDUCATION_LEVELS", () => {
    expect(DRH_EDUCATION_ROWS.flatMap((row) => row.levels)).toEqual([...EDUCATION_LEVELS]);
    expect(DRH_EDUCATION_ROWS.map((row) => row.label)).toEqual(["Sekolah Dasar", "SLTP", "SLTA / SMU", "Diploma", "S1", "S2", "S3"]);
  });

  it("prints the blank form's numbered rows, the dst rows and the closing note", () => {
    const layout = buildDrhLayout({ selection });
    const positions = layout.sections.find((s) => s.numeral === "III")?.blocks[0];
    expect(positions?.kind === "table" && positions.table.rows.map((row) => row[0])).toEqual(["1", "2", "dst"]);
    expect(positions?.kind === "table" && positions.table.isHandwritten).toBe(true);
    expect(layout.signature.dateText).toMatch(/ 2025$/);
    expect(layout.note?.text).toContain("Peserta dapat menambahkan baris");
    expect(layout.selfStatement).toBeNull();
  });
});

describe("the stored profile on the form", () => {
  const layout = drhLayoutFromProfile(profile, selection);
  const table = (numeral: string, index = 0) => {
    const block = layout.sections.find((s) => s.numeral === numeral)?.blocks.filter((b) => b.kind === "table")[index];
    if (block?.kind !== "table") throw new Error(`no table in section ${numeral}`);
    return block.table;
  };

  it("fills the personal data with labels, formatted dates and the workplace", () => {
    const value = (label: string) => layout.personal.items.find((item) => item.label === label)?.value;
    expect(value("Tempat, Tanggal Lahir")).toBe("Pontianak, 12 Mei 1978");
    expect(value("Jenis Kelamin")).toBe("Perempuan");
    expect(value("Pangkat/Golongan Ruang")).toBe("Pembina Tingkat I (IV/b)");
    expect(value("Jabatan terakhir")).toBe("Kepala Badan Perencanaan Pembangunan Daerah\nBappeda, Pemerintah Kabupaten Sambas");
    expect(value("Jumlah anak")).toBe("1");
    expect(value("NPWP")).toBe("01.234.567.8-901.000");
    expect(layout.selfStatement).toContain("pernah dipidana: Tidak");
  });

  it("lists a D-IV in the Diploma row and keeps one empty row for an empty section", () => {
    expect(table("IV").rows).toContainEqual(["D-IV", "Statistika Terapan", "Politeknik Statistika STIS", "STIS/2000/17"]);
    expect(table("IV").rows).toContainEqual(["S1", "", "", ""]);
    expect(table("VI").rows).toEqual([["", "", "", ""]]);
    expect(table("III").rows[0]).toEqual(["1", "Kepala Bidang Perencanaan Ekonomi, Bappeda", "821.2/12/BKD", "4 Januari 2016 – sekarang", "Ir. H. Budi Santoso, M.T."]);
    expect(table("VIII").rows[0]).toEqual(["1", "Perencanaan Berbasis Data (Makalah)", "2019"]);
    expect(table("X", 1).rows[0]?.[1]).toBe("Ahmad Fauzan");
  });
});

describe("both renderers draw the one model", () => {
  const cases: Array<[string, ApplicantFormData | null]> = [
    ["blank", null],
    ["filled", drhFormDataFromProfile(profile)],
  ];

  it.each(cases)("the %s PDF has every title, the declaration and every filled cell of the model", async (_name, applicant) => {
    const layout = buildDrhLayout({ applicant, selection });
    const text = collapse(await extractPdfText(await renderForm("II", { selection, applicant })));
    for (const heading of headings(layout)) expect(text).toContain(heading);
    expect(text).toContain(SEED_DECLARATION);
    // Cells wrap inside their column, so a long one comes back as words between its neighbours'.
    const words = new Set(text.split(" "));
    for (const value of cells(layout)) for (const word of toWinAnsi(value).split(/\s+/)) expect(words, value).toContain(word);
    if (layout.selfStatement) expect(text).toContain(layout.selfStatement);
    if (layout.note) expect(text).toContain(layout.note.text);
  });

  it.each(cases)("the %s printable page has every title, the declaration and every cell and header of the model", (_name, applicant) => {
    const layout = buildDrhLayout({ applicant, selection });
    const text = htmlText(layout);
    for (const heading of headings(layout)) expect(text).toContain(heading);
    expect(text).toContain(SEED_DECLARATION);
    for (const value of cells(layout)) expect(text).toContain(collapse(value));
    for (const section of layout.sections) {
      for (const block of section.blocks) if (block.kind === "table") for (const column of block.table.columns) expect(text).toContain(column.header);
    }
    for (const item of layout.personal.items) expect(text).toContain(`${item.marker} ${item.label}`);
    if (layout.selfStatement) expect(text).toContain(layout.selfStatement);
  });
});
