// "Bukti Pendaftaran": printed by the applicant after submission; its QR code opens the public
// verification page, which confirms the registration from the database.
import { createPdfWriter } from "@/lib/pdf/layout";
import { drawQrCode } from "@/lib/pdf/qr";

export type RegistrationProofData = {
  selectionTitle: string;
  committeeName: string;
  announcementNumber: string;
  vacancyTitle: string;
  registrationNumber: string;
  name: string;
  nip: string;
  rankLabel: string;
  institutionName: string;
  /** Already formatted in WIB */
  submittedAt: string;
  verificationCode: string;
  verificationUrl: string;
  documents: { number: number; title: string; sha256: string }[];
};

export async function renderRegistrationProof(data: RegistrationProofData): Promise<Uint8Array> {
  const w = await createPdfWriter({ title: `Bukti Pendaftaran ${data.registrationNumber}`, subject: data.selectionTitle, pageNumbers: true });
  w.paragraph(data.committeeName.toUpperCase(), { bold: true, align: "center", size: 10 });
  w.rule({ double: true, spaceAfter: 10 });
  w.heading("BUKTI PENDAFTARAN", { align: "center", spaceAfter: 2 });
  w.paragraph(data.selectionTitle, { align: "center", size: 10 });
  w.paragraph(`Pengumuman Nomor ${data.announcementNumber}`, { align: "center", size: 9, spaceAfter: 12 });
  w.fieldRows([
    { label: "Nomor pendaftaran", value: data.registrationNumber },
    { label: "Nama", value: data.name },
    { label: "NIP", value: data.nip },
    { label: "Pangkat/Gol. Ruang", value: data.rankLabel },
    { label: "Instansi", value: data.institutionName },
    { label: "Jabatan yang dilamar", value: data.vacancyTitle },
    { label: "Waktu pengiriman", value: data.submittedAt },
    { label: "Kode verifikasi", value: data.verificationCode },
  ]);
  w.spacer(8);
  w.paragraph("Berkas yang diunggah (sidik SHA-256, 12 karakter pertama):", { bold: true, size: 10 });
  w.table({
    columns: [
      { header: "No", width: 1, align: "center" },
      { header: "Berkas", width: 9 },
      { header: "SHA-256", width: 3 },
    ],
    rows: data.documents.map((document) => [document.number, document.title, document.sha256.slice(0, 12)]),
    size: 9,
  });
  w.spacer(8);
  drawQrCode(w, data.verificationUrl, { size: 90, align: "left" });
  w.paragraph(`Keaslian bukti ini dapat diperiksa di ${data.verificationUrl}`, { size: 9, indent: 100 });
  w.paragraph(
    "Simpan bukti ini. Bukti pendaftaran bukan pernyataan lulus seleksi administrasi; hasil seleksi diumumkan oleh Panitia Seleksi.",
    { size: 9, indent: 100 },
  );
  return w.save();
}
