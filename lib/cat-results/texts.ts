// Why a CAT result file cannot be imported now: said by the import's refusal and by the page before any upload. Pure.
export const CAT_IMPORT_TOO_EARLY = "Hasil CAT diimpor setelah hasil seleksi administrasi diumumkan.";
export const CAT_IMPORT_TOO_LATE = "Seleksi ini tidak lagi dalam tahap penilaian; hasil CAT tidak dapat diimpor.";
export const skbBeforeSkdAnnouncement = (formation: string) => `hasil SKD formasi ${formation} belum diumumkan; nilai SKB diimpor sesudah pengumuman hasil SKD`;
export const SKB_NEEDS_SKD_ANNOUNCEMENT = "Umumkan hasil SKD formasi terlebih dahulu: nilai SKB suatu formasi diimpor sesudah pengumuman hasil SKD-nya.";
export const SKD_LOCKED_BY_SKB = "Hasil SKB sudah diimpor; hasil SKD tidak dapat diubah lagi karena menentukan peserta SKB.";

/** The selection states in which CAT results are taken: after the administrative result, while the stages run. */
export function catImportRefusal(selectionStatus: string): string | null {
  if (selectionStatus === "DRAFT" || selectionStatus === "OPEN") return CAT_IMPORT_TOO_EARLY;
  return selectionStatus === "CLOSED" || selectionStatus === "IN_PROGRESS" ? null : CAT_IMPORT_TOO_LATE;
}

/** The timeline entry and notification of a CPNS participant when the formation's final result is published. */
export function cpnsFinalEventMessage(input: { number: string; formation: string; passed: boolean }): string {
  return input.passed
    ? `Pengumuman Nomor ${input.number}: Anda dinyatakan lulus hasil akhir seleksi formasi ${input.formation}. Lengkapi Daftar Riwayat Hidup dan tunggu informasi selanjutnya dari panitia.`
    : `Pengumuman Nomor ${input.number}: Anda tidak termasuk peserta yang lulus hasil akhir seleksi formasi ${input.formation}. Terima kasih atas keikutsertaan Anda.`;
}

/** The timeline entry and notification of a CPNS participant when the formation's SKD result is published. */
export function cpnsSkdEventMessage(input: { number: string; formation: string; calledToSkb: boolean }): string {
  return input.calledToSkb
    ? `Pengumuman Nomor ${input.number}: Anda lulus Seleksi Kompetensi Dasar dan berhak mengikuti Seleksi Kompetensi Bidang formasi ${input.formation}.`
    : `Pengumuman Nomor ${input.number}: Anda tidak termasuk peserta yang mengikuti Seleksi Kompetensi Bidang formasi ${input.formation}. Terima kasih atas keikutsertaan Anda.`;
}

/** The address of a formation's announcements: one SKD result and one final result per formation. */
export function cpnsSkdSlug(selectionSlug: string, formationCode: string): string {
  return `${selectionSlug}-hasil-skd-${formationCode.toLowerCase()}`;
}

export function cpnsFinalSlug(selectionSlug: string, formationCode: string): string {
  return `${selectionSlug}-hasil-akhir-${formationCode.toLowerCase()}`;
}

/** The timeline kind of a recorded withdrawal: the corrected result reads the reason from it. */
export const CPNS_WITHDRAWAL_EVENT = "final_result.withdrawn";
/**
 * The SKB shortlist rule of a formation, from the selection's data: its shortlist multiple (3 in the national
 * rule) and the formation's quota. Said by the staff's SKD table, its badge, and the SKB import's help.
 */
export const skbShortlistRule = (input: { shortlistPerQuota: number; quota: number }) =>
  `Peserta SKB paling banyak ${input.shortlistPerQuota * input.quota} orang (${input.shortlistPerQuota} × kebutuhan ${input.quota})`;
export const outsideSkbShortlist = (shortlistPerQuota: number) => `Memenuhi ambang batas, di luar ${shortlistPerQuota} × kebutuhan`;
export const skbParticipantsOnly = (shortlistPerQuota: number) => `Hanya peserta SKB (${shortlistPerQuota} × kebutuhan formasi menurut hasil SKD).`;

/** The timeline event of a participant selected in place of one who withdrew (the status label reads it). */
export const CPNS_REPLACEMENT_EVENT = "final_result.replacement";

export function cpnsWithdrawalEventMessage(input: { formation: string; reason: string }): string {
  return `Panitia mencatat pengunduran diri Anda sebagai peserta yang lulus formasi ${input.formation}. Alasan: ${input.reason}`;
}

/** The replacement participant's timeline entry and notification when the corrected result is published. */
export function cpnsReplacementEventMessage(input: { number: string; formation: string }): string {
  return `Pengumuman Nomor ${input.number}: peserta yang lulus formasi ${input.formation} mengundurkan diri, dan Anda sebagai peserta peringkat berikutnya dinyatakan lulus sebagai pengganti. Lengkapi Daftar Riwayat Hidup dan tunggu informasi selanjutnya dari panitia.`;
}

export const CPNS_WITHDRAWN_LABEL = "Mengundurkan diri";
export const CPNS_REPLACEMENT_LABEL = "Lulus (pengganti)";
