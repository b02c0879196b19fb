// What the self-check can and cannot decide (#14 item 0): it reads only what the visitor types, so
// the requirements proven by documents or decided by the Pansel always stay "menunggu verifikasi".
import { VERDICT_TEXT } from "@/components/eligibility/eligibility-checklist";

export const SELF_CHECK_SCOPE = {
  can: "Pemeriksaan ini dapat memastikan persyaratan yang terbaca dari isian Anda: status kepegawaian, instansi, pendidikan, pangkat, usia pada tanggal acuan, lama menduduki jabatan, penilaian prestasi kerja, hukuman disiplin, dan pidana.",
  cannot:
    "Pemeriksaan ini tidak dapat memutuskan persyaratan yang dibuktikan dengan dokumen atau diputuskan Panitia Seleksi (misalnya kompetensi, rekam jejak, surat keterangan sehat dan bebas narkoba, LHKPN, SPT, surat persetujuan, dan surat pernyataan tidak mengajukan MPP). Persyaratan itu tetap berstatus menunggu verifikasi sampai dokumennya diperiksa Sekretariat Pansel.",
  best: `Karena itu, "${VERDICT_TEXT.PENDING_VERIFICATION}" adalah hasil terbaik yang mungkin sebelum dokumen diperiksa: artinya tidak ada persyaratan yang gagal berdasarkan isian Anda. "${VERDICT_TEXT.NOT_ELIGIBLE}" berarti ada persyaratan yang sudah pasti tidak terpenuhi.`,
} as const;

export function SelfCheckScopeNote() {
  return (
    <div role="note" className="space-y-2 rounded-lg border border-slate-300 bg-slate-50 p-4 text-sm text-slate-800" data-testid="batas-cek-kelayakan">
      <p className="font-semibold">Apa yang dapat dan tidak dapat diputuskan pemeriksaan ini</p>
      <p>{SELF_CHECK_SCOPE.can}</p>
      <p>{SELF_CHECK_SCOPE.cannot}</p>
      <p className="font-medium">{SELF_CHECK_SCOPE.best}</p>
    </div>
  );
}
