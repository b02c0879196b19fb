import "server-only";
// The chair's spreadsheet of a selection's scores: every submitted score row, the corrected ones too
// (sheet "Nilai"), and the ranking per vacancy as getSelectionRanking computes it (sheet "Peringkat").
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeXlsxWorkbook, type XlsxCell, type XlsxSheet } from "@/lib/export/xlsx";
import { formatWib } from "@/lib/dates/wib";
import { formatScore } from "@/lib/ranking/labels";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { getSelectionRanking, type SelectionRanking } from "@/lib/scoring/queries";
import { WEIGHTS_UNCONFIRMED_LABEL } from "@/lib/scoring/weights-confirmation";

export const SCORE_SHEET_HEADER = [
  "Tahap",
  "Nomor Pendaftaran",
  "Nama",
  "Anggota Pansel",
  "Nilai",
  "Sub-nilai",
  "Catatan",
  "Status",
  "Dikirim (WIB)",
  "Koreksi dari nilai",
] as const;

const SCORE_COLUMN_WIDTHS = [34, 24, 32, 30, 8, 30, 40, 10, 18, 12];

/** "Visi: 82,5; Integritas: 90" from the stored sub-scores (a JSON object of numbers). */
function formatSubScores(subScores: unknown): string {
  if (!subScores || typeof subScores !== "object" || Array.isArray(subScores)) return "";
  return Object.entries(subScores)
    .filter((entry): entry is [string, number] => typeof entry[1] === "number")
    .map(([aspect, value]) => `${aspect}: ${formatScore(value)}`)
    .join("; ");
}

function rankingSheet(ranking: SelectionRanking, stages: readonly { kind: string; name: string }[]): XlsxSheet {
  const header = ["Jabatan", "Peringkat", "Nomor Pendaftaran", "Nama", ...stages.map((stage) => stage.name), "Nilai Akhir", "Alasan tidak diperingkat", "Masuk daftar pendek", "Nilai sama di batas"];
  const rows = ranking.vacancies.flatMap((vacancy) => {
    const { result } = vacancy;
    const lastShortlisted = result.ranking.find((entry) => entry.id === result.shortlist.at(-1));
    const cutOffRank = result.tieAtCutoff ? (lastShortlisted?.rank ?? null) : null;
    const shortlist = new Set(result.shortlist);
    return result.ranking.map((entry): XlsxCell[] => [
      vacancy.vacancyTitle,
      entry.rank,
      vacancy.names[entry.id]?.registrationNumber,
      vacancy.names[entry.id]?.name,
      ...stages.map((stage) => entry.stages.find((score) => score.stage === stage.kind)?.mean),
      entry.final,
      entry.reason,
      shortlist.has(entry.id) ? "Ya" : "Tidak",
      cutOffRank !== null && entry.rank === cutOffRank ? "Ya" : "Tidak",
    ]);
  });
  return { name: "Peringkat", header, rows, columnWidths: [30, 10, 24, 32, ...stages.map(() => 14), 12, 40, 20, 18] };
}

/** The XLSX workbook of all scores of a selection; for the chair of that selection only. */
export async function buildScoreWorkbook(input: { actorId: string; slug: string }): Promise<Buffer> {
  const selection = await prisma.selection.findUnique({
    where: { slug: input.slug },
    select: {
      id: true,
      weightsConfirmedAt: true,
      stages: {
        where: { isScored: true },
        orderBy: { order: "asc" },
        select: { id: true, kind: true, name: true, status: true, weight: true, minimumScore: true, assignments: { where: { userId: input.actorId }, select: { id: true } } },
      },
    },
  });
  if (!selection) throw new AppError("NOT_FOUND", "Seleksi tidak ditemukan.");
  await requireSelectionAccess({ actorId: input.actorId, selectionId: selection.id, permission: "manage:scoring",
    refusal: "Hanya Ketua Pansel seleksi ini yang dapat mengunduh rekap nilai.",
  });
  // Independence: a chair who also scores a stage sees everyone's scores only once that stage is closed.
  const ownOpen = selection.stages.filter((stage) => stage.status !== "CLOSED" && stage.assignments.length > 0);
  if (ownOpen.length > 0) {
    throw new AppError("LOCKED", `Rekap seluruh nilai tersedia setelah tahap yang Anda nilai ditutup: ${ownOpen.map((stage) => stage.name).join(", ")}.`);
  }

  const [scores, ranking] = await Promise.all([
    prisma.score.findMany({
      where: { stageId: { in: selection.stages.map((stage) => stage.id) }, status: { in: ["SUBMITTED", "SUPERSEDED"] } },
      orderBy: [{ stage: { order: "asc" } }, { application: { registrationNumber: "asc" } }, { assessor: { name: "asc" } }, { createdAt: "asc" }],
      select: {
        value: true,
        subScores: true,
        note: true,
        status: true,
        submittedAt: true,
        stage: { select: { name: true } },
        application: { select: { registrationNumber: true, applicant: { select: { name: true, profile: { select: { fullName: true } } } } } },
        assessor: { select: { name: true } },
        supersedes: { select: { value: true } },
      },
    }),
    getSelectionRanking({ actorId: input.actorId, slug: input.slug }),
  ]);

  const scoreSheet: XlsxSheet = {
    name: "Nilai",
    header: SCORE_SHEET_HEADER,
    rows: scores.map((score): XlsxCell[] => [
      score.stage.name,
      score.application.registrationNumber,
      score.application.applicant.profile?.fullName ?? score.application.applicant.name,
      score.assessor.name,
      score.value.toNumber(),
      formatSubScores(score.subScores),
      score.note,
      score.status === "SUPERSEDED" ? "dikoreksi" : "berlaku",
      score.submittedAt,
      score.supersedes?.value.toNumber(),
    ]),
    columnWidths: SCORE_COLUMN_WIDTHS,
  };
  // The weights and minimums the ranking used, with the chair's confirmation (#13).
  const weightSheet: XlsxSheet = {
    name: "Bobot",
    header: ["Tahap", "Bobot (%)", "Nilai minimum", "Konfirmasi Ketua Pansel"],
    rows: selection.stages.map((stage): XlsxCell[] => [
      stage.name,
      stage.weight?.toNumber(),
      stage.minimumScore?.toNumber(),
      selection.weightsConfirmedAt ? formatWib(selection.weightsConfirmedAt) : WEIGHTS_UNCONFIRMED_LABEL,
    ]),
    columnWidths: [34, 12, 14, 32],
  };
  return await writeXlsxWorkbook([scoreSheet, rankingSheet(ranking, selection.stages), weightSheet]);
}
