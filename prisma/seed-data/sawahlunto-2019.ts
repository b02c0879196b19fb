// Seed data: a DEMONSTRATION CPNS selection modelled on Peraturan Walikota Sawahlunto Nomor 60 Tahun 2019
// tentang Pedoman Pelaksanaan Penerimaan Calon Pegawai Negeri Sipil di Lingkungan Pemerintah Kota Sawahlunto
// Formasi Tahun 2019 (seeds/002_6a31e7b720eb2324.txt).
//
// The guideline is a regulation, not a call: it has no formations, no dates (its schedule table, II.C, is
// empty), no announcement number and no forms. What is taken from it is in its own words (compared with the
// seed text in tests/unit/sawahlunto-2019-seed.test.ts): the title, the committee, the legal basis
// (Mengingat), the applicant requirements (IV.B), the documents (IV.C.2), the stages of the schedule table
// and the rules of the administrative selection, SKD and SKB (V).
//
// Demo data, not from the guideline (and said so on the public page, in the summary and the schedule note):
// - the four formations with their quotas, units and education; the announcement number and date; the
//   dates of every stage (registration open from 20 November 2026 to 15 January 2027 WIB, so a visitor of
//   the demo can apply);
// - the objection stage: the guideline has none; the 3-day window is the national rule of DOMAIN.md [R];
// - the weights 40 (SKD) / 60 (SKB): Permen PANRB 24/2019 [R] (DOMAIN.md); the guideline says only that
//   the national committee integrates the two results (V.D.4);
// - referenceDatePlanned: "pada saat melamar" read as one fixed date for all, the opening of registration,
//   as national CPNS announcements do (DOMAIN.md); STRICT reading, both bounds inclusive on the birthday;
// - the transcript and the applicant's statement are not in the guideline's list: they are its item
//   IV.C.2.a.5 "persyaratan lainnya yang diperlukan", named as national CPNS announcements name them;
// - no stamp duty anywhere: the guideline asks for none; file types and sizes are portal choices;
// - chairName is the office the guideline names (II.B.c), not a person.
import type { SelectionSeed } from "@/lib/selection-setup/types";

const MiB = 1024 * 1024;
const PDF = ["application/pdf"];
const IMAGE = ["image/jpeg", "image/png"];
const TENTATIVE = "Jadwal tentatif";
const ELECTRONIC = "Disampaikan dalam bentuk elektronik, berupa pindai dokumen asli (Pedoman IV.C.2 huruf b dan c)";
// IV.B.1.g, both a registration term and the text of the health rule.
const HEALTH =
  "Sehat jasmani dan rohani sesuai dengan persyaratan jabatan yang dilamar yang dibuktikan dengan surat keterangan sehat dari dokter unit pelayanan kesehatan pemerintah sesuai dengan persyaratan jabatan yang dilamar, dan surat keterangan tidak mengkonsumsi/menggunakan narkoba, psikotropika, prekursor, dan zat adiktif lainnya yang ditandatangani oleh dokter dari unit pelayanan kesehatan pemerintah atau pejabat yang berwenang dari badan/lembaga yang diberikan kewenangan untuk pengujian zat narkoba dimaksud. Surat keterangan ini wajib diserahkan setelah pelamar tersebut dinyatakan lulus seleksi";
const OTHER_REQUIREMENT = "Persyaratan lainnya yang diperlukan (Pedoman IV.C.2 huruf a angka 5)";

const vacancies: SelectionSeed["vacancies"] = [
  { code: "PK-AP", title: "Pranata Komputer Ahli Pertama", eselon: null, unit: "Dinas Komunikasi dan Informatika", quota: 2, educationRequired: ["S1"] },
  { code: "PRW-T", title: "Perawat Terampil", eselon: null, unit: "Rumah Sakit Umum Daerah Sawahlunto", quota: 3, educationRequired: ["D3"] },
  { code: "GK-AP", title: "Guru Kelas Ahli Pertama", eselon: null, unit: "Dinas Pendidikan dan Kebudayaan", quota: 4, educationRequired: ["S1", "D4"] },
  {
    code: "AK-AP",
    title: "Analis Kepegawaian Ahli Pertama",
    eselon: null,
    unit: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    quota: 1,
    educationRequired: ["S1", "D4"],
  },
];

type Stage = SelectionSeed["stages"][number];
const allDay = (from: string, to: string) => ({ startsAt: `${from}T00:00`, endsAt: `${to}T23:59`, isAllDay: true });
const unscored = { responsible: null, isScored: false, weight: null, minimumScore: null } satisfies Partial<Stage>;

export const sawahlunto2019: SelectionSeed = {
  slug: "cpns-sawahlunto-2019",
  regime: "CPNS",
  title: "Penerimaan Calon Pegawai Negeri Sipil di Lingkungan Pemerintah Kota Sawahlunto Formasi Tahun 2019",
  summary:
    "Seleksi demonstrasi: contoh seleksi CPNS yang dimodelkan pada Peraturan Walikota Sawahlunto Nomor 60 Tahun 2019 tentang " +
    "Pedoman Pelaksanaan Penerimaan Calon Pegawai Negeri Sipil di Lingkungan Pemerintah Kota Sawahlunto Formasi Tahun 2019. " +
    "Persyaratan, berkas dan tahapan mengikuti pedoman tersebut; formasi, jumlah kebutuhan, nomor pengumuman dan jadwal adalah data demo, " +
    "bukan pengumuman resmi. Pendaftaran dibuka 20 November 2026 s.d. 15 Januari 2027 pukul 23.59 WIB.",
  status: "OPEN",
  organiser: { name: "Pemerintah Kota Sawahlunto", regionCode: "1373", level: "CITY" },
  // II.B.c: "Panitia seleksi pengadaan Calon Pegawai Negeri Sipil di lingkungan Pemerintah Kota Sawahlunto diketuai oleh ..."
  committeeName: "Panitia Seleksi Pengadaan Calon Pegawai Negeri Sipil di Lingkungan Pemerintah Kota Sawahlunto",
  // II.B.g.9: results are published on the BKPSDM's website; the guideline gives no street address.
  committeeAddress: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Sawahlunto",
  announcementNumber: "DEMO/CPNS/SWL/XI/2026",
  announcementDate: "2026-11-19",
  announcementPlace: "Sawahlunto",
  chairName: "Sekretaris Daerah Kota Sawahlunto",
  // Mengingat 4, 8, 10, 11, 12 and 13 (the ones about civil-service recruitment), and the guideline itself.
  legalBasis: [
    "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara",
    "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 23 Tahun 2019 tentang Kriteria Penetapan Kebutuhan Pegawai Negeri Sipil dan Pelaksanaan Seleksi Calon Pegawai Negeri Sipil Tahun 2019",
    "Keputusan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor : 574 Tahun 2019 tentang Penetapan Kebutuhan Pegawai Aparatur Sipil di Lingkungan Pemerintah Kota Sawahlunto Tahun Anggaran 2019",
    "Peraturan Badan Kepegawaian Negara Republik Indonesia Nomor 8 Tahun 2018 tentang Prosedur Penyelenggaraan Seleksi dengan Metode Computer Assisted Test Badan Kepegawaian Negara",
    "Peraturan Kepala Badan Kepegawaian Negara Nomor 14 Tahun 2018 tentang Petunjuk Teknis Pengadaan Pegawai Negeri Sipil",
    "Peraturan Walikota Sawahlunto Nomor 60 Tahun 2019 tentang Pedoman Pelaksanaan Penerimaan Calon Pegawai Negeri Sipil di Lingkungan Pemerintah Kota Sawahlunto Formasi Tahun 2019",
  ],
  registrationOpensAt: "2026-11-20T00:00",
  registrationClosesAt: "2027-01-15T23:59",
  documentDeadlineAt: "2027-01-15T23:59",
  referenceDatePlanned: "2026-11-20",
  ageReading: "STRICT",
  // JPT's "4 applicants per vacancy" is not a CPNS rule; any applicant keeps a formation open.
  minApplicantsPerVacancy: 1,
  // V.D.2.d: at most 3 × the formation's quota go on to the SKB, by SKD rank.
  shortlistPerQuota: 3,
  shortlistOrder: "RANKED",
  // V.B.8: the chair decides who passes the administrative selection; no second check is asked for.
  rejectionNeedsSecondCheck: false,
  objectionEnabled: true,
  objectionWindowDays: 3,
  // V.C.3.c.1: SKD passes "apabila memenuhi nilai ambang batas minimal kelulusan yang ditentukan Menteri
  // Pendayagunaan Aparatur Negara dan Reformasi Birokrasi": the figures of Permen PANRB 24/2019 [R]
  // (DOMAIN.md; compared in tests/unit/sawahlunto-2019-seed.test.ts). Data of the selection: the
  // administrator changes them for a year with other figures while the selection is a draft.
  skdThresholds: { twk: 65, tiu: 80, tkp: 126 },

  // IV.A, IV.B.1 (a–i), IV.B.2, IV.B.3 and IV.C.1.b: who may apply and what registration asks for.
  registrationTerms: [
    "Setiap Warga Negara Indonesia yang memenuhi persyaratan mempunyai kesempatan yang sama untuk melamar menjadi Calon Pegawai Negeri Sipil.",
    "Usia paling rendah 18 (delapan belas) tahun dan paling tinggi 35 (tiga puluh lima) tahun pada saat melamar",
    "Tidak pernah dipidana dengan pidana penjara berdasarkan putusan pengadilan yang sudah mempunyai kekuatan hukum tetap karena melakukan tindak pidana dengan pidana penjara 2 (dua) tahun atau lebih",
    "Tidak pernah diberhentikan dengan hormat tidak atas permintaan sendiri atau tidak dengan hormat sebagai Calon Pegawai Negeri Sipil, Pegawai Negeri Sipil, prajurit Tentara Nasional Indonesia, anggota Kepolisian Negara Republik Indonesia, atau diberhentikan tidak dengan hormat sebagai pegawai swasta (termasuk pegawai Badan Usaha Milik Negara atau Badan Usaha Milik Daerah)",
    "Tidak berkedudukan sebagai Calon Pegawai Negeri Sipil, Pegawai Negeri Sipil, prajurit Tentara Nasional Indonesia, atau anggota Kepolisian Negara Republik Indonesia",
    "Tidak menjadi anggota atau pengurus partai politik atau terlibat politik praktis",
    "Memiliki kualifikasi pendidikan sesuai dengan persyaratan jabatan",
    HEALTH,
    "Bersedia ditempatkan di seluruh wilayah Negara Kesatuan Republik Indonesia",
    "Persyaratan lain sesuai kebutuhan jabatan yang ditetapkan oleh Pejabat Pembina Kepegawaian",
    "Usia pelamar sebagaimana dimaksud pada angka 1 huruf a ditentukan berdasarkan tanggal kelahiran yang tercantum pada Ijazah yang digunakan sebagai dasar untuk pelamaran.",
    "Setiap pelamar harus memenuhi dan menyampaikan semua persyaratan pelamaran sebagaimana tercantum dalam pengumuman.",
    "Pendaftaran dilakukan dengan cara memasukkan data pelamar paling kurang terdiri atas: 1) Nomor identitas kependudukan; 2) Nama lengkap; 3) tempat (kabupaten/kota), tanggal, bulan, dan tahun kelahiran; 4) kualifikasi pendidikan sesuai Ijazah yang dimiliki yang disyaratkan oleh jabatan; 5) jabatan yang dilamar; 6) instansi yang dilamar; 7) alamat e-mail; dan 8) nomor telepon atau handphone yang bisa dihubungi.",
  ],

  // II.D.2, IV.B.4 and section V (what happens after registration).
  otherTerms: [
    "Setiap pelamar berhak untuk memperoleh informasi tentang seleksi Calon Pegawai Negeri Sipil dari instansi yang akan dilamar.",
    "Apabila dokumen tidak memenuhi persyaratan administrasi, pelamar dinyatakan tidak lulus seleksi administrasi.",
    "Pengumuman bagi pelamar yang tidak lulus seleksi administrasi disertai dengan keterangan yang menyebabkan yang bersangkutan tidak lulus.",
    "Pelamar yang lulus seleksi administrasi berhak mengikuti Seleksi Kompetensi Dasar.",
    "Peserta seleksi yang identitasnya tidak sesuai dengan kartu tanda peserta seleksi atau Kartu Tanda Penduduk, tidak dapat mengikuti Seleksi Kompetensi Dasar.",
    "Peserta seleksi yang dinyatakan lulus Seleksi Kompetensi Dasar berhak mengikuti Seleksi Kompetensi Bidang.",
    "Jumlah peserta seleksi yang dapat mengikuti Seleksi Kompetensi Bidang paling banyak 3 (tiga) kali jumlah kebutuhan masing-masing jabatan berdasarkan peringkat nilai Seleksi Kompetensi Dasar.",
    "Panitia seleksi nasional menetapkan hasil akhir seleksi dengan membuat peringkat nilai tertinggi sampai dengan nilai terendah berdasarkan hasil integrasi antara hasil Seleksi Kompetensi Dasar dan hasil Seleksi Kompetensi Bidang.",
    "Sarana dan prasarana bagi peserta seleksi penyandang disabilitas harus disesuaikan dengan kebutuhan.",
  ],
  scheduleNote:
    "Jadwal demo (tentatif): tabel jadwal Pedoman (II.C) tidak memuat tanggal, tanggal di sini contoh untuk demonstrasi. " +
    "Nilai akhir adalah integrasi 40% nilai SKD dan 60% nilai SKB.",

  vacancies,

  // II.C: the 8 activities of the guideline's schedule table, plus the objection window (not in the table).
  stages: [
    { kind: "ANNOUNCEMENT", scheduleNo: 1, name: "Pengumuman Penerimaan CPNS", ...allDay("2026-11-19", "2027-01-15"), ...unscored, note: null },
    {
      kind: "REGISTRATION",
      scheduleNo: 2,
      name: "Pendaftaran Online",
      ...allDay("2026-11-20", "2027-01-15"),
      ...unscored,
      responsible: "Tim pelaksana seleksi administrasi",
      note: null,
    },
    {
      kind: "ADMINISTRATIVE",
      scheduleNo: 3,
      name: "Seleksi Administrasi",
      ...allDay("2027-01-18", "2027-01-29"),
      ...unscored,
      responsible: "Tim pelaksana seleksi administrasi",
      note: TENTATIVE,
    },
    { kind: "ADMIN_RESULT", scheduleNo: 4, name: "Pengumuman Kelulusan Seleksi Administrasi", ...allDay("2027-02-01", "2027-02-01"), ...unscored, note: TENTATIVE },
    {
      kind: "OBJECTION",
      scheduleNo: null,
      name: "Masa sanggah hasil seleksi administrasi",
      ...allDay("2027-02-02", "2027-02-04"),
      ...unscored,
      note: "Tidak tercantum dalam tabel jadwal Pedoman: sanggah satu kali dalam 3 hari sejak pengumuman hasil seleksi administrasi (ketentuan nasional)",
    },
    {
      kind: "SKD",
      scheduleNo: 5,
      name: "Pelaksanaan Seleksi Kemampuan Dasar (SKD)",
      ...allDay("2027-02-22", "2027-02-26"),
      responsible: "Tim pelaksana Seleksi Kompetensi Dasar dan Seleksi Kompetensi Bidang",
      note: `${TENTATIVE}; bobot 40% dari nilai akhir`,
      isScored: true,
      weight: 40,
      minimumScore: null,
    },
    {
      kind: "SKB",
      scheduleNo: 6,
      name: "Pelaksanaan Seleksi Kemampuan Bidang (SKB)",
      ...allDay("2027-03-15", "2027-03-17"),
      responsible: "Tim pelaksana Seleksi Kompetensi Dasar dan Seleksi Kompetensi Bidang",
      note: `${TENTATIVE}; bobot 60% dari nilai akhir`,
      isScored: true,
      weight: 60,
      minimumScore: null,
    },
    // The table's "Penggabungan SKD dan SKB)" (its stray parenthesis dropped): no stage kind of its own.
    { kind: "OTHER", scheduleNo: 7, name: "Penggabungan SKD dan SKB", ...allDay("2027-03-22", "2027-03-24"), ...unscored, note: TENTATIVE },
    { kind: "FINAL_RESULT", scheduleNo: 8, name: "Pengumuman Akhir", ...allDay("2027-03-31", "2027-03-31"), ...unscored, note: TENTATIVE },
  ],

  // IV.B.1: the requirements the eligibility engine can check or track (letters a, d, f, g as items 1, 4, 6, 7);
  // b, c, e, h and i are stated in the registration terms and covered by the applicant's statement (document 6).
  rules: [
    {
      ruleId: "age_range",
      sourceItem: 1,
      text: "Usia paling rendah 18 (delapan belas) tahun dan paling tinggi 35 (tiga puluh lima) tahun pada saat melamar",
      params: { min: 18, max: 35 },
    },
    {
      ruleId: "not_civil_servant",
      sourceItem: 4,
      text: "Tidak berkedudukan sebagai Calon Pegawai Negeri Sipil, Pegawai Negeri Sipil, prajurit Tentara Nasional Indonesia, atau anggota Kepolisian Negara Republik Indonesia",
      params: {},
    },
    {
      ruleId: "education_in_formation",
      sourceItem: 6,
      text: "Memiliki kualifikasi pendidikan sesuai dengan persyaratan jabatan",
      params: { accepted: [...new Set(vacancies.flatMap((vacancy) => vacancy.educationRequired))] },
    },
    {
      ruleId: "health",
      sourceItem: 7,
      text: HEALTH,
      // Handed in after the final result: pending throughout, which does not block the administrative selection.
      params: { decidedBy: "DOCUMENT" },
    },
  ],

  // IV.C.2.a: items 1–4 as the guideline lists them; 5 and 6 are its "persyaratan lainnya yang diperlukan".
  documents: [
    {
      number: 1,
      title: "Surat lamaran yang telah ditandatangani oleh pelamar",
      form: "ORIGINAL",
      requiresStamp: false,
      copies: 1,
      dueStage: "REGISTRATION",
      condition: "ALWAYS",
      acceptedTypes: PDF,
      maxSizeBytes: 2 * MiB,
      formCode: null,
      ruleIds: [],
      note: "Sesuai dengan format yang telah ditentukan oleh panitia seleksi nasional",
    },
    {
      number: 2,
      title: "KTP",
      form: "COPY",
      requiresStamp: false,
      copies: 1,
      dueStage: "REGISTRATION",
      condition: "ALWAYS",
      acceptedTypes: PDF,
      maxSizeBytes: 2 * MiB,
      formCode: null,
      ruleIds: [],
      note: ELECTRONIC,
    },
    {
      number: 3,
      title: "Ijazah sesuai dengan kualifikasi pendidikan yang dibutuhkan dan dilegalisir oleh pejabat yang berwenang",
      form: "COPY",
      requiresStamp: false,
      copies: 1,
      dueStage: "REGISTRATION",
      condition: "ALWAYS",
      acceptedTypes: PDF,
      maxSizeBytes: 2 * MiB,
      formCode: null,
      // IV.B.2: the age is read from the birth date on this diploma.
      ruleIds: ["education_in_formation", "age_range"],
      note: ELECTRONIC,
    },
    {
      number: 4,
      title: "Pasfoto terbaru ukuran 3 x 4 cm sebanyak 2 (dua) lembar dengan latar belakang berwarna merah",
      form: "PHOTO",
      requiresStamp: false,
      copies: 2,
      dueStage: "REGISTRATION",
      condition: "ALWAYS",
      acceptedTypes: IMAGE,
      maxSizeBytes: 1 * MiB,
      formCode: null,
      ruleIds: [],
      note: "Ukuran 3 x 4 cm, latar belakang merah, 2 lembar",
    },
    {
      number: 5,
      title: "Transkrip nilai yang dilegalisir oleh pejabat yang berwenang",
      form: "COPY",
      requiresStamp: false,
      copies: 1,
      dueStage: "REGISTRATION",
      condition: "ALWAYS",
      acceptedTypes: PDF,
      maxSizeBytes: 2 * MiB,
      formCode: null,
      ruleIds: ["education_in_formation"],
      note: OTHER_REQUIREMENT,
    },
    {
      number: 6,
      title:
        "Surat pernyataan pelamar: tidak pernah dipidana penjara 2 (dua) tahun atau lebih, tidak pernah diberhentikan sebagai CPNS/PNS/TNI/Polri atau tidak dengan hormat sebagai pegawai swasta, tidak berkedudukan sebagai CPNS/PNS/TNI/Polri, tidak menjadi anggota atau pengurus partai politik, dan bersedia ditempatkan di seluruh wilayah NKRI",
      form: "ORIGINAL",
      requiresStamp: false,
      copies: 1,
      dueStage: "REGISTRATION",
      condition: "ALWAYS",
      acceptedTypes: PDF,
      maxSizeBytes: 2 * MiB,
      formCode: null,
      ruleIds: [],
      note: `${OTHER_REQUIREMENT}: persyaratan IV.B angka 1 huruf b, c, d, e dan h`,
    },
  ],

  // The guideline gives no forms: the application letter follows the national committee's format (IV.C.2.a.1).
  forms: [],
};
