// The selection's status machine (ARCHITECTURE.md convention 5). The lifecycle:
//   DRAFT → OPEN (published) → CLOSED (the administrative result is announced: no application can be
//   sent any more) → IN_PROGRESS (the first score of a scored stage) → DECIDED (the PPK has chosen for
//   every vacancy still in the flow) → COMPLETED (the final result is announced).
// A shortfall escalates a vacancy to the oversight body: ESCALATED, or CANCELLED once every vacancy
// is escalated with the option to cancel; from ESCALATED the chair may reopen registration (back to OPEN, the
// registration stage extended). The PPK's annulment of a chosen candidate (V.6 of the Singkawang
// announcement) sends a DECIDED or COMPLETED selection back until the new choice is announced. Registration closing is a time, not an event: while the
// stored status is OPEN, `selectionPhase` applies the clock (DECISIONS.md, 2026-12-04).
// Pure: pages, mutations and tests share it.
import { AppError } from "@/lib/errors";
import type { AnnouncementKind, SelectionStatus, StageStatus } from "@/lib/generated/prisma/enums";
import { registrationState } from "./registration-window";

const TRANSITIONS: Record<SelectionStatus, readonly SelectionStatus[]> = {
  DRAFT: ["OPEN"],
  OPEN: ["CLOSED"],
  CLOSED: ["IN_PROGRESS"],
  IN_PROGRESS: ["DECIDED", "ESCALATED", "CANCELLED"],
  // With several vacancies, the others go on after one is escalated. OPEN: the chair reopens registration
  // after the escalation (#15 item 3; announcement V.5), through `reopenRegistration`.
  ESCALATED: ["OPEN", "DECIDED", "CANCELLED"],
  // V.6: an annulled choice sends the selection back until the PPK chooses again and the result is re-announced.
  DECIDED: ["COMPLETED", "IN_PROGRESS", "ESCALATED"],
  COMPLETED: ["IN_PROGRESS", "ESCALATED"],
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

/** What the public status reads besides the stored status: the scored stages in order and the announcements published. */
export type PublicStatusInput = {
  status: SelectionStatus;
  registration: { opensAt: Date; closesAt: Date };
  now: Date;
  scoredStages: readonly { name: string; status: StageStatus }[];
  announcements: readonly AnnouncementKind[];
  /** Registration was reopened after an escalation (#15 item 3). */
  registrationReopened?: boolean;
};

export type PublicSelectionStatus = { phase: SelectionPhase; label: string; tone: SelectionPhaseTone };

/**
 * The one public status of a selection (#14): it follows the stages and the decisions to "Selesai".
 * The final result published ⇒ Selesai, unless a chosen candidate was annulled since (V.6); cancelled and escalated
 * selections say so; otherwise the latest public step: the three names announced, the scored stage
 * under way, the administrative result announced, and the registration window's clock before that.
 */
export function publicSelectionStatus(input: PublicStatusInput): PublicSelectionStatus {
  const of = (phase: SelectionPhase, label = SELECTION_PHASE_LABELS[phase]): PublicSelectionStatus => ({ phase, label, tone: SELECTION_PHASE_TONES[phase] });
  const { status, announcements } = input;
  if (status === "CANCELLED") return of("CANCELLED", "Dibatalkan");
  if (status === "COMPLETED") return of("COMPLETED", "Selesai");
  const finalAnnounced = announcements.includes("FINAL_RESULT");
  // A final result announced and the selection running again: the PPK annulled a chosen candidate (V.6).
  if (finalAnnounced && status === "IN_PROGRESS") return of("IN_PROGRESS", "Calon terpilih dibatalkan PPK; menunggu pilihan PPK");
  if (finalAnnounced && status === "DECIDED") return of("DECIDED", "PPK telah memilih kembali; menunggu pengumuman perubahan hasil akhir");
  if (status === "ESCALATED") return of("ESCALATED", "Dieskalasi kepada lembaga pengawas");
  // OPEN again after an escalation: registration was reopened.
  if (status === "OPEN" && input.registrationReopened) {
    const phase = selectionPhase(status, input.registration, input.now);
    return phase === "OPEN" ? of("OPEN", "Pendaftaran dibuka kembali") : of(phase);
  }
  if (finalAnnounced) return of("COMPLETED", "Selesai");
  if (status === "DECIDED") return of("DECIDED", "PPK telah memilih; menunggu pengumuman hasil akhir");
  if (announcements.includes("SHORTLIST")) return of("IN_PROGRESS", "Tiga nama diumumkan");
  const running = input.scoredStages.find((stage) => stage.status === "OPEN" || stage.status === "SCORING");
  if (running) return of("IN_PROGRESS", `Tahap ${running.name}`);
  const scoredAll = input.scoredStages.length > 0 && input.scoredStages.every((stage) => stage.status === "CLOSED");
  if (scoredAll) return of("IN_PROGRESS", "Penilaian selesai; penetapan tiga nama");
  if (status === "IN_PROGRESS") return of("IN_PROGRESS");
  if (status === "CLOSED" && announcements.includes("ADMIN_RESULT")) {
    return of("CLOSED", "Hasil seleksi administrasi diumumkan");
  }
  return of(selectionPhase(status, input.registration, input.now));
}
