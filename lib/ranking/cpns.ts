/**
 * CPNS ranking (DOMAIN.md, "CPNS regime"; Permen PANRB 23 & 24/2019):
 * 1. SKD passes when TWK, TIU and TKP each reach their threshold.
 * 2. Up to multiplier × quota of those go on to the SKB, by SKD total; ties at the cut-off are broken by
 *    TKP, TIU, TWK, and candidates equal on all four all go through.
 * 3. SKB participants are ranked by final = 0.4 × SKD/500 × 100 + 0.6 × SKB, ties broken by SKD total,
 *    TKP, TIU, TWK, GPA, then the older applicant; candidates equal on all of these share a rank.
 * 4. The first `quota` are selected; a tie on every criterion across the quota takes all tied.
 *
 * Exactness: values are integers of thousandths, and final × 100 000 = 8 × SKD + 60 × SKB (in
 * thousandths) is an integer, so every comparison is between integers.
 */
import { compareCalendarDates, isCalendarDate } from "@/lib/dates/calendar";
import { RankingInputError } from "@/lib/ranking/errors";
import { competitionRanks, takeWithTies } from "@/lib/ranking/cut-off";
import { compareIds, thousandthsToNumber } from "@/lib/ranking/exact";
import { formatThousandths } from "@/lib/ranking/labels";
import {
  type CpnsCandidateInput,
  type CpnsRankingInput,
  type CpnsRankingResult,
  SKD_SUBTESTS,
  type SkdSubtest,
} from "@/lib/ranking/types";
import { MAX_SCORE_THOUSANDTHS, assertUniqueIds, boundedThousandths, positiveInteger, shortlistTarget } from "@/lib/ranking/validate";

/** Highest possible score per SKD subtest (30, 35 and 35 questions). */
export const SKD_MAXIMUMS: Readonly<Record<SkdSubtest, number>> = { TWK: 150, TIU: 175, TKP: 175 };
export const GPA_MAXIMUM = 4;

type Skd = Record<SkdSubtest, number> & { total: number };

type Applicant = {
  id: string;
  birthDate: string;
  gpa: number;
  skd: Skd;
  skb: number | null;
  /** final × 100 000 (8 × SKD + 60 × SKB in thousandths); null without an SKB score. */
  finalKey: number | null;
};

function readApplicant(candidate: CpnsCandidateInput, index: number): Applicant {
  const field = `candidates.${index}`;
  const skd = { total: 0 } as Skd;
  for (const subtest of SKD_SUBTESTS) {
    skd[subtest] = boundedThousandths(candidate.skd[subtest], `${field}.skd.${subtest}`, 0, SKD_MAXIMUMS[subtest] * 1000);
    skd.total += skd[subtest];
  }
  if (!isCalendarDate(candidate.birthDate)) {
    throw new RankingInputError(`${field}.birthDate`, "tanggal lahir harus tanggal yang valid (TTTT-BB-HH)");
  }
  const skb =
    candidate.skb === undefined ? null : boundedThousandths(candidate.skb, `${field}.skb`, 0, MAX_SCORE_THOUSANDTHS);
  return {
    id: candidate.id,
    birthDate: candidate.birthDate,
    gpa: boundedThousandths(candidate.gpa, `${field}.gpa`, 0, GPA_MAXIMUM * 1000),
    skd,
    skb,
    finalKey: skb === null ? null : 8 * skd.total + 60 * skb,
  };
}

/** SKD order: total, then TKP, TIU, TWK (higher first). 0 means equal on all four. */
function compareSkd(a: Applicant, b: Applicant): number {
  return b.skd.total - a.skd.total || b.skd.TKP - a.skd.TKP || b.skd.TIU - a.skd.TIU || b.skd.TWK - a.skd.TWK;
}

/** Final order: final, SKD order, GPA (higher first), then the older applicant. 0 means equal on all. */
function compareFinal(a: Applicant, b: Applicant): number {
  return (
    (b.finalKey ?? 0) - (a.finalKey ?? 0) ||
    compareSkd(a, b) ||
    b.gpa - a.gpa ||
    compareCalendarDates(a.birthDate, b.birthDate)
  );
}

export function rankCpns(input: CpnsRankingInput): CpnsRankingResult {
  const target = shortlistTarget(input.quota, input.shortlistMultiplier);
  const quota = positiveInteger(input.quota, "quota");
  assertUniqueIds(input.candidates);
  const thresholds = Object.fromEntries(
    SKD_SUBTESTS.map((subtest) => [
      subtest,
      boundedThousandths(input.thresholds[subtest], `thresholds.${subtest}`, 0, SKD_MAXIMUMS[subtest] * 1000),
    ]),
  ) as Record<SkdSubtest, number>;
  const applicants = input.candidates.map(readApplicant);

  const skdFailed: CpnsRankingResult["skdFailed"] = [];
  const passed: Applicant[] = [];
  for (const applicant of [...applicants].sort((a, b) => compareIds(a.id, b.id))) {
    const shortfalls = SKD_SUBTESTS.filter((subtest) => applicant.skd[subtest] < thresholds[subtest]).map(
      (subtest) =>
        `Nilai ${subtest} ${formatThousandths(applicant.skd[subtest])} di bawah nilai ambang batas ${formatThousandths(thresholds[subtest])}`,
    );
    if (shortfalls.length > 0) skdFailed.push({ id: applicant.id, reason: shortfalls.join("; ") });
    else passed.push(applicant);
  }
  passed.sort((a, b) => compareSkd(a, b) || compareIds(a.id, b.id));
  const skbShortlist = takeWithTies(passed, target, (a, b) => compareSkd(a, b) === 0);

  const participants = skbShortlist.selected
    .filter((applicant) => applicant.finalKey !== null)
    .sort((a, b) => compareFinal(a, b) || compareIds(a.id, b.id));
  const isTied = (a: Applicant, b: Applicant) => compareFinal(a, b) === 0;
  const ranks = competitionRanks(participants, isTied);
  const selected = takeWithTies(participants, quota, isTied);

  return {
    skdPassed: passed.map((applicant) => applicant.id),
    skdFailed,
    skbShortlist: skbShortlist.selected.map((applicant) => applicant.id),
    skbShortlistTieAtCutoff: skbShortlist.tieAtCutoff,
    ranking: participants.map((applicant, index) => ({
      id: applicant.id,
      final: thousandthsToNumber(BigInt(applicant.finalKey as number), 100n),
      rank: ranks[index] as number,
      skdTotal: applicant.skd.total / 1000,
    })),
    unranked: skbShortlist.selected
      .filter((applicant) => applicant.finalKey === null)
      .map((applicant) => ({ id: applicant.id, reason: "Belum memiliki nilai SKB" })),
    selected: selected.selected.map((applicant) => applicant.id),
    selectedTieAtCutoff: selected.tieAtCutoff,
  };
}
