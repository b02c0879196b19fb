// The closed lists of the CV form (selects) and their Indonesian labels. Pure: used by the shared
// schemas, the forms and the print view alike.

export const GENDERS = ["M", "F"] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Readonly<Record<Gender, string>> = { M: "Laki-laki", F: "Perempuan" };

// Stored as the words themselves (the column is text and the print view shows them as they are).
export const RELIGIONS = ["Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Konghucu", "Kepercayaan terhadap Tuhan YME"] as const;
export type Religion = (typeof RELIGIONS)[number];

// The civil-registry (Dukcapil) categories.
export const MARITAL_STATUSES = ["Belum Kawin", "Kawin", "Cerai Hidup", "Cerai Mati"] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

export const EMPLOYMENT_STATUSES = ["PNS", "PPPK", "NON_ASN"] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];
export const EMPLOYMENT_STATUS_LABELS: Readonly<Record<EmploymentStatus, string>> = {
  PNS: "Pegawai Negeri Sipil (PNS)",
  PPPK: "Pegawai Pemerintah dengan Perjanjian Kerja (PPPK)",
  NON_ASN: "Bukan ASN",
};

/** Structural eselon grades; DOMAIN.md maps II → JPT Pratama, III → administrator, IV → pengawas. */
export const ESELONS = ["I.a", "I.b", "II.a", "II.b", "III.a", "III.b", "IV.a", "IV.b"] as const;
export type Eselon = (typeof ESELONS)[number];

// "Tingkat" of Lampiran II section VII: "Organisasi Kerja, Nasional, Internasional, dst."
export const ACHIEVEMENT_LEVELS = ["Organisasi Kerja", "Kabupaten/Kota", "Provinsi", "Nasional", "Internasional"] as const;
export type AchievementLevel = (typeof ACHIEVEMENT_LEVELS)[number];

// Section VIII: "Buku, Makalah, Penelitian, Bahan Seminar yang pernah dipublikasikan".
export const PUBLICATION_KINDS = ["Buku", "Makalah", "Penelitian", "Bahan Seminar", "Artikel Jurnal"] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

export const FAMILY_RELATIONS = ["SPOUSE", "CHILD"] as const;
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];
export const FAMILY_RELATION_LABELS: Readonly<Record<FamilyRelation, string>> = { SPOUSE: "Istri/Suami", CHILD: "Anak" };

/** BAN-PT accreditation of the study programme: the letter grades, and the ranks used since 2018. */
export const ACCREDITATIONS = ["A", "B", "C", "UNGGUL", "BAIK_SEKALI", "BAIK"] as const;
export type Accreditation = (typeof ACCREDITATIONS)[number];
export const ACCREDITATION_LABELS: Readonly<Record<Accreditation, string>> = {
  A: "A",
  B: "B",
  C: "C",
  UNGGUL: "Unggul",
  BAIK_SEKALI: "Baik Sekali",
  BAIK: "Baik",
};

export const YES_NO_LABELS = { true: "Ya", false: "Tidak" } as const;

/** "Ya" / "Tidak" / "–" for a self-declaration that may not be answered yet. */
export function yesNoLabel(value: boolean | null | undefined): string {
  if (value === null || value === undefined) return "–";
  return value ? YES_NO_LABELS.true : YES_NO_LABELS.false;
}
