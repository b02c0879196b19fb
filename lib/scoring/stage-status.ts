// A scored stage's status machine (ARCHITECTURE.md convention 5):
//   PLANNED → OPEN (the chair assigns its scorers: conflicts can be declared)
//           → SCORING (its first score is submitted, or the assessment institution's file imported)
//           → CLOSED (the chair closes it: its scores are locked)
//           → SCORING again only for the candidates who entered after a reopening of registration (#15 item 3,
//             `reopenStageForNewCandidates`): the first round's candidates' scores stay locked, and it closes again.
// An imported assessment has no scorers to assign, so PLANNED → SCORING is allowed; a stage nobody
// has scored cannot be closed. Stages that are not scored stay PLANNED: the schedule shows their dates.
// Pure: pages, mutations and tests share it.
import { AppError } from "@/lib/errors";
import type { StageStatus } from "@/lib/generated/prisma/enums";

const TRANSITIONS: Record<StageStatus, readonly StageStatus[]> = {
  PLANNED: ["OPEN", "SCORING"],
  OPEN: ["SCORING"],
  SCORING: ["CLOSED"],
  CLOSED: ["SCORING"],
};

export function canStageTransition(from: StageStatus, to: StageStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertStageTransition(from: StageStatus, to: StageStatus, stageName?: string): void {
  if (canStageTransition(from, to)) return;
  const stage = stageName ? `Tahap "${stageName}"` : "Tahap ini";
  if (from === "CLOSED") throw new AppError("INVALID_TRANSITION", `${stage} sudah ditutup; statusnya tidak dapat diubah lagi.`);
  if (to === "CLOSED") throw new AppError("INVALID_TRANSITION", `${stage} belum dinilai sehingga belum dapat ditutup.`);
  throw new AppError("INVALID_TRANSITION", `Status ${stage.charAt(0).toLowerCase()}${stage.slice(1)} tidak dapat diubah dari "${STAGE_STATUS_LABELS[from]}" menjadi "${STAGE_STATUS_LABELS[to]}".`);
}

export const STAGE_STATUS_LABELS: Record<StageStatus, string> = {
  PLANNED: "Direncanakan",
  OPEN: "Berlangsung",
  SCORING: "Penilaian",
  CLOSED: "Selesai",
};
