import { describe, expect, it } from "vitest";

import { type JptCandidateInput, type JptRankingInput, RankingInputError, rankJpt } from "@/lib/ranking";

const SINGKAWANG_WEIGHTS = { ASSESSMENT: 25, PAPER: 20, INTERVIEW: 35, TRACK_RECORD: 20 };

/** A candidate with the same score from one assessor at every stage, overridden per stage. */
function candidate(id: string, base: number, overrides: Record<string, number[] | undefined> = {}): JptCandidateInput {
  const scores: Record<string, number[] | undefined> = { ASSESSMENT: [base], PAPER: [base], INTERVIEW: [base], TRACK_RECORD: [base] };
  return { id, scores: { ...scores, ...overrides } };
}

function jpt(candidates: JptCandidateInput[], extra: Partial<JptRankingInput> = {}): JptRankingInput {
  return { quota: 1, weights: SINGKAWANG_WEIGHTS, minimums: { ASSESSMENT: 68 }, candidates, ...extra };
}

function ranksOf(input: JptRankingInput) {
  return Object.fromEntries(rankJpt(input).ranking.map((entry) => [entry.id, entry.rank]));
}

describe("rankJpt: means and weights", () => {
  it("computes the CONTRACTS.md example: A → final 81.5, rank 1, shortlist [A]", () => {
    const result = rankJpt(
      jpt([{ id: "A", scores: { PAPER: [80, 82.5], ASSESSMENT: [70], INTERVIEW: [85, 80, 90], TRACK_RECORD: [90] } }]),
    );
    expect(result.ranking).toEqual([
      {
        id: "A",
        final: 81.5,
        rank: 1,
        excluded: false,
        reason: null,
        stages: [
          { stage: "ASSESSMENT", mean: 70, assessorCount: 1 },
          { stage: "PAPER", mean: 81.25, assessorCount: 2 },
          { stage: "INTERVIEW", mean: 85, assessorCount: 3 },
          { stage: "TRACK_RECORD", mean: 90, assessorCount: 1 },
        ],
      },
    ]);
    expect(result.shortlist).toEqual(["A"]);
    expect(result.tieAtCutoff).toBe(false);
  });

  it("divides by the sum of the weights, whatever their scale", () => {
    const scores = { PAPER: [60], INTERVIEW: [90] };
    const percent = rankJpt({ quota: 1, weights: { PAPER: 40, INTERVIEW: 60 }, candidates: [{ id: "A", scores }] });
    const fraction = rankJpt({ quota: 1, weights: { PAPER: 0.4, INTERVIEW: 0.6 }, candidates: [{ id: "A", scores }] });
    const ratio = rankJpt({ quota: 1, weights: { PAPER: 2, INTERVIEW: 3 }, candidates: [{ id: "A", scores }] });
    expect([percent, fraction, ratio].map((result) => result.ranking[0]?.final)).toEqual([78, 78, 78]);
  });

  it("rounds the printed final and means to 3 decimals, half away from zero", () => {
    // Mean of 70, 70, 71 = 70.3333…; final (70.333… + 2 × 70) / 3 = 70.1111…
    const thirds = rankJpt({ quota: 1, weights: { PAPER: 1, INTERVIEW: 2 }, candidates: [{ id: "A", scores: { PAPER: [70, 70, 71], INTERVIEW: [70] } }] });
    expect(thirds.ranking[0]?.final).toBe(70.111);
    expect(thirds.ranking[0]?.stages[0]?.mean).toBe(70.333);
    // Mean of 90.001 and 90 = 90.0005 exactly: the half goes up.
    const half = rankJpt({ quota: 1, weights: { PAPER: 1 }, candidates: [{ id: "A", scores: { PAPER: [90.001, 90] } }] });
    expect(half.ranking[0]?.final).toBe(90.001);
    // 2/3 of 0.001 → 0.000667 → 0.001; 1/3 of 0.001 → 0.
    const small = rankJpt({
      quota: 1,
      weights: { PAPER: 1 },
      candidates: [
        { id: "A", scores: { PAPER: [0.001, 0.001, 0] } },
        { id: "B", scores: { PAPER: [0.001, 0, 0] } },
      ],
    });
    expect(small.ranking.map((entry) => [entry.id, entry.final, entry.rank])).toEqual([
      ["A", 0.001, 1],
      ["B", 0, 2],
    ]);
  });

  it("ignores a stage of weight 0 in the final and does not require it", () => {
    const result = rankJpt({
      quota: 1,
      weights: { PAPER: 1, INTERVIEW: 1, TRACK_RECORD: 0 },
      candidates: [
        { id: "A", scores: { PAPER: [80], INTERVIEW: [90], TRACK_RECORD: [10] } },
        { id: "B", scores: { PAPER: [80], INTERVIEW: [90] } },
      ],
    });
    expect(result.ranking.map((entry) => [entry.id, entry.final, entry.rank, entry.excluded])).toEqual([
      ["A", 85, 1, false],
      ["B", 85, 1, false],
    ]);
  });
});

describe("rankJpt: exclusions", () => {
  it("excludes a candidate below a stage minimum, with the reason, but still shows the final", () => {
    const result = rankJpt(jpt([candidate("A", 80), candidate("B", 95, { ASSESSMENT: [67.999] })]));
    expect(result.ranking[1]).toMatchObject({
      id: "B",
      rank: null,
      excluded: true,
      reason: "Di bawah nilai minimal Assessment (68)",
    });
    expect(result.ranking[1]?.final).toBe(88.25); // 0.25 × 67.999 + 0.75 × 95 = 88.24975 → 88.250
    expect(result.shortlist).toEqual(["A"]);
  });

  it("compares the mean with the minimum exactly: a mean of exactly 68 passes", () => {
    const result = rankJpt(
      jpt([candidate("A", 80, { ASSESSMENT: [67, 69] }), candidate("B", 80, { ASSESSMENT: [67, 68.999] })]),
    );
    expect(result.ranking.map((entry) => [entry.id, entry.excluded])).toEqual([
      ["A", false],
      ["B", true],
    ]);
  });

  it("excludes a candidate missing a weighted stage (absent or without any assessor's score)", () => {
    const result = rankJpt(
      jpt([candidate("A", 80), candidate("B", 99, { INTERVIEW: undefined }), candidate("C", 99, { PAPER: [] })]),
    );
    expect(result.ranking.map(({ id, final, rank, excluded, reason }) => ({ id, final, rank, excluded, reason }))).toEqual([
      { id: "A", final: 80, rank: 1, excluded: false, reason: null },
      { id: "B", final: null, rank: null, excluded: true, reason: "Nilai tahap Wawancara belum lengkap" },
      { id: "C", final: null, rank: null, excluded: true, reason: "Nilai tahap Makalah belum lengkap" },
    ]);
    expect(result.shortlist).toEqual(["A"]);
  });

  it("gives every reason, in stage order, and uses a selection's own stage names", () => {
    const input = jpt([candidate("A", 50, { ASSESSMENT: [60], TRACK_RECORD: undefined, PAPER: undefined })]);
    expect(rankJpt(input).ranking[0]?.reason).toBe(
      "Di bawah nilai minimal Assessment (68); Nilai tahap Makalah belum lengkap; Nilai tahap Rekam Jejak belum lengkap",
    );
    const renamed = rankJpt({ ...input, minimums: { ASSESSMENT: 67.5 }, stageLabels: { ASSESSMENT: "Assessment Center" } });
    expect(renamed.ranking[0]?.reason).toMatch(/^Di bawah nilai minimal Assessment Center \(67,5\);/);
  });

  it("treats a minimum on an unweighted stage as a gate that must be scored and passed", () => {
    const input: JptRankingInput = {
      quota: 1,
      weights: { INTERVIEW: 1 },
      minimums: { TRACK_RECORD: 70 },
      candidates: [
        { id: "A", scores: { INTERVIEW: [80], TRACK_RECORD: [70] } },
        { id: "B", scores: { INTERVIEW: [90] } },
        { id: "C", scores: { INTERVIEW: [95], TRACK_RECORD: [69.5] } },
      ],
    };
    const result = rankJpt(input);
    expect(result.ranking.map(({ id, final, rank, reason }) => [id, final, rank, reason])).toEqual([
      ["A", 80, 1, null],
      ["C", 95, null, "Di bawah nilai minimal Rekam Jejak (70)"],
      ["B", 90, null, "Nilai tahap Rekam Jejak belum lengkap"],
    ]);
  });

  it("lists the excluded after the qualified, by final (missing last), then id", () => {
    const result = rankJpt(
      jpt([
        candidate("Z", 60, { ASSESSMENT: [50] }),
        candidate("Y", 99, { INTERVIEW: [] }),
        candidate("X", 70),
        candidate("W", 90, { ASSESSMENT: [50] }),
        candidate("V", 99, { PAPER: [] }),
      ]),
    );
    expect(result.ranking.map((entry) => entry.id)).toEqual(["X", "W", "Z", "V", "Y"]);
    expect(result.qualifiedCount).toBe(1);
  });
});

describe("rankJpt: ranks and ties", () => {
  it("gives exact ties the same rank and skips the next (competition ranking 1, 1, 3)", () => {
    const input = jpt([candidate("C", 80), candidate("B", 85), candidate("A", 85), candidate("D", 70)], { quota: 2 });
    const result = rankJpt(input);
    expect(result.ranking.map((entry) => [entry.id, entry.rank])).toEqual([
      ["A", 1],
      ["B", 1],
      ["C", 3],
      ["D", 4],
    ]);
  });

  it("never lets a real difference below the printed precision become a tie", () => {
    // Finals 631/9 and 631.001/9: both print 70.111, but they are different scores.
    const result = rankJpt({
      quota: 1,
      weights: { ASSESSMENT: 1, PAPER: 2 },
      candidates: [
        { id: "A", scores: { ASSESSMENT: [70, 70, 71], PAPER: [70] } },
        { id: "B", scores: { ASSESSMENT: [70, 70, 71.001], PAPER: [70] } },
      ],
    });
    expect(result.ranking.map((entry) => [entry.id, entry.final, entry.rank])).toEqual([
      ["B", 70.111, 1],
      ["A", 70.111, 2],
    ]);
  });
});

describe("rankJpt: floating-point traps compare exactly", () => {
  it("0.1 + 0.2 + 0.3 ties with 0.3 + 0.2 + 0.1", () => {
    expect(0.1 + 0.2 + 0.3).not.toBe(0.3 + 0.2 + 0.1); // the trap a float sum falls into
    const result = rankJpt({
      quota: 1,
      weights: { ASSESSMENT: 1, PAPER: 1, INTERVIEW: 1 },
      candidates: [
        { id: "A", scores: { ASSESSMENT: [0.1], PAPER: [0.2], INTERVIEW: [0.3] } },
        { id: "B", scores: { ASSESSMENT: [0.3], PAPER: [0.2], INTERVIEW: [0.1] } },
        { id: "C", scores: { ASSESSMENT: [0.2], PAPER: [0.2], INTERVIEW: [0.2] } },
      ],
    });
    expect(result.ranking.map((entry) => [entry.id, entry.final, entry.rank])).toEqual([
      ["A", 0.2, 1],
      ["B", 0.2, 1],
      ["C", 0.2, 1],
    ]);
  });

  it("3-way means: (70 + 70 + 71)/3 with weight 1 ties with (70 + 70 + 70.5)/3 with weight 2", () => {
    expect(((70 + 70 + 71) / 3 + 2 * 70) / 3).not.toBe((70 + (2 * (70 + 70 + 70.5)) / 3) / 3);
    const result = rankJpt({
      quota: 1,
      weights: { ASSESSMENT: 1, PAPER: 2 },
      candidates: [
        { id: "A", scores: { ASSESSMENT: [70, 70, 71], PAPER: [70] } },
        { id: "B", scores: { ASSESSMENT: [70], PAPER: [70, 70, 70.5] } },
      ],
    });
    expect(result.ranking.map((entry) => entry.rank)).toEqual([1, 1]);
    expect(result.tieAtCutoff).toBe(false);
  });

  it("weights 25/20/35/20 with means like (80 + 82.5)/2 and a 3-assessor interview tie exactly", () => {
    // 25 × 0.7 = 35 × 0.5: A gives up 0.5 in the interview for 0.7 in the assessment.
    const result = rankJpt(
      jpt([
        { id: "A", scores: { ASSESSMENT: [70.7], PAPER: [80, 82.5], INTERVIEW: [85, 80, 90], TRACK_RECORD: [90] } },
        { id: "B", scores: { ASSESSMENT: [70], PAPER: [81.25], INTERVIEW: [85.5], TRACK_RECORD: [90] } },
        { id: "C", scores: { ASSESSMENT: [70, 70, 70.6], PAPER: [81, 81.5], INTERVIEW: [84, 86, 85], TRACK_RECORD: [90.5, 90.75] } },
      ]),
    );
    expect(result.ranking.map((entry) => [entry.id, entry.final, entry.rank])).toEqual([
      ["A", 81.675, 1],
      ["B", 81.675, 1],
      ["C", 81.675, 1],
    ]);
  });
});

describe("rankJpt: the shortlist", () => {
  const five = [candidate("A", 90), candidate("B", 85), candidate("C", 80), candidate("D", 75), candidate("E", 70)];

  it("holds 3 × quota names, best first", () => {
    expect(rankJpt(jpt(five)).shortlist).toEqual(["A", "B", "C"]);
    expect(rankJpt(jpt([...five, candidate("F", 69), candidate("G", 68.5)], { quota: 2 })).shortlist).toEqual(["A", "B", "C", "D", "E", "F"]);
    expect(rankJpt(jpt(five, { shortlistMultiplier: 2 })).shortlist).toEqual(["A", "B"]);
    const result = rankJpt(jpt(five));
    expect([result.tieAtCutoff, result.shortfall, result.shortlistTarget]).toEqual([false, false, 3]);
  });

  it("lists every candidate tied across the cut-off and sets tieAtCutoff", () => {
    const result = rankJpt(jpt([candidate("A", 90), candidate("B", 85), candidate("D", 80), candidate("C", 80), candidate("E", 80), candidate("F", 70)]));
    expect(result.shortlist).toEqual(["A", "B", "C", "D", "E"]);
    expect(result.tieAtCutoff).toBe(true);
    expect(result.ranking.map((entry) => entry.rank)).toEqual([1, 2, 3, 3, 3, 6]);
  });

  it("does not flag a tie that ends exactly at the cut-off", () => {
    const result = rankJpt(jpt([candidate("A", 90), candidate("B", 85), candidate("C", 85), candidate("D", 80)]));
    expect(result.shortlist).toEqual(["A", "B", "C"]);
    expect(result.tieAtCutoff).toBe(false);
  });

  it("flags fewer than 3 × quota qualified candidates (escalation), counting only the qualified", () => {
    const result = rankJpt(jpt([candidate("A", 90), candidate("B", 85), candidate("C", 99, { ASSESSMENT: [60] })]));
    expect(result.shortlist).toEqual(["A", "B"]);
    expect([result.shortfall, result.qualifiedCount, result.shortlistTarget, result.tieAtCutoff]).toEqual([true, 2, 3, false]);
    expect(rankJpt(jpt([])).shortfall).toBe(true);
    expect(rankJpt(jpt([])).ranking).toEqual([]);
    expect(rankJpt(jpt(five.slice(0, 3))).shortfall).toBe(false);
  });

  it("with quota 2 and 5 qualified, flags a shortfall of one name", () => {
    const result = rankJpt(jpt(five, { quota: 2 }));
    expect(result.shortlist).toHaveLength(5);
    expect([result.shortfall, result.shortlistTarget]).toEqual([true, 6]);
  });
});

describe("rankJpt: refuses input it cannot rank exactly", () => {
  it.each([
    [{ quota: 0 }, "quota"],
    [{ quota: 1.5 }, "quota"],
    [{ shortlistMultiplier: 0 }, "shortlistMultiplier"],
    [{ weights: { PAPER: 0 } }, "weights"],
    [{ weights: { PAPER: -1, INTERVIEW: 2 } }, "weights.PAPER"],
    [{ weights: { PAPER: 0.0001 } }, "weights.PAPER"],
    [{ minimums: { ASSESSMENT: 101 } }, "minimums.ASSESSMENT"],
    [{ candidates: [candidate("A", 80, { PAPER: [80, 0.1 + 0.2] })] }, "candidates.0.scores.PAPER.1"],
    [{ candidates: [candidate("A", 80, { INTERVIEW: [100.5] })] }, "candidates.0.scores.INTERVIEW.0"],
    [{ candidates: [candidate("A", 80), candidate("A", 70)] }, "candidates.1.id"],
  ] as [Partial<JptRankingInput>, string][])("%j → %s", (override, field) => {
    const run = () => rankJpt(jpt([candidate("A", 80)], override));
    expect(run).toThrow(RankingInputError);
    expect(run).toThrow(new RegExp(`^${field.replace(/\./g, "\\.")}: `));
  });
});

describe("rankJpt: large assessor panels", () => {
  it("stays exact when the common denominator outgrows safe integers (BigInt keys)", () => {
    // Assessor counts 1..40 make the lcm of the counts about 5.3e15.
    const candidates = Array.from({ length: 40 }, (_, index) => ({
      id: `P${String(index + 1).padStart(2, "0")}`,
      scores: { PAPER: Array.from({ length: index + 1 }, (_, k) => (k === 0 ? 80.001 : 80)) },
    }));
    const result = rankJpt({ quota: 1, weights: { PAPER: 1 }, candidates: [...candidates, { id: "Q", scores: { PAPER: [80, 80.001] } }] });
    // Mean 80 + 0.001/n: one assessor above the others counts less in a larger panel.
    expect(result.ranking.slice(0, 3).map((entry) => [entry.id, entry.rank])).toEqual([
      ["P01", 1],
      ["P02", 2],
      ["Q", 2],
    ]);
    expect(result.ranking.at(-1)).toMatchObject({ id: "P40", rank: 41, final: 80 });
    expect(ranksOf({ quota: 1, weights: { PAPER: 1 }, candidates })["P40"]).toBe(40);
  });
});
