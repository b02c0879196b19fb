// The printable three-names and final-result announcements, drawn from the frozen snapshot alone.
import { createAnnouncementWriter, writeAnnouncementClosing, writeAnnouncementHead, writeBodyText } from "@/lib/pdf/result-announcement";
import type { DecisionSnapshot } from "@/lib/decisions/snapshot";

export async function renderDecisionAnnouncement(snapshot: DecisionSnapshot, options: { publishedAt?: Date } = {}): Promise<Uint8Array> {
  const ranked = snapshot.order === "RANKED";
  const w = await createAnnouncementWriter(snapshot, options.publishedAt);
  const subject = snapshot.kind === "SHORTLIST" ? "TIGA NAMA HASIL" : "HASIL AKHIR";
  writeAnnouncementHead(w, snapshot, { heading: "PENGUMUMAN", subject: `${subject} ${snapshot.selection.title.toUpperCase()}` });
  writeBodyText(w, snapshot.opening);

  for (const vacancy of snapshot.vacancies) {
    w.paragraph(`Jabatan: ${vacancy.title}`, { bold: true, spaceAfter: 4 });
    w.table({
      columns: ranked
        ? [
            { header: "Peringkat", width: 1.6, align: "center" },
            { header: "Nomor Pendaftaran", width: 4.2 },
            { header: "Nama", width: 5.2 },
            { header: "NIP", width: 3.4 },
            { header: "Nilai Akhir", width: 2.2, align: "right" },
            { header: "Keterangan", width: 3 },
          ]
        : [
            { header: "No", width: 0.9, align: "center" },
            { header: "Nomor Pendaftaran", width: 4.4 },
            { header: "Nama", width: 6.2 },
            { header: "NIP", width: 3.6 },
            { header: "Keterangan", width: 4 },
          ],
      rows: vacancy.rows.map((row) =>
        ranked ? [row.rank ?? "-", row.registrationNumber, row.name, row.nipMasked, row.final ?? "-", row.label] : [row.no, row.registrationNumber, row.name, row.nipMasked, row.label],
      ),
      size: 9,
    });
    if (vacancy.note) w.paragraph(vacancy.note, { size: 9, spaceAfter: 6 });
  }
  if (snapshot.weightsNote) w.paragraph(snapshot.weightsNote, { size: 9, spaceAfter: 6 });
  w.paragraph(
    ranked ? "NIP ditampilkan sebagian untuk melindungi data pribadi peserta." : "Nama disusun menurut abjad. NIP ditampilkan sebagian untuk melindungi data pribadi peserta.",
    { size: 8, spaceAfter: 10 },
  );
  writeAnnouncementClosing(w, snapshot);
  return w.save();
}
