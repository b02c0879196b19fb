export const ANNOUNCEMENT_KIND_LABELS: Record<string, string> = {
  CALL: "Pengumuman seleksi",
  SCHEDULE_CHANGE: "Perubahan jadwal",
  ADMIN_RESULT: "Hasil seleksi administrasi",
  STAGE_RESULT: "Hasil tahap seleksi",
  SHORTLIST: "Tiga besar",
  FINAL_RESULT: "Hasil akhir",
  CORRECTION: "Ralat",
  INFO: "Informasi",
};
