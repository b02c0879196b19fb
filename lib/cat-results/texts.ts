// Why a CAT result file cannot be imported now: said by the import's refusal and by the page before any upload. Pure.
export const CAT_IMPORT_TOO_EARLY = "Hasil CAT diimpor setelah hasil seleksi administrasi diumumkan.";
export const CAT_IMPORT_TOO_LATE = "Seleksi ini tidak lagi dalam tahap penilaian; hasil CAT tidak dapat diimpor.";
export const SKD_LOCKED_BY_SKB = "Hasil SKB sudah diimpor; hasil SKD tidak dapat diubah lagi karena menentukan peserta SKB.";

/** The selection states in which CAT results are taken: after the administrative result, while the stages run. */
export function catImportRefusal(selectionStatus: string): string | null {
  if (selectionStatus === "DRAFT" || selectionStatus === "OPEN") return CAT_IMPORT_TOO_EARLY;
  return selectionStatus === "CLOSED" || selectionStatus === "IN_PROGRESS" ? null : CAT_IMPORT_TOO_LATE;
}
