// The pure pieces of a CPNS application: the candidate read for a chosen formation, the formation's rules,
// the declarations' wording and the CV's completeness for a non-ASN applicant.
import { describe, expect, it } from "vitest";
import { CPNS_PLACEMENT_STATEMENT, declarationWording } from "@/lib/applications/declarations";
import { evaluateEligibility } from "@/lib/eligibility";
import { checksFormationEducation, rulesForFormation } from "@/lib/eligibility/formation";
import { type ProfileForEligibility, profileToCandidate } from "@/lib/eligibility/profile-candidate";
import { missingPersonalFields, profileCompleteness } from "@/lib/profile/completeness";
import type { StoredPersonalData, StoredRows } from "@/lib/profile/row-tables";
import { seedLine } from "@/tests/fixtures/seed-text";
import { cpnsTestSeed } from "@/tests/factories/cpns";
import { singkawang2025 } from "@/prisma/seed-data/singkawang-2025";

const day = (value: string) => new Date(`${value}T00:00:00.000Z`);
const cpnsRules = cpnsTestSeed("unit").rules.map((rule) => ({ ruleId: rule.ruleId, params: rule.params }));

function nonAsn(overrides: Partial<ProfileForEligibility> = {}): ProfileForEligibility {
  return {
    nip: null,
    birthDate: day("1998-07-01"),
    gender: "F",
    employmentStatus: "NON_ASN",
    institution: null,
    currentRank: null,
    educations: [{ level: "S2" }, { level: "S1" }],
    positions: [],
    appraisals: [],
    hasSevereDiscipline: null,
    underDisciplineExam: null,
    hasCriminalRecord: false,
    ...overrides,
  };
}

describe("a formation's education rule", () => {
  it("checks the chosen formation's list instead of the selection-wide one", () => {
    const rules = rulesForFormation(cpnsRules, ["D3"]);
    expect(rules.find((rule) => rule.ruleId === "education_in_formation")?.params).toEqual({ accepted: ["D3"] });
    // Other rules, and a formation without a list, keep what the selection stores.
    expect(rules.find((rule) => rule.ruleId === "age_range")).toEqual(cpnsRules.find((rule) => rule.ruleId === "age_range"));
    expect(rulesForFormation(cpnsRules, [])).toEqual(cpnsRules);
    expect(checksFormationEducation(cpnsRules)).toBe(true);
    expect(checksFormationEducation(singkawang2025.rules.map((rule) => ({ ruleId: rule.ruleId, params: rule.params })))).toBe(false);
  });

  it("reads an S1 + S2 holder as S1 for an S1 formation, and fails her for a D3 one with the reason", () => {
    const evaluate = (formation: string[]) =>
      evaluateEligibility({
        rules: rulesForFormation(cpnsRules, formation),
        candidate: profileToCandidate(nonAsn(), { formationEducation: formation as never }),
        referenceDate: "2026-12-05",
      });
    const s1 = evaluate(["S1"]);
    expect(s1.rules.find((rule) => rule.id === "education_in_formation")).toMatchObject({ status: "pass" });
    expect(s1.verdict).toBe("ELIGIBLE");
    const d3 = evaluate(["D3"]);
    expect(d3.rules.find((rule) => rule.id === "education_in_formation")).toMatchObject({ status: "fail", reason: expect.stringContaining("tidak sesuai kualifikasi formasi") });
    expect(d3.verdict).toBe("NOT_ELIGIBLE");
    // Without a formation the highest level is reported, as for JPT.
    expect(profileToCandidate(nonAsn()).education).toBe("S2");
  });

  it("gives a PNS the not_civil_servant verdict with its reason", () => {
    const result = evaluateEligibility({
      rules: rulesForFormation(cpnsRules, ["S1"]),
      candidate: profileToCandidate(nonAsn({ employmentStatus: "PNS", nip: "199807012020122001" }), { formationEducation: ["S1"] }),
      referenceDate: "2026-12-05",
    });
    expect(result.verdict).toBe("NOT_ELIGIBLE");
    expect(result.rules.find((rule) => rule.id === "not_civil_servant")).toMatchObject({ status: "fail", reason: "Berstatus PNS; PNS tidak dapat mendaftar sebagai CPNS" });
  });
});

describe("a non-ASN applicant against a JPT selection", () => {
  it("fails clearly (not a PNS, no position), instead of waiting for rows that cannot exist", () => {
    const result = evaluateEligibility({
      rules: singkawang2025.rules.map((rule) => ({ ruleId: rule.ruleId, params: rule.params })),
      candidate: profileToCandidate(nonAsn(), { noMppStatement: false }),
      referenceDate: "2025-12-01",
    });
    expect(result.verdict).toBe("NOT_ELIGIBLE");
    expect(result.rules.find((rule) => rule.id === "pns_status")).toMatchObject({ status: "fail" });
    expect(result.rules.find((rule) => rule.id === "position_experience")).toMatchObject({ status: "fail", reason: expect.stringContaining("Belum pernah menduduki") });
  });
});

describe("declarations by regime", () => {
  it("words the CPNS placement statement as the seed does, without the JPT no-MPP statement", () => {
    const wording = declarationWording("CPNS", cpnsRules);
    expect(seedLine("sawahlunto", CPNS_PLACEMENT_STATEMENT)).toContain(`${CPNS_PLACEMENT_STATEMENT};`);
    expect(wording.reside).toContain(CPNS_PLACEMENT_STATEMENT);
    expect(wording.offersNoMpp).toBe(false);
  });

  it("keeps the JPT wording and the no-MPP path the Singkawang age rule has", () => {
    const wording = declarationWording("JPT_PRATAMA", singkawang2025.rules.map((rule) => ({ ruleId: rule.ruleId, params: rule.params })));
    expect(wording.reside).toContain("Lampiran VIII");
    expect(wording.offersNoMpp).toBe(true);
  });
});

describe("the CV's completeness for a non-ASN applicant", () => {
  const rows: StoredRows = { ranks: [], positions: [], educations: [], trainings: [], assignments: [], achievements: [], publications: [], organizations: [], family: [], appraisals: [] };
  const personal: StoredPersonalData = {
    fullName: "Rina Kartika, S.Kom.",
    birthPlace: "Sawahlunto",
    birthDate: "1998-07-01",
    gender: "F",
    religion: "Islam",
    maritalStatus: "Belum Kawin",
    childrenCount: 0,
    address: "Jl. Soekarno-Hatta 2",
    phone: "081277665544",
    nik: "1373024107980003",
    npwp: "123456789012345",
    employmentStatus: "NON_ASN",
    institutionId: null,
    unitKerja: null,
    currentRank: null,
    tmtCpns: null,
    currentPositionTitle: null,
    hasSevereDiscipline: null,
    underDisciplineExam: null,
    hasCriminalRecord: false,
  };

  it("asks no rank, position, instansi or appraisal of her", () => {
    expect(missingPersonalFields(personal)).toEqual([]);
    const result = profileCompleteness({ personal, rows: { ...rows, educations: [{ id: "e", level: "S1", major: "Informatika", institutionName: "Universitas Andalas", diplomaNumber: null, graduationYear: 2020, diplomaDate: "2020-10-01", gpa: 3.4, accreditation: "UNGGUL" }] } });
    expect(result.sections.filter((section) => section.isRequired).map((section) => section.key)).toEqual(["personal", "educations"]);
    expect(result).toMatchObject({ requiredFilled: 2, requiredTotal: 2 });
  });

  it("still asks them of a PNS, and of a CV whose status is not given yet", () => {
    expect(missingPersonalFields({ ...personal, employmentStatus: "PNS" })).toContain("Pangkat/golongan ruang");
    expect(profileCompleteness({ personal: { ...personal, employmentStatus: null }, rows }).requiredTotal).toBe(5);
  });
});
