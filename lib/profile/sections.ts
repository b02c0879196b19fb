// The parts of the Daftar Riwayat Hidup as Lampiran II numbers them, with what the pages say about
// each. The performance appraisals are not on the form; the performance rule of a selection needs them.
import type { ProfileSection } from "@/lib/validation/profile";

export type SectionKey = "personal" | ProfileSection;

export type SectionMeta = {
  key: SectionKey;
  /** Roman numeral of Lampiran II; null for what the form does not have. */
  numeral: string | null;
  title: string;
  /** Shown when the section has no rows. */
  emptyText: string;
  /** A CV without it is incomplete (the eligibility rules read it). */
  isRequired: boolean;
  /**
   * Only a civil servant's CV can have it (ranks, positions, performance appraisals): for anyone else it is
   * never required. A CPNS applicant has no rank; an unknown status counts as ASN, as before.
   */
  isAsnOnly?: boolean;
  /** The HTML id of its card on the DRH page. */
  anchor: string;
};

export const SECTION_META: Readonly<Record<SectionKey, SectionMeta>> = {
  personal: { key: "personal", numeral: "I", title: "Data Pribadi", emptyText: "Data pribadi belum diisi", isRequired: true, anchor: "data-pribadi" },
  ranks: { key: "ranks", numeral: "II", title: "Riwayat Pangkat", emptyText: "Belum ada riwayat pangkat", isRequired: true, isAsnOnly: true, anchor: "riwayat-pangkat" },
  positions: { key: "positions", numeral: "III", title: "Riwayat Jabatan", emptyText: "Belum ada riwayat jabatan", isRequired: true, isAsnOnly: true, anchor: "riwayat-jabatan" },
  educations: { key: "educations", numeral: "IV", title: "Riwayat Pendidikan Formal", emptyText: "Belum ada riwayat pendidikan formal", isRequired: true, anchor: "riwayat-pendidikan" },
  trainings: { key: "trainings", numeral: "V", title: "Riwayat Pendidikan dan Pelatihan", emptyText: "Belum ada riwayat diklat atau pelatihan", isRequired: false, anchor: "riwayat-diklat" },
  assignments: { key: "assignments", numeral: "VI", title: "Riwayat Penugasan Lain", emptyText: "Belum ada riwayat penugasan lain", isRequired: false, anchor: "riwayat-penugasan" },
  achievements: { key: "achievements", numeral: "VII", title: "Prestasi", emptyText: "Belum ada prestasi", isRequired: false, anchor: "prestasi" },
  publications: { key: "publications", numeral: "VIII", title: "Karya Tulis", emptyText: "Belum ada karya tulis", isRequired: false, anchor: "karya-tulis" },
  organizations: { key: "organizations", numeral: "IX", title: "Kegiatan Organisasi / Sosial Kemasyarakatan", emptyText: "Belum ada kegiatan organisasi", isRequired: false, anchor: "kegiatan-organisasi" },
  family: { key: "family", numeral: "X", title: "Keterangan Keluarga", emptyText: "Belum ada data keluarga", isRequired: false, anchor: "keterangan-keluarga" },
  appraisals: { key: "appraisals", numeral: null, title: "Penilaian Kinerja", emptyText: "Belum ada penilaian kinerja", isRequired: true, isAsnOnly: true, anchor: "penilaian-kinerja" },
};

export const SECTION_ORDER: readonly SectionKey[] = [
  "personal",
  "ranks",
  "positions",
  "educations",
  "trainings",
  "assignments",
  "achievements",
  "publications",
  "organizations",
  "family",
  "appraisals",
];

/** Whether an employment status (null: not given yet) is that of an ASN, whose CV has the ASN-only parts. */
export function isAsnStatus(status: string | null | undefined): boolean {
  return status !== "NON_ASN";
}

/** Required for this CV: an ASN-only part is not required of a non-ASN applicant. */
export function isSectionRequired(key: SectionKey, employmentStatus: string | null | undefined): boolean {
  const meta = SECTION_META[key];
  return meta.isRequired && (!meta.isAsnOnly || isAsnStatus(employmentStatus));
}

/** "III. Riwayat Jabatan" */
export function sectionHeading(key: SectionKey): string {
  const meta = SECTION_META[key];
  return meta.numeral ? `${meta.numeral}. ${meta.title}` : meta.title;
}
