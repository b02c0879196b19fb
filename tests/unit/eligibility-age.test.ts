import { describe, expect, it } from "vitest";

import {
  type AgeReading,
  type EligibilityCandidate,
  type EligibilityResult,
  type RuleConfig,
  evaluateEligibility,
  lastDateWithinAgeLimit,
  reliesOnExtendedAge,
} from "@/lib/eligibility";

const AGE_MAX: RuleConfig = {
  ruleId: "age_max",
  params: { limit: 56, extendedLimit: 58, extendedLevels: ["JPT_PRATAMA", "JPT_MADYA", "JPT_UTAMA"], extendedRequiresNoMpp: true },
};
const AGE_RANGE: RuleConfig = { ruleId: "age_range", params: { min: 18, max: 35 } };

const ADMINISTRATOR = { title: "Kepala Bagian Umum", level: "ADMINISTRATOR", start: "2010-01-04", end: "2018-12-31" } as const;
const JPT_PRATAMA = { title: "Kepala Dinas Pendidikan", level: "JPT_PRATAMA", start: "2019-01-02", end: null } as const;

function evaluate(
  rule: RuleConfig,
  candidate: EligibilityCandidate,
  referenceDate: string,
  ageReading: AgeReading = "STRICT",
): EligibilityResult & { status: string; reason: string } {
  const result = evaluateEligibility({ rules: [rule], candidate, referenceDate, ageReading });
  const [only] = result.rules;
  if (!only) throw new Error("no rule result");
  return { ...result, status: only.status, reason: only.reason };
}

describe("age_max, base limit 56 (birth 1969-12-01, 56th birthday 2025-12-01)", () => {
  const candidate: EligibilityCandidate = { birthDate: "1969-12-01", positions: [ADMINISTRATOR], noMppStatement: false };

  it.each([
    ["2025-11-30", "pass"],
    ["2025-12-01", "pass"],
    ["2025-12-02", "fail"],
  ])("STRICT reading on %s: %s", (referenceDate, status) => {
    expect(evaluate(AGE_MAX, candidate, referenceDate, "STRICT").status).toBe(status);
  });

  it.each([
    ["2025-12-02", "pass"],
    ["2026-11-30", "pass"],
    ["2026-12-01", "fail"],
    ["2026-12-02", "fail"],
  ])("COMPLETED_YEARS reading on %s: %s", (referenceDate, status) => {
    expect(evaluate(AGE_MAX, candidate, referenceDate, "COMPLETED_YEARS").status).toBe(status);
  });

  it("reports the age, the limit and the reference date", () => {
    const result = evaluate(AGE_MAX, candidate, "2025-12-02");
    expect(result.age).toEqual({ years: 56, months: 0, days: 1, limit: 56 });
    expect(result.reason).toContain("56 tahun 0 bulan 1 hari");
    expect(result.reason).toContain("batas 56 tahun");
    expect(result.reason).toContain("2 Desember 2025");
    expect(result.reason).toContain("1 Desember 2025");
  });

  it("passes at 56 with the last eligible date", () => {
    const result = evaluate(AGE_MAX, candidate, "2025-12-01");
    expect(result.age).toEqual({ years: 56, months: 0, days: 0, limit: 56 });
    expect(result.reason).toContain("sampai dengan 1 Desember 2025");
  });
});

describe("age_max, extended limit 58 (birth 1967-12-01, 58th birthday 2025-12-01)", () => {
  const birthDate = "1967-12-01";

  it("applies 58 to a (former) JPT Pratama with the no-MPP tick, pending the signed statement's verification", () => {
    const result = evaluate(AGE_MAX, { birthDate, positions: [ADMINISTRATOR, JPT_PRATAMA], noMppStatement: true }, "2025-12-01");
    expect(result.status).toBe("pending");
    expect(result.age).toEqual({ years: 58, months: 0, days: 0, limit: 58 });
    expect(result.reason).toContain("tidak melebihi batas 58 tahun");
    expect(result.reason).toContain("menunggu verifikasi surat pernyataan");
  });

  it("counts a past JPT position as 'pernah menduduki'", () => {
    const formerJpt = { ...JPT_PRATAMA, end: "2021-06-30" };
    expect(evaluate(AGE_MAX, { birthDate, positions: [formerJpt], noMppStatement: true }, "2025-12-01").status).toBe("pending");
  });

  it("fails the day after the 58th birthday (STRICT) but not under COMPLETED_YEARS", () => {
    const candidate = { birthDate, positions: [JPT_PRATAMA], noMppStatement: true };
    const strict = evaluate(AGE_MAX, candidate, "2025-12-02", "STRICT");
    expect(strict.status).toBe("fail");
    expect(strict.reason).toContain("melebihi batas 58 tahun");
    expect(strict.age?.limit).toBe(58);
    expect(evaluate(AGE_MAX, candidate, "2025-12-02", "COMPLETED_YEARS").status).toBe("pending");
    expect(evaluate(AGE_MAX, candidate, "2026-12-01", "COMPLETED_YEARS").status).toBe("fail");
  });

  it("keeps 56 for a JPT Pratama without the no-MPP statement", () => {
    const result = evaluate(AGE_MAX, { birthDate, positions: [JPT_PRATAMA], noMppStatement: false }, "2025-12-01");
    expect(result.status).toBe("fail");
    expect(result.age?.limit).toBe(56);
    expect(result.reason).toContain("batas 58 tahun tidak berlaku");
    expect(result.reason).toContain("MPP");
  });

  it("keeps 56 for the no-MPP statement without a JPT position", () => {
    const result = evaluate(AGE_MAX, { birthDate, positions: [ADMINISTRATOR], noMppStatement: true }, "2025-12-01");
    expect(result.status).toBe("fail");
    expect(result.age?.limit).toBe(56);
    expect(result.reason).toContain("belum pernah menduduki");
  });

  it("ignores a JPT position that starts after the reference date", () => {
    const future = { ...JPT_PRATAMA, start: "2026-01-05" };
    expect(evaluate(AGE_MAX, { birthDate, positions: [future], noMppStatement: true }, "2025-12-01").status).toBe("fail");
  });

  it("waits when the data deciding the extension is missing", () => {
    const noStatement = evaluate(AGE_MAX, { birthDate, positions: [JPT_PRATAMA] }, "2025-12-01");
    expect(noStatement.status).toBe("pending");
    expect(noStatement.reason).toContain("pernyataan tidak mengajukan MPP");
    expect(noStatement.age?.limit).toBe(56);
    const noPositions = evaluate(AGE_MAX, { birthDate, noMppStatement: true }, "2025-12-01");
    expect(noPositions.status).toBe("pending");
    expect(noPositions.reason).toContain("riwayat jabatan");
  });

  it("fails above 58 even when the extension data is missing", () => {
    expect(evaluate(AGE_MAX, { birthDate: "1966-08-01" }, "2025-12-01").status).toBe("fail");
  });

  it("passes under 56 whatever the extension data", () => {
    expect(evaluate(AGE_MAX, { birthDate: "1975-03-10" }, "2025-12-01").status).toBe("pass");
  });
});

describe("the 58-year path (#13 item 4): the tick is a declaration, the signed statement decides", () => {
  // 57 years 5 months on the planned reference date 1 Dec 2025; JPT Pratama since 2019.
  const aged57 = { birthDate: "1968-06-15", positions: [ADMINISTRATOR, JPT_PRATAMA] };
  const aged55 = { birthDate: "1970-06-15", positions: [ADMINISTRATOR, JPT_PRATAMA] };
  const request = (candidate: EligibilityCandidate) => ({ rules: [AGE_MAX], candidate, referenceDate: "2025-12-01" });

  it("aged 57 with the tick: pending verification of the statement, which is then required", () => {
    const result = evaluate(AGE_MAX, { ...aged57, noMppStatement: true }, "2025-12-01");
    expect(result.status).toBe("pending");
    expect(result.verdict).toBe("PENDING_VERIFICATION");
    expect(result.reason).toContain("menunggu verifikasi surat pernyataan bersedia tidak mengajukan MPP");
    expect(reliesOnExtendedAge(request({ ...aged57, noMppStatement: true }))).toBe(true);
  });

  it("aged 57 without the tick: fails, and the statement is not asked for", () => {
    const result = evaluate(AGE_MAX, { ...aged57, noMppStatement: false }, "2025-12-01");
    expect(result.status).toBe("fail");
    expect(result.reason).toContain("batas 58 tahun tidak berlaku");
    expect(reliesOnExtendedAge(request({ ...aged57, noMppStatement: false }))).toBe(false);
  });

  it("aged 55: passes on the base limit without the statement, tick or not", () => {
    for (const noMppStatement of [true, false]) {
      expect(evaluate(AGE_MAX, { ...aged55, noMppStatement }, "2025-12-01").status).toBe("pass");
      expect(reliesOnExtendedAge(request({ ...aged55, noMppStatement }))).toBe(false);
    }
  });

  it("a verified statement passes the rule, a failed one fails it", () => {
    const candidate = { ...aged57, noMppStatement: true };
    const decided = (status: "pass" | "fail") =>
      evaluateEligibility({ ...request(candidate), decisions: { age_max: { status } } }).rules[0]?.status;
    expect(decided("pass")).toBe("pass");
    expect(decided("fail")).toBe("fail");
    // A verdict never lifts a candidate who is past 58 or who declared nothing.
    expect(evaluateEligibility({ ...request({ ...aged57, noMppStatement: false }), decisions: { age_max: { status: "pass" } } }).rules[0]?.status).toBe("fail");
  });

  it("aged 59 with the tick: fails, nothing to verify", () => {
    expect(evaluate(AGE_MAX, { birthDate: "1966-06-15", positions: [JPT_PRATAMA], noMppStatement: true }, "2025-12-01").status).toBe("fail");
    expect(reliesOnExtendedAge(request({ birthDate: "1966-06-15", positions: [JPT_PRATAMA], noMppStatement: true }))).toBe(false);
  });
});

describe("age_max, 29 February births", () => {
  const candidate = { birthDate: "1968-02-29", positions: [JPT_PRATAMA], noMppStatement: true };

  it("puts the 58th birthday on 28 February 2026 (STRICT)", () => {
    expect(lastDateWithinAgeLimit("1968-02-29", 58, "STRICT")).toBe("2026-02-28");
    const onBirthday = evaluate(AGE_MAX, candidate, "2026-02-28");
    expect(onBirthday.status).toBe("pending");
    expect(onBirthday.age).toEqual({ years: 58, months: 0, days: 0, limit: 58 });
    expect(evaluate(AGE_MAX, candidate, "2026-03-01").status).toBe("fail");
  });

  it("ends on 27 February 2027 under COMPLETED_YEARS", () => {
    expect(evaluate(AGE_MAX, candidate, "2027-02-27", "COMPLETED_YEARS").status).toBe("pending");
    expect(evaluate(AGE_MAX, candidate, "2027-02-28", "COMPLETED_YEARS").status).toBe("fail");
  });

  it("handles a base limit landing in a non-leap year", () => {
    const rule = { ruleId: "age_max", params: { limit: 57 } };
    expect(evaluate(rule, { birthDate: "1968-02-29" }, "2025-02-28").status).toBe("pass");
    expect(evaluate(rule, { birthDate: "1968-02-29" }, "2025-03-01").status).toBe("fail");
  });
});

describe("age_max, missing or odd birth dates", () => {
  it("waits for a birth date", () => {
    const result = evaluate(AGE_MAX, {}, "2025-12-01");
    expect(result.status).toBe("pending");
    expect(result.reason).toBe("Tanggal lahir belum diisi");
    expect(result.age).toBeNull();
  });

  it("does not trust a birth date after the reference date", () => {
    const result = evaluate(AGE_MAX, { birthDate: "2026-01-01" }, "2025-12-01");
    expect(result.status).toBe("pending");
    expect(result.age).toBeNull();
  });
});

describe("age_range (CPNS 18–35 at the application date)", () => {
  it.each([
    ["2007-12-01", "2025-11-30", "fail"],
    ["2007-12-01", "2025-12-01", "pass"],
    ["2004-02-29", "2022-02-27", "fail"],
    ["2004-02-29", "2022-02-28", "pass"],
    ["1990-12-01", "2025-12-01", "pass"],
    ["1990-12-01", "2025-12-02", "fail"],
  ])("STRICT: born %s, applying %s → %s", (birthDate, referenceDate, status) => {
    expect(evaluate(AGE_RANGE, { birthDate }, referenceDate).status).toBe(status);
  });

  it.each([
    ["1990-12-01", "2026-11-30", "pass"],
    ["1990-12-01", "2026-12-01", "fail"],
    ["2007-12-01", "2025-11-30", "fail"],
  ])("COMPLETED_YEARS: born %s, applying %s → %s", (birthDate, referenceDate, status) => {
    expect(evaluate(AGE_RANGE, { birthDate }, referenceDate, "COMPLETED_YEARS").status).toBe(status);
  });

  it("explains an applicant who is too young", () => {
    const result = evaluate(AGE_RANGE, { birthDate: "2007-12-01" }, "2025-11-30");
    expect(result.reason).toContain("belum mencapai 18 tahun");
    expect(result.reason).toContain("1 Desember 2025");
    expect(result.age).toEqual({ years: 17, months: 11, days: 29, limit: 35 });
  });
});
