// Lampiran II, the Daftar Riwayat Hidup, as one layout model: the personal data, the sections
// II–X as tables of strings, the declaration and the signature block, with the Lampiran's wording
// in this file only. The printable page (components/profile/drh-document.tsx) and the PDF form
// (lib/pdf/forms-drh.ts) both draw this model; they decide only how it looks on their medium.
// Pure.
import { educationShortLabel, type EducationLevel } from "@/lib/identifiers/education";
import type {
  ApplicantFormData,
  DrhAchievement,
  DrhAssignment,
  DrhChild,
  DrhData,
  DrhOrganization,
  DrhPosition,
  DrhPublication,
  DrhRank,
  DrhSpouse,
  DrhTraining,
  FormSelection,
} from "@/lib/pdf/forms-types";
import { drhFormDataFromProfile, type DrhProfile } from "@/lib/profile/drh-data";
import { yesNoLabel } from "@/lib/profile/options";

export const DRH_TITLE = "DAFTAR RIWAYAT HIDUP";

/** The closing sentence of Lampiran II, word for word (including "dikemudian"). */
export const DRH_DECLARATION =
  "Dengan ini saya menyatakan bahwa Daftar Riwayat Hidup ini telah saya isi dengan benar dan lengkap. " +
  "Apabila dikemudian hari ternyata data yang saya isi terbukti tidak benar, saya bersedia dinyatakan gugur " +
  "dalam proses seleksi dan/atau diberhentikan dalam jabatan serta bersedia diproses sesuai peraturan yang berlaku.";

/** A blank to write on by hand (the place and day of signing). */
const DOTS = "..............................";

export type DrhColumn = {
  header: string;
  /** Relative width: the renderer scales the columns to the available width. */
  width: number;
  align?: "center";
};

export type DrhTable = {
  /** What the table lists, for screen readers. */
  caption: string;
  /** With the "No" column first when the form numbers its rows. */
  columns: DrhColumn[];
  /** One string per column; "" is an empty cell. A section without rows keeps one empty row. */
  rows: string[][];
  /** The blank form's rows are written on by hand, so they are printed taller. */
  isHandwritten: boolean;
  /** The notes that explain starred headers; they stay on the table's last page. */
  footnotes: string[];
};

export type DrhBlock = { kind: "label"; text: string } | { kind: "table"; table: DrhTable };

export type DrhSection = { numeral: string; title: string; subtitle?: string; blocks: DrhBlock[] };

export type DrhPersonalItem = {
  marker: string;
  label: string;
  /** Explains what to write; the PDF shows it only on an empty line. */
  hint?: string;
  /** "" is an empty line; may span lines ("\n"). */
  value: string;
};

export type DrhLayout = {
  title: string;
  photoBox: readonly string[];
  personal: { numeral: string; title: string; items: DrhPersonalItem[] };
  /** II–X in the form's order. */
  sections: DrhSection[];
  declaration: string;
  /** The applicant's answers on discipline and convictions, covered by the same signature; null when blank. */
  selfStatement: string | null;
  signature: { place: string; dateText: string; stampText: string; name: string; nip: string };
  /** The blank form's closing note. */
  note: { title: string; text: string } | null;
};

export type DrhLayoutContext = {
  /** Missing ⇒ the blank form, as published with the announcement. */
  applicant?: ApplicantFormData | null;
  /** The selection the form belongs to; its year goes on the signing line. */
  selection?: Pick<FormSelection, "year"> | null;
};

type TableSpec<Row> = {
  caption: string;
  columns: DrhColumn[];
  numbered: boolean;
  /** The numbered empty rows of the blank form; it adds a "dst" row unless told otherwise. */
  blankRows: number;
  hasDstRow?: boolean;
  footnotes?: string[];
  cells: (row: Row) => string[];
};

const column = (header: string, width: number): DrhColumn => ({ header, width });
const centred = (header: string, width: number): DrhColumn => ({ header, width, align: "center" });

// The rows of section IV as Lampiran II prints them; "Diploma" gathers D-I to D-IV. Each level of
// EDUCATION_LEVELS has exactly one row, in the same order (checked by the unit tests).
export const DRH_EDUCATION_ROWS: readonly { label: string; levels: readonly EducationLevel[] }[] = [
  { label: "Sekolah Dasar", levels: ["SD"] },
  { label: "SLTP", levels: ["SMP"] },
  { label: "SLTA / SMU", levels: ["SMA"] },
  { label: "Diploma", levels: ["D1", "D2", "D3", "D4"] },
  { label: "S1", levels: ["S1"] },
  { label: "S2", levels: ["S2"] },
  { label: "S3", levels: ["S3"] },
];

function table<Row>(spec: TableSpec<Row>, data: readonly Row[] | undefined, isBlank: boolean): DrhTable {
  const columns = spec.numbered ? [{ header: "No", width: 0.7, align: "center" } as const, ...spec.columns] : spec.columns;
  const empty = (first = ""): string[] => [first, ...Array<string>(columns.length - 1).fill("")];
  let rows: string[][];
  if (isBlank) {
    rows = Array.from({ length: spec.blankRows }, (_, i) => empty(spec.numbered ? String(i + 1) : ""));
    if (spec.hasDstRow ?? true) rows.push(empty("dst"));
  } else {
    rows = (data ?? []).map((row, i) => (spec.numbered ? [String(i + 1), ...spec.cells(row)] : spec.cells(row)));
    if (rows.length === 0) rows.push(empty());
  }
  return { caption: spec.caption, columns, rows, isHandwritten: isBlank, footnotes: spec.footnotes ?? [] };
}

function educationTable(drh: DrhData, isBlank: boolean): DrhTable {
  const educations = drh.educations ?? [];
  const rows = DRH_EDUCATION_ROWS.flatMap(({ label, levels }) => {
    const entries = educations.filter((education) => levels.includes(education.level));
    if (entries.length === 0) return [[label, "", "", ""]];
    // A row that gathers several levels names the one the applicant holds.
    return entries.map((e) => [levels.length > 1 ? educationShortLabel(e.level) : label, e.major, e.institution, e.certificateNumber]);
  });
  return {
    caption: "Riwayat Pendidikan Formal",
    columns: [column("Pendidikan", 2), column("Jurusan", 2.6), column("Nama Sekolah / Universitas", 3.4), column("Nomor Ijazah", 2.4)],
    rows,
    isHandwritten: isBlank,
    footnotes: [],
  };
}

const RANKS: TableSpec<DrhRank> = {
  caption: "Riwayat Pangkat",
  numbered: false,
  blankRows: 3,
  columns: [column("Pangkat (Gol)", 3), column("TMT Pangkat", 2), column("Nomor SK", 3), column("Tanggal SK", 2)],
  cells: (r) => [r.rank, r.tmt, r.decreeNumber, r.decreeDate],
};
const POSITIONS: TableSpec<DrhPosition> = {
  caption: "Riwayat Jabatan",
  numbered: true,
  blankRows: 2,
  columns: [column("Jabatan", 4), column("Nomor SK", 3), column("Periode Menjabat", 2.4), column("Nama Atasan Langsung", 3)],
  cells: (p) => [p.title, p.decreeNumber, p.period, p.supervisorName],
};
const TRAININGS: TableSpec<DrhTraining> = {
  caption: "Riwayat Pendidikan dan Pelatihan",
  numbered: true,
  blankRows: 5,
  columns: [column("Nama Diklat/ Shortcourse/Workshop", 4), column("Lembaga Penyelenggara", 3), column("Nomor Sertifikat", 2.6), centred("Tahun", 1.2)],
  cells: (t) => [t.name, t.organiser, t.certificateNumber, t.year],
};
const ASSIGNMENTS: TableSpec<DrhAssignment> = {
  caption: "Riwayat Penugasan Lain",
  numbered: false,
  blankRows: 3,
  columns: [column("Nama Tim / Kelompok Kerja", 3.6), column("Instansi / Lembaga", 2.8), column("Nomor Surat Penugasan", 2.8), centred("Tahun", 1.2)],
  cells: (a) => [a.teamName, a.institution, a.letterNumber, a.year],
};
const ACHIEVEMENTS: TableSpec<DrhAchievement> = {
  caption: "Prestasi",
  numbered: true,
  blankRows: 5,
  columns: [column("Prestasi yang pernah dicapai*", 4), column("Tingkat**", 2), column("Pemberi Penghargaan", 2.8), centred("Tahun Perolehan", 1.6)],
  footnotes: ["*) Tuliskan prestasi yang dicapai dengan detail.", "**) Tingkat : Organisasi Kerja, Nasional, Internasional, dst."],
  cells: (a) => [a.achievement, a.level, a.awardedBy, a.year],
};
const PUBLICATIONS: TableSpec<DrhPublication> = {
  caption: "Karya Tulis",
  numbered: true,
  blankRows: 3,
  columns: [column("Judul", 8), centred("Tahun", 1.4)],
  cells: (p) => [p.title, p.year],
};
const ORGANIZATIONS: TableSpec<DrhOrganization> = {
  caption: "Kegiatan Organisasi / Sosial Kemasyarakatan",
  numbered: true,
  blankRows: 3,
  columns: [column("Nama Organisasi / Kegiatan", 5), column("Jabatan", 3), centred("Tahun", 1.6)],
  cells: (o) => [o.name, o.role, o.year],
};
const SPOUSES: TableSpec<DrhSpouse> = {
  caption: "Istri/Suami",
  numbered: true,
  blankRows: 1,
  hasDstRow: false,
  columns: [column("Nama", 3), column("Tmp Lahir", 1.8), column("Tgl Lahir", 1.8), column("Tgl Menikah", 1.8), column("Pekerjaan", 2), column("Ket", 1.2)],
  cells: (s) => [s.name, s.birthPlace, s.birthDate, s.marriageDate, s.occupation, s.note ?? ""],
};
const CHILDREN: TableSpec<DrhChild> = {
  caption: "Anak",
  numbered: true,
  blankRows: 3,
  hasDstRow: false,
  columns: [column("Nama", 3), column("Tmp Lahir", 1.8), column("Tgl Lahir", 1.8), column("Pekerjaan / Pendidikan", 3.8), column("Ket", 1.2)],
  cells: (c) => [c.name, c.birthPlace, c.birthDate, c.occupationOrEducation, c.note ?? ""],
};

function sections(drh: DrhData, isBlank: boolean): DrhSection[] {
  const block = <Row>(spec: TableSpec<Row>, data: readonly Row[] | undefined): DrhBlock => ({ kind: "table", table: table(spec, data, isBlank) });
  return [
    { numeral: "II", title: "RIWAYAT PANGKAT", blocks: [block(RANKS, drh.ranks)] },
    { numeral: "III", title: "RIWAYAT JABATAN", blocks: [block(POSITIONS, drh.positions)] },
    { numeral: "IV", title: "RIWAYAT PENDIDIKAN FORMAL", blocks: [{ kind: "table", table: educationTable(drh, isBlank) }] },
    { numeral: "V", title: "RIWAYAT PENDIDIKAN DAN PELATIHAN", blocks: [block(TRAININGS, drh.trainings)] },
    { numeral: "VI", title: "RIWAYAT PENUGASAN LAIN", blocks: [block(ASSIGNMENTS, drh.assignments)] },
    { numeral: "VII", title: "PRESTASI", blocks: [block(ACHIEVEMENTS, drh.achievements)] },
    {
      numeral: "VIII",
      title: "KARYA TULIS",
      subtitle: "Buku, Makalah, Penelitian, Bahan Seminar yang pernah dipublikasikan",
      blocks: [block(PUBLICATIONS, drh.publications)],
    },
    { numeral: "IX", title: "KEGIATAN ORGANISASI / SOSIAL KEMASYARAKATAN", blocks: [block(ORGANIZATIONS, drh.organizations)] },
    {
      numeral: "X",
      title: "KETERANGAN KELUARGA",
      blocks: [{ kind: "label", text: "1. Istri/Suami" }, block(SPOUSES, drh.spouses), { kind: "label", text: "2. Anak" }, block(CHILDREN, drh.children)],
    },
  ];
}

function personalItems(applicant: ApplicantFormData | null): DrhPersonalItem[] {
  const personal = applicant?.drh?.personal ?? {};
  const children = applicant?.drh?.children;
  const childrenCount = personal.childrenCount ?? (children ? children.length : null);
  const lines = (...parts: Array<string | null | undefined>) => parts.filter((part) => part?.trim()).join("\n");
  const items: Array<[label: string, value: string | null | undefined, hint?: string]> = [
    ["Nama", applicant?.name, "(Lengkap dengan Gelar)"],
    ["NIP", applicant?.nip],
    ["Tempat, Tanggal Lahir", [personal.birthPlace, personal.birthDate].filter((part) => part?.trim()).join(", ")],
    ["Jenis Kelamin", personal.gender],
    ["Pangkat/Golongan Ruang", applicant?.rankLabel],
    ["TMT CPNS", personal.cpnsTmt],
    // The position with where it is held, as the other forms name the applicant's workplace.
    ["Jabatan terakhir", lines(applicant?.positionTitle, [applicant?.unitKerja, applicant?.institutionName].filter((part) => part?.trim()).join(", "))],
    ["Agama", personal.religion],
    ["Status Perkawinan", personal.maritalStatus],
    ["Jumlah anak", childrenCount === null || childrenCount === undefined ? "" : String(childrenCount)],
    ["Alamat Rumah", applicant?.address],
    ["Nomor Telepon / HP", personal.phone],
    ["Alamat Surel", personal.email],
    ["NIK", personal.nik],
    ["NPWP", personal.npwp],
  ];
  return items.map(([label, value, hint], i) => ({ marker: `${String.fromCharCode(97 + i)}.`, label, hint, value: value?.trim() ?? "" }));
}

function selfStatement(applicant: ApplicantFormData | null): string | null {
  if (!applicant) return null;
  const personal = applicant.drh?.personal ?? {};
  return (
    `Pernyataan diri: hukuman disiplin sedang/berat: ${yesNoLabel(personal.hasSevereDiscipline)}; ` +
    `sedang diperiksa/menjalani hukuman disiplin: ${yesNoLabel(personal.underDisciplineExam)}; ` +
    `pernah dipidana: ${yesNoLabel(personal.hasCriminalRecord)}.`
  );
}

/** The whole Lampiran II for an applicant, or blank. */
export function buildDrhLayout(context: DrhLayoutContext = {}): DrhLayout {
  const applicant = context.applicant ?? null;
  const isBlank = applicant === null;
  const year = context.selection?.year;
  return {
    title: DRH_TITLE,
    photoBox: ["Pas Photo", "4x6", "Berwarna"],
    personal: { numeral: "I", title: "DATA PRIBADI", items: personalItems(applicant) },
    sections: sections(applicant?.drh ?? {}, isBlank),
    declaration: DRH_DECLARATION,
    selfStatement: selfStatement(applicant),
    signature: {
      place: DOTS,
      dateText: `${DOTS} ${year ?? "20...."}`,
      stampText: "Materai Rp 10.000,00",
      name: applicant?.name ?? "",
      nip: applicant?.nip ?? "",
    },
    note: isBlank
      ? {
          title: "Keterangan:",
          text: "Peserta dapat menambahkan baris pada semua tabel apabila data yang perlu ditampilkan belum terakomodasi pada baris tabel yang tersedia.",
        }
      : null,
  };
}

/** The applicant's own Lampiran II from the stored profile. */
export function drhLayoutFromProfile(profile: DrhProfile, selection?: Pick<FormSelection, "year"> | null): DrhLayout {
  return buildDrhLayout({ applicant: drhFormDataFromProfile(profile), selection });
}
