/**
 * ASN position levels. Structural: pelaksana < pengawas (eselon IV) <
 * administrator (eselon III) < JPT pratama (eselon II) < madya < utama.
 * JF_OTHER covers functional positions outside the "ahli" category
 * (keterampilan), which never count towards JPT experience.
 */

export const POSITION_LEVELS = [
  "PELAKSANA",
  "PENGAWAS",
  "ADMINISTRATOR",
  "JPT_PRATAMA",
  "JPT_MADYA",
  "JPT_UTAMA",
  "JF_AHLI_PERTAMA",
  "JF_AHLI_MUDA",
  "JF_AHLI_MADYA",
  "JF_AHLI_UTAMA",
  "JF_OTHER",
] as const;

export type PositionLevel = (typeof POSITION_LEVELS)[number];

export const POSITION_LEVEL_LABELS: Readonly<Record<PositionLevel, string>> = {
  PELAKSANA: "Pelaksana",
  PENGAWAS: "Pengawas",
  ADMINISTRATOR: "Administrator",
  JPT_PRATAMA: "Jabatan Pimpinan Tinggi Pratama",
  JPT_MADYA: "Jabatan Pimpinan Tinggi Madya",
  JPT_UTAMA: "Jabatan Pimpinan Tinggi Utama",
  JF_AHLI_PERTAMA: "Jabatan Fungsional Ahli Pertama",
  JF_AHLI_MUDA: "Jabatan Fungsional Ahli Muda",
  JF_AHLI_MADYA: "Jabatan Fungsional Ahli Madya",
  JF_AHLI_UTAMA: "Jabatan Fungsional Ahli Utama",
  JF_OTHER: "Jabatan Fungsional lainnya (keterampilan)",
};

export function isPositionLevel(input: unknown): input is PositionLevel {
  return typeof input === "string" && (POSITION_LEVELS as readonly string[]).includes(input);
}

export function positionLevelLabel(level: PositionLevel): string {
  return POSITION_LEVEL_LABELS[level];
}
