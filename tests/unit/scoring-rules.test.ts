import { describe, expect, it } from "vitest";
import { canSeeOtherScores, hasSpreadAlert, isValidScoreValue, meanScore, ownScoreState, scoreSpread } from "@/lib/scoring/rules";
import { submitScoreSchema } from "@/lib/validation/scoring";

describe("score values", () => {
  it("accepts 0–100 with at most three decimals", () => {
    for (const value of [0, 100, 82.5, 69.999]) expect(isValidScoreValue(value)).toBe(true);
    for (const value of [-0.001, 100.001, 70.0001, Number.NaN, Number.POSITIVE_INFINITY, 0.1 + 0.2]) expect(isValidScoreValue(value)).toBe(false);
  });

  it("explains a refused value in Indonesian", () => {
    const result = submitScoreSchema.safeParse({ stageId: "s", applicationId: "a", value: 101 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Nilai harus antara 0 dan 100");
  });
});

describe("mean and spread", () => {
  it("computes the mean exactly, rounded half away from zero to 3 decimals", () => {
    expect(meanScore([])).toBeNull();
    expect(meanScore([82.5, 68])).toBe(75.25);
    expect(meanScore([0.1, 0.2])).toBe(0.15);
    expect(meanScore([70, 70, 70.001])).toBe(70);
    expect(meanScore([70, 70.001, 70.001])).toBe(70.001);
    expect(meanScore([0.001, 0.002])).toBe(0.002); // 0.0015 → 0.002
  });

  it("alerts only when max − min is strictly above the threshold, without float noise", () => {
    expect(scoreSpread([80])).toBeNull();
    expect(hasSpreadAlert([80], 0)).toBe(false);
    expect(scoreSpread([60.1, 80.3, 70])).toBe(20.2);
    expect(hasSpreadAlert([60, 80], 20)).toBe(false);
    expect(hasSpreadAlert([60, 80.001], 20)).toBe(true);
    // 80.3 − 60.1 is 20.199999999999996 in floating point: compared as thousandths it is exactly 20.2.
    expect(hasSpreadAlert([60.1, 80.3], 20.2)).toBe(false);
    expect(hasSpreadAlert([60.1, 80.3], 20.199)).toBe(true);
  });
});

describe("independence", () => {
  it("shows others' scores only after one's own is submitted", () => {
    expect(ownScoreState(null, false)).toBe("NOT_DECLARED");
    expect(ownScoreState({ hasConflict: true }, false)).toBe("RECUSED");
    expect(ownScoreState({ hasConflict: false }, false)).toBe("OPEN");
    expect(ownScoreState({ hasConflict: false }, true)).toBe("SUBMITTED");
    expect(canSeeOtherScores("NOT_DECLARED")).toBe(false);
    expect(canSeeOtherScores("RECUSED")).toBe(false);
    expect(canSeeOtherScores("OPEN")).toBe(false);
    expect(canSeeOtherScores("SUBMITTED")).toBe(true);
  });
});
