/** Highest completed education, as written on the last promotion decree. */

export const EDUCATION_LEVELS = [
  "SD",
  "SMP",
  "SMA",
  "D1",
  "D2",
  "D3",
  "D4",
  "S1",
  "S2",
  "S3",
] as const;

export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

// D-IV and S-1 share a rank: regulations that ask for "paling rendah S-1"
// accept D-IV equally, and neither is "higher" than the other.
const EDUCATION_RANKS: Readonly<Record<EducationLevel, number>> = {
  SD: 1,
  SMP: 2,
  SMA: 3,
  D1: 4,
  D2: 5,
  D3: 6,
  D4: 7,
  S1: 7,
  S2: 8,
  S3: 9,
};

export const EDUCATION_LABELS: Readonly<Record<EducationLevel, string>> = {
  SD: "Sekolah Dasar (SD)",
  SMP: "Sekolah Menengah Pertama (SMP)",
  SMA: "Sekolah Menengah Atas (SMA/sederajat)",
  D1: "Diploma I (D-I)",
  D2: "Diploma II (D-II)",
  D3: "Diploma III (D-III)",
  D4: "Diploma IV (D-IV)",
  S1: "Sarjana (S-1)",
  S2: "Magister (S-2)",
  S3: "Doktor (S-3)",
};

export const EDUCATION_SHORT_LABELS: Readonly<Record<EducationLevel, string>> = {
  SD: "SD",
  SMP: "SMP",
  SMA: "SMA",
  D1: "D-I",
  D2: "D-II",
  D3: "D-III",
  D4: "D-IV",
  S1: "S-1",
  S2: "S-2",
  S3: "S-3",
};

export function isEducationLevel(input: unknown): input is EducationLevel {
  return typeof input === "string" && (EDUCATION_LEVELS as readonly string[]).includes(input);
}

/** SD = 1 … S3 = 9; D4 and S1 are both 7. */
export function educationRank(level: EducationLevel): number {
  return EDUCATION_RANKS[level];
}

export function educationLabel(level: EducationLevel): string {
  return EDUCATION_LABELS[level];
}

export function educationShortLabel(level: EducationLevel): string {
  return EDUCATION_SHORT_LABELS[level];
}

/** The levels that count as equal to `level` (S1 → [D4, S1]). */
export function equivalentEducationLevels(level: EducationLevel): EducationLevel[] {
  return EDUCATION_LEVELS.filter((other) => EDUCATION_RANKS[other] === EDUCATION_RANKS[level]);
}
