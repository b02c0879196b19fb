// Property tests (hand-rolled, seeded): the ranking never depends on the order of the input, and it
// agrees with an independent exact oracle (plain fractions compared by cross-multiplication).
import { describe, expect, it } from "vitest";

import { type CpnsRankingInput, type JptRankingInput, rankCpns, rankJpt } from "@/lib/ranking";
import { randomCpnsInput, randomJptInput, seededRandom, shuffle, type Random } from "../factories/ranking";

const CASES = 150;
const SHUFFLES = 4;

/** The same input with candidates, stage keys and each stage's assessors in another order. */
function reorderJpt(random: Random, input: JptRankingInput): JptRankingInput {
  return {
    ...input,
    candidates: shuffle(random, input.candidates).map((candidate) => ({
      id: candidate.id,
      scores: Object.fromEntries(shuffle(random, Object.entries(candidate.scores)).map(([stage, list]) => [stage, shuffle(random, list ?? [])])),
    })),
  };
}

type Fraction = { num: bigint; den: bigint };

const thousandths = (value: number) => BigInt(Math.round(value * 1000));
const isGreater = (a: Fraction, b: Fraction) => a.num * b.den > b.num * a.den;

/** Σ weight × mean / Σ weight as a fraction, or null when a weighted stage is missing. */
function oracleFinal(input: JptRankingInput, scores: JptRankingInput["candidates"][number]["scores"]): Fraction | null {
  let result: Fraction = { num: 0n, den: 1n };
  let weightSum = 0n;
  for (const [stage, weight] of Object.entries(input.weights)) {
    if (weight === 0) continue;
    const list = scores[stage] ?? [];
    if (list.length === 0) return null;
    const sum = list.reduce((total, score) => total + thousandths(score), 0n);
    const den = BigInt(list.length);
    // result + weight × sum / den
    result = { num: result.num * den + thousandths(weight) * sum * result.den, den: result.den * den };
    weightSum += thousandths(weight);
  }
  return { num: result.num, den: result.den * weightSum };
}

function oracleIsExcluded(input: JptRankingInput, scores: JptRankingInput["candidates"][number]["scores"]): boolean {
  const required = new Set([
    ...Object.entries(input.weights).filter(([, weight]) => weight > 0).map(([stage]) => stage),
    ...Object.keys(input.minimums ?? {}),
  ]);
  for (const stage of required) {
    const list = scores[stage] ?? [];
    if (list.length === 0) return true;
    const minimum = input.minimums?.[stage];
    if (minimum !== undefined && list.reduce((total, score) => total + thousandths(score), 0n) < thousandths(minimum) * BigInt(list.length)) {
      return true;
    }
  }
  return false;
}

describe("rankJpt: order independence and the exact oracle", () => {
  it(`holds for ${CASES} seeded inputs × ${SHUFFLES} reorderings`, () => {
    const random = seededRandom(6);
    let ties = 0;
    let tiesAtCutoff = 0;
    for (let run = 0; run < CASES; run += 1) {
      const input = randomJptInput(random);
      const result = rankJpt(input);
      for (let attempt = 0; attempt < SHUFFLES; attempt += 1) {
        expect(rankJpt(reorderJpt(random, input)), `case ${run}, reordering ${attempt}`).toEqual(result);
      }

      const qualified = input.candidates
        .filter((candidate) => !oracleIsExcluded(input, candidate.scores))
        .map((candidate) => ({ id: candidate.id, final: oracleFinal(input, candidate.scores) as Fraction }));
      const target = input.quota * (input.shortlistMultiplier ?? 3);
      const expectedRanks = new Map(
        qualified.map((candidate) => [candidate.id, 1 + qualified.filter((other) => isGreater(other.final, candidate.final)).length]),
      );
      const byId = new Map(result.ranking.map((entry) => [entry.id, entry]));
      for (const candidate of input.candidates) {
        expect(byId.get(candidate.id)?.rank ?? null, `case ${run}, ${candidate.id}`).toBe(expectedRanks.get(candidate.id) ?? null);
      }
      const expectedShortlist = qualified.filter((candidate) => (expectedRanks.get(candidate.id) as number) <= target);
      expect(new Set(result.shortlist)).toEqual(new Set(expectedShortlist.map((candidate) => candidate.id)));
      expect(result.tieAtCutoff).toBe(expectedShortlist.length > target);
      expect(result.shortfall).toBe(qualified.length < target);

      if (new Set(expectedRanks.values()).size < expectedRanks.size) ties += 1;
      if (result.tieAtCutoff) tiesAtCutoff += 1;
    }
    // The generator must exercise what the property is about.
    expect(ties).toBeGreaterThan(CASES / 4);
    expect(tiesAtCutoff).toBeGreaterThan(5);
  });
});

describe("rankCpns: order independence", () => {
  it(`holds for ${CASES} seeded inputs × ${SHUFFLES} shuffles`, () => {
    const random = seededRandom(2019);
    let sharedRanks = 0;
    for (let run = 0; run < CASES; run += 1) {
      const input: CpnsRankingInput = randomCpnsInput(random);
      const result = rankCpns(input);
      for (let attempt = 0; attempt < SHUFFLES; attempt += 1) {
        expect(rankCpns({ ...input, candidates: shuffle(random, input.candidates) }), `case ${run}, shuffle ${attempt}`).toEqual(result);
      }
      const passed = input.candidates.filter(({ skd }) => skd.TWK >= 65 && skd.TIU >= 80 && skd.TKP >= 126);
      expect(new Set(result.skdPassed)).toEqual(new Set(passed.map((candidate) => candidate.id)));
      expect(result.skbShortlist.length).toBeGreaterThanOrEqual(Math.min(passed.length, input.quota * (input.shortlistMultiplier ?? 3)));
      const ranks = result.ranking.map((entry) => entry.rank);
      if (new Set(ranks).size < ranks.length) sharedRanks += 1;
    }
    expect(sharedRanks).toBeGreaterThan(0);
  });
});
