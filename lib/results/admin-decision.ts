// Where an application stands before the administrative result is published. Pure: used by the
// draft query, the publishing mutation and the staff page alike.
import type { AdminDecision } from "@/lib/generated/prisma/enums";

export const ADMIN_DECISION_STATES = ["UNDECIDED", "AWAITING_SECOND_CHECK", "DECIDED_MS", "DECIDED_TMS"] as const;
export type AdminDecisionState = (typeof ADMIN_DECISION_STATES)[number];

export const ADMIN_DECISION_STATE_LABELS: Record<AdminDecisionState, string> = {
  UNDECIDED: "Belum diputuskan",
  AWAITING_SECOND_CHECK: "TMS menunggu pemeriksaan kedua",
  DECIDED_MS: "Memenuhi Syarat (MS)",
  DECIDED_TMS: "Tidak Memenuhi Syarat (TMS)",
};

export type AdminDecisionFields = {
  adminDecision: AdminDecision | null;
  adminDecidedById: string | null;
  adminConfirmedById: string | null;
};

/**
 * MS is final once set. TMS needs a second secretariat member when the selection says so; a
 * "confirmation" by the member who decided is not a second pair of eyes and does not count.
 */
export function adminDecisionStateOf(fields: AdminDecisionFields, rejectionNeedsSecondCheck: boolean): AdminDecisionState {
  if (!fields.adminDecision) return "UNDECIDED";
  if (fields.adminDecision === "MS") return "DECIDED_MS";
  const isConfirmed = fields.adminConfirmedById !== null && fields.adminConfirmedById !== fields.adminDecidedById;
  return !rejectionNeedsSecondCheck || isConfirmed ? "DECIDED_TMS" : "AWAITING_SECOND_CHECK";
}

export function isAdminDecided(state: AdminDecisionState): boolean {
  return state === "DECIDED_MS" || state === "DECIDED_TMS";
}

/** The stored reasons are one per line; blank lines and bullet marks carry no meaning. */
export function splitReasons(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-•*]\s+/, "").trim())
    .filter((line) => line.length > 0);
}
