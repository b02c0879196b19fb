/** Every rule id the engine knows, with the short Indonesian label used as a UI heading. */

export const RULE_IDS = [
  "pns_status",
  "region_scope",
  "education_min",
  "rank_min",
  "position_experience",
  "age_max",
  "nip_consistency",
  "performance_rating",
  "discipline",
  "criminal_record",
  "outside_ppk_approval",
  "competency",
  "track_record",
  "health",
  "drug_free",
  "lhkpn",
  "spt",
  "willingness",
  "age_range",
  "not_civil_servant",
  "education_in_formation",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export type RuleCatalogEntry = { label: string };

export const RULE_CATALOG: Readonly<Record<RuleId, RuleCatalogEntry>> = {
  pns_status: { label: "Status Pegawai Negeri Sipil" },
  region_scope: { label: "Wilayah instansi asal" },
  education_min: { label: "Kualifikasi pendidikan minimal" },
  rank_min: { label: "Pangkat/golongan minimal" },
  position_experience: { label: "Pengalaman jabatan" },
  age_max: { label: "Batas usia" },
  nip_consistency: { label: "Kesesuaian NIP dengan data diri" },
  performance_rating: { label: "Penilaian prestasi kerja" },
  discipline: { label: "Bebas hukuman disiplin" },
  criminal_record: { label: "Tidak pernah dipidana" },
  outside_ppk_approval: { label: "Persetujuan PPK instansi asal" },
  competency: { label: "Kompetensi teknis, manajerial, dan sosial kultural" },
  track_record: { label: "Rekam jejak, integritas, dan moralitas" },
  health: { label: "Sehat jasmani dan rohani" },
  drug_free: { label: "Bebas narkoba" },
  lhkpn: { label: "Laporan Harta Kekayaan (LHKPN)" },
  spt: { label: "SPT Tahunan PPh" },
  willingness: { label: "Kesediaan mengikuti seluruh tahapan" },
  age_range: { label: "Usia pelamar" },
  not_civil_servant: { label: "Bukan PNS, TNI, atau Polri" },
  education_in_formation: { label: "Kualifikasi pendidikan formasi" },
};

export function isRuleId(input: unknown): input is RuleId {
  return typeof input === "string" && (RULE_IDS as readonly string[]).includes(input);
}

/** A stored rule id that this version does not know is shown as-is rather than hidden. */
export function ruleLabel(ruleId: string): string {
  return isRuleId(ruleId) ? RULE_CATALOG[ruleId].label : ruleId;
}
