import { describe, expect, it } from "vitest";

import { type EligibilityCandidate, evaluateEligibility, mergePeriods } from "@/lib/eligibility";

const RULE = {
  ruleId: "position_experience",
  params: {
    levels: ["ADMINISTRATOR", "JPT_PRATAMA", "JPT_MADYA", "JPT_UTAMA", "JF_AHLI_MADYA", "JF_AHLI_UTAMA"],
    minYears: 2,
  },
};
const REFERENCE = "2025-12-01";

type Positions = NonNullable<EligibilityCandidate["positions"]>;

function evaluate(positions: Positions | undefined, referenceDate = REFERENCE) {
  const result = evaluateEligibility({ rules: [RULE], candidate: { positions }, referenceDate });
  const [only] = result.rules;
  if (!only) throw new Error("no rule result");
  return only;
}

describe("position_experience, one period", () => {
  it("passes an open period of exactly 2 years", () => {
    const result = evaluate([{ level: "ADMINISTRATOR", start: "2023-12-01", end: null }]);
    expect(result.status).toBe("pass");
    expect(result.reason).toContain("2 tahun 0 bulan 0 hari");
  });

  it("fails an open period of 1 year 11 months 29 days", () => {
    const result = evaluate([{ level: "ADMINISTRATOR", start: "2023-12-02", end: null }]);
    expect(result.status).toBe("fail");
    expect(result.reason).toContain("1 tahun 11 bulan 29 hari");
    expect(result.reason).toContain("kurang dari minimal 2 tahun");
  });

  it("treats an absent end like null (current position)", () => {
    expect(evaluate([{ level: "JF_AHLI_MADYA", start: "2023-12-01" }]).status).toBe("pass");
  });

  it("counts a closed period up to its end date", () => {
    expect(evaluate([{ level: "ADMINISTRATOR", start: "2020-01-01", end: "2021-12-31" }]).status).toBe("fail");
    expect(evaluate([{ level: "ADMINISTRATOR", start: "2020-01-01", end: "2022-01-01" }]).status).toBe("pass");
  });

  it("cuts a period at the reference date", () => {
    const result = evaluate([{ level: "ADMINISTRATOR", start: "2023-12-02", end: "2026-06-30" }]);
    expect(result.status).toBe("fail");
    expect(result.reason).toContain("1 tahun 11 bulan 29 hari");
  });
});

describe("position_experience, several periods", () => {
  it("does not count overlapping time twice", () => {
    // Summed separately these are 1 y 5 m + 11 m; merged they cover 1 y 11 m.
    const overlapping: Positions = [
      { level: "ADMINISTRATOR", start: "2022-01-01", end: "2023-06-01" },
      { level: "JF_AHLI_MADYA", start: "2023-01-01", end: "2023-12-01" },
    ];
    const result = evaluate(overlapping);
    expect(result.status).toBe("fail");
    expect(result.reason).toContain("1 tahun 11 bulan 0 hari");
  });

  it("passes overlapping periods that cover 2 years", () => {
    const result = evaluate([
      { level: "JF_AHLI_MADYA", start: "2023-01-01", end: "2024-01-01" },
      { level: "ADMINISTRATOR", start: "2022-01-01", end: "2023-06-01" },
    ]);
    expect(result.status).toBe("pass");
    expect(result.reason).toContain("Administrator dan Jabatan Fungsional Ahli Madya");
  });

  it("joins posts listed as last day / next day", () => {
    const result = evaluate([
      { level: "ADMINISTRATOR", start: "2021-01-01", end: "2022-01-01" },
      { level: "ADMINISTRATOR", start: "2022-01-02", end: "2023-01-01" },
    ]);
    expect(result.status).toBe("pass");
    expect(result.reason).toContain("2 tahun 0 bulan 0 hari");
  });

  it("adds separate periods day by day from the earliest start", () => {
    // 365 days in 2018 plus 365 days up to the reference date: 2018-01-01 + 730 days = 2020-01-01.
    const exactlyTwoYears = evaluate([
      { level: "ADMINISTRATOR", start: "2018-01-01", end: "2019-01-01" },
      { level: "JPT_PRATAMA", start: "2024-12-01", end: null },
    ]);
    expect(exactlyTwoYears.status).toBe("pass");
    const oneDayShort = evaluate([
      { level: "ADMINISTRATOR", start: "2018-01-01", end: "2019-01-01" },
      { level: "JPT_PRATAMA", start: "2024-12-02", end: null },
    ]);
    expect(oneDayShort.status).toBe("fail");
    expect(oneDayShort.reason).toContain("1 tahun 11 bulan 30 hari");
  });

  it("ignores levels below administrator and JF below ahli madya", () => {
    const result = evaluate([
      { level: "PENGAWAS", start: "2010-01-01", end: "2020-01-01" },
      { level: "JF_AHLI_MUDA", start: "2020-01-01", end: null },
    ]);
    expect(result.status).toBe("fail");
    expect(result.reason).toContain("Belum pernah menduduki jabatan Administrator");
  });

  it("ignores a position that starts after the reference date", () => {
    expect(evaluate([{ level: "JPT_PRATAMA", start: "2026-01-02", end: null }]).status).toBe("fail");
  });
});

describe("position_experience, missing data", () => {
  it("waits for a position history", () => {
    const result = evaluate(undefined);
    expect(result.status).toBe("pending");
    expect(result.reason).toBe("Riwayat jabatan belum diisi");
  });

  it("fails an explicitly empty history", () => {
    expect(evaluate([]).status).toBe("fail");
  });
});

describe("mergePeriods", () => {
  it("merges overlaps, touching and one-day gaps, keeps real gaps", () => {
    expect(
      mergePeriods([
        { start: "2020-06-01", end: "2020-09-01" },
        { start: "2020-01-01", end: "2020-07-01" },
        { start: "2020-09-02", end: "2020-10-01" },
        { start: "2020-10-03", end: "2020-11-01" },
        { start: "2020-10-10", end: "2020-10-20" },
      ]),
    ).toEqual([
      { start: "2020-01-01", end: "2020-10-01" },
      { start: "2020-10-03", end: "2020-11-01" },
    ]);
  });
});
