import { describe, expect, it } from "vitest";

import { type CpnsCandidateInput, type CpnsRankingInput, RankingInputError, rankCpns } from "@/lib/ranking";

const THRESHOLDS = { TWK: 65, TIU: 80, TKP: 126 };

function applicant(
  id: string,
  [TWK, TIU, TKP]: [number, number, number],
  extra: Partial<CpnsCandidateInput> = {},
): CpnsCandidateInput {
  return { id, birthDate: "1995-01-01", gpa: 3.5, skd: { TWK, TIU, TKP }, ...extra };
}

function cpns(candidates: CpnsCandidateInput[], extra: Partial<CpnsRankingInput> = {}): CpnsRankingInput {
  return { quota: 1, thresholds: THRESHOLDS, candidates, ...extra };
}

describe("rankCpns: the CONTRACTS.md example", () => {
  it("passes X, shortlists it, ranks it with final 76.8 and selects it", () => {
    const result = rankCpns(
      cpns([{ id: "X", birthDate: "1995-01-01", gpa: 3.51, skd: { TWK: 100, TIU: 110, TKP: 150 }, skb: 80 }]),
    );
    expect(result).toEqual({
      skdPassed: ["X"],
      skdFailed: [],
      skbShortlist: ["X"],
      skbShortlistTieAtCutoff: false,
      ranking: [{ id: "X", final: 76.8, rank: 1, skdTotal: 360 }],
      unranked: [],
      selected: ["X"],
      selectedTieAtCutoff: false,
    });
  });
});

describe("rankCpns: SKD thresholds", () => {
  it("passes a score equal to each threshold and fails one point below, with the reasons", () => {
    const result = rankCpns(
      cpns([
        applicant("EXACT", [65, 80, 126]),
        applicant("TWK", [60, 175, 175]),
        applicant("TIU", [150, 75, 175]),
        applicant("TKP", [150, 175, 125]),
        applicant("ALL", [0, 0, 0]),
      ]),
    );
    expect(result.skdPassed).toEqual(["EXACT"]);
    expect(result.skdFailed).toEqual([
      { id: "ALL", reason: "Nilai TWK 0 di bawah nilai ambang batas 65; Nilai TIU 0 di bawah nilai ambang batas 80; Nilai TKP 0 di bawah nilai ambang batas 126" },
      { id: "TIU", reason: "Nilai TIU 75 di bawah nilai ambang batas 80" },
      { id: "TKP", reason: "Nilai TKP 125 di bawah nilai ambang batas 126" },
      { id: "TWK", reason: "Nilai TWK 60 di bawah nilai ambang batas 65" },
    ]);
  });

  it("takes the thresholds from the input (a later year's TKP threshold of 166)", () => {
    const result = rankCpns(cpns([applicant("A", [100, 110, 150])], { thresholds: { TWK: 65, TIU: 80, TKP: 166 } }));
    expect(result.skdPassed).toEqual([]);
    expect(result.skbShortlist).toEqual([]);
    expect(result.selected).toEqual([]);
  });
});

describe("rankCpns: SKB shortlist", () => {
  it("takes 3 × quota by SKD total, a tie at the cut-off broken by TKP", () => {
    const result = rankCpns(
      cpns([
        applicant("A", [100, 110, 150]), // 360
        applicant("B", [95, 110, 150]), // 355
        applicant("D", [95, 100, 145]), // 340, TKP 145
        applicant("C", [90, 100, 150]), // 340, TKP 150
        applicant("E", [70, 90, 130]), // 290
      ]),
    );
    expect(result.skdPassed).toEqual(["A", "B", "C", "D", "E"]);
    expect(result.skbShortlist).toEqual(["A", "B", "C"]);
    expect(result.skbShortlistTieAtCutoff).toBe(false);
  });

  it("then by TIU when the total and TKP are equal (TWK then follows from the total)", () => {
    const result = rankCpns(
      cpns([applicant("A", [100, 110, 150]), applicant("B", [95, 110, 150]), applicant("C", [100, 95, 145]), applicant("D", [95, 100, 145])]),
    );
    expect(result.skbShortlist).toEqual(["A", "B", "D"]);
  });

  it("lets every candidate equal on all four through and flags it", () => {
    const result = rankCpns(
      cpns([applicant("A", [100, 110, 150]), applicant("B", [95, 110, 150]), applicant("D", [95, 100, 145]), applicant("C", [95, 100, 145]), applicant("E", [90, 100, 145])]),
    );
    expect(result.skbShortlist).toEqual(["A", "B", "C", "D"]);
    expect(result.skbShortlistTieAtCutoff).toBe(true);
  });

  it("uses the multiplier and the quota", () => {
    const many = Array.from({ length: 10 }, (_, index) => applicant(`P${index}`, [100, 100, 130 + index]));
    expect(rankCpns(cpns(many, { quota: 2 })).skbShortlist).toEqual(["P9", "P8", "P7", "P6", "P5", "P4"]);
    expect(rankCpns(cpns(many, { quota: 2, shortlistMultiplier: 1 })).skbShortlist).toEqual(["P9", "P8"]);
  });

  it("ranks only shortlisted candidates with an SKB score and names the others", () => {
    const result = rankCpns(
      cpns([
        applicant("A", [100, 110, 150], { skb: 70 }),
        applicant("B", [95, 110, 150]),
        applicant("C", [90, 100, 150], { skb: 90 }),
        applicant("D", [70, 90, 130], { skb: 100 }), // not shortlisted: its SKB score does not count
      ]),
    );
    expect(result.ranking.map((entry) => [entry.id, entry.final, entry.rank])).toEqual([
      ["C", 81.2, 1],
      ["A", 70.8, 2],
    ]);
    expect(result.unranked).toEqual([{ id: "B", reason: "Belum memiliki nilai SKB" }]);
    expect(result.selected).toEqual(["C"]);
  });
});

describe("rankCpns: final score and tie-breaks", () => {
  const wide = { quota: 1, shortlistMultiplier: 10 };

  it("computes 0.4 × SKD/500 × 100 + 0.6 × SKB, printed to 3 decimals", () => {
    const result = rankCpns(cpns([applicant("A", [100, 126, 175], { skb: 77.777 }), applicant("B", [65, 80, 126], { skb: 0 })], wide));
    // 0.08 × 401 + 0.6 × 77.777 = 32.08 + 46.6662 = 78.7462
    expect(result.ranking.map((entry) => [entry.id, entry.final])).toEqual([
      ["A", 78.746],
      ["B", 21.68],
    ]);
  });

  it("compares finals exactly: SKD 315 + SKB 60.2 ties with SKD 300 + SKB 62.2, and SKD decides", () => {
    // In floats the second is 61.32 and the first 61.31999999999999, which would put it first.
    expect(0.4 * (315 / 500) * 100 + 0.6 * 60.2).toBeLessThan(0.4 * (300 / 500) * 100 + 0.6 * 62.2);
    const result = rankCpns(cpns([applicant("LOW", [70, 95, 135], { skb: 62.2 }), applicant("HIGH", [75, 100, 140], { skb: 60.2 })], wide));
    expect(result.ranking.map((entry) => [entry.id, entry.final, entry.rank])).toEqual([
      ["HIGH", 61.32, 1],
      ["LOW", 61.32, 2],
    ]);
  });

  it("breaks an equal final by SKD total, then TKP, then TIU", () => {
    const result = rankCpns(
      cpns(
        [
          applicant("SKD400", [100, 140, 160], { skb: 80 }), // 32 + 48 = 80
          applicant("SKD415", [100, 155, 160], { skb: 78 }), // 33.2 + 46.8 = 80
          applicant("TKP155", [100, 145, 155], { skb: 80 }), // 400, lower TKP
          applicant("TIU130", [110, 130, 160], { skb: 80 }), // 400, TKP 160, lower TIU
        ],
        wide,
      ),
    );
    expect(result.ranking.map((entry) => [entry.id, entry.final, entry.rank])).toEqual([
      ["SKD415", 80, 1],
      ["SKD400", 80, 2],
      ["TIU130", 80, 3],
      ["TKP155", 80, 4],
    ]);
  });

  it("then by GPA, then the older applicant; candidates equal on everything share a rank", () => {
    const result = rankCpns(
      cpns(
        [
          applicant("GPA350", [100, 140, 160], { skb: 80, gpa: 3.5 }),
          applicant("GPA351", [100, 140, 160], { skb: 80, gpa: 3.51 }),
          applicant("YOUNGER", [100, 140, 160], { skb: 80, gpa: 3.5, birthDate: "1995-01-02" }),
          applicant("OLDER", [100, 140, 160], { skb: 80, gpa: 3.5, birthDate: "1994-12-31" }),
          applicant("TWIN", [100, 140, 160], { skb: 80, gpa: 3.5 }),
        ],
        wide,
      ),
    );
    expect(result.ranking.map((entry) => [entry.id, entry.rank])).toEqual([
      ["GPA351", 1],
      ["OLDER", 2],
      ["GPA350", 3],
      ["TWIN", 3],
      ["YOUNGER", 5],
    ]);
    expect(result.selected).toEqual(["GPA351"]);
    expect(result.selectedTieAtCutoff).toBe(false);
  });

  it("selects the first quota, and every candidate equal on all criteria across the quota", () => {
    const twins = [applicant("B", [100, 140, 160], { skb: 80 }), applicant("A", [100, 140, 160], { skb: 80 }), applicant("C", [100, 140, 160], { skb: 70 })];
    const result = rankCpns(cpns(twins, wide));
    expect(result.selected).toEqual(["A", "B"]);
    expect(result.selectedTieAtCutoff).toBe(true);
    expect(rankCpns(cpns(twins, { quota: 2 })).selected).toEqual(["A", "B"]);
    expect(rankCpns(cpns(twins, { quota: 2 })).selectedTieAtCutoff).toBe(false);
  });
});

describe("rankCpns: refuses input it cannot rank", () => {
  it.each([
    [{ quota: 0 }, "quota"],
    [{ thresholds: { TWK: 65, TIU: 80, TKP: 176 } }, "thresholds.TKP"],
    [{ candidates: [applicant("A", [151, 100, 150])] }, "candidates.0.skd.TWK"],
    [{ candidates: [applicant("A", [100, 100, 150], { skb: 80.0001 })] }, "candidates.0.skb"],
    [{ candidates: [applicant("A", [100, 100, 150], { gpa: 4.01 })] }, "candidates.0.gpa"],
    [{ candidates: [applicant("A", [100, 100, 150], { birthDate: "1995-02-29" })] }, "candidates.0.birthDate"],
    [{ candidates: [applicant("A", [100, 100, 150]), applicant("A", [100, 100, 150])] }, "candidates.1.id"],
  ] as [Partial<CpnsRankingInput>, string][])("%j → %s", (override, field) => {
    const run = () => rankCpns(cpns([applicant("A", [100, 110, 150])], override));
    expect(run).toThrow(RankingInputError);
    expect(run).toThrow(new RegExp(`^${field.replace(/\./g, "\\.")}: `));
  });
});
