import { describe, expect, it } from "vitest";

import { competitionRanks, roundHalfAwayFromZero, takeWithTies, thousandthsToNumber, toThousandths } from "@/lib/ranking";
import { roundSafeHalfAwayFromZero } from "@/lib/ranking/exact";

describe("exact helpers", () => {
  it("reads at most 3 decimals exactly and refuses more", () => {
    expect([80, 82.5, 0.1, 0.3, 67.999, 100].map((value) => toThousandths(value, "x"))).toEqual([80_000, 82_500, 100, 300, 67_999, 100_000]);
    expect(() => toThousandths(0.1 + 0.2, "x")).toThrow("x: 0.30000000000000004 memiliki lebih dari 3 angka desimal");
    expect(() => toThousandths(80.0005, "x")).toThrow(/lebih dari 3 angka desimal/);
    expect(() => toThousandths(Number.NaN, "x")).toThrow(/harus berupa angka/);
  });

  it("rounds halves away from zero, in BigInt and on safe integers", () => {
    const cases: [number, number, number][] = [
      [5, 2, 3],
      [-5, 2, -3],
      [7, 3, 2],
      [8, 3, 3],
      [-8, 3, -3],
      [1, 2, 1],
      [0, 7, 0],
      [5, -2, -3],
    ];
    for (const [numerator, denominator, expected] of cases) {
      expect(roundHalfAwayFromZero(BigInt(numerator), BigInt(denominator))).toBe(BigInt(expected));
      expect(roundSafeHalfAwayFromZero(numerator, denominator)).toBe(expected);
    }
    expect(thousandthsToNumber(81_500n)).toBe(81.5);
    expect(thousandthsToNumber(2n, 3n)).toBe(0.001);
    expect(thousandthsToNumber(1n, 2n)).toBe(0.001);
    expect(thousandthsToNumber(1n, 3n)).toBe(0);
  });

  it("ranks 1, 1, 3 and takes every tie across the cut-off", () => {
    const values = [90, 85, 85, 80, 80, 80, 70];
    expect(competitionRanks(values, (a, b) => a === b)).toEqual([1, 2, 2, 4, 4, 4, 7]);
    expect(takeWithTies(values, 3, (a, b) => a === b)).toEqual({ selected: [90, 85, 85], tieAtCutoff: false });
    expect(takeWithTies(values, 4, (a, b) => a === b)).toEqual({ selected: [90, 85, 85, 80, 80, 80], tieAtCutoff: true });
    expect(takeWithTies(values, 10, (a, b) => a === b)).toEqual({ selected: values, tieAtCutoff: false });
  });
});
