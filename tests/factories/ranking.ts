// Seeded generators of ranking inputs for the property tests and the benchmark: the same seed gives
// the same candidates on every machine, so a failure can be replayed.
import type { CpnsCandidateInput, CpnsRankingInput, JptCandidateInput, JptRankingInput } from "@/lib/ranking";

export type Random = () => number;

/** mulberry32: a small, well-mixed 32-bit PRNG. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

/** Fisher–Yates on a copy. */
export function shuffle<T>(random: Random, values: readonly T[]): T[] {
  const copy = [...values];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

export const JPT_STAGES = ["ASSESSMENT", "PAPER", "INTERVIEW", "TRACK_RECORD"] as const;

// Few distinct values, so that equal means and equal finals (ties) are common; thirds and tenths
// so that a float computation would drift.
const SCORE_POOL = [0.1, 0.2, 0.3, 60, 67.999, 68, 70, 70.5, 71, 80, 82.5, 85, 85.5, 90, 100];
const WEIGHT_SETS = [
  { ASSESSMENT: 25, PAPER: 20, INTERVIEW: 35, TRACK_RECORD: 20 },
  { ASSESSMENT: 1, PAPER: 1, INTERVIEW: 1, TRACK_RECORD: 1 },
  { ASSESSMENT: 0.25, PAPER: 0.2, INTERVIEW: 0.35, TRACK_RECORD: 0 },
  { ASSESSMENT: 3, PAPER: 2.5, INTERVIEW: 0.001, TRACK_RECORD: 7 },
];

/** A small JPT input full of ties, missing stages and scores around the minimum. */
export function randomJptInput(random: Random): JptRankingInput {
  const candidates: JptCandidateInput[] = [];
  const count = randomInt(random, 0, 24);
  for (let index = 0; index < count; index += 1) {
    const previous = candidates[randomInt(random, 0, Math.max(0, candidates.length - 1))];
    const id = `C${String(randomInt(random, 0, 9999)).padStart(4, "0")}-${index}`;
    if (previous && random() < 0.2) {
      // Same scores as an earlier candidate, assessors in another order: an exact tie.
      candidates.push({
        id,
        scores: Object.fromEntries(Object.entries(previous.scores).map(([stage, list]) => [stage, shuffle(random, list ?? [])])),
      });
      continue;
    }
    const scores: Record<string, number[]> = {};
    for (const stage of JPT_STAGES) {
      if (random() < 0.06) continue; // stage not scored
      scores[stage] = Array.from({ length: randomInt(random, 1, 5) }, () => pick(random, SCORE_POOL));
    }
    candidates.push({ id, scores });
  }
  return {
    quota: randomInt(random, 1, 3),
    shortlistMultiplier: random() < 0.8 ? undefined : randomInt(random, 1, 4),
    weights: pick(random, WEIGHT_SETS),
    minimums: random() < 0.7 ? { ASSESSMENT: 68 } : {},
    candidates,
  };
}

/** 4 stages × `assessors` scores per candidate, 50–100 in halves and thousandths. */
export function generateJptInput(candidateCount: number, assessors = 5, seed = 20251120): JptRankingInput {
  const random = seededRandom(seed);
  const candidates: JptCandidateInput[] = new Array(candidateCount);
  for (let index = 0; index < candidateCount; index += 1) {
    const scores: Record<string, number[]> = {};
    for (const stage of JPT_STAGES) {
      scores[stage] = Array.from({ length: assessors }, (_, assessor) =>
        assessor === 0 ? Math.round(50_000 + random() * 50_000) / 1000 : Math.round(100 + random() * 100) / 2,
      );
    }
    candidates[index] = { id: `P${String(index).padStart(6, "0")}`, scores };
  }
  return {
    quota: 1,
    weights: { ASSESSMENT: 25, PAPER: 20, INTERVIEW: 35, TRACK_RECORD: 20 },
    minimums: { ASSESSMENT: 68 },
    candidates,
  };
}

/** A small CPNS input with many candidates equal on some or all criteria. */
export function randomCpnsInput(random: Random): CpnsRankingInput {
  const count = randomInt(random, 0, 24);
  const candidates: CpnsCandidateInput[] = Array.from({ length: count }, (_, index) => ({
    id: `K${String(randomInt(random, 0, 9999)).padStart(4, "0")}-${index}`,
    birthDate: pick(random, ["1990-02-28", "1992-07-17", "1995-01-01", "1995-01-02"]),
    gpa: pick(random, [3, 3.5, 3.51]),
    skd: {
      TWK: pick(random, [60, 65, 75, 100]),
      TIU: pick(random, [75, 80, 95, 110]),
      TKP: pick(random, [125, 126, 140, 150, 155]),
    },
    skb: random() < 0.15 ? undefined : pick(random, [60, 60.2, 62.2, 78, 80, 77.777]),
  }));
  return {
    quota: randomInt(random, 1, 3),
    shortlistMultiplier: random() < 0.8 ? undefined : randomInt(random, 1, 4),
    thresholds: { TWK: 65, TIU: 80, TKP: 126 },
    candidates,
  };
}
