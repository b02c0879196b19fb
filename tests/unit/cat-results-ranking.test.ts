import { describe, expect, it } from "vitest";
import { gpaForFormation, replacementsFor, rankCpnsFormation, skbFinalScore, toCpnsRankingInput, UNKNOWN_BIRTH_DATE } from "@/lib/cat-results/ranking";
import { rankCpns } from "@/lib/ranking";

const THRESHOLDS = { TWK: 65, TIU: 80, TKP: 126 };

describe("database rows → rankCpns input", () => {
  it("maps SKD and SKB, leaves out applications without SKD, and names missing tie-break data", () => {
    const mapped = toCpnsRankingInput({ quota: 1, shortlistMultiplier: 3, thresholds: THRESHOLDS }, [
      { id: "b", birthDate: "1995-01-01", gpa: 3.5, skd: { twk: 100, tiu: 110, tkp: 150 }, skb: 80.25 },
      { id: "a", birthDate: null, gpa: null, skd: { twk: 90, tiu: 100, tkp: 140 }, skb: null },
      { id: "c", birthDate: "1996-02-02", gpa: 3.1, skd: null, skb: null },
    ]);
    expect(mapped.input).toEqual({
      quota: 1,
      shortlistMultiplier: 3,
      thresholds: THRESHOLDS,
      candidates: [
        { id: "a", birthDate: UNKNOWN_BIRTH_DATE, gpa: 0, skd: { TWK: 90, TIU: 100, TKP: 140 } },
        { id: "b", birthDate: "1995-01-01", gpa: 3.5, skd: { TWK: 100, TIU: 110, TKP: 150 }, skb: 80.25 },
      ],
    });
    expect(mapped.withoutSkd).toEqual(["c"]);
    expect(mapped.missingData).toEqual([{ id: "a", reason: "Data tanggal lahir dan IPK belum ada pada DRH; dianggap paling lemah pada urutan nilai sama" }]);
  });

  it("ranks with rankCpns itself: the result equals rankCpns on the mapped input", () => {
    const rows = [
      { id: "x", birthDate: "1990-01-01", gpa: 3.2, skd: { twk: 100, tiu: 100, tkp: 150 }, skb: 80 },
      { id: "y", birthDate: "1991-01-01", gpa: 3.2, skd: { twk: 100, tiu: 100, tkp: 150 }, skb: 80 },
      { id: "z", birthDate: "1992-01-01", gpa: 3.9, skd: { twk: 60, tiu: 100, tkp: 150 }, skb: null },
    ];
    const ranked = rankCpnsFormation({ quota: 1, shortlistMultiplier: 3, thresholds: THRESHOLDS }, rows);
    expect(ranked.result).toEqual(rankCpns(toCpnsRankingInput({ quota: 1, shortlistMultiplier: 3, thresholds: THRESHOLDS }, rows).input));
    // Equal on every score and GPA: the older applicant first.
    expect(ranked.result.ranking.map((row) => [row.id, row.rank])).toEqual([["x", 1], ["y", 2]]);
    expect(ranked.result.skdFailed.map((row) => row.id)).toEqual(["z"]);
  });

  it("a GPA off the 0–4 scale counts as missing instead of refusing the whole formation", () => {
    const mapped = rankCpnsFormation({ quota: 1, shortlistMultiplier: 3, thresholds: THRESHOLDS }, [{ id: "a", birthDate: "1995-01-01", gpa: 4.5, skd: { twk: 100, tiu: 100, tkp: 150 }, skb: 80 }]);
    expect(mapped.input.candidates[0]!.gpa).toBe(0);
    expect(mapped.missingData[0]!.reason).toContain("IPK (4.5 di luar skala 0–4)");
    expect(mapped.result.selected).toEqual(["a"]);
  });

  it("a missing birth date never wins the last tie-break", () => {
    const rows = [
      { id: "a", birthDate: null, gpa: 3.2, skd: { twk: 100, tiu: 100, tkp: 150 }, skb: 80 },
      { id: "b", birthDate: "2000-01-01", gpa: 3.2, skd: { twk: 100, tiu: 100, tkp: 150 }, skb: 80 },
    ];
    expect(rankCpnsFormation({ quota: 1, shortlistMultiplier: 3, thresholds: THRESHOLDS }, rows).result.selected).toEqual(["b"]);
  });
});

describe("SKB final score", () => {
  it("is the CAT score without an additional test", () => {
    expect(skbFinalScore(87.125, null)).toBe(87.125);
  });

  it("weighs the additional test exactly and rounds half away from zero to the thousandth", () => {
    expect(skbFinalScore(90, { score: 95.125, weight: 40 })).toBe(92.05);
    // 60 % × 70.001 + 40 % × 70.002 = 70.0014 → 70.001; 33.333 % weight: 0.66667 × 80 + 0.33333 × 71 = 77.00003 → 77
    expect(skbFinalScore(70.001, { score: 70.002, weight: 40 })).toBe(70.001);
    expect(skbFinalScore(80, { score: 71, weight: 33.333 })).toBe(77);
    // 50 % × 0.001 + 50 % × 0 = 0.0005 → 0.001 (half away from zero)
    expect(skbFinalScore(0.001, { score: 0, weight: 50 })).toBe(0.001);
  });
});

describe("the GPA of the formation's diploma", () => {
  it("takes the best GPA at an accepted level, and none when no diploma matches", () => {
    const educations = [
      { level: "SMA", gpa: null },
      { level: "D3", gpa: 3.9 },
      { level: "S1", gpa: 3.1 },
      { level: "S1", gpa: 3.4 },
    ];
    expect(gpaForFormation(educations, ["S1", "D4"])).toBe(3.4);
    expect(gpaForFormation(educations, ["D3"])).toBe(3.9);
    expect(gpaForFormation(educations, ["S2"])).toBeNull();
  });
});

describe("replacement of a selected participant who withdraws", () => {
  const row = (applicationId: string, rank: number | null, status: string) => ({ applicationId, rank, status });

  it("takes the next in the published rank among those not selected, until the quota is filled again", () => {
    const rows = [row("a", 1, "WITHDRAWN"), row("b", 2, "SELECTED"), row("c", 3, "NOT_SELECTED"), row("d", 4, "NOT_SELECTED"), row("e", null, "NOT_SELECTED")];
    expect(replacementsFor(rows, 2)).toEqual(["c"]);
    expect(replacementsFor([row("a", 1, "WITHDRAWN"), row("b", 2, "WITHDRAWN"), ...rows.slice(2)], 2)).toEqual(["c", "d"]);
  });

  it("skips a participant who withdrew too, takes every one sharing the rank at the boundary, and never an unranked one", () => {
    expect(replacementsFor([row("a", 1, "WITHDRAWN"), row("b", 2, "WITHDRAWN"), row("c", 3, "NOT_SELECTED")], 1)).toEqual(["c"]);
    expect(replacementsFor([row("a", 1, "WITHDRAWN"), row("b", 2, "NOT_SELECTED"), row("c", 2, "NOT_SELECTED"), row("d", 4, "NOT_SELECTED")], 1)).toEqual(["b", "c"]);
    expect(replacementsFor([row("a", 1, "WITHDRAWN"), row("e", null, "NOT_SELECTED")], 1)).toEqual([]);
    expect(replacementsFor([row("a", 1, "SELECTED"), row("b", 2, "NOT_SELECTED")], 1)).toEqual([]);
  });
});
