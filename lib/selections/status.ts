// The selection's status machine (ARCHITECTURE.md convention 5). The lifecycle:
//   DRAFT → OPEN (published) → CLOSED (the administrative result is announced: no application can be
//   sent any more) → IN_PROGRESS (the first score of a scored stage) → DECIDED (the PPK has chosen for
//   every vacancy still in the flow) → COMPLETED (the final result is announced).
// A shortfall escalates a vacancy to the oversight body: ESCALATED, or CANCELLED once every vacancy
// is escalated with the option to cancel. Registration closing is a time, not an event: while the
// stored status is OPEN, `selectionPhase` applies the clock (DECISIONS.md, 2026-12-04).
// Pure: pages, mutations and tests share it.
import { AppError } from "@/lib/errors";
import type { SelectionStatus } from "@/lib/generated/prisma/enums";
import { registrationState } from "./registration-window";

const TRANSITIONS: Record<SelectionStatus, readonly SelectionStatus[]> = {
  DRAFT: ["OPEN"],
  OPEN: ["CLOSED"],
  CLOSED: ["IN_PROGRESS"],
  IN_PROGRESS: ["DECIDED", "ESCALATED", "CANCELLED"],
  // With several vacancies, the others go on after one is escalated.
  ESCALATED: ["DECIDED", "CANCELLED"],
  DECIDED: ["COMPLETED"],
  COMPLETED: [],
  CANCELLED: [],
};

/** The statuses a selection may be created in (the seed publishes at once, or keeps a draft). */
export const INITIAL_SELECTION_STATUSES = ["DRAFT", "OPEN"] as const satisfies readonly SelectionStatus[];
export type InitialSelectionStatus = (typeof INITIAL_SELECTION_STATUSES)[number];

export function canSelectionTransition(from: SelectionStatus, to: SelectionStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertSelectionTransition(from: SelectionStatus, to: SelectionStatus): void {
  if (!canSelectionTransition(from, to)) {
    throw new AppError(
      "INVALID_TRANSITION",
      `Status seleksi tidak dapat diubah dari "${SELECTION_STATUS_LABELS[from]}" menjadi "${SELECTION_STATUS_LABELS[to]}".`,
    );
  }
}

export const SELECTION_STATUS_LABELS: Record<SelectionStatus, string> = {
  DRAFT: "Draf",
  OPEN: "Pendaftaran dibuka",
  CLOSED: "Pendaftaran ditutup",
  IN_PROGRESS: "Penilaian",
  DECIDED: "Diputuskan",
  ESCALATED: "Dieskalasi",
  CANCELLED: "Dibatalkan",
  COMPLETED: "Selesai",
};

/** What a reader sees: the stored status, with the registration window's clock while it is OPEN. */
export type SelectionPhase = SelectionStatus | "UPCOMING";

export const SELECTION_PHASE_LABELS: Record<SelectionPhase, string> = {
  UPCOMING: "Pendaftaran belum dibuka",
  ...SELECTION_STATUS_LABELS,
};

export function selectionPhase(status: SelectionStatus, registration: { opensAt: Date; closesAt: Date }, now: Date): SelectionPhase {
  if (status !== "OPEN") return status;
  const state = registrationState(registration.opensAt, registration.closesAt, now);
  return state === "OPEN" ? "OPEN" : state;
}

export type SelectionPhaseTone = "neutral" | "info" | "success" | "warning" | "danger";

export const SELECTION_PHASE_TONES: Record<SelectionPhase, SelectionPhaseTone> = {
  DRAFT: "neutral",
  UPCOMING: "info",
  OPEN: "success",
  CLOSED: "neutral",
  IN_PROGRESS: "info",
  DECIDED: "info",
  ESCALATED: "danger",
  CANCELLED: "danger",
  COMPLETED: "success",
};
