// The reasons a document most often fails on, offered as one-click choices in the workbench (any
// other reason can be typed). Wording follows what secretariats write in published results.
export const COMMON_FAILURE_REASONS = [
  "Tidak bermaterai",
  "Tidak ditandatangani",
  "Dokumen tidak terbaca",
  "Bukan dokumen yang diminta",
  "Masa berlaku habis",
  "Tidak dilegalisir",
] as const;

export const VERDICT_REASON_MAX_LENGTH = 500;
export const DECISION_REASON_MAX_LENGTH = 500;
export const DECISION_REASONS_MAX_COUNT = 30;
