import {
  IDENTITY_ROWS_LAYOUT,
  attachmentHeader,
  blankSigningDate,
  createFormWriter,
  formTitle,
  formatAnnouncementDate,
  identityRows,
  jptLevel,
  regionName,
} from "@/lib/pdf/form-parts";
import { renderDrhForm } from "@/lib/pdf/forms-drh";
import type { FormContext, FormSelection } from "@/lib/pdf/forms-types";
import { BLANK, CM, type PdfWriter } from "@/lib/pdf/layout";

export type { ApplicantFormData, DrhData, FormContext, FormSelection } from "@/lib/pdf/forms-types";

export const FORM_CODES = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"] as const;
export type FormCode = (typeof FORM_CODES)[number];

export type FormSigner = "APPLICANT" | "SUPERVISOR" | "PPK";

export type FormCatalogEntry = { title: string; filledBy: FormSigner; description: string };

export const FORM_CATALOG: Record<FormCode, FormCatalogEntry> = {
  I: {
    title: "Surat Lamaran",
    filledBy: "APPLICANT",
    description: "Surat lamaran kepada Ketua Panitia Seleksi, ditandatangani pelamar dan bermaterai.",
  },
  II: {
    title: "Daftar Riwayat Hidup",
    filledBy: "APPLICANT",
    description: "Data pribadi, riwayat pangkat, jabatan, pendidikan, pelatihan, prestasi dan keluarga, bermaterai.",
  },
  III: {
    title: "Pakta Integritas",
    filledBy: "APPLICANT",
    description: "Pernyataan integritas pelamar selama mengikuti seleksi, bermaterai.",
  },
  IV: {
    title: "Surat Keterangan Tidak Pernah Dijatuhi Hukuman Disiplin",
    filledBy: "SUPERVISOR",
    description:
      "Keterangan dari atasan pelamar bahwa pelamar tidak pernah dijatuhi hukuman disiplin tingkat sedang/berat dan tidak dalam proses pemeriksaan.",
  },
  V: {
    title: "Surat Keterangan Tidak Pernah Dihukum Pidana",
    filledBy: "APPLICANT",
    description: "Pernyataan pelamar bahwa ia tidak pernah dijatuhi hukuman pidana, bermaterai.",
  },
  VI: {
    title: "Surat Persetujuan/Rekomendasi Atasan Langsung",
    filledBy: "SUPERVISOR",
    description: "Persetujuan atasan langsung bagi pelamar untuk mengikuti seleksi, dengan kop perangkat daerah.",
  },
  VII: {
    title: "Surat Persetujuan Pejabat Pembina Kepegawaian",
    filledBy: "PPK",
    description:
      "Persetujuan Gubernur/Bupati/Wali Kota bagi PNS dari luar instansi penyelenggara, termasuk persetujuan pindah bila terpilih.",
  },
  VIII: {
    title: "Surat Pernyataan Bersedia Menetap",
    filledBy: "APPLICANT",
    description: "Pernyataan pelamar bersedia menetap di daerah penyelenggara bila terpilih, bermaterai.",
  },
};

export function isFormCode(value: string): value is FormCode {
  return (FORM_CODES as readonly string[]).includes(value);
}

/**
 * Renders one Lampiran of the announcement. Without an applicant it is the
 * blank form as published; with one, everything the applicant knows is
 * pre-filled, while the part a superior or the PPK completes stays blank.
 */
export async function renderForm(code: FormCode, ctx: FormContext): Promise<Uint8Array> {
  if (code === "II") return renderDrhForm(ctx, FORM_CATALOG.II.title);
  const w = await createFormWriter(code, FORM_CATALOG[code].title, ctx);
  attachmentHeader(w, code, ctx.selection);
  LETTER_BODIES[code](w, ctx);
  return w.save();
}

const BODY = { align: "justify", spaceAfter: 8 } as const;

const LETTER_BODIES: Record<Exclude<FormCode, "II">, (w: PdfWriter, ctx: FormContext) => void> = {
  I: writeApplicationLetter,
  III: writeIntegrityPact,
  IV: writeNoDisciplinaryCertificate,
  V: writeNoCriminalCertificate,
  VI: writeSupervisorApproval,
  VII: writePpkApproval,
  VIII: writeResidenceStatement,
};

const APPLICANT_FIELDS = ["name", "nip", "rank", "position", "unit"] as const;
// The approval letters (VI, VII) name the applicant's unit and institution in one row.
const APPROVED_PNS_FIELDS = ["name", "nip", "rank", "position", "unitAndInstitution"] as const;

/**
 * The committee as the application letter (Lampiran I) addresses it: named after the selection, with
 * "Jabatan Pimpinan Tinggi" shortened to "JPT" and without the year ("Panitia Seleksi Terbuka JPT Pratama
 * Sekretaris Daerah Kota Singkawang"). The letter's body names it in full, after the announcement's title.
 */
export function letterCommittee(selection: Pick<FormSelection, "title">): string {
  const short = selection.title.replace(/Jabatan Pimpinan Tinggi/g, "JPT").replace(/\s+Tahun\s+\d{4}\s*$/, "");
  return `Panitia ${short}`;
}

function writeApplicationLetter(w: PdfWriter, { selection, applicant }: FormContext): void {
  formTitle(w, "Surat Lamaran");
  w.paragraph(`Yth. Ketua ${letterCommittee(selection)}`, { spaceAfter: 0 });
  w.paragraph("di", { spaceAfter: 0 });
  w.paragraph("Tempat", { indent: 1 * CM, spaceAfter: 12 });
  w.paragraph(
    `Sehubungan dengan Pengumuman Panitia ${selection.title} Nomor : ${selection.announcementNumber} ` +
      `tanggal ${formatAnnouncementDate(selection.announcementDate)} tentang ${selection.title}, ` +
      "saya yang bertanda tangan di bawah ini :",
    BODY,
  );
  w.fieldRows(identityRows(APPLICANT_FIELDS, applicant), IDENTITY_ROWS_LAYOUT);
  // The seed repeats "seluruh seluruh"; the intended text says it once.
  w.paragraph(
    `mengajukan diri untuk mengikuti ${selection.title} dan bersedia untuk mengikuti seluruh tahapan ` +
      "seleksi dan ketentuan yang ditetapkan oleh Panitia Seleksi.",
    BODY,
  );
  w.paragraph(
    "Sebagai kelengkapan pendaftaran, terlampir saya sampaikan seluruh dokumen persyaratan yang ditentukan.",
    BODY,
  );
  w.paragraph("Demikian saya sampaikan, atas perhatiannya saya ucapkan terima kasih.", BODY);
  w.signatureBlock({
    ...blankSigningDate(selection),
    role: "Pelamar,",
    withStamp: true,
    name: applicant?.name,
    nip: applicant?.nip ?? "",
  });
}

function writeIntegrityPact(w: PdfWriter, { selection, applicant }: FormContext): void {
  formTitle(w, "Pakta Integritas");
  w.paragraph("Saya yang bertanda tangan di bawah ini :", BODY);
  const fields = ["name", "nip", "rank", "position", "institution", "unit", "address"] as const;
  w.fieldRows(identityRows(fields, applicant), IDENTITY_ROWS_LAYOUT);
  w.paragraph(`Dalam rangka mengikuti ${selection.title}, dengan ini menyatakan bahwa saya :`, BODY);
  w.numberedList([
    "Berperan secara pro-aktif dalam upaya-upaya pencegahan dan pemberantasan Korupsi, Kolusi dan Nepotisme serta tidak melibatkan diri dalam perbuatan tercela;",
    "Tidak meminta atau menerima pemberian secara langsung atau tidak langsung berupa suap, hadiah, bantuan atau bentuk lainnya yang tidak sesuai dengan ketentuan yang berlaku;",
    "Bersikap transparan, jujur, obyektif dan akuntabel dalam melaksanakan tugas;",
    "Menghindari pertentangan kepentingan (conflict of interest) dalam melaksanakan tugas;",
    "Memberi contoh dalam kepatuhan terhadap peraturan perundang-undangan dalam melaksanakan tugas, terutama kepada karyawan yang berada di bawah pengawasan saya dan sesama pegawai di lingkungan kerja saya secara konsisten;",
    `Akan menyampaikan informasi penyimpangan integritas di lingkungan ${selection.organiserName} serta turut menjaga kerahasiaan saksi atas pelanggaran peraturan yang dilaporkannya;`,
    "Bila saya melanggar hal-hal tersebut di atas, saya siap menghadapi konsekuensinya.",
  ]);
  w.paragraph(
    "Apabila saya melanggar hal-hal yang telah saya nyatakan dalam Pakta Integritas ini, saya bersedia dikenakan sanksi sesuai dengan ketentuan peraturan perundang-undangan.",
    BODY,
  );
  w.signatureBlock({
    ...blankSigningDate(selection),
    role: "Hormat saya,",
    withStamp: true,
    name: applicant?.name,
    nip: applicant?.nip ?? "",
  });
}

function purposeSentence(ctx: FormContext): string {
  return `Surat Pernyataan ini dibuat untuk memenuhi persyaratan mengikuti ${ctx.selection.title}.`;
}

function writeNoDisciplinaryCertificate(w: PdfWriter, ctx: FormContext): void {
  formTitle(w, "Surat Keterangan");
  w.paragraph("Yang bertanda tangan di bawah ini :", BODY);
  // The superior's identity is never known to the portal: always blank.
  w.fieldRows(identityRows(APPLICANT_FIELDS, null), IDENTITY_ROWS_LAYOUT);
  w.paragraph("Dengan ini menyatakan bahwa PNS tersebut di bawah ini :", BODY);
  w.fieldRows(identityRows(APPLICANT_FIELDS, ctx.applicant), IDENTITY_ROWS_LAYOUT);
  w.paragraph(
    "memang benar yang bersangkutan tidak pernah dijatuhi hukuman disiplin tingkat sedang/berat, dan tidak sedang menjalani hukuman disiplin/tidak dalam proses pemeriksaan pelanggaran disiplin.",
    BODY,
  );
  w.paragraph(purposeSentence(ctx), BODY);
  w.signatureBlock({
    ...blankSigningDate(ctx.selection),
    role: `Jabatan ${BLANK}`,
    withStamp: true,
    rank: "",
    nip: "",
  });
}

function writeNoCriminalCertificate(w: PdfWriter, ctx: FormContext): void {
  const { applicant } = ctx;
  formTitle(w, "Surat Keterangan");
  w.paragraph("Yang bertanda tangan di bawah ini :", BODY);
  w.fieldRows(identityRows(APPLICANT_FIELDS, applicant), IDENTITY_ROWS_LAYOUT);
  w.paragraph(
    "Dengan ini menyatakan bahwa saya memang benar tidak pernah dijatuhi hukuman pidana dan tidak sedang dalam proses pemeriksaan hukum.",
    BODY,
  );
  w.paragraph(
    "Apabila dikemudian hari ternyata pernyataan ini tidak benar, maka saya siap untuk diberhentikan dari jabatan.",
    BODY,
  );
  w.paragraph(purposeSentence(ctx), BODY);
  writeApplicantSignature(w, ctx);
}

function writeResidenceStatement(w: PdfWriter, ctx: FormContext): void {
  const { selection, applicant } = ctx;
  formTitle(w, "Surat Pernyataan");
  w.paragraph("Yang bertanda tangan di bawah ini :", BODY);
  w.fieldRows(identityRows(APPLICANT_FIELDS, applicant), IDENTITY_ROWS_LAYOUT);
  w.paragraph(
    `dengan ini menyatakan bahwa apabila saya ditetapkan sebagai Pejabat Pimpinan Tinggi ${jptLevel(selection)} ` +
      `${selection.positionTitle}, saya bersedia untuk menetap / tinggal di ${regionName(selection)}.`,
    BODY,
  );
  w.paragraph(purposeSentence(ctx), BODY);
  writeApplicantSignature(w, ctx);
}

function writeApplicantSignature(w: PdfWriter, { selection, applicant }: FormContext): void {
  w.signatureBlock({
    ...blankSigningDate(selection),
    role: applicant?.positionTitle || `Jabatan ${BLANK}`,
    withStamp: true,
    name: applicant?.name,
    rank: applicant?.rankLabel ?? "",
    nip: applicant?.nip ?? "",
  });
}

/** Placeholder where the signing office prints its own letterhead. */
function letterheadPlaceholder(w: PdfWriter): void {
  w.box({
    width: w.contentWidth,
    height: 2 * CM,
    lines: ["KOP PERANGKAT DAERAH"],
    dashed: true,
    size: w.fontSize,
    spaceAfter: w.fontSize * 1.5,
  });
}

function writeSupervisorApproval(w: PdfWriter, { selection, applicant }: FormContext): void {
  letterheadPlaceholder(w);
  formTitle(w, "Surat Persetujuan/Rekomendasi Atasan Langsung", `NOMOR : ${BLANK}`);
  w.paragraph("Yang bertanda tangan di bawah ini :", BODY);
  w.fieldRows(
    [
      { label: "Nama", value: "" },
      { label: "Jabatan", value: "" },
      { label: "Unit Kerja", value: "" },
      { label: "Instansi", value: "Pemerintah Provinsi/Kabupaten/Kota" },
    ],
    IDENTITY_ROWS_LAYOUT,
  );
  w.paragraph("Dengan ini memberikan persetujuan / rekomendasi kepada Pegawai Negeri Sipil tersebut di bawah ini :", BODY);
  w.fieldRows(identityRows(APPROVED_PNS_FIELDS, applicant), IDENTITY_ROWS_LAYOUT);
  w.paragraph(`untuk mengikuti ${selection.title}.`, BODY);
  w.paragraph("Demikian Surat Persetujuan ini dibuat untuk dipergunakan sebagaimana mestinya.", BODY);
  w.signatureBlock({
    ...blankSigningDate(selection),
    role: `Kepala ${BLANK}`,
    note: "Ttd & Cap",
    rank: "",
    nip: "",
  });
}

function writePpkApproval(w: PdfWriter, { selection, applicant }: FormContext): void {
  letterheadPlaceholder(w);
  formTitle(w, "Surat Persetujuan Pejabat Pembina Kepegawaian", `NOMOR : ${BLANK}`);
  w.paragraph("Yang bertanda tangan di bawah ini :", BODY);
  w.fieldRows(
    [
      { label: "Nama", value: "" },
      { label: "Jabatan", value: "Gubernur / Bupati / Wali Kota" },
      { label: "Instansi", value: "Pemerintah Provinsi/Kabupaten/Kota" },
    ],
    IDENTITY_ROWS_LAYOUT,
  );
  w.paragraph("Dengan ini memberikan persetujuan / rekomendasi kepada Pegawai Negeri Sipil tersebut di bawah ini :", BODY);
  w.fieldRows(identityRows(APPROVED_PNS_FIELDS, applicant), IDENTITY_ROWS_LAYOUT);
  w.paragraph(
    `untuk mengikuti ${selection.title}. Apabila yang bersangkutan lulus dan terpilih, maka yang bersangkutan ` +
      `disetujui untuk pindah ke ${selection.organiserName}.`,
    BODY,
  );
  w.paragraph("Demikian Surat Persetujuan ini dibuat untuk dipergunakan sebagaimana mestinya.", BODY);
  w.signatureBlock({
    ...blankSigningDate(selection),
    role: "Gubernur / Bupati / Wali Kota",
    note: "Ttd & Cap",
  });
}
