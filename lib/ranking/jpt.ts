/**
 * JPT ranking (DOMAIN.md, "Stages, scores and ranking"): a stage score is the mean of its assessors'
 * scores, final = Σ weight × stage score / Σ weights, ranked descending; exact ties share a rank
 * (competition ranking) and a tie across the shortlist cut-off takes every tied candidate.
 *
 * Exactness: scores are integers of thousandths. With D the least common multiple of every assessor
 * count, D / n × (sum of n scores) is the mean over the common denominator D, so
 *   key = Σ weight × sum × D / n        and        final = key / (D × Σ weights)
 * with one denominator for all candidates: ordering and ties compare integer keys, never a rounded
 * decimal. Keys are plain numbers when their bound is a safe integer (the usual case: D = 60 for up
 * to 5 assessors), BigInt otherwise.
 */
import { RankingInputError } from "@/lib/ranking/errors";
import { competitionRanks, takeWithTies } from "@/lib/ranking/cut-off";
import {
  compareIds,
  compareIntegers,
  lcm,
  roundSafeHalfAwayFromZero,
  thousandthsToNumber,
  toThousandths,
} from "@/lib/ranking/exact";
import { formatThousandths, stageLabel } from "@/lib/ranking/labels";
import type { JptRankedCandidate, JptRankingInput, JptRankingResult, JptStageScore } from "@/lib/ranking/types";
import {
  MAX_SCORE_THOUSANDTHS,
  assertUniqueIds,
  boundedThousandths,
  shortlistTarget as computeShortlistTarget,
} from "@/lib/ranking/validate";

type StageConfig = {
  stage: string;
  weight: number;
  minimum: number | null;
  /** Scored at all (weight > 0) or gated by a minimum: a candidate without scores is excluded. */
  isRequired: boolean;
  missingReason: string;
  belowMinimumReason: string;
};

type Scored = {
  id: string;
  /** Row of this candidate in the Tallies (input order). */
  row: number;
  /** Σ weight × sum × D / n over the weighted stages; null when one of them is missing. */
  key: number | bigint | null;
  /** Why the candidate is excluded; empty when qualified. */
  reasons: string[];
};

/**
 * Per candidate and stage (row × stage count + stage index): the sum of the assessors' thousandths and
 * their number. Flat typed arrays: 100,000 candidates would otherwise mean 200,000 small arrays to collect.
 */
type Tallies = { sums: Float64Array; counts: Float64Array; width: number };

const NO_REASONS: string[] = [];

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function readStages(input: JptRankingInput): StageConfig[] {
  const entries: { stage: string; weight: number; minimum: number | null }[] = [];
  for (const [stage, weight] of Object.entries(input.weights)) {
    const scaled = toThousandths(weight, `weights.${stage}`);
    if (scaled < 0) throw new RankingInputError(`weights.${stage}`, "bobot tidak boleh negatif");
    entries.push({ stage, weight: scaled, minimum: null });
  }
  for (const [stage, minimum] of Object.entries(input.minimums ?? {})) {
    if (minimum === undefined) continue;
    const scaled = boundedThousandths(minimum, `minimums.${stage}`, 0, MAX_SCORE_THOUSANDTHS);
    const existing = entries.find((entry) => entry.stage === stage);
    // A stage with a minimum but no weight is a pure gate: it must be scored and passed.
    if (existing) existing.minimum = scaled;
    else entries.push({ stage, weight: 0, minimum: scaled });
  }
  if (!entries.some((entry) => entry.weight > 0)) {
    throw new RankingInputError("weights", "paling sedikit satu tahap harus berbobot lebih dari 0");
  }
  return entries.map((entry) => {
    const label = stageLabel(entry.stage, input.stageLabels);
    return {
      ...entry,
      isRequired: entry.weight > 0 || entry.minimum !== null,
      missingReason: `Nilai tahap ${label} belum lengkap`,
      belowMinimumReason: entry.minimum === null ? "" : `Di bawah nilai minimal ${label} (${formatThousandths(entry.minimum)})`,
    };
  });
}

function tally(input: JptRankingInput, stages: readonly StageConfig[]): { scored: Scored[]; tallies: Tallies } {
  const width = stages.length;
  const sums = new Float64Array(input.candidates.length * width);
  const counts = new Float64Array(input.candidates.length * width);
  const scored: Scored[] = new Array(input.candidates.length);
  input.candidates.forEach((candidate, index) => {
    let reasons = NO_REASONS;
    for (let stageIndex = 0; stageIndex < width; stageIndex += 1) {
      const config = stages[stageIndex] as StageConfig;
      const scores = candidate.scores[config.stage] ?? [];
      let sum = 0;
      for (let assessor = 0; assessor < scores.length; assessor += 1) {
        const score = scores[assessor] as number;
        const scaled = Math.round(score * 1000);
        if (scaled / 1000 !== score || scaled < 0 || scaled > MAX_SCORE_THOUSANDTHS) {
          // Throws with the exact field; the check above keeps the message off the hot path.
          boundedThousandths(score, `candidates.${index}.scores.${config.stage}.${assessor}`, 0, MAX_SCORE_THOUSANDTHS);
        }
        sum += scaled;
      }
      const count = scores.length;
      let reason: string | null = null;
      if (count === 0) {
        if (config.isRequired) reason = config.missingReason;
      } else if (config.minimum !== null && sum < config.minimum * count) {
        // mean < minimum ⇔ sum < minimum × count: integers, no division.
        reason = config.belowMinimumReason;
      }
      if (reason !== null) reasons = [...reasons, reason];
      sums[index * width + stageIndex] = sum;
      counts[index * width + stageIndex] = count;
    }
    scored[index] = { id: candidate.id, row: index, key: null, reasons };
  });
  return { scored, tallies: { sums, counts, width } };
}

/** Best final first (a missing final last); the id only orders candidates tied on the final. */
function byFinalThenId(a: Scored, b: Scored): number {
  if (a.key !== b.key) {
    if (a.key === null) return 1;
    if (b.key === null) return -1;
    return compareIntegers(b.key, a.key);
  }
  return compareIds(a.id, b.id);
}

function isTied(a: Scored, b: Scored): boolean {
  return a.key === b.key;
}

/** Sets every complete candidate's key and returns the denominator that turns a key into the final. */
function computeKeys(scored: Scored[], { sums, counts: tallyCounts, width }: Tallies, stages: readonly StageConfig[]): bigint {
  const weighted = stages.flatMap((config, index) => (config.weight > 0 ? [{ weight: config.weight, index }] : []));
  const counts = new Set<number>();
  for (const { index } of weighted) {
    for (let cell = index; cell < tallyCounts.length; cell += width) {
      const count = tallyCounts[cell] as number;
      if (count > 0) counts.add(count);
    }
  }
  let denominator = 1n;
  for (const count of counts) denominator = lcm(denominator, BigInt(count));
  const weightSum = weighted.reduce((sum, { weight }) => sum + BigInt(weight), 0n);
  // Every term weight × sum × D / n ≤ weight × 100 000 × D, so keys are ≤ D × Σ weights × 100 000.
  const isSafe = denominator * weightSum * BigInt(MAX_SCORE_THOUSANDTHS) * 3n <= MAX_SAFE;
  const factors = new Map([...counts].map((count) => [count, denominator / BigInt(count)]));
  const safeFactors = new Map([...factors].map(([count, factor]) => [count, Number(factor)]));
  for (const candidate of scored) {
    const offset = candidate.row * width;
    if (weighted.some(({ index }) => tallyCounts[offset + index] === 0)) continue;
    if (isSafe) {
      let key = 0;
      for (const { weight, index } of weighted) {
        key += weight * (sums[offset + index] as number) * (safeFactors.get(tallyCounts[offset + index] as number) as number);
      }
      candidate.key = key;
    } else {
      let key = 0n;
      for (const { weight, index } of weighted) {
        key += BigInt(weight) * BigInt(sums[offset + index] as number) * (factors.get(tallyCounts[offset + index] as number) as bigint);
      }
      candidate.key = key;
    }
  }
  return denominator * weightSum;
}

export function rankJpt(input: JptRankingInput): JptRankingResult {
  const target = computeShortlistTarget(input.quota, input.shortlistMultiplier);
  assertUniqueIds(input.candidates);
  const stages = readStages(input);
  const { scored, tallies } = tally(input, stages);
  const finalDenominator = computeKeys(scored, tallies, stages);
  const safeDenominator = Number(finalDenominator);

  const qualified = scored.filter((candidate) => candidate.reasons.length === 0).sort(byFinalThenId);
  const excluded = scored.filter((candidate) => candidate.reasons.length > 0).sort(byFinalThenId);
  const ranks = competitionRanks(qualified, isTied);
  const shortlist = takeWithTies(qualified, target, isTied);

  const final = (key: number | bigint | null): number | null =>
    key === null
      ? null
      : typeof key === "number"
        ? roundSafeHalfAwayFromZero(key, safeDenominator) / 1000
        : thousandthsToNumber(key, finalDenominator);

  const present = (candidate: Scored, rank: number | null): JptRankedCandidate => ({
    id: candidate.id,
    final: final(candidate.key),
    rank,
    excluded: rank === null,
    reason: rank === null ? candidate.reasons.join("; ") : null,
    stages: stages.map(({ stage }, index): JptStageScore => {
      const cell = candidate.row * tallies.width + index;
      const count = tallies.counts[cell] as number;
      const mean = count === 0 ? null : roundSafeHalfAwayFromZero(tallies.sums[cell] as number, count) / 1000;
      return { stage, mean, assessorCount: count };
    }),
  });

  return {
    ranking: [
      ...qualified.map((candidate, index) => present(candidate, ranks[index] as number)),
      ...excluded.map((candidate) => present(candidate, null)),
    ],
    shortlist: shortlist.selected.map((candidate) => candidate.id),
    tieAtCutoff: shortlist.tieAtCutoff,
    shortlistTarget: target,
    qualifiedCount: qualified.length,
    shortfall: qualified.length < target,
  };
}
