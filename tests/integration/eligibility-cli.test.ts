// The eligibility command as operators and scripts run it: a real process, a real seeded database, and
// only the contract (../shared/CONTRACTS.md) to go by: JSON on stdout with exit 0, or a message naming
// the field on stderr with exit 2.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { CONTRACT_INPUT } from "../fixtures/eligibility-contract";
import { runCli, type CliRun } from "../fixtures/run-cli";

const CONTRACT_EXAMPLE = CONTRACT_INPUT;

let folder: string;
let counter = 0;

function inputFile(content: string | object): string {
  counter += 1;
  const file = path.join(folder, `input-${counter}.json`);
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

function runEligibility(file: string): Promise<CliRun> {
  return runCli("lib/cli/eligibility.ts", [file]);
}

describe("npm run -s eligibility -- FILE.json", () => {
  let ruleIds: string[];

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "eligibility-cli-"));
    const rules = await prisma.eligibilityRule.findMany({
      where: { selection: { slug: "sekda-singkawang-2025" } },
      select: { ruleId: true },
    });
    ruleIds = rules.map((rule) => rule.ruleId).sort();
  }, 60_000);

  afterAll(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("prints the contract example's result as JSON and nothing else", async () => {
    const run = await runEligibility(inputFile(CONTRACT_EXAMPLE));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as {
      verdict: string;
      referenceDate: string;
      age: unknown;
      rules: { id: string; status: string; reason: string }[];
    };
    expect(Object.keys(output)).toEqual(["verdict", "referenceDate", "age", "rules"]);
    expect(output.verdict).toBe("NOT_ELIGIBLE");
    expect(output.referenceDate).toBe("2025-12-01");
    expect(output.age).toEqual({ years: 59, months: 4, days: 0, limit: 56 });

    expect(ruleIds).toHaveLength(18);
    expect(output.rules.map((rule) => rule.id).sort()).toEqual(ruleIds);
    for (const rule of output.rules) {
      expect(Object.keys(rule)).toEqual(["id", "status", "reason"]);
      expect(["pass", "fail", "pending"]).toContain(rule.status);
      expect(rule.reason.length).toBeGreaterThan(0);
    }
    const ageRule = output.rules.find((rule) => rule.id === "age_max");
    expect(ageRule?.status).toBe("fail");
    expect(ageRule?.reason).toContain("56 tahun");
  });

  it("uses the selection's planned reference date when the input has none", async () => {
    const { referenceDate: _omitted, ...withoutDate } = CONTRACT_EXAMPLE;
    const run = await runEligibility(inputFile(withoutDate));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ referenceDate: "2025-12-01", verdict: "NOT_ELIGIBLE" });
  });

  it("rejects an unknown education level, naming candidate.education", async () => {
    const input = { ...CONTRACT_EXAMPLE, candidate: { ...CONTRACT_EXAMPLE.candidate, education: "S4" } };
    const run = await runEligibility(inputFile(input));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("candidate.education");
  });

  it("rejects malformed JSON", async () => {
    const run = await runEligibility(inputFile('{ "selection": "sekda-singkawang-2025", '));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/JSON tidak valid/);
  });

  it("rejects an unknown selection, naming the selection field", async () => {
    const run = await runEligibility(inputFile({ ...CONTRACT_EXAMPLE, selection: "seleksi-yang-tidak-ada" }));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("selection");
    expect(run.stderr).toContain("seleksi-yang-tidak-ada");
  });

  it("rejects a file that does not exist", async () => {
    const run = await runEligibility(path.join(folder, "tidak-ada.json"));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("tidak-ada.json");
  });
});
