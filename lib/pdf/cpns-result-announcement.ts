// The printable final result of one CPNS formation, drawn from the frozen snapshot alone.
import { createAnnouncementWriter, writeAnnouncementClosing, writeAnnouncementHead, writeBodyText } from "@/lib/pdf/result-announcement";
import type { CpnsResultSnapshot } from "@/lib/cat-results/snapshot";

export async function renderCpnsResultAnnouncement(snapshot: CpnsResultSnapshot, options: { publishedAt?: Date } = {}): Promise<Uint8Array> {
  const w = await createAnnouncementWriter(snapshot, options.publishedAt);
  const isFinal = snapshot.type === "CPNS_FINAL_RESULT";
  const subject = isFinal ? `HASIL AKHIR ${snapshot.selection.title.toUpperCase()}` : `HASIL SELEKSI KOMPETENSI DASAR ${snapshot.selection.title.toUpperCase()}`;
  writeAnnouncementHead(w, snapshot, { heading: "PENGUMUMAN", subject });
  if (snapshot.corrects) writeBodyText(w, `Pengumuman ini melengkapi pengumuman${snapshot.corrects.number ? ` Nomor ${snapshot.corrects.number}` : ""}: ${snapshot.corrects.reason}`);
  writeBodyText(w, snapshot.opening);
  const education = snapshot.formation.education.length > 0 ? ` · kualifikasi pendidikan ${snapshot.formation.education.join("/")}` : "";
  w.paragraph(`Jabatan: ${snapshot.formation.title} (kebutuhan ${snapshot.formation.quota})${education}`, { bold: true, spaceAfter: 4 });
  w.table({
    columns: [
      { header: "Peringkat", width: 1.5, align: "center" },
      { header: "Nomor Peserta", width: 3.6 },
      { header: "Nama", width: 4.2 },
      { header: "NIK", width: 2.9 },
      { header: "TWK", width: 1.1, align: "right" },
      { header: "TIU", width: 1.1, align: "right" },
      { header: "TKP", width: 1.1, align: "right" },
      { header: "SKD", width: 1.2, align: "right" },
      ...(isFinal
        ? [
            { header: "SKB", width: 1.4, align: "right" as const },
            { header: "Nilai Akhir", width: 1.8, align: "right" as const },
          ]
        : []),
      { header: "Keterangan", width: isFinal ? 2.4 : 5.6 },
    ],
    rows: snapshot.rows.map((row) => [row.rank ?? "-", row.registrationNumber, row.name, row.nikMasked, row.twk, row.tiu, row.tkp, row.skd, ...(isFinal ? [row.skb, row.final] : []), row.label]),
    size: 8,
  });
  for (const note of snapshot.notes) w.paragraph(note, { size: 8.5, spaceAfter: 3 });
  writeAnnouncementClosing(w, snapshot);
  return w.save();
}
