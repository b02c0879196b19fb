// `npm run -s rank` as an operator runs it: a child process reading a file, JSON on stdout, exit code.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CPNS_CONTRACT_INPUT as CPNS_EXAMPLE, JPT_CONTRACT_INPUT as JPT_EXAMPLE } from "../fixtures/ranking-contract";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "rank-cli-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

let fileCounter = 0;

function runRank(input: unknown) {
  const file = path.join(scratch, `input-${(fileCounter += 1)}.json`);
  fs.writeFileSync(file, typeof input === "string" ? input : JSON.stringify(input));
  const child = spawnSync(path.join("node_modules", ".bin", "tsx"), ["lib/cli/rank.ts", file], { encoding: "utf8", timeout: 30_000 });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe("npm run -s rank", { timeout: 60_000 }, () => {
  it("prints the contract's JPT output for the contract's example (plus the shortfall flag)", () => {
    const { status, stdout, stderr } = runRank(JPT_EXAMPLE);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const output = JSON.parse(stdout);
    // The contract's fields exactly, in the contract's order; `shortfall` is the one extra field
    // (one qualified candidate for three names: escalate).
    expect(output).toEqual({
      ranking: [{ id: "A", final: 81.5, rank: 1, excluded: false, reason: null }],
      shortlist: ["A"],
      tieAtCutoff: false,
      shortfall: true,
    });
    expect(Object.keys(output)).toEqual(["ranking", "shortlist", "tieAtCutoff", "shortfall"]);
    expect(Object.keys(output.ranking[0])).toEqual(["id", "final", "rank", "excluded", "reason"]);
  });

  it("prints the contract's CPNS output for the contract's example", () => {
    const { status, stdout } = runRank(CPNS_EXAMPLE);
    expect(status).toBe(0);
    const output = JSON.parse(stdout);
    expect(output).toMatchObject({
      skdPassed: ["X"],
      skbShortlist: ["X"],
      ranking: [{ id: "X", final: 76.8, rank: 1 }],
      selected: ["X"],
    });
    expect(output.ranking[0]).toEqual({ id: "X", final: 76.8, rank: 1 });
    expect(output).toMatchObject({ skdFailed: [], skbShortlistTieAtCutoff: false, unranked: [], selectedTieAtCutoff: false });
  });

  it("refuses a bad field with exit 2 and a message naming it, printing nothing on stdout", () => {
    const bad = structuredClone(JPT_EXAMPLE);
    (bad.candidates[0]?.scores.PAPER as unknown[])[1] = "82,5";
    const { status, stdout, stderr } = runRank(bad);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("candidates.0.scores.PAPER.1:");
  });

  it("refuses malformed JSON, an unknown regime, a misspelt stage and a CPNS field with exit 2", () => {
    expect(runRank("{ not json")).toMatchObject({ status: 2, stderr: expect.stringContaining("JSON tidak valid") });
    expect(runRank({ ...JPT_EXAMPLE, regime: "PPPK" })).toMatchObject({ status: 2, stderr: expect.stringMatching(/^regime: /) });
    const misspelt = { ...JPT_EXAMPLE, candidates: [{ id: "A", scores: { INTERVEIW: [80] } }] };
    expect(runRank(misspelt)).toMatchObject({ status: 2, stderr: expect.stringContaining("candidates.0.scores.INTERVEIW:") });
    const cpns = structuredClone(CPNS_EXAMPLE);
    (cpns.candidates[0] as { birthDate: string }).birthDate = "1995-13-01";
    expect(runRank(cpns)).toMatchObject({ status: 2, stderr: expect.stringContaining("candidates.0.birthDate:") });
  });
});
