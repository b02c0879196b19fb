// Ranking of 100,000 JPT candidates × 4 stages × 5 assessors with the pure lib/ranking code (the
// dashboard's and `npm run -s rank`'s). Scores come from a seeded PRNG, with halves and thousandths so
// that means and weighted sums are not whole numbers. Measures rankJpt only, not the generation.
//   npx tsx tests/bench/ranking.ts [candidates]
import { pathToFileURL } from "node:url";
import { rankCpns, rankJpt } from "@/lib/ranking";
import type { CpnsRankingInput } from "@/lib/ranking/types";
import { generateJptInput, randomInt, seededRandom } from "../factories/ranking";

/** Milliseconds rankJpt takes for `candidateCount` candidates × 4 stages × 5 assessors. */
export function benchmarkRanking(candidateCount = 100_000): number {
  const input = generateJptInput(candidateCount);
  rankJpt(generateJptInput(1_000, 5, 1)); // warm-up: let the JIT compile the hot paths
  const started = process.hrtime.bigint();
  const result = rankJpt(input);
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.ranking.length !== candidateCount) throw new Error("ranking lost candidates");
  return elapsed;
}

/** `count` CPNS applicants (SKD sub-tests, SKB for most, GPA, birth date) from a seeded PRNG, 100 formations' worth of quota. */
export function generateCpnsInput(count: number, seed = 20251201): CpnsRankingInput {
  const random = seededRandom(seed);
  const candidates = Array.from({ length: count }, (_, index) => ({
    id: `C${String(index).padStart(6, "0")}`,
    birthDate: `19${randomInt(random, 85, 99)}-${String(randomInt(random, 1, 12)).padStart(2, "0")}-${String(randomInt(random, 1, 28)).padStart(2, "0")}`,
    gpa: randomInt(random, 250, 400) / 100,
    skd: { TWK: randomInt(random, 12, 30) * 5, TIU: randomInt(random, 10, 35) * 5, TKP: randomInt(random, 90, 175) },
    skb: random() < 0.1 ? undefined : randomInt(random, 20_000, 100_000) / 1000,
  }));
  return { quota: 100, thresholds: { TWK: 65, TIU: 80, TKP: 166 }, candidates };
}

/** Milliseconds rankCpns (the SKD threshold, shortlist and SKD/SKB integration) takes for `count` applicants. */
export function benchmarkCpns(count = 100_000): number {
  const input = generateCpnsInput(count);
  rankCpns(generateCpnsInput(1_000, 7)); // warm-up
  const started = process.hrtime.bigint();
  rankCpns(input);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const count = Number(process.argv[2] ?? 100_000);
  console.log(`ranking ${count} candidates × 4 stages × 5 assessors: ${benchmarkRanking(count).toFixed(1)} ms`);
}
