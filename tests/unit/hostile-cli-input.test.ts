// Hostile input against the JSON command-line tools (CONTRACTS.md): `npm run -s rank` and the pure part of
// `npm run -s eligibility` (its schema and the rule engine over the seed's rules; the command itself, which
// needs a database, is in tests/integration/eligibility-cli.test.ts). Random JSON, and the contract's
// examples with one part spoiled: the input is either accepted and evaluated, or refused with a message in
// Indonesian that names the field. Never an exception that is not the caller's input error (exit 1, a stack).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fc, test } from "@fast-check/vitest";
import { afterAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { evaluateEligibility } from "@/lib/eligibility";
import { RankingInputError, rankCpns, rankJpt } from "@/lib/ranking";
import { eligibilityInputSchema } from "@/lib/validation/eligibility-input";
import { formatInputIssues } from "@/lib/validation/json-input";
import { rankingInputSchema } from "@/lib/validation/ranking-input";
import { singkawang2025 } from "@/prisma/seed-data/singkawang-2025";
import { CONTRACT_INPUT } from "../fixtures/eligibility-contract";
import { CPNS_CONTRACT_INPUT, JPT_CONTRACT_INPUT } from "../fixtures/ranking-contract";

const ENGLISH_DEFAULT = /(^|: )(Invalid|Too (big|small)|Expected|Unrecognized|Required)\b/m;

/** What JSON can carry: no undefined, functions or symbols. */
const jsonJunk = fc.jsonValue({ maxDepth: 4 });
const hostileLeaf = fc.oneof(
  jsonJunk,
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom("", "\u0000", "9999-99-99", "2025-02-29", "1e309", "-0", "NaN", "IV/z", "__proto__", "𝕏".repeat(300)),
  fc.double(),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, 0.1 + 0.2, 1e-320),
);

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const own = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) return [...own, ...value.flatMap((item, index) => pathsOf(item, [...prefix, index]))];
  if (value && typeof value === "object") return [...own, ...Object.entries(value).flatMap(([key, inner]) => pathsOf(inner, [...prefix, key]))];
  return own;
}

/** The example with the value at one path replaced (or removed, or an unknown key added next to it). */
function spoiled(example: object) {
  return fc.tuple(fc.constantFrom(...pathsOf(example)), hostileLeaf, fc.constantFrom("replace", "remove", "add-key")).map(([at, junk, how]) => {
    const copy = structuredClone(example) as Record<string | number, unknown>;
    let parent = copy;
    for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = at.at(-1)!;
    if (how === "replace") parent[last] = junk;
    else if (how === "remove") delete parent[last];
    else parent[`x${String(last)}`] = junk;
    return copy;
  });
}

function refusedInIndonesian(error: z.ZodError): void {
  const text = formatInputIssues(error);
  expect(text.length).toBeGreaterThan(0);
  expect(text).not.toMatch(ENGLISH_DEFAULT);
}

function rank(input: unknown): "ok" | "refused" {
  const parsed = rankingInputSchema.safeParse(input);
  if (!parsed.success) {
    refusedInIndonesian(parsed.error);
    return "refused";
  }
  try {
    const output = parsed.data.regime === "JPT" ? rankJpt(parsed.data) : rankCpns(parsed.data);
    expect(JSON.parse(JSON.stringify(output))).toBeTruthy();
    return "ok";
  } catch (error) {
    // The one exception the command reports as the caller's input (exit 2).
    if (error instanceof RankingInputError) return "refused";
    throw error;
  }
}

const seedRules = singkawang2025.rules.map(({ ruleId, params }) => ({ ruleId, params }));

function checkEligibility(input: unknown): "ok" | "refused" {
  const parsed = eligibilityInputSchema.safeParse(input);
  if (!parsed.success) {
    refusedInIndonesian(parsed.error);
    return "refused";
  }
  const result = evaluateEligibility({
    rules: seedRules,
    candidate: parsed.data.candidate,
    referenceDate: parsed.data.referenceDate ?? singkawang2025.referenceDatePlanned,
    ageReading: singkawang2025.ageReading,
  });
  expect(result.rules).toHaveLength(seedRules.length);
  return "ok";
}

describe("npm run -s rank: the schema and the ranking", () => {
  test.prop([jsonJunk], { numRuns: 200 })("refuse random JSON in Indonesian or rank it, never throwing", (input) => {
    rank(input);
  });
  test.prop([fc.oneof(spoiled(JPT_CONTRACT_INPUT), spoiled(CPNS_CONTRACT_INPUT))], { numRuns: 400 })(
    "refuse a spoiled contract example in Indonesian or rank it, never throwing",
    (input) => {
      rank(input);
    },
  );
  it("rank 2,000 candidates with extreme scores without throwing", () => {
    const candidates = Array.from({ length: 2000 }, (_, index) => ({
      id: `K${index}`,
      scores: { PAPER: [index % 2 ? 100 : 0], ASSESSMENT: [99.999], INTERVIEW: [0.001, 100], TRACK_RECORD: [50] },
    }));
    expect(rank({ ...JPT_CONTRACT_INPUT, quota: 3, candidates })).toBe("ok");
  });
});

describe("npm run -s eligibility: the schema and the rule engine", () => {
  test.prop([jsonJunk], { numRuns: 200 })("refuse random JSON in Indonesian or evaluate it, never throwing", (input) => {
    checkEligibility(input);
  });
  test.prop([spoiled(CONTRACT_INPUT)], { numRuns: 400 })("refuse a spoiled contract example in Indonesian or evaluate it, never throwing", (input) => {
    checkEligibility(input);
  });
});

describe("npm run -s rank as a process", { timeout: 120_000 }, () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "rank-hostile-"));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  // A few fixed hostile files (each run starts a process): exit 0 or 2, never 1, and never a stack trace.
  const files: [string, string][] = [
    ["not JSON", "{ regime: JPT"],
    ["a NUL byte", '{"regime":"JPT\u0000"}'],
    ["an array", "[1,2,3]"],
    ["deep nesting", `${"[".repeat(5000)}${"]".repeat(5000)}`],
    ["a string where a number belongs", JSON.stringify({ ...JPT_CONTRACT_INPUT, quota: "satu" })],
    ["an unknown regime", JSON.stringify({ ...JPT_CONTRACT_INPUT, regime: "PPPK" })],
    ["junk keys", JSON.stringify({ ...CPNS_CONTRACT_INPUT, __proto__: { polluted: true }, constructor: 1 })],
    ["a huge number", JSON.stringify({ ...CPNS_CONTRACT_INPUT, quota: 1e308 })],
  ];
  it.each(files)("answers %s with a message or a result", (_label, content) => {
    const file = path.join(scratch, `input-${crypto.randomUUID()}.json`);
    fs.writeFileSync(file, content);
    const child = spawnSync(path.join("node_modules", ".bin", "tsx"), ["lib/cli/rank.ts", file], { encoding: "utf8", timeout: 60_000 });
    expect([0, 2]).toContain(child.status);
    expect(child.stderr).not.toMatch(/^\s+at /m);
    // The parser's own detail after "JSON tidak valid:" (a position) is Node's wording; the rest is ours.
    expect(child.stderr.replace(/JSON tidak valid: .*/, "JSON tidak valid")).not.toMatch(ENGLISH_DEFAULT);
    if (child.status === 0) JSON.parse(child.stdout);
    else expect(child.stderr.trim().length).toBeGreaterThan(0);
  });
});
