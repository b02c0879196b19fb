// From stored CAT results to the input of `rankCpns` (lib/ranking/cpns.ts, the same code as
// `npm run -s rank`), per formation, and the SKB final score. Pure: the database rows are read by
// queries.ts and mutations.ts and handed in as plain values.
import { compareIds, roundSafeHalfAwayFromZero, SCALE } from "@/lib/ranking/exact";
import { GPA_MAXIMUM, rankCpns } from "@/lib/ranking/cpns";
import { hasAtMostThreeDecimals } from "@/lib/ranking/exact";
import { isCalendarDate } from "@/lib/dates/calendar";
import type { CpnsCandidateInput, CpnsRankingInput, CpnsRankingResult, SkdScores } from "@/lib/ranking/types";

/**
 * A birth date nobody has: an applicant whose profile lacks one can never win the last tie-break
 * ("the older applicant") by a missing value. The page names such applicants.
 */
export const UNKNOWN_BIRTH_DATE = "9999-12-31";

/** One application of a formation as the database holds it; scores as numbers of at most 3 decimals. */
export type CpnsApplicationRow = {
  id: string;
  birthDate: string | null;
  gpa: number | null;
  skd: { twk: number; tiu: number; tkp: number } | null;
  skb: number | null;
};

/** What the ranking of one formation reads besides its rows: the quota, the SKB multiplier, the selection's SKD thresholds. */
export type CpnsFormationParameters = { quota: number; shortlistMultiplier: number; thresholds: SkdScores };

export type CpnsFormationInput = {
  input: CpnsRankingInput;
  /** Applications left out of the ranking input (no SKD result yet). */
  withoutSkd: string[];
  /** Tie-break data the profile lacks, per application id (shown to the Pansel, never silent). */
  missingData: Array<{ id: string; reason: string }>;
};

/** The `rankCpns` input of one formation: only applications with an SKD result; SKB where stored. */
export function toCpnsRankingInput(formation: CpnsFormationParameters, rows: readonly CpnsApplicationRow[]): CpnsFormationInput {
  const sorted = [...rows].sort((a, b) => compareIds(a.id, b.id));
  const candidates: CpnsCandidateInput[] = [];
  const withoutSkd: string[] = [];
  const missingData: CpnsFormationInput["missingData"] = [];
  for (const row of sorted) {
    if (!row.skd) {
      withoutSkd.push(row.id);
      continue;
    }
    // A GPA off the 0–4 scale (another scale typed into the CV) cannot be compared: it counts as missing.
    const gpa = row.gpa !== null && row.gpa >= 0 && row.gpa <= GPA_MAXIMUM && hasAtMostThreeDecimals(row.gpa) ? row.gpa : null;
    const gaps = [
      ...(row.birthDate !== null && isCalendarDate(row.birthDate) ? [] : ["tanggal lahir"]),
      ...(gpa === null ? [row.gpa === null ? "IPK" : `IPK (${row.gpa} di luar skala 0–${GPA_MAXIMUM})`] : []),
    ];
    if (gaps.length > 0) missingData.push({ id: row.id, reason: `Data ${gaps.join(" dan ")} belum ada pada DRH; dianggap paling lemah pada urutan nilai sama` });
    candidates.push({
      id: row.id,
      birthDate: row.birthDate !== null && isCalendarDate(row.birthDate) ? row.birthDate : UNKNOWN_BIRTH_DATE,
      gpa: gpa ?? 0,
      skd: { TWK: row.skd.twk, TIU: row.skd.tiu, TKP: row.skd.tkp },
      ...(row.skb === null ? {} : { skb: row.skb }),
    });
  }
  return {
    input: { quota: formation.quota, shortlistMultiplier: formation.shortlistMultiplier, thresholds: formation.thresholds, candidates },
    withoutSkd,
    missingData,
  };
}

export function rankCpnsFormation(formation: CpnsFormationParameters, rows: readonly CpnsApplicationRow[]): CpnsFormationInput & { result: CpnsRankingResult } {
  const mapped = toCpnsRankingInput(formation, rows);
  return { ...mapped, result: rankCpns(mapped.input) };
}

/**
 * The SKB score (0–100): the CAT score alone, or with one additional regional test of weight w %:
 * (100 − w) % × CAT + w % × additional, rounded to the thousandth (half away from zero). Exact: all
 * three values are integers of thousandths, so the sum is an integer over 100 000.
 */
export function skbFinalScore(cat: number, additional: { score: number; weight: number } | null): number {
  if (!additional) return cat;
  const weight = Math.round(additional.weight * SCALE);
  const numerator = Math.round(cat * SCALE) * (100 * SCALE - weight) + Math.round(additional.score * SCALE) * weight;
  return roundSafeHalfAwayFromZero(numerator, 100 * SCALE) / SCALE;
}

/** The GPA of the diploma the formation asks for: the best among the CV's educations at an accepted level; else null. */
export function gpaForFormation(educations: ReadonlyArray<{ level: string; gpa: number | null }>, accepted: readonly string[]): number | null {
  const gpas = educations.filter((education) => accepted.includes(education.level) && education.gpa !== null).map((education) => education.gpa as number);
  return gpas.length > 0 ? Math.max(...gpas) : null;
}

/** One row of a published final result, with the application's status today. */
export type PublishedRankRow = { applicationId: string; rank: number | null; status: string };

/**
 * After selected participants withdrew: the participants who take their places, next in the published
 * rank among those ranked and not selected, until the formation's quota is filled again; participants
 * sharing the rank of the last one taken all go (as the tie across the quota does). Pure.
 */
export function replacementsFor(rows: readonly PublishedRankRow[], quota: number): string[] {
  const ranked = rows.filter((row): row is PublishedRankRow & { rank: number } => row.rank !== null).sort((a, b) => a.rank - b.rank);
  let open = quota - rows.filter((row) => row.status === "SELECTED").length;
  const taken: string[] = [];
  let lastRank: number | null = null;
  for (const row of ranked) {
    if (row.status !== "NOT_SELECTED") continue;
    if (open <= 0 && row.rank !== lastRank) break;
    taken.push(row.applicationId);
    open -= 1;
    lastRank = row.rank;
  }
  return taken;
}
