// PDF rendering measured in-process: the minutes of a stage with 70 candidates and five members
// (several pages of tables), the heaviest document the committee prints.
import { renderStageMinutesPdf } from "@/lib/pdf/stage-minutes";
import { longMinutes } from "../factories/minutes";

/** Median milliseconds to render one minutes PDF, over `runs` renders after two warm-ups. */
export async function benchmarkMinutesPdf(runs = 15): Promise<number> {
  const minutes = longMinutes();
  for (let i = 0; i < 2; i += 1) await renderStageMinutesPdf(minutes);
  const timings: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await renderStageMinutesPdf(minutes);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return timings[Math.floor(timings.length / 2)] ?? Number.NaN;
}

const SELECTION = {
  title: "Seleksi Terbuka Jabatan Pimpinan Tinggi Pratama Sekretaris Daerah Kota Singkawang Tahun 2025",
  positionTitle: "Sekretaris Daerah Kota Singkawang",
  organiserName: "Pemerintah Kota Singkawang",
  committeeName: "Panitia Seleksi Jabatan Pimpinan Tinggi Pratama di Lingkungan Pemerintah Kota Singkawang",
  announcementNumber: "05/SELTER/SKW/X/2025",
  announcementDate: "2025-10-21",
  year: 2025,
  city: "Singkawang",
};

/** Median milliseconds of a pre-filled DRH (Lampiran II with an applicant's CV), after two warm-ups. */
export async function benchmarkDrhPdf(runs = 15): Promise<number> {
  const { renderForm } = await import("@/lib/pdf/forms");
  const ctx: import("@/lib/pdf/forms-types").FormContext = {
    selection: SELECTION,
    applicant: {
      name: "Dr. Rina Kartika Sari, S.E., M.Si.",
      nip: "197805122003122004",
      rankLabel: "Pembina Tk. I (IV/b)",
      positionTitle: "Kepala Badan Perencanaan Pembangunan Daerah",
      unitKerja: "Bappeda",
      institutionName: "Pemerintah Kabupaten Sambas",
      address: "Jalan Gusti Hamzah No. 12, Singkawang Barat",
      drh: {
        personal: { birthPlace: "Pontianak", birthDate: "12 Mei 1978", gender: "Perempuan", nik: "6172015205780001" },
        ranks: [{ rank: "Pembina Tk. I (IV/b)", tmt: "1 April 2020", decreeNumber: "823/045/2020", decreeDate: "20 Maret 2020" }],
        educations: [{ level: "S2", major: "Ilmu Administrasi", institution: "Universitas Gadjah Mada", certificateNumber: "UGM/2008/998" }],
        children: [{ name: "Ahmad Fauzan", birthPlace: "Pontianak", birthDate: "3 Maret 2008", occupationOrEducation: "Pelajar" }],
      },
    },
  };
  for (let i = 0; i < 2; i += 1) await renderForm("II", ctx);
  const timings: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await renderForm("II", ctx);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return timings[Math.floor(timings.length / 2)] ?? Number.NaN;
}

/** Registration proofs (with QR code and 19 document hashes) per second, `count` rendered one after another in one batch. */
export async function benchmarkRegistrationProofs(count = 1000): Promise<number> {
  const { renderRegistrationProof } = await import("@/lib/pdf/registration-proof");
  const proof = (index: number) => ({
    selectionTitle: SELECTION.title,
    committeeName: SELECTION.committeeName,
    announcementNumber: SELECTION.announcementNumber,
    vacancyTitle: SELECTION.positionTitle,
    registrationNumber: `6172-2025-SEKDA-${String(10_000 + index).padStart(5, "0")}`,
    name: `Peserta Uji ${index + 1}`,
    nip: "197805122003122004",
    rankLabel: "Pembina Tk. I (IV/b)",
    institutionName: "Pemerintah Kabupaten Sambas",
    submittedAt: "1 November 2025 10.00 WIB",
    verificationCode: `BENCH${String(index).padStart(6, "0")}`,
    verificationUrl: `https://seleksi.example.id/verifikasi/BENCH${String(index).padStart(6, "0")}`,
    documents: Array.from({ length: 19 }, (_, n) => ({ number: n + 1, title: `Berkas ${n + 1}`, sha256: "ab".repeat(32) })),
  });
  await renderRegistrationProof(proof(0)); // warm-up
  const started = performance.now();
  for (let i = 0; i < count; i += 1) await renderRegistrationProof(proof(i));
  return count / ((performance.now() - started) / 1000);
}
