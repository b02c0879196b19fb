// Ranking of 100,000 JPT candidates × 4 stages × 5 assessors with the pure lib/ranking code (the
// dashboard's and `npm run -s rank`'s). Scores come from a seeded PRNG, with halves and thousandths so
// that means and weighted sums are not whole numbers. Measures rankJpt only, not the generation.
//   npx tsx tests/bench/ranking.ts [candidates]
import { pathToFileURL } from "node:url";
import { rankJpt } from "@/lib/ranking";
import { generateJptInput } from "../factories/ranking";

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

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const count = Number(process.argv[2] ?? 100_000);
  console.log(`ranking ${count} candidates × 4 stages × 5 assessors: ${benchmarkRanking(count).toFixed(1)} ms`);
}
