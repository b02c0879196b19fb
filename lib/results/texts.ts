// The wording of result announcements and of the messages applicants receive. Pure, so the unit tests
// and the PDF see exactly what is published.
import { formatCalendarDate, type CalendarDate } from "@/lib/dates/calendar";
import { RESULT_LABELS, type ResultCode } from "./snapshot";

export const OBJECTION_REASON_MAX = 255;
const DEFAULT_CLOSING_TERM = "Keputusan Panitia Seleksi bersifat mutlak dan tidak dapat diganggu gugat.";

export function resultTitle(selectionTitle: string): string {
  return `Pengumuman Hasil Seleksi Administrasi ${selectionTitle}`;
}

/** An additional result: the applications sent after registration was reopened (#15 item 3). */
export function addendumTitle(selectionTitle: string): string {
  return `Pengumuman Tambahan Hasil Seleksi Administrasi ${selectionTitle}`;
}

export function correctionTitle(selectionTitle: string): string {
  return `Ralat Pengumuman Hasil Seleksi Administrasi ${selectionTitle}`;
}

export function objectionSentence(lastDay: CalendarDate): string {
  return (
    `Peserta yang dinyatakan Tidak Memenuhi Syarat dapat mengajukan sanggah satu kali melalui Portal Seleksi Terbuka ` +
    `paling lambat ${formatCalendarDate(lastDay, { weekday: true })} pukul 23.59 WIB, dengan alasan paling banyak ` +
    `${OBJECTION_REASON_MAX} karakter dan tanpa penggantian berkas.`
  );
}

export function resultOpening(input: {
  selectionTitle: string;
  participants: number;
  ms: number;
  tms: number;
  objectionLastDay: CalendarDate | null;
  /** The result this one adds to (an addendum after registration was reopened). */
  supplements?: { number: string } | null;
}): string {
  const counts =
    `Dari ${input.participants} pelamar, ${input.ms} dinyatakan Memenuhi Syarat (MS) dan ${input.tms} dinyatakan Tidak Memenuhi Syarat (TMS).`;
  const parts = input.supplements
    ? [
        `Menindaklanjuti pembukaan kembali pendaftaran ${input.selectionTitle}, Panitia Seleksi mengumumkan hasil seleksi ` +
          `administrasi pelamar yang mengirim lamaran pada masa pendaftaran yang dibuka kembali, sebagaimana tercantum dalam daftar ` +
          `berikut. ${counts} Pengumuman ini menambah Pengumuman Nomor ${input.supplements.number}, yang tetap berlaku.`,
      ]
    : [
        `Berdasarkan hasil verifikasi berkas administrasi pelamar ${input.selectionTitle}, Panitia Seleksi mengumumkan hasil ` +
          `seleksi administrasi sebagaimana tercantum dalam daftar berikut. ${counts}`,
      ];
  if (input.objectionLastDay) parts.push(objectionSentence(input.objectionLastDay));
  return parts.join("\n\n");
}

export function correctionOpening(input: { correctedNumber: string; correctedDate: CalendarDate; changes: number }): string {
  return (
    `Menindaklanjuti sanggah peserta yang diterima, Panitia Seleksi meralat Pengumuman Nomor ${input.correctedNumber} ` +
    `tanggal ${formatCalendarDate(input.correctedDate)} tentang hasil seleksi administrasi. Hasil ${input.changes} peserta ` +
    `diubah; daftar berikut menggantikan daftar pada pengumuman tersebut. Ketentuan lain tetap berlaku.`
  );
}

/** The announcement's closing: the last of the selection's terms, then the customary last sentence. */
export function resultClosing(otherTerms: readonly string[]): string {
  const term = otherTerms.at(-1)?.trim() || DEFAULT_CLOSING_TERM;
  return `${term}\n\nDemikian pengumuman ini disampaikan untuk diketahui.`;
}

export function resultEventMessage(input: { number: string; result: ResultCode; reasons: readonly string[]; objectionLastDay: CalendarDate | null }): string {
  const head = `Hasil seleksi administrasi (Pengumuman Nomor ${input.number}): Anda dinyatakan ${RESULT_LABELS[input.result].toUpperCase()} (${input.result}).`;
  if (input.result === "MS") return `${head} Ikuti tahapan seleksi berikutnya sesuai jadwal.`;
  const lines = [head, "Alasan:", ...input.reasons.map((reason, index) => `${index + 1}. ${reason}`)];
  if (input.objectionLastDay) {
    lines.push(`Anda dapat mengajukan sanggah satu kali melalui halaman lamaran paling lambat ${formatCalendarDate(input.objectionLastDay, { weekday: true })} pukul 23.59 WIB.`);
  }
  return lines.join("\n");
}

export function correctionEventMessage(input: { number: string; correctedNumber: string }): string {
  return (
    `Sanggah Anda diterima. Berdasarkan Ralat Pengumuman Nomor ${input.number} atas Pengumuman Nomor ${input.correctedNumber}, ` +
    `Anda dinyatakan MEMENUHI SYARAT (MS) seleksi administrasi. Ikuti tahapan seleksi berikutnya sesuai jadwal.`
  );
}

export function answerEventMessage(input: { accepted: boolean; answer: string }): string {
  const verdict = input.accepted
    ? "Sanggah Anda DITERIMA. Hasil seleksi administrasi Anda akan diperbaiki melalui ralat pengumuman."
    : "Sanggah Anda DITOLAK. Hasil seleksi administrasi Anda tetap.";
  return `${verdict}\nJawaban Sekretariat Pansel: ${input.answer}`;
}
