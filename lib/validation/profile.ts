// The Daftar Riwayat Hidup (Lampiran II): personal data (section I) and one row schema per history
// table (sections II–X and the performance appraisals). Shared by the DRH forms and their actions.
import { z } from "zod";
import { compareCalendarDates, isCalendarDate } from "@/lib/dates/calendar";
import { EDUCATION_LEVELS } from "@/lib/identifiers/education";
import { parseNik } from "@/lib/identifiers/nik";
import { parseNpwp } from "@/lib/identifiers/npwp";
import { isPositionLevel, POSITION_LEVEL_LABELS, POSITION_LEVELS, type PositionLevel } from "@/lib/identifiers/position-level";
import { RANK_CODES } from "@/lib/identifiers/rank";
import {
  ACCREDITATIONS,
  ACHIEVEMENT_LEVELS,
  EMPLOYMENT_STATUSES,
  ESELONS,
  FAMILY_RELATIONS,
  GENDERS,
  MARITAL_STATUSES,
  PUBLICATION_KINDS,
  RELIGIONS,
  type Eselon,
} from "@/lib/profile/options";
import { phoneField } from "@/lib/validation/auth";
import {
  checkbox,
  decimalParser,
  fromSchema,
  optionalBoolean,
  optionalCount,
  optionalDate,
  optionalField,
  optionalOneOf,
  optionalText,
  optionalYear,
  requiredBoolean,
  requiredDate,
  requiredField,
  requiredOneOf,
  requiredText,
  requiredYear,
} from "@/lib/validation/fields";
import { idField } from "@/lib/validation/text";

const rankField = (message: string) => requiredOneOf(RANK_CODES, message);

// Cross-field checks run even when another field of the form is wrong, so that every error shows at
// once; each check therefore looks only at fields that parsed (a failed field holds no value). Not when
// the input is no object at all (null, a string): there is no field to look at, and reading one would throw.
const evenWithOtherErrors = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

/** Both dates parsed and `later` is before `earlier`. */
function isBefore(later: unknown, earlier: unknown): boolean {
  return isCalendarDate(later) && isCalendarDate(earlier) && compareCalendarDates(later, earlier) < 0;
}

// ───────────── I. Data pribadi ─────────────

export const personalDataSchema = z
  .object({
    // The version the form was loaded with; a save against a newer one is refused.
    version: z.coerce.number({ error: "Versi data tidak valid" }).int().min(0),
    fullName: requiredText("Nama lengkap", { min: 3, max: 150 }),
    birthPlace: requiredText("Tempat lahir", { min: 2, max: 100 }),
    birthDate: requiredDate("Tanggal lahir", { notFuture: true }),
    gender: requiredOneOf(GENDERS, "Pilih jenis kelamin"),
    religion: optionalOneOf(RELIGIONS, "Pilih agama dari daftar"),
    maritalStatus: optionalOneOf(MARITAL_STATUSES, "Pilih status perkawinan dari daftar"),
    childrenCount: optionalCount("Jumlah anak", 30),
    address: optionalText("Alamat rumah", { max: 500, multiline: true }),
    phone: optionalField(fromSchema(phoneField)),
    nik: requiredField((text) => {
      const parsed = parseNik(text);
      return parsed.ok ? { ok: true, value: parsed.value.nik } : parsed;
    }, "NIK wajib diisi"),
    npwp: optionalField(parseNpwp),
    employmentStatus: optionalOneOf(EMPLOYMENT_STATUSES, "Pilih status kepegawaian dari daftar"),
    institutionId: optionalText("Instansi", { max: 64 }),
    unitKerja: optionalText("Unit kerja", { max: 200 }),
    currentRank: optionalOneOf(RANK_CODES, "Pilih pangkat/golongan ruang dari daftar"),
    tmtCpns: optionalDate("TMT CPNS", { notFuture: true }),
    currentPositionTitle: optionalText("Jabatan terakhir", { max: 200 }),
    hasSevereDiscipline: optionalBoolean(),
    underDisciplineExam: optionalBoolean(),
    hasCriminalRecord: optionalBoolean(),
  })
  .superRefine((data, ctx) => {
    if (isBefore(data.tmtCpns, data.birthDate) || (isCalendarDate(data.tmtCpns) && data.tmtCpns === data.birthDate)) {
      ctx.addIssue({ code: "custom", path: ["tmtCpns"], message: "TMT CPNS harus sesudah tanggal lahir" });
    }
  }, evenWithOtherErrors);
export type PersonalDataInput = z.input<typeof personalDataSchema>;
export type PersonalData = z.output<typeof personalDataSchema>;

// ───────────── II. Riwayat pangkat ─────────────

export const rankRowSchema = z.object({
  rank: rankField("Pilih pangkat/golongan ruang"),
  tmt: requiredDate("TMT pangkat"),
  decreeNumber: optionalText("Nomor SK", { max: 100 }),
  decreeDate: optionalDate("Tanggal SK", { notFuture: true }),
});

// ───────────── III. Riwayat jabatan ─────────────

// DOMAIN.md: eselon I = JPT madya/utama, II = JPT pratama, III = administrator, IV = pengawas.
const ESELON_LEVELS: Readonly<Record<string, readonly PositionLevel[]>> = {
  I: ["JPT_MADYA", "JPT_UTAMA"],
  II: ["JPT_PRATAMA"],
  III: ["ADMINISTRATOR"],
  IV: ["PENGAWAS"],
};

export function levelsForEselon(eselon: Eselon): readonly PositionLevel[] {
  return ESELON_LEVELS[eselon.split(".")[0] ?? ""] ?? [];
}

export const positionRowSchema = z
  .object({
    title: requiredText("Nama jabatan", { max: 200 }),
    level: requiredOneOf(POSITION_LEVELS, "Pilih jenjang jabatan"),
    eselon: optionalOneOf(ESELONS, "Pilih eselon dari daftar"),
    unitKerja: optionalText("Unit kerja", { max: 200 }),
    decreeNumber: optionalText("Nomor SK", { max: 100 }),
    startDate: requiredDate("Tanggal mulai menjabat"),
    // "Masih menjabat": the period runs on, so there is no end date.
    isCurrent: checkbox(),
    endDate: optionalDate("Tanggal selesai menjabat"),
    supervisorName: optionalText("Nama atasan langsung", { max: 150 }),
  })
  .superRefine((row, ctx) => {
    // A date whose own parsing failed is not null here: its error is already shown.
    if (row.isCurrent === false && row.endDate === null) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "Isi tanggal selesai menjabat, atau centang \u201cMasih menjabat\u201d" });
    }
    if (row.isCurrent === false && isBefore(row.endDate, row.startDate)) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "Tanggal selesai menjabat tidak boleh sebelum tanggal mulai" });
    }
    const eselon = row.eselon;
    if (eselon && (ESELONS as readonly string[]).includes(eselon) && isPositionLevel(row.level) && !levelsForEselon(eselon).includes(row.level)) {
      const expected = levelsForEselon(eselon).map((level) => POSITION_LEVEL_LABELS[level]).join(" atau ");
      ctx.addIssue({ code: "custom", path: ["eselon"], message: `Eselon ${eselon} adalah jenjang ${expected}, bukan ${POSITION_LEVEL_LABELS[row.level]}` });
    }
  }, evenWithOtherErrors)
  .transform(({ isCurrent, ...row }) => ({ ...row, endDate: isCurrent ? null : row.endDate }));

// ───────────── IV. Riwayat pendidikan formal ─────────────

export const educationRowSchema = z.object({
  level: requiredOneOf(EDUCATION_LEVELS, "Pilih jenjang pendidikan"),
  major: optionalText("Jurusan", { max: 150 }),
  institutionName: requiredText("Nama sekolah/universitas", { max: 200 }),
  diplomaNumber: optionalText("Nomor ijazah", { max: 100 }),
  graduationYear: optionalYear("Tahun lulus"),
  // Tanggal ijazah and accreditation: what a CPNS formation's requirements are read against.
  diplomaDate: optionalDate("Tanggal ijazah", { notFuture: true }),
  gpa: optionalField(decimalParser("IPK", 0, 4)),
  accreditation: optionalOneOf(ACCREDITATIONS, "Pilih akreditasi dari daftar"),
});

// ───────────── V. Riwayat pendidikan dan pelatihan ─────────────

export const trainingRowSchema = z.object({
  name: requiredText("Nama diklat/pelatihan", { max: 300 }),
  organizer: optionalText("Lembaga penyelenggara", { max: 200 }),
  certificateNumber: optionalText("Nomor sertifikat", { max: 100 }),
  year: optionalYear("Tahun"),
  // Pelatihan kepemimpinan (PIM/PKA/PKN): some selections ask for it.
  isLeadership: checkbox(),
});

// ───────────── VI. Riwayat penugasan lain ─────────────

export const assignmentRowSchema = z.object({
  teamName: requiredText("Nama tim/kelompok kerja", { max: 300 }),
  agency: optionalText("Instansi/lembaga", { max: 200 }),
  letterNumber: optionalText("Nomor surat penugasan", { max: 100 }),
  year: optionalYear("Tahun"),
});

// ───────────── VII. Prestasi ─────────────

export const achievementRowSchema = z.object({
  title: requiredText("Prestasi", { max: 500 }),
  level: optionalOneOf(ACHIEVEMENT_LEVELS, "Pilih tingkat dari daftar"),
  grantor: optionalText("Pemberi penghargaan", { max: 200 }),
  year: optionalYear("Tahun perolehan"),
});

// ───────────── VIII. Karya tulis ─────────────

export const publicationRowSchema = z.object({
  title: requiredText("Judul", { max: 500 }),
  kind: optionalOneOf(PUBLICATION_KINDS, "Pilih jenis karya tulis dari daftar"),
  year: optionalYear("Tahun"),
});

// ───────────── IX. Kegiatan organisasi / sosial kemasyarakatan ─────────────

export const organizationRowSchema = z.object({
  name: requiredText("Nama organisasi/kegiatan", { max: 200 }),
  role: optionalText("Jabatan", { max: 150 }),
  // Free text on the form: "2015", "2015–2020", "2018–sekarang".
  years: optionalText("Tahun", { max: 40 }),
});

// ───────────── X. Keterangan keluarga ─────────────

export const familyRowSchema = z
  .object({
    relation: requiredOneOf(FAMILY_RELATIONS, "Pilih hubungan keluarga"),
    name: requiredText("Nama", { max: 150 }),
    birthPlace: optionalText("Tempat lahir", { max: 100 }),
    birthDate: optionalDate("Tanggal lahir", { notFuture: true }),
    marriageDate: optionalDate("Tanggal menikah", { notFuture: true }),
    occupation: optionalText("Pekerjaan/pendidikan", { max: 150 }),
    note: optionalText("Keterangan", { max: 200 }),
  })
  .superRefine((row, ctx) => {
    if (row.relation === "SPOUSE" && (isBefore(row.marriageDate, row.birthDate) || (isCalendarDate(row.marriageDate) && row.marriageDate === row.birthDate))) {
      ctx.addIssue({ code: "custom", path: ["marriageDate"], message: "Tanggal menikah harus sesudah tanggal lahir" });
    }
  }, evenWithOtherErrors)
  // Only a spouse has a marriage date (the form hides the field for a child).
  .transform((row) => (row.relation === "CHILD" ? { ...row, marriageDate: null } : row));

// ───────────── Penilaian kinerja (for the performance rule) ─────────────

export const appraisalRowSchema = z.object({
  year: requiredYear("Tahun penilaian"),
  allElementsAtLeastGood: requiredBoolean("Pilih apakah semua unsur penilaian bernilai paling rendah baik"),
});

// ───────────── The sections together ─────────────

/** Keyed by the relation names of ApplicantProfile, in the order of Lampiran II. */
export const PROFILE_ROW_SCHEMAS = {
  ranks: rankRowSchema,
  positions: positionRowSchema,
  educations: educationRowSchema,
  trainings: trainingRowSchema,
  assignments: assignmentRowSchema,
  achievements: achievementRowSchema,
  publications: publicationRowSchema,
  organizations: organizationRowSchema,
  family: familyRowSchema,
  appraisals: appraisalRowSchema,
} as const;

export type ProfileSection = keyof typeof PROFILE_ROW_SCHEMAS;
export const PROFILE_SECTIONS = Object.keys(PROFILE_ROW_SCHEMAS) as ProfileSection[];
export type ProfileRowInput<S extends ProfileSection> = z.input<(typeof PROFILE_ROW_SCHEMAS)[S]>;
export type ProfileRowData<S extends ProfileSection> = z.output<(typeof PROFILE_ROW_SCHEMAS)[S]>;
/** A stored row as the pages see it: the parsed values plus its id. */
export type ProfileRow<S extends ProfileSection> = { id: string } & ProfileRowData<S>;

const sectionEnum = z.enum(PROFILE_SECTIONS as [ProfileSection, ...ProfileSection[]], { error: "Bagian DRH tidak dikenal" });
const rowId = idField("Baris tidak dikenal");

const command = <S extends ProfileSection>(section: S) =>
  z.object({ section: z.literal(section), values: PROFILE_ROW_SCHEMAS[section] });

/** `{ section, values }`: a new row, validated with the schema of its own section. */
export const profileRowCommandSchema = z.discriminatedUnion("section", [
  command("ranks"),
  command("positions"),
  command("educations"),
  command("trainings"),
  command("assignments"),
  command("achievements"),
  command("publications"),
  command("organizations"),
  command("family"),
  command("appraisals"),
]);
export type ProfileRowCommandInput = z.input<typeof profileRowCommandSchema>;
export type ProfileRowCommand = z.output<typeof profileRowCommandSchema>;

export const profileRowUpdateSchema = z.intersection(profileRowCommandSchema, z.object({ id: rowId }));
export type ProfileRowUpdateInput = z.input<typeof profileRowUpdateSchema>;

export const profileRowDeleteSchema = z.object({ section: sectionEnum, id: rowId });
export type ProfileRowDeleteInput = z.input<typeof profileRowDeleteSchema>;
