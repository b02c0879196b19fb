// The printable result announcement (and its correction), drawn from the frozen snapshot alone: what
// the PDF shows is exactly what was published, whatever happened in the database afterwards.
import { formatCalendarDate } from "@/lib/dates/calendar";
import { CM, createPdfWriter, type PdfWriter } from "@/lib/pdf/layout";
import { RESULT_LABELS, type ResultSnapshot } from "@/lib/results/snapshot";

type AnnouncementFrame = {
  title: string;
  number: string;
  date: string;
  opening: string;
  closing: string;
  selection: { title: string };
  committee: { name: string; address: string; chairName: string; place: string };
};

/** A published announcement's page setup and document properties. */
export function createAnnouncementWriter(frame: AnnouncementFrame, publishedAt?: Date): Promise<PdfWriter> {
  return createPdfWriter({
    title: `${frame.title} (Nomor ${frame.number})`,
    subject: frame.selection.title,
    author: frame.committee.name,
    createdAt: publishedAt,
    fontSize: 10.5,
    pageNumbers: true,
    margins: { left: 1.5 * CM, right: 1.5 * CM },
  });
}

/** The committee's letterhead (kop surat) that every Pansel document opens with. */
export function writeLetterhead(w: PdfWriter, committee: { name: string; address: string }): void {
  w.paragraph(committee.name.toUpperCase(), { bold: true, align: "center", size: 11.5 });
  w.paragraph(committee.address, { align: "center", size: 8.5 });
  w.rule({ double: true, spaceAfter: 12 });
}

/** What every published result opens with: the letterhead, the number and the subject. */
export function writeAnnouncementHead(w: PdfWriter, frame: AnnouncementFrame, options: { heading: string; subject: string }): void {
  writeLetterhead(w, frame.committee);
  w.heading(options.heading, { size: 12, spaceAfter: 1 });
  w.paragraph(`NOMOR: ${frame.number}`, { align: "center", spaceAfter: 4 });
  w.paragraph("TENTANG", { align: "center", spaceAfter: 2 });
  w.paragraph(options.subject, { bold: true, align: "center", spaceAfter: 12 });
}

/** An opening or closing text: paragraphs split at blank lines, justified, first line indented. */
export function writeBodyText(w: PdfWriter, text: string): void {
  for (const paragraph of text.split(/\n{2,}/)) w.paragraph(paragraph, { align: "justify", firstLineIndent: 28, spaceAfter: 6 });
}

/** The closing paragraphs and the chair's signature, kept on one page. */
export function writeAnnouncementClosing(w: PdfWriter, frame: AnnouncementFrame): void {
  w.keepTogether(() => {
    writeBodyText(w, frame.closing);
    w.signatureBlock({
      place: frame.committee.place,
      dateText: formatCalendarDate(frame.date),
      role: "Ketua Panitia Seleksi,",
      name: frame.committee.chairName,
    });
  });
}

export async function renderResultAnnouncement(snapshot: ResultSnapshot, options: { publishedAt?: Date } = {}): Promise<Uint8Array> {
  const isCorrection = snapshot.kind === "CORRECTION";
  const w = await createAnnouncementWriter(snapshot, options.publishedAt);

  writeAnnouncementHead(w, snapshot, { heading: isCorrection ? "RALAT PENGUMUMAN" : snapshot.supplements ? "PENGUMUMAN TAMBAHAN" : "PENGUMUMAN", subject: `HASIL SELEKSI ADMINISTRASI ${snapshot.selection.title.toUpperCase()}` });
  if (snapshot.corrects) {
    w.paragraph(`Meralat Pengumuman Nomor ${snapshot.corrects.number}.`, { align: "center", size: 9.5, spaceAfter: 8 });
  }
  if (snapshot.supplements) {
    w.paragraph(`Tambahan atas Pengumuman Nomor ${snapshot.supplements.number}.`, { align: "center", size: 9.5, spaceAfter: 8 });
  }

  writeBodyText(w, snapshot.opening);

  if (snapshot.changes.length > 0) {
    w.paragraph("Perubahan hasil:", { bold: true, spaceAfter: 4 });
    w.table({
      columns: [
        { header: "Nomor Pendaftaran", width: 4 },
        { header: "Nama", width: 5 },
        { header: "Semula", width: 3 },
        { header: "Menjadi", width: 3 },
      ],
      rows: snapshot.changes.map((change) => [change.registrationNumber, change.name, RESULT_LABELS[change.from], RESULT_LABELS[change.to]]),
      size: 9,
    });
  }

  w.paragraph(
    `Daftar peserta (${snapshot.totals.participants} peserta: ${snapshot.totals.ms} Memenuhi Syarat, ${snapshot.totals.tms} Tidak Memenuhi Syarat):`,
    { bold: true, spaceAfter: 4 },
  );
  w.table({
    // Sized so that a registration number and a masked NIP never wrap; names and titles may.
    columns: [
      { header: "No", width: 0.9, align: "center" },
      { header: "Nomor Pendaftaran", width: 4.2 },
      { header: "Nama", width: 4.4 },
      { header: "NIP", width: 3.4 },
      { header: "Jabatan", width: 3.0 },
      { header: "Hasil", width: 3.7 },
    ],
    rows: snapshot.rows.map((row) => [row.no, row.registrationNumber, row.name, row.nipMasked, row.vacancy, row.resultLabel]),
    size: 8,
  });
  w.paragraph("NIP ditampilkan sebagian untuk melindungi data pribadi peserta.", { size: 8, spaceAfter: 10 });

  writeAnnouncementClosing(w, snapshot);
  return w.save();
}
