// How each history section of the DRH is edited and listed: its fields (one generic row form renders
// them) and its columns. Field names are checked against the section's schema.
import { EDUCATION_LABELS, EDUCATION_LEVELS } from "@/lib/identifiers/education";
import { POSITION_LEVEL_LABELS, POSITION_LEVELS } from "@/lib/identifiers/position-level";
import { RANK_CODES, rankLabel } from "@/lib/identifiers/rank";
import { dateText, educationText, familyRelationText, gpaText, periodText, positionLevelText, rankText, textOrDash } from "@/lib/profile/format";
import { ACCREDITATION_LABELS, ACCREDITATIONS, ACHIEVEMENT_LEVELS, ESELONS, FAMILY_RELATION_LABELS, FAMILY_RELATIONS, PUBLICATION_KINDS, yesNoLabel } from "@/lib/profile/options";
import type { StoredRow } from "@/lib/profile/row-tables";
import type { ProfileRowInput, ProfileSection } from "@/lib/validation/profile";

type FieldName<S extends ProfileSection> = Extract<keyof ProfileRowInput<S>, string>;

export type FieldKind = "text" | "date" | "year" | "decimal" | "select" | "checkbox" | "yesno";

export type FieldSpec<S extends ProfileSection> = {
  name: FieldName<S>;
  label: string;
  kind: FieldKind;
  options?: readonly { value: string; label: string }[];
  hint?: string;
  /** Spans the whole width of the form grid. */
  wide?: boolean;
  /** Disabled while this checkbox is ticked ("Masih menjabat" disables the end date). */
  disabledBy?: FieldName<S>;
  /** Shown only while another field has this value (the marriage date is for a spouse). */
  shownWhen?: { field: FieldName<S>; equals: string };
};

export type ColumnSpec<S extends ProfileSection> = { header: string; cell: (row: StoredRow<S>) => string };

export type SectionView<S extends ProfileSection> = {
  /** "riwayat jabatan": used in buttons and messages. */
  noun: string;
  fields: readonly FieldSpec<S>[];
  columns: readonly ColumnSpec<S>[];
  /** The row's name in the delete confirmation. */
  describe: (row: StoredRow<S>) => string;
  /** Form values derived from the row beyond its own columns. */
  extraInput?: (row: StoredRow<S>) => Partial<ProfileRowInput<S>>;
};

const options = <T extends string>(values: readonly T[], label: (value: T) => string = (value) => value) =>
  values.map((value) => ({ value, label: label(value) }));

type SectionViews = { [S in ProfileSection]: SectionView<S> };

export const SECTION_VIEWS: SectionViews = {
  ranks: {
    noun: "riwayat pangkat",
    fields: [
      { name: "rank", label: "Pangkat (golongan ruang)", kind: "select", options: options(RANK_CODES, rankLabel) },
      { name: "tmt", label: "TMT pangkat", kind: "date" },
      { name: "decreeNumber", label: "Nomor SK", kind: "text" },
      { name: "decreeDate", label: "Tanggal SK", kind: "date" },
    ],
    columns: [
      { header: "Pangkat (Gol)", cell: (row) => rankText(row.rank) },
      { header: "TMT Pangkat", cell: (row) => dateText(row.tmt) },
      { header: "Nomor SK", cell: (row) => textOrDash(row.decreeNumber) },
      { header: "Tanggal SK", cell: (row) => dateText(row.decreeDate) },
    ],
    describe: (row) => `${rankText(row.rank)}, TMT ${dateText(row.tmt)}`,
  },
  positions: {
    noun: "riwayat jabatan",
    fields: [
      { name: "title", label: "Nama jabatan", kind: "text", wide: true },
      { name: "level", label: "Jenjang jabatan", kind: "select", options: options(POSITION_LEVELS, (level) => POSITION_LEVEL_LABELS[level]) },
      { name: "eselon", label: "Eselon", kind: "select", options: options(ESELONS), hint: "Kosongkan untuk jabatan fungsional atau pelaksana." },
      { name: "unitKerja", label: "Unit kerja", kind: "text" },
      { name: "decreeNumber", label: "Nomor SK", kind: "text" },
      { name: "startDate", label: "Tanggal mulai menjabat", kind: "date" },
      { name: "endDate", label: "Tanggal selesai menjabat", kind: "date", disabledBy: "isCurrent" },
      { name: "isCurrent", label: "Masih menjabat", kind: "checkbox" },
      { name: "supervisorName", label: "Nama atasan langsung", kind: "text" },
    ],
    columns: [
      { header: "Jabatan", cell: (row) => row.title },
      { header: "Jenjang", cell: (row) => `${positionLevelText(row.level)}${row.eselon ? ` (Eselon ${row.eselon})` : ""}` },
      { header: "Nomor SK", cell: (row) => textOrDash(row.decreeNumber) },
      { header: "Periode Menjabat", cell: (row) => periodText(row.startDate, row.endDate) },
      { header: "Nama Atasan Langsung", cell: (row) => textOrDash(row.supervisorName) },
    ],
    describe: (row) => row.title,
    extraInput: (row) => ({ isCurrent: row.endDate === null }),
  },
  educations: {
    noun: "riwayat pendidikan",
    fields: [
      { name: "level", label: "Jenjang pendidikan", kind: "select", options: options(EDUCATION_LEVELS, (level) => EDUCATION_LABELS[level]) },
      { name: "major", label: "Jurusan", kind: "text" },
      { name: "institutionName", label: "Nama sekolah/universitas", kind: "text", wide: true },
      { name: "diplomaNumber", label: "Nomor ijazah", kind: "text" },
      { name: "graduationYear", label: "Tahun lulus", kind: "year" },
      { name: "diplomaDate", label: "Tanggal ijazah", kind: "date" },
      { name: "gpa", label: "IPK", kind: "decimal", hint: "Skala 0–4, contoh 3,45. Kosongkan bila tidak ada." },
      {
        name: "accreditation",
        label: "Akreditasi program studi",
        kind: "select",
        options: options(ACCREDITATIONS, (value) => ACCREDITATION_LABELS[value]),
        hint: "Akreditasi BAN-PT pada tanggal ijazah. Kosongkan bila tidak ada.",
      },
    ],
    columns: [
      { header: "Pendidikan", cell: (row) => educationText(row.level) },
      { header: "Jurusan", cell: (row) => textOrDash(row.major) },
      { header: "Nama Sekolah / Universitas", cell: (row) => row.institutionName },
      { header: "Nomor Ijazah", cell: (row) => textOrDash(row.diplomaNumber) },
      { header: "Tahun Lulus", cell: (row) => textOrDash(row.graduationYear) },
      { header: "Tanggal Ijazah", cell: (row) => dateText(row.diplomaDate) },
      { header: "IPK", cell: (row) => gpaText(row.gpa) },
      { header: "Akreditasi", cell: (row) => (row.accreditation ? ACCREDITATION_LABELS[row.accreditation] : "–") },
    ],
    describe: (row) => `${educationText(row.level)} ${row.institutionName}`,
  },
  trainings: {
    noun: "riwayat diklat",
    fields: [
      { name: "name", label: "Nama diklat/shortcourse/workshop", kind: "text", wide: true },
      { name: "organizer", label: "Lembaga penyelenggara", kind: "text" },
      { name: "certificateNumber", label: "Nomor sertifikat", kind: "text" },
      { name: "year", label: "Tahun", kind: "year" },
      { name: "isLeadership", label: "Pelatihan kepemimpinan (PIM/PKA/PKN)", kind: "checkbox" },
    ],
    columns: [
      { header: "Nama Diklat/Shortcourse/Workshop", cell: (row) => (row.isLeadership ? `${row.name} (kepemimpinan)` : row.name) },
      { header: "Lembaga Penyelenggara", cell: (row) => textOrDash(row.organizer) },
      { header: "Nomor Sertifikat", cell: (row) => textOrDash(row.certificateNumber) },
      { header: "Tahun", cell: (row) => textOrDash(row.year) },
    ],
    describe: (row) => row.name,
  },
  assignments: {
    noun: "riwayat penugasan",
    fields: [
      { name: "teamName", label: "Nama tim/kelompok kerja", kind: "text", wide: true },
      { name: "agency", label: "Instansi/lembaga", kind: "text" },
      { name: "letterNumber", label: "Nomor surat penugasan", kind: "text" },
      { name: "year", label: "Tahun", kind: "year" },
    ],
    columns: [
      { header: "Nama Tim / Kelompok Kerja", cell: (row) => row.teamName },
      { header: "Instansi / Lembaga", cell: (row) => textOrDash(row.agency) },
      { header: "Nomor Surat Penugasan", cell: (row) => textOrDash(row.letterNumber) },
      { header: "Tahun", cell: (row) => textOrDash(row.year) },
    ],
    describe: (row) => row.teamName,
  },
  achievements: {
    noun: "prestasi",
    fields: [
      { name: "title", label: "Prestasi yang pernah dicapai", kind: "text", wide: true, hint: "Tuliskan prestasi dengan rinci." },
      { name: "level", label: "Tingkat", kind: "select", options: options(ACHIEVEMENT_LEVELS) },
      { name: "grantor", label: "Pemberi penghargaan", kind: "text" },
      { name: "year", label: "Tahun perolehan", kind: "year" },
    ],
    columns: [
      { header: "Prestasi", cell: (row) => row.title },
      { header: "Tingkat", cell: (row) => textOrDash(row.level) },
      { header: "Pemberi Penghargaan", cell: (row) => textOrDash(row.grantor) },
      { header: "Tahun Perolehan", cell: (row) => textOrDash(row.year) },
    ],
    describe: (row) => row.title,
  },
  publications: {
    noun: "karya tulis",
    fields: [
      { name: "title", label: "Judul", kind: "text", wide: true },
      { name: "kind", label: "Jenis", kind: "select", options: options(PUBLICATION_KINDS) },
      { name: "year", label: "Tahun", kind: "year" },
    ],
    columns: [
      { header: "Judul", cell: (row) => row.title },
      { header: "Jenis", cell: (row) => textOrDash(row.kind) },
      { header: "Tahun", cell: (row) => textOrDash(row.year) },
    ],
    describe: (row) => row.title,
  },
  organizations: {
    noun: "kegiatan organisasi",
    fields: [
      { name: "name", label: "Nama organisasi/kegiatan", kind: "text", wide: true },
      { name: "role", label: "Jabatan", kind: "text" },
      { name: "years", label: "Tahun", kind: "text", hint: "Contoh: 2015–2020" },
    ],
    columns: [
      { header: "Nama Organisasi / Kegiatan", cell: (row) => row.name },
      { header: "Jabatan", cell: (row) => textOrDash(row.role) },
      { header: "Tahun", cell: (row) => textOrDash(row.years) },
    ],
    describe: (row) => row.name,
  },
  family: {
    noun: "data keluarga",
    fields: [
      { name: "relation", label: "Hubungan", kind: "select", options: options(FAMILY_RELATIONS, (relation) => FAMILY_RELATION_LABELS[relation]) },
      { name: "name", label: "Nama", kind: "text" },
      { name: "birthPlace", label: "Tempat lahir", kind: "text" },
      { name: "birthDate", label: "Tanggal lahir", kind: "date" },
      { name: "marriageDate", label: "Tanggal menikah", kind: "date", shownWhen: { field: "relation", equals: "SPOUSE" } },
      { name: "occupation", label: "Pekerjaan/pendidikan", kind: "text" },
      { name: "note", label: "Keterangan", kind: "text" },
    ],
    columns: [
      { header: "Hubungan", cell: (row) => familyRelationText(row.relation) },
      { header: "Nama", cell: (row) => row.name },
      { header: "Tempat, Tanggal Lahir", cell: (row) => `${textOrDash(row.birthPlace)}, ${dateText(row.birthDate)}` },
      { header: "Tanggal Menikah", cell: (row) => dateText(row.marriageDate) },
      { header: "Pekerjaan / Pendidikan", cell: (row) => textOrDash(row.occupation) },
      { header: "Ket", cell: (row) => textOrDash(row.note) },
    ],
    describe: (row) => `${familyRelationText(row.relation)} ${row.name}`,
  },
  appraisals: {
    noun: "penilaian kinerja",
    fields: [
      { name: "year", label: "Tahun penilaian", kind: "year" },
      { name: "allElementsAtLeastGood", label: "Semua unsur penilaian bernilai paling rendah \u201cbaik\u201d?", kind: "yesno", wide: true },
    ],
    columns: [
      { header: "Tahun", cell: (row) => String(row.year) },
      { header: "Semua Unsur Paling Rendah Baik", cell: (row) => yesNoLabel(row.allElementsAtLeastGood) },
    ],
    describe: (row) => `tahun ${row.year}`,
  },
};
