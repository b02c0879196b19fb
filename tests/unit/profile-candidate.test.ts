import { describe, expect, it } from "vitest";

import { evaluateEligibility } from "@/lib/eligibility";
import { type ProfileForEligibility, highestEducation, profileToCandidate } from "@/lib/eligibility/profile-candidate";
import { eligibilityCandidateSchema } from "@/lib/validation/eligibility-input";
import { singkawang2025 } from "@/prisma/seed-data/singkawang-2025";

// @db.Date values arrive from Prisma as UTC midnight.
const day = (value: string) => new Date(`${value}T00:00:00.000Z`);

function profile(overrides: Partial<ProfileForEligibility> = {}): ProfileForEligibility {
  return {
    nip: "196608011988031001",
    birthDate: day("1966-08-01"),
    gender: "M",
    employmentStatus: "PNS",
    institution: { name: "Pemerintah Kota Singkawang", regionCode: "6172" },
    currentRank: "IV/b",
    educations: [{ level: "S1" }, { level: "S2" }, { level: "SMA" }],
    positions: [
      { title: "Kepala Bagian Umum", level: "ADMINISTRATOR", startDate: day("2019-01-02"), endDate: null },
      { title: "Kepala Subbagian Tata Usaha", level: "PENGAWAS", startDate: day("2014-03-01"), endDate: day("2019-01-01") },
    ],
    appraisals: [
      { year: 2023, allElementsAtLeastGood: true },
      { year: 2024, allElementsAtLeastGood: true },
    ],
    hasSevereDiscipline: false,
    underDisciplineExam: false,
    hasCriminalRecord: false,
    ...overrides,
  };
}

const emptyProfile = profile({
  nip: null,
  birthDate: null,
  gender: null,
  employmentStatus: null,
  institution: null,
  currentRank: null,
  educations: [],
  positions: [],
  appraisals: [],
  hasSevereDiscipline: null,
  underDisciplineExam: null,
  hasCriminalRecord: null,
});

describe("profileToCandidate", () => {
  it("maps a complete CV to the contract's candidate shape", () => {
    const candidate = profileToCandidate(profile(), { noMppStatement: false });
    expect(candidate).toEqual({
      nip: "196608011988031001",
      birthDate: "1966-08-01",
      gender: "M",
      employmentStatus: "PNS",
      instansi: { name: "Pemerintah Kota Singkawang", regionCode: "6172" },
      education: "S2",
      rank: "IV/b",
      positions: [
        { title: "Kepala Bagian Umum", level: "ADMINISTRATOR", start: "2019-01-02", end: null },
        { title: "Kepala Subbagian Tata Usaha", level: "PENGAWAS", start: "2014-03-01", end: "2019-01-01" },
      ],
      noMppStatement: false,
      performance: [
        { year: 2023, allElementsAtLeastGood: true },
        { year: 2024, allElementsAtLeastGood: true },
      ],
      discipline: { moderateOrSevere: false, underExamination: false },
      criminalConviction: false,
    });
    // What it produces is valid input for the CLI and the engine alike.
    expect(eligibilityCandidateSchema.safeParse(candidate).success).toBe(true);
  });

  it("reads @db.Date values as calendar dates without a time-zone shift", () => {
    const candidate = profileToCandidate(profile({ birthDate: day("1972-02-29") }));
    expect(candidate.birthDate).toBe("1972-02-29");
  });

  it("leaves every unknown field out, so the rules wait instead of deciding", () => {
    const candidate = profileToCandidate(emptyProfile);
    expect(candidate).toEqual({});

    const result = evaluateEligibility({
      rules: singkawang2025.rules.map(({ ruleId, params }) => ({ ruleId, params })),
      referenceDate: "2025-12-01",
      candidate,
    });
    expect(result.verdict).toBe("PENDING_VERIFICATION");
    expect(result.rules.every((rule) => rule.status === "pending")).toBe(true);
    expect(result.age).toBeNull();
  });

  it("adds the no-MPP statement only when it is given", () => {
    expect(profileToCandidate(profile())).not.toHaveProperty("noMppStatement");
    expect(profileToCandidate(profile(), { noMppStatement: true }).noMppStatement).toBe(true);
  });

  it("drops JF_OTHER positions; only JF_OTHER left is an empty history, not an unknown one", () => {
    const mixed = profileToCandidate(
      profile({
        positions: [
          { title: "Pranata Komputer Terampil", level: "JF_OTHER", startDate: day("2010-01-01"), endDate: day("2014-02-28") },
          { title: "Kepala Bagian Umum", level: "ADMINISTRATOR", startDate: day("2019-01-02"), endDate: null },
        ],
      }),
    );
    expect(mixed.positions?.map((position) => position.level)).toEqual(["ADMINISTRATOR"]);

    const onlyOther = profileToCandidate(
      profile({ positions: [{ title: "Pengelola Arsip", level: "JF_OTHER", startDate: day("2010-01-01"), endDate: null }] }),
    );
    expect(onlyOther.positions).toEqual([]);
  });

  it("keeps a known part of the discipline declaration and leaves the unknown part out", () => {
    const candidate = profileToCandidate(profile({ hasSevereDiscipline: true, underDisciplineExam: null }));
    expect(candidate.discipline).toEqual({ moderateOrSevere: true });
    expect(profileToCandidate(profile({ hasCriminalRecord: true })).criminalConviction).toBe(true);
  });

  it("treats a stored rank that is not a known code as unknown", () => {
    expect(profileToCandidate(profile({ currentRank: "Pembina" }))).not.toHaveProperty("rank");
    expect(profileToCandidate(profile({ currentRank: " IV/c " })).rank).toBe("IV/c");
  });

  it("takes the instansi's name and region code from the institution", () => {
    const candidate = profileToCandidate(
      profile({ institution: { name: "Pemerintah Provinsi Kalimantan Tengah", regionCode: "62" } }),
    );
    expect(candidate.instansi).toEqual({ name: "Pemerintah Provinsi Kalimantan Tengah", regionCode: "62" });
  });
});

describe("highestEducation", () => {
  it("follows the engine's order, not the order of entry", () => {
    expect(highestEducation(["S3", "S1", "D3"])).toBe("S3");
    expect(highestEducation(["D3", "SMA"])).toBe("D3");
    expect(highestEducation([])).toBeUndefined();
  });

  it("treats D4 and S1 as equal and picks one of them whatever the order", () => {
    expect(highestEducation(["D4", "S1"])).toBe("S1");
    expect(highestEducation(["S1", "D4"])).toBe("S1");
    expect(highestEducation(["D4", "D3"])).toBe("D4");
  });
});
