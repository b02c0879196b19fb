// Pure rules of committee scoring (DOMAIN.md, "Stages, scores and ranking"): exact arithmetic on
// thousandths, the spread alert for the chair and the independence rule (no peeking before submitting).
// No server imports: the page's client components may use them too.
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { hasAtMostThreeDecimals, roundSafeHalfAwayFromZero, SCALE } from "@/lib/ranking/exact";

/** Applications that take part in the scored stages. */
export const SCORABLE_STATUSES: readonly ApplicationStatus[] = ["ADMIN_PASSED", "IN_STAGES"];

export const MIN_SCORE = 0;
export const MAX_SCORE = 100;

/** 0–100 with at most three decimals (the Score.value column is Decimal(6,3)). */
export function isValidScoreValue(value: number): boolean {
  return Number.isFinite(value) && value >= MIN_SCORE && value <= MAX_SCORE && hasAtMostThreeDecimals(value);
}

function thousandths(value: number): number {
  return Math.round(value * SCALE);
}

/** Mean of the members' scores rounded to 3 decimals (half away from zero); null without scores. */
export function meanScore(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sum = values.reduce((total, value) => total + thousandths(value), 0);
  return roundSafeHalfAwayFromZero(sum, values.length) / SCALE;
}

/** max − min of the members' scores (exact to the thousandth); null with fewer than two scores. */
export function scoreSpread(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const scaled = values.map(thousandths);
  return (Math.max(...scaled) - Math.min(...scaled)) / SCALE;
}

/** The chair is alerted when the members' scores for one candidate differ by more than the threshold. */
export function hasSpreadAlert(values: readonly number[], threshold: number): boolean {
  if (values.length < 2) return false;
  const scaled = values.map(thousandths);
  return Math.max(...scaled) - Math.min(...scaled) > thousandths(threshold);
}

export type OwnScoreState = "NOT_DECLARED" | "RECUSED" | "OPEN" | "SUBMITTED";

/** Where a member stands with one candidate: declare first, then score once. */
export function ownScoreState(declaration: { hasConflict: boolean } | null, hasSubmitted: boolean): OwnScoreState {
  if (hasSubmitted) return "SUBMITTED";
  if (!declaration) return "NOT_DECLARED";
  return declaration.hasConflict ? "RECUSED" : "OPEN";
}

/** Independence: a member sees the other members' scores for a candidate only after submitting their own. */
export function canSeeOtherScores(state: OwnScoreState): boolean {
  return state === "SUBMITTED";
}

/** A chair's correction stores its reason as the new score's note, after this prefix. */
export const CORRECTION_NOTE_PREFIX = "Koreksi: ";
