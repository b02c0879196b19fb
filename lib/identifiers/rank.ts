/** Pangkat/golongan ruang of PNS, lowest (I/a) to highest (IV/e). */

export const RANK_CODES = [
  "I/a",
  "I/b",
  "I/c",
  "I/d",
  "II/a",
  "II/b",
  "II/c",
  "II/d",
  "III/a",
  "III/b",
  "III/c",
  "III/d",
  "IV/a",
  "IV/b",
  "IV/c",
  "IV/d",
  "IV/e",
] as const;

export type RankCode = (typeof RANK_CODES)[number];

export const RANK_NAMES: Readonly<Record<RankCode, string>> = {
  "I/a": "Juru Muda",
  "I/b": "Juru Muda Tingkat I",
  "I/c": "Juru",
  "I/d": "Juru Tingkat I",
  "II/a": "Pengatur Muda",
  "II/b": "Pengatur Muda Tingkat I",
  "II/c": "Pengatur",
  "II/d": "Pengatur Tingkat I",
  "III/a": "Penata Muda",
  "III/b": "Penata Muda Tingkat I",
  "III/c": "Penata",
  "III/d": "Penata Tingkat I",
  "IV/a": "Pembina",
  "IV/b": "Pembina Tingkat I",
  "IV/c": "Pembina Utama Muda",
  "IV/d": "Pembina Utama Madya",
  "IV/e": "Pembina Utama",
};

export function isRankCode(input: unknown): input is RankCode {
  return typeof input === "string" && (RANK_CODES as readonly string[]).includes(input);
}

/** 1 (I/a) … 17 (IV/e). */
export function rankOrdinal(code: RankCode): number {
  return RANK_CODES.indexOf(code) + 1;
}

export function compareRanks(a: RankCode, b: RankCode): number {
  return rankOrdinal(a) - rankOrdinal(b);
}

export function rankName(code: RankCode): string {
  return RANK_NAMES[code];
}

/** "Pembina Tingkat I (IV/b)" */
export function rankLabel(code: RankCode): string {
  return `${RANK_NAMES[code]} (${code})`;
}
