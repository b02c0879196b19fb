import { describe, expect, it } from "vitest";

import {
  EligibilityConfigError,
  type EligibilityCandidate,
  type ExternalDecision,
  RULE_CATALOG,
  RULE_IDS,
  RULE_PARAM_SCHEMAS,
  type RuleConfig,
  evaluateEligibility,
  validateRuleConfig,
} from "@/lib/eligibility";
import { CONTRACT_CANDIDATE } from "../fixtures/eligibility-contract";

// The Singkawang 2025 rules as the seed stores them (DOMAIN.md, CONTRACTS.md).
const SINGKAWANG_RULES: RuleConfig[] = [
  { ruleId: "pns_status", params: { allowed: ["PNS"] } },
  { ruleId: "region_scope", params: { regionCodes: ["61"] } },
  { ruleId: "education_min", params: { minimum: "S1" } },
  {
    ruleId: "age_max",
    params: { limit: 56, extendedLimit: 58, extendedLevels: ["JPT_PRATAMA", "JPT_MADYA", "JPT_UTAMA"], extendedRequiresNoMpp: true },
  },
  { ruleId: "nip_consistency", params: {} },
  { ruleId: "rank_min", params: { minimum: "IV/b" } },
  {
    ruleId: "position_experience",
    params: { levels: ["ADMINISTRATOR", "JPT_PRATAMA", "JPT_MADYA", "JPT_UTAMA", "JF_AHLI_MADYA", "JF_AHLI_UTAMA"], minYears: 2 },
  },
  { ruleId: "competency", params: { decidedBy: "PANSEL" } },
  { ruleId: "track_record", params: { decidedBy: "PANSEL" } },
  { ruleId: "performance_rating", params: { years: 2 } },
  { ruleId: "discipline", params: {} },
  { ruleId: "criminal_record", params: {} },
  { ruleId: "health", params: { decidedBy: "DOCUMENT", documentNumbers: [14, 15] } },
  { ruleId: "drug_free", params: { decidedBy: "DOCUMENT", documentNumbers: [16] } },
  { ruleId: "lhkpn", params: { decidedBy: "DOCUMENT", documentNumbers: [10] } },
  { ruleId: "spt", params: { decidedBy: "DOCUMENT", documentNumbers: [11] } },
  { ruleId: "outside_ppk_approval", params: { organiserRegionCode: "6172", organiserName: "Pemerintah Kota Singkawang" } },
  { ruleId: "willingness", params: { decidedBy: "DECLARATION" } },
];

const CONTRACT_EXAMPLE: EligibilityCandidate = CONTRACT_CANDIDATE;

/** The example candidate, ten years younger: meets every data rule. */
const QUALIFIED: EligibilityCandidate = {
  ...CONTRACT_EXAMPLE,
  nip: "197608011998031001",
  birthDate: "1976-08-01",
};

const ALL_VERIFIED: Record<string, ExternalDecision> = Object.fromEntries(
  ["competency", "track_record", "discipline", "criminal_record", "health", "drug_free", "lhkpn", "spt", "willingness"].map(
    (id) => [id, { status: "pass" }],
  ),
);

function ruleOf(ruleId: string): RuleConfig {
  const rule = SINGKAWANG_RULES.find((candidate) => candidate.ruleId === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return rule;
}

function evaluate(
  rule: RuleConfig | string,
  candidate: EligibilityCandidate,
  options: { referenceDate?: string; decisions?: Record<string, ExternalDecision> } = {},
) {
  const config = typeof rule === "string" ? ruleOf(rule) : rule;
  const result = evaluateEligibility({
    rules: [config],
    candidate,
    referenceDate: options.referenceDate ?? "2025-12-01",
    decisions: options.decisions,
  });
  const [only] = result.rules;
  if (!only) throw new Error("no rule result");
  return only;
}

describe("the contract example", () => {
  const result = evaluateEligibility({ rules: SINGKAWANG_RULES, candidate: CONTRACT_EXAMPLE, referenceDate: "2025-12-01" });

  it("is not eligible because of age 59 against limit 56", () => {
    expect(result.verdict).toBe("NOT_ELIGIBLE");
    expect(result.referenceDate).toBe("2025-12-01");
    expect(result.age).toEqual({ years: 59, months: 4, days: 0, limit: 56 });
    const ageRule = result.rules.find((rule) => rule.id === "age_max");
    expect(ageRule?.status).toBe("fail");
    expect(ageRule?.reason).toContain("59 tahun 4 bulan 0 hari");
    expect(ageRule?.reason).toContain("56 tahun");
    expect(ageRule?.reason).toContain("1 Desember 2025");
  });

  it("lists every configured rule once, in order", () => {
    expect(result.rules.map((rule) => rule.id)).toEqual(SINGKAWANG_RULES.map((rule) => rule.ruleId));
  });

  it("fails nothing else", () => {
    const failed = result.rules.filter((rule) => rule.status === "fail").map((rule) => rule.id);
    expect(failed).toEqual(["age_max"]);
  });
});

describe("verdict", () => {
  it("is PENDING_VERIFICATION while documents are unverified", () => {
    const result = evaluateEligibility({ rules: SINGKAWANG_RULES, candidate: QUALIFIED, referenceDate: "2025-12-01" });
    expect(result.verdict).toBe("PENDING_VERIFICATION");
    expect(result.age).toEqual({ years: 49, months: 4, days: 0, limit: 56 });
    expect(result.rules.filter((rule) => rule.status === "fail")).toEqual([]);
  });

  it("is ELIGIBLE once every pending rule is decided as pass", () => {
    const result = evaluateEligibility({
      rules: SINGKAWANG_RULES,
      candidate: QUALIFIED,
      referenceDate: "2025-12-01",
      decisions: ALL_VERIFIED,
    });
    expect(result.verdict).toBe("ELIGIBLE");
    expect(result.rules.every((rule) => rule.status === "pass")).toBe(true);
  });

  it("is NOT_ELIGIBLE when a decision fails a pending rule", () => {
    const result = evaluateEligibility({
      rules: SINGKAWANG_RULES,
      candidate: QUALIFIED,
      referenceDate: "2025-12-01",
      decisions: { ...ALL_VERIFIED, health: { status: "fail", reason: "Surat keterangan sehat bukan dari rumah sakit pemerintah" } },
    });
    expect(result.verdict).toBe("NOT_ELIGIBLE");
    expect(result.rules.find((rule) => rule.id === "health")).toEqual({
      id: "health",
      status: "fail",
      reason: "Surat keterangan sehat bukan dari rumah sakit pemerintah",
    });
  });

  it("is PENDING_VERIFICATION for an empty candidate, each reason naming what is missing", () => {
    const result = evaluateEligibility({ rules: SINGKAWANG_RULES, candidate: {}, referenceDate: "2025-12-01" });
    expect(result.verdict).toBe("PENDING_VERIFICATION");
    expect(result.age).toBeNull();
    expect(result.rules.every((rule) => rule.status === "pending")).toBe(true);
    const reasons = Object.fromEntries(result.rules.map((rule) => [rule.id, rule.reason]));
    expect(reasons.age_max).toBe("Tanggal lahir belum diisi");
    expect(reasons.rank_min).toBe("Pangkat/golongan belum diisi");
    expect(reasons.nip_consistency).toBe("NIP belum diisi");
  });

  it("reports no age limit when no age rule is configured", () => {
    const result = evaluateEligibility({ rules: [ruleOf("rank_min")], candidate: QUALIFIED, referenceDate: "2025-12-01" });
    expect(result.age).toEqual({ years: 49, months: 4, days: 0, limit: null });
  });
});

describe("decisions", () => {
  it("never overturn a computed fail", () => {
    const result = evaluate("criminal_record", { criminalConviction: true }, { decisions: { criminal_record: { status: "pass" } } });
    expect(result.status).toBe("fail");
  });

  it("never overturn a computed pass", () => {
    const result = evaluate("rank_min", { rank: "IV/c" }, { decisions: { rank_min: { status: "fail" } } });
    expect(result.status).toBe("pass");
  });

  it("give a default reason when none is given", () => {
    const result = evaluate("lhkpn", {}, { decisions: { lhkpn: { status: "pass" } } });
    expect(result).toEqual({ id: "lhkpn", status: "pass", reason: "Memenuhi syarat berdasarkan hasil verifikasi" });
  });
});

describe("configuration", () => {
  it("keeps an unknown rule pending instead of dropping or passing it", () => {
    const result = evaluateEligibility({
      rules: [ruleOf("rank_min"), { ruleId: "masa_kerja", params: {} }],
      candidate: { rank: "IV/b" },
      referenceDate: "2025-12-01",
    });
    expect(result.verdict).toBe("PENDING_VERIFICATION");
    expect(result.rules[1]?.status).toBe("pending");
    expect(result.rules[1]?.reason.toLowerCase()).toContain("aturan tidak dikenal");
  });

  it.each([
    ["rank_min", { minimum: "IV/f" }],
    ["region_scope", { regionCode: ["61"] }],
    ["region_scope", { regionCodes: [] }],
    ["age_max", { extendedLimit: 58 }],
    ["age_max", { limit: 56, extendedLimit: 58 }],
    ["age_max", { limit: 58, extendedLimit: 56, extendedLevels: ["JPT_PRATAMA"], extendedRequiresNoMpp: true }],
    ["position_experience", { levels: ["ADMINISTRATOR"], minYears: 1.5 }],
    ["health", { decidedBy: "RUMAH_SAKIT" }],
    ["age_range", { min: 36, max: 35 }],
  ])("throws on invalid params of %s: %j", (ruleId, params) => {
    const run = () => evaluateEligibility({ rules: [{ ruleId, params }], candidate: {}, referenceDate: "2025-12-01" });
    expect(run).toThrow(EligibilityConfigError);
    expect(run).toThrow(`"${ruleId}"`);
  });

  it("throws on a rule configured twice", () => {
    expect(() => validateRuleConfig([ruleOf("rank_min"), ruleOf("rank_min")])).toThrow(EligibilityConfigError);
  });

  it("throws on an invalid reference date", () => {
    expect(() => evaluateEligibility({ rules: [], candidate: {}, referenceDate: "2025-02-29" })).toThrow(EligibilityConfigError);
  });

  it("accepts every Singkawang rule", () => {
    expect(validateRuleConfig(SINGKAWANG_RULES)).toEqual({ unknownRuleIds: [] });
  });

  it("has a label and a params schema for every rule id", () => {
    expect(Object.keys(RULE_PARAM_SCHEMAS).sort()).toEqual([...RULE_IDS].sort());
    expect(Object.keys(RULE_CATALOG).sort()).toEqual([...RULE_IDS].sort());
    expect(RULE_CATALOG.age_max.label).toBe("Batas usia");
  });
});

describe("pns_status", () => {
  it.each([
    ["PNS", "pass"],
    ["PPPK", "fail"],
    ["NON_ASN", "fail"],
  ] as const)("%s → %s", (employmentStatus, status) => {
    expect(evaluate("pns_status", { employmentStatus }).status).toBe(status);
  });

  it("waits for the status", () => {
    expect(evaluate("pns_status", {}).status).toBe("pending");
  });
});

describe("region_scope", () => {
  it.each([
    ["6172", "pass"],
    ["61", "pass"],
    ["6101", "pass"],
    ["62", "fail"],
    ["6271", "fail"],
    ["1661", "fail"],
  ])("region %s → %s", (regionCode, status) => {
    expect(evaluate("region_scope", { instansi: { regionCode } }).status).toBe(status);
  });

  it("waits for the region code", () => {
    expect(evaluate("region_scope", {}).status).toBe("pending");
    expect(evaluate("region_scope", { instansi: { name: "Pemerintah Kabupaten Sambas" } }).status).toBe("pending");
  });

  it("accepts any of several scopes", () => {
    const rule = { ruleId: "region_scope", params: { regionCodes: ["61", "62"] } };
    expect(evaluate(rule, { instansi: { regionCode: "6271" } }).status).toBe("pass");
    expect(evaluate(rule, { instansi: { regionCode: "6371" } }).status).toBe("fail");
  });
});

describe("education_min", () => {
  it.each([
    ["D3", "fail"],
    ["D4", "pass"],
    ["S1", "pass"],
    ["S2", "pass"],
    ["SMA", "fail"],
  ] as const)("%s → %s", (education, status) => {
    expect(evaluate("education_min", { education }).status).toBe(status);
  });

  it("names both the level and the minimum", () => {
    expect(evaluate("education_min", { education: "D3" }).reason).toBe(
      "Pendidikan Diploma III (D-III) di bawah minimal Sarjana (S-1) atau Diploma IV (D-IV)",
    );
  });

  it("treats D4 and S1 as equal in both directions", () => {
    const minimumD4 = { ruleId: "education_min", params: { minimum: "D4" } };
    expect(evaluate(minimumD4, { education: "S1" }).status).toBe("pass");
  });
});

describe("rank_min", () => {
  it("fails IV/a and passes IV/b", () => {
    const below = evaluate("rank_min", { rank: "IV/a" });
    expect(below.status).toBe("fail");
    expect(below.reason).toBe("Pangkat Pembina (IV/a) di bawah minimal Pembina Tingkat I (IV/b)");
    expect(evaluate("rank_min", { rank: "IV/b" }).status).toBe("pass");
    expect(evaluate("rank_min", { rank: "IV/c" }).status).toBe("pass");
    expect(evaluate("rank_min", { rank: "III/d" }).reason).toContain("Penata Tingkat I (III/d)");
  });
});

describe("nip_consistency", () => {
  const base = { nip: "196608011988031001", birthDate: "1966-08-01", gender: "M" } as const;

  it("passes a NIP that matches", () => {
    expect(evaluate("nip_consistency", base).status).toBe("pass");
  });

  it("sends a birth date mismatch to manual review, never fails it", () => {
    const result = evaluate("nip_consistency", { ...base, birthDate: "1966-08-02" });
    expect(result.status).toBe("pending");
    expect(result.reason).toContain("1 Agustus 1966");
    expect(result.reason).toContain("2 Agustus 1966");
    expect(result.reason).toContain("pemeriksaan manual");
  });

  it("sends a gender mismatch to manual review", () => {
    const result = evaluate("nip_consistency", { ...base, gender: "F" });
    expect(result.status).toBe("pending");
    expect(result.reason).toContain("Jenis kelamin pada NIP (laki-laki) berbeda dengan yang diisi (perempuan)");
  });

  it("sends an unparsable NIP to manual review", () => {
    const result = evaluate("nip_consistency", { ...base, nip: "19660801198803" });
    expect(result.status).toBe("pending");
    expect(result.reason).toContain("NIP harus 18 digit angka");
  });

  it("waits for the data to compare", () => {
    expect(evaluate("nip_consistency", { nip: base.nip }).reason).toContain("belum diisi");
    expect(evaluate("nip_consistency", { birthDate: base.birthDate, gender: "M" }).status).toBe("pending");
  });
});

describe("performance_rating", () => {
  const good = (year: number) => ({ year, allElementsAtLeastGood: true });

  it("needs the two calendar years before the reference year", () => {
    expect(evaluate("performance_rating", { performance: [good(2023), good(2024)] }).status).toBe("pass");
    const missing = evaluate("performance_rating", { performance: [good(2022), good(2023)] });
    expect(missing.status).toBe("pending");
    expect(missing.reason).toBe("Penilaian prestasi kerja tahun 2024 belum diisi");
  });

  it("moves with the reference date", () => {
    const result = evaluate("performance_rating", { performance: [good(2023), good(2024)] }, { referenceDate: "2026-01-15" });
    expect(result.status).toBe("pending");
    expect(result.reason).toContain("2025");
  });

  it("fails a year below good even if another is missing", () => {
    const result = evaluate("performance_rating", { performance: [{ year: 2023, allElementsAtLeastGood: false }] });
    expect(result.status).toBe("fail");
    expect(result.reason).toContain("2023");
  });

  it("waits when nothing is entered", () => {
    expect(evaluate("performance_rating", {}).reason).toBe("Penilaian prestasi kerja tahun 2023 dan 2024 belum diisi");
  });
});

describe("discipline and criminal_record", () => {
  it("fails a moderate/severe punishment or an ongoing examination", () => {
    expect(evaluate("discipline", { discipline: { moderateOrSevere: true, underExamination: false } }).status).toBe("fail");
    const examined = evaluate("discipline", { discipline: { moderateOrSevere: false, underExamination: true } });
    expect(examined.status).toBe("fail");
    expect(examined.reason).toContain("pemeriksaan");
  });

  it("keeps a clean declaration pending until verified", () => {
    const clean = { discipline: { moderateOrSevere: false, underExamination: false } };
    const unverified = evaluate("discipline", clean);
    expect(unverified.status).toBe("pending");
    expect(unverified.reason).toContain("menunggu verifikasi surat pernyataan");
    expect(evaluate("discipline", clean, { decisions: { discipline: { status: "pass" } } }).status).toBe("pass");
  });

  it("waits for incomplete discipline data", () => {
    expect(evaluate("discipline", {}).status).toBe("pending");
    expect(evaluate("discipline", { discipline: { moderateOrSevere: false } }).reason).toContain("belum diisi");
  });

  it("fails a conviction and keeps a clean declaration pending", () => {
    expect(evaluate("criminal_record", { criminalConviction: true }).status).toBe("fail");
    const declared = evaluate("criminal_record", { criminalConviction: false });
    expect(declared.status).toBe("pending");
    expect(declared.reason).toContain("menunggu verifikasi surat pernyataan");
    expect(evaluate("criminal_record", {}).status).toBe("pending");
  });
});

describe("outside_ppk_approval", () => {
  it("does not require approval from the organiser's own PNS", () => {
    expect(evaluate("outside_ppk_approval", { instansi: { regionCode: "6172" } }).status).toBe("pass");
  });

  it("waits for the approval letter of anyone else, including the province", () => {
    for (const regionCode of ["61", "6101", "6171"]) {
      const result = evaluate("outside_ppk_approval", { instansi: { regionCode } });
      expect(result.status).toBe("pending");
      expect(result.reason).toContain("Pemerintah Kota Singkawang");
    }
  });

  it("is settled by the secretariat's decision", () => {
    const outside = { instansi: { regionCode: "6101" } };
    expect(evaluate("outside_ppk_approval", outside, { decisions: { outside_ppk_approval: { status: "pass" } } }).status).toBe("pass");
    expect(evaluate("outside_ppk_approval", outside, { decisions: { outside_ppk_approval: { status: "fail" } } }).status).toBe("fail");
  });

  it("waits when the instansi is missing", () => {
    expect(evaluate("outside_ppk_approval", {}).status).toBe("pending");
  });
});

describe("rules decided by documents, the Pansel or a declaration", () => {
  it("stay pending and say who decides", () => {
    expect(evaluate("health", QUALIFIED).reason).toContain("nomor 14 dan 15");
    expect(evaluate("competency", QUALIFIED).reason).toContain("Panitia Seleksi");
    expect(evaluate("willingness", QUALIFIED).reason).toContain("surat pernyataan");
    for (const id of ["competency", "track_record", "health", "drug_free", "lhkpn", "spt", "willingness"]) {
      expect(evaluate(id, QUALIFIED).status).toBe("pending");
    }
  });
});

describe("CPNS rules", () => {
  it("not_civil_servant rejects only PNS", () => {
    const rule = { ruleId: "not_civil_servant", params: {} };
    expect(evaluate(rule, { employmentStatus: "PNS" }).status).toBe("fail");
    expect(evaluate(rule, { employmentStatus: "PPPK" }).status).toBe("pass");
    expect(evaluate(rule, { employmentStatus: "NON_ASN" }).status).toBe("pass");
    expect(evaluate(rule, {}).status).toBe("pending");
  });

  it("education_in_formation accepts only the listed levels", () => {
    const rule = { ruleId: "education_in_formation", params: { accepted: ["S1", "D4"] } };
    expect(evaluate(rule, { education: "S1" }).status).toBe("pass");
    expect(evaluate(rule, { education: "D4" }).status).toBe("pass");
    expect(evaluate(rule, { education: "D3" }).status).toBe("fail");
    expect(evaluate(rule, { education: "S2" }).status).toBe("fail");
    expect(evaluate(rule, {}).status).toBe("pending");
  });
});
