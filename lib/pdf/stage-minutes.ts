// "Berita Acara Penilaian" of one scored stage, drawn from getStageMinutes alone. While the stage is
// open the document is a draft: every page carries a "DRAF" watermark and the title says so.
import { degrees, rgb } from "pdf-lib";
import { formatWib, formatWibRange } from "@/lib/dates/wib";
import type { CommitteePosition } from "@/lib/generated/prisma/enums";
import { CM, createPdfWriter, type PdfWriter, type TableColumn } from "@/lib/pdf/layout";
import { writeLetterhead } from "@/lib/pdf/result-announcement";
import { weightLineText, weightsConfirmationLabel } from "@/lib/scoring/weights-confirmation";
import { formatScore } from "@/lib/ranking/labels";
import type { MinutesCell, StageMinutes } from "@/lib/scoring/minutes";

const POSITION_LABELS: Record<CommitteePosition, string> = { CHAIR: "Ketua", SECRETARY: "Sekretaris", MEMBER: "Anggota" };
const DRAFT_NOTE = "DRAF — tahap belum ditutup";
const RECUSED = "KK";
const NONE = "–";
const HIDDEN = "*";
const NOT_SCORER = "·";
const CORRECTED = " (k)";
// Column widths are in points (the table scales them to the content width, 510 pt with these
// margins); a registration number such as 6172-25-SEKDA-00001-3 stays on one line at 8 pt.
const REG_NO_WIDTH = 112;
const MEMBER_COLUMN_WIDTH = 40;

function cellText(cell: MinutesCell): string {
  switch (cell.state) {
    case "SCORED":
      return `${formatScore(cell.value)}${cell.isCorrected ? CORRECTED : ""}`;
    case "RECUSED":
      return RECUSED;
    case "HIDDEN":
      return HIDDEN;
    case "PENDING":
      return NONE;
    case "NOT_SCORER":
      return NOT_SCORER;
  }
}

/** Members are columns P1, P2, …: full names and titles do not fit a narrow score column. */
function memberCode(index: number): string {
  return `P${index + 1}`;
}

function positionLabel(position: CommitteePosition | null): string {
  return position ? POSITION_LABELS[position] : NONE;
}

function section(w: PdfWriter, title: string): void {
  w.ensureSpace(w.lineHeight() * 4);
  w.paragraph(title, { bold: true, spaceAfter: 4 });
}

function drawWatermark(w: PdfWriter): void {
  const size = 110;
  const width = w.bold.widthOfTextAtSize("DRAF", size);
  for (const page of w.doc.getPages()) {
    const { width: pageWidth, height: pageHeight } = page.getSize();
    // Rotated 45° about its start, the word's middle lands on the page's centre.
    const offset = width / 2 / Math.SQRT2;
    page.drawText("DRAF", {
      x: pageWidth / 2 - offset + (size / 3) * Math.SQRT1_2,
      y: pageHeight / 2 - offset - (size / 3) * Math.SQRT1_2,
      size,
      font: w.bold,
      color: rgb(0.75, 0.75, 0.75),
      opacity: 0.35,
      rotate: degrees(45),
    });
  }
}

export async function renderStageMinutesPdf(minutes: StageMinutes): Promise<Uint8Array> {
  const { selection, stage, members } = minutes;
  const w = await createPdfWriter({
    title: `Berita Acara Penilaian ${stage.name}${minutes.isDraft ? " (draf)" : ""}`,
    subject: selection.title,
    author: selection.committeeName,
    createdAt: minutes.generatedAt,
    fontSize: 10.5,
    pageNumbers: true,
    margins: { left: 1.5 * CM, right: 1.5 * CM },
  });

  writeLetterhead(w, { name: selection.committeeName, address: selection.committeeAddress });

  w.heading("BERITA ACARA PENILAIAN", { size: 12, spaceAfter: 1 });
  w.heading(stage.name.toUpperCase(), { size: 11, spaceAfter: 2 });
  w.paragraph(selection.title, { align: "center", spaceAfter: minutes.isDraft ? 2 : 12 });
  if (minutes.isDraft) w.paragraph(DRAFT_NOTE, { bold: true, align: "center", spaceAfter: 12 });

  const dates = formatWibRange(stage.startsAt, stage.endsAt, !stage.isAllDay);
  const weight = stage.weight === null ? "" : ` dengan bobot ${formatScore(stage.weight)}% terhadap nilai akhir`;
  const minimum = stage.minimumScore === null ? "" : ` dan nilai minimum ${formatScore(stage.minimumScore)}`;
  w.paragraph(
    `Pada ${dates}, ${selection.committeeName} telah melaksanakan penilaian tahap ${stage.name} pada ${selection.title}${weight}${minimum}. ` +
      "Setiap anggota yang ditugaskan menilai secara mandiri dengan nilai 0–100 setelah menyatakan ada atau tidaknya konflik kepentingan " +
      "dengan setiap peserta; nilai tahap adalah rata-rata nilai para anggota yang menilai.",
    { align: "justify", firstLineIndent: 28, spaceAfter: 6 },
  );
  // The weights and minimums of every scored stage, as the chair confirmed them (or "belum dikonfirmasi").
  w.paragraph(`Bobot dan nilai minimum tahapan (${weightsConfirmationLabel(minutes.weights.confirmedAt)}): ${minutes.weights.stages.map(weightLineText).join("; ")}.`, {
    align: "justify",
    spaceAfter: 10,
  });

  section(w, "I. Anggota Panitia Seleksi yang menilai");
  w.table({
    columns: [
      { header: "No", width: 25, align: "center" },
      { header: "Kode", width: 35, align: "center" },
      { header: "Nama", width: 330 },
      { header: "Kedudukan", width: 120 },
    ],
    rows: members.map((member, index) => [index + 1, memberCode(index), member.name, positionLabel(member.position)]),
    size: 9,
  });
  if (members.length === 0) w.paragraph("Belum ada anggota yang ditugaskan menilai tahap ini.", { size: 9 });

  section(w, "II. Rekapitulasi nilai");
  const fixedWidth = 22 + REG_NO_WIDTH + 46 + members.length * MEMBER_COLUMN_WIDTH;
  const scoreColumns: TableColumn[] = [
    { header: "No", width: 22, align: "center" },
    { header: "Nomor Pendaftaran", width: REG_NO_WIDTH },
    { header: "Nama", width: Math.max(w.contentWidth - fixedWidth, 80) },
    ...members.map((_, index): TableColumn => ({ header: memberCode(index), width: MEMBER_COLUMN_WIDTH, align: "center" })),
    { header: "Rata-rata", width: 46, align: "center" },
  ];
  w.table({
    columns: scoreColumns,
    rows: minutes.rows.map((row, index) => [index + 1, row.registrationNumber, row.name, ...row.cells.map(cellText), formatScore(row.mean)]),
    size: 8,
  });
  const legend = [
    `${members.map((_, index) => memberCode(index)).join(", ") || "P1"}: kode anggota penilai (bagian I)`,
    `${RECUSED}: konflik kepentingan, anggota tidak menilai peserta ini`,
    `${NONE}: belum ada nilai`,
    `${CORRECTED.trim()}: nilai hasil koreksi (bagian IV)`,
  ];
  if (minutes.rows.some((row) => row.cells.some((cell) => cell.state === "NOT_SCORER"))) {
    legend.push(`${NOT_SCORER}: penilai pengganti, hanya menilai peserta yang ditunjuk (bagian III)`);
  }
  if (minutes.rows.some((row) => row.cells.some((cell) => cell.state === "HIDDEN"))) {
    legend.push(`${HIDDEN}: nilai anggota lain belum ditampilkan karena Ketua belum menilai peserta ini`);
  }
  w.paragraph(`Keterangan: ${legend.join("; ")}. Rata-rata dibulatkan sampai tiga angka di belakang koma.`, { size: 8.5, spaceAfter: 4 });
  const alerts = minutes.rows.filter((row) => row.spreadAlert);
  w.paragraph(
    alerts.length === 0
      ? `Tidak ada selisih nilai antaranggota yang melebihi ${formatScore(stage.scoreSpreadAlert)} poin.`
      : `Selisih nilai antaranggota melebihi ${formatScore(stage.scoreSpreadAlert)} poin pada peserta: ` +
          alerts.map((row) => `${row.registrationNumber} (selisih ${formatScore(row.spread)})`).join(", ") +
          ".",
    { size: 8.5, spaceAfter: 10 },
  );

  section(w, "III. Pernyataan konflik kepentingan");
  if (minutes.declarations.length === 0) {
    w.paragraph("Belum ada pernyataan konflik kepentingan.", { spaceAfter: 10 });
  } else {
    w.table({
      columns: [
        { header: "No", width: 22, align: "center" },
        { header: "Anggota", width: 95 },
        { header: "Nomor Pendaftaran", width: REG_NO_WIDTH },
        { header: "Pernyataan", width: 85 },
        { header: "Keterangan", width: 110 },
        { header: "Waktu", width: 86 },
      ],
      rows: minutes.declarations.map((declaration, index) => [
        index + 1,
        declaration.memberName,
        declaration.registrationNumber,
        declaration.hasConflict ? "Ada konflik kepentingan (tidak menilai)" : "Tidak ada konflik kepentingan",
        declaration.statement ?? NONE,
        formatWib(declaration.declaredAt),
      ]),
      size: 8,
    });
  }
  for (const substitute of minutes.substitutes) {
    w.paragraph(
      `Penilai pengganti: ${substitute.memberName} menilai ${substitute.candidateName} (${substitute.registrationNumber}) menggantikan ${substitute.replacesName}, ditunjuk Ketua Pansel.`,
      { size: 8.5 },
    );
  }

  section(w, "IV. Koreksi nilai");
  if (minutes.corrections.length === 0) {
    w.paragraph("Tidak ada koreksi nilai.", { spaceAfter: 10 });
  } else {
    w.table({
      columns: [
        { header: "No", width: 22, align: "center" },
        { header: "Nomor Pendaftaran", width: REG_NO_WIDTH },
        { header: "Anggota", width: 78 },
        { header: "Semula", width: 38, align: "center" },
        { header: "Menjadi", width: 40, align: "center" },
        { header: "Alasan", width: 86 },
        { header: "Disetujui", width: 74 },
        { header: "Waktu", width: 60 },
      ],
      rows: minutes.corrections.map((correction, index) => [
        index + 1,
        correction.registrationNumber,
        correction.memberName,
        formatScore(correction.originalValue),
        formatScore(correction.correctedValue),
        correction.reason,
        correction.approvedByName ?? NONE,
        correction.correctedAt ? formatWib(correction.correctedAt) : NONE,
      ]),
      size: 8,
    });
  }

  // The closing sentence stays on the page of the signatures.
  w.keepTogether(() => {
    w.paragraph("Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.", {
      align: "justify",
      firstLineIndent: 28,
      spaceAfter: 8,
    });
    w.paragraph("Anggota yang menilai:", { bold: true, spaceAfter: 4 });
    w.table({
      columns: [
        { header: "No", width: 25, align: "center" },
        { header: "Nama", width: 245 },
        { header: "Kedudukan", width: 90 },
        { header: "Tanda Tangan", width: 150 },
      ],
      rows: members.map((member, index) => [index + 1, member.name, positionLabel(member.position), ""]),
      minRowHeight: 1.1 * CM,
      size: 9,
    });
    w.signatureBlock({
      place: selection.place,
      dateText: formatWib(minutes.generatedAt, { withTime: false }),
      role: "Ketua Panitia Seleksi,",
      name: selection.chairName,
    });
  });

  if (minutes.isDraft) drawWatermark(w);
  return w.save();
}
