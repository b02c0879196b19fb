// The wording of the three-names and final-result announcements and of the applicants' messages. Pure.
import { formatCalendarDate, type CalendarDate } from "@/lib/dates/calendar";

export function shortlistTitle(selectionTitle: string): string {
  return `Pengumuman Tiga Nama Hasil ${selectionTitle}`;
}

export function finalTitle(selectionTitle: string): string {
  return `Pengumuman Hasil Akhir ${selectionTitle}`;
}

/** The corrected final result after the PPK annulled a chosen candidate (V.6). */
export function amendedFinalTitle(selectionTitle: string): string {
  return `Pengumuman Perubahan Hasil Akhir ${selectionTitle}`;
}

/** The selection's own provision on annulment (V.6 of the Singkawang announcement), when it states one. */
export function annulmentTerm(otherTerms: readonly string[]): string | null {
  return otherTerms.find((term) => /pembatalan/i.test(term))?.trim() ?? null;
}

export function shortlistOpening(input: { selectionTitle: string; ranked: boolean; approvedOn: CalendarDate | null; bknRecommendation: string | null }): string {
  const approval = input.approvedOn ? `, telah disetujui Pejabat Pembina Kepegawaian pada ${formatCalendarDate(input.approvedOn)}` : ", telah disetujui Pejabat Pembina Kepegawaian";
  const recommendation = input.bknRecommendation ? ` dan telah mendapat rekomendasi Badan Kepegawaian Negara ${input.bknRecommendation}` : " dan telah mendapat rekomendasi Badan Kepegawaian Negara";
  const order = input.ranked
    ? "Nama disusun menurut peringkat nilai akhir, yaitu jumlah nilai setiap tahap yang dikalikan dengan bobotnya."
    : "Nama disusun menurut abjad dan tidak menunjukkan peringkat.";
  return (
    `Berdasarkan hasil penilaian penulisan makalah, uji kompetensi (assessment center), wawancara dan penelusuran rekam jejak ` +
    `${input.selectionTitle}, Panitia Seleksi mengumumkan tiga nama calon yang diusulkan kepada Pejabat Pembina Kepegawaian${approval}${recommendation}. ` +
    `Pejabat Pembina Kepegawaian memilih satu dari tiga nama tersebut. ` +
    order
  );
}

export function finalOpening(input: { selectionTitle: string; bknRecommendation: string | null }): string {
  const recommendation = input.bknRecommendation ? `, rekomendasi Badan Kepegawaian Negara ${input.bknRecommendation}` : ", rekomendasi Badan Kepegawaian Negara";
  return (
    `Berdasarkan hasil ${input.selectionTitle}${recommendation}, dan pilihan Pejabat Pembina Kepegawaian atas tiga nama yang ` +
    `diusulkan Panitia Seleksi, diumumkan nama yang terpilih sebagaimana tercantum berikut. Pengangkatan dalam jabatan ditetapkan ` +
    `dengan keputusan Pejabat Pembina Kepegawaian sesuai ketentuan peraturan perundang-undangan.`
  );
}

export function amendedFinalOpening(input: { selectionTitle: string; bknRecommendation: string | null; term: string | null }): string {
  const basis = input.term ? ` sesuai ketentuan pengumuman seleksi: "${input.term}"` : "";
  return (
    `Pejabat Pembina Kepegawaian telah membatalkan penetapan calon terpilih${basis}. Menindaklanjuti pembatalan tersebut, ` +
    `Pejabat Pembina Kepegawaian memilih kembali dari nama yang diusulkan Panitia Seleksi, dan dengan ini diumumkan perubahan hasil akhir. ` +
    finalOpening(input)
  );
}

export function decisionClosing(otherTerms: readonly string[]): string {
  const term = otherTerms.at(-1)?.trim() || "Keputusan Panitia Seleksi bersifat mutlak dan tidak dapat diganggu gugat.";
  return `${term}\n\nDemikian pengumuman ini disampaikan untuk diketahui.`;
}

export function shortlistEventMessage(input: { number: string; shortlisted: boolean }): string {
  return input.shortlisted
    ? `Pengumuman Nomor ${input.number}: Anda termasuk tiga nama yang diusulkan Panitia Seleksi kepada Pejabat Pembina Kepegawaian.`
    : `Pengumuman Nomor ${input.number}: Anda tidak termasuk tiga nama yang diusulkan kepada Pejabat Pembina Kepegawaian. Terima kasih atas keikutsertaan Anda.`;
}

export function finalEventMessage(input: { number: string; selected: boolean }): string {
  return input.selected
    ? `Pengumuman Nomor ${input.number}: Anda terpilih oleh Pejabat Pembina Kepegawaian. Tunggu informasi pelantikan dari Pemerintah Daerah.`
    : `Pengumuman Nomor ${input.number}: Pejabat Pembina Kepegawaian memilih calon lain. Terima kasih atas keikutsertaan Anda.`;
}

export function escalationEventMessage(qualifiedCount: number, shortlistTarget: number, optionLabel: string): string {
  return (
    `Hanya ${qualifiedCount} peserta yang memenuhi syarat, kurang dari ${shortlistTarget} nama yang harus diusulkan kepada Pejabat Pembina Kepegawaian. ` +
    `Panitia Seleksi melaporkannya kepada lembaga pengawas dengan usulan tindak lanjut: ${optionLabel}. Keputusan tindak lanjut akan diumumkan.`
  );
}
