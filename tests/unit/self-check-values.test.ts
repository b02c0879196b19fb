import { describe, expect, it } from "vitest";

import {
  OTHER_INSTITUTION,
  type SelfCheckValues,
  emptySelfCheckValues,
  performanceYearsFor,
  readSelfCheck,
} from "@/components/eligibility/self-check-values";
import { singkawang2025 } from "@/prisma/seed-data/singkawang-2025";

const INSTITUTIONS = [
  { name: "Pemerintah Kota Singkawang", regionCode: "6172" },
  { name: "Pemerintah Provinsi Kalimantan Tengah", regionCode: "62" },
];

function values(overrides: Partial<SelfCheckValues> = {}): SelfCheckValues {
  return { ...emptySelfCheckValues([2023, 2024]), ...overrides };
}

describe("readSelfCheck", () => {
  it("reads an untouched form as a candidate with nothing known but the unticked statement", () => {
    const reading = readSelfCheck(values(), INSTITUTIONS);
    expect(reading.candidate).toEqual({ noMppStatement: false });
    expect(reading.fieldErrors).toEqual({});
    expect(reading.positionsIncomplete).toBe(false);
  });

  it("maps a filled form to the contract's candidate", () => {
    const reading = readSelfCheck(
      values({
        nip: " 19660801 198803 1 001 ",
        birthDate: "1966-08-01",
        gender: "M",
        employmentStatus: "PNS",
        institution: "Pemerintah Kota Singkawang",
        education: "S2",
        rank: "IV/b",
        positions: [
          { title: "Kepala Bagian Umum", level: "ADMINISTRATOR", start: "2019-01-02", end: "", isCurrent: true },
          { title: "", level: "PENGAWAS", start: "2014-03-01", end: "2019-01-01", isCurrent: false },
        ],
        noMppStatement: true,
        performance: [
          { year: 2023, rating: "good" },
          { year: 2024, rating: "below" },
        ],
        disciplineModerateOrSevere: "no",
        disciplineUnderExamination: "no",
        criminalConviction: "no",
      }),
      INSTITUTIONS,
    );
    expect(reading.fieldErrors).toEqual({});
    expect(reading.candidate).toEqual({
      nip: "19660801 198803 1 001",
      birthDate: "1966-08-01",
      gender: "M",
      employmentStatus: "PNS",
      instansi: { name: "Pemerintah Kota Singkawang", regionCode: "6172" },
      education: "S2",
      rank: "IV/b",
      positions: [
        { title: "Kepala Bagian Umum", level: "ADMINISTRATOR", start: "2019-01-02", end: null },
        { level: "PENGAWAS", start: "2014-03-01", end: "2019-01-01" },
      ],
      noMppStatement: true,
      performance: [
        { year: 2023, allElementsAtLeastGood: true },
        { year: 2024, allElementsAtLeastGood: false },
      ],
      discipline: { moderateOrSevere: false, underExamination: false },
      criminalConviction: false,
    });
  });

  it("takes another instansi's region code from the form and reports a malformed one beside its field", () => {
    const good = readSelfCheck(
      values({ institution: OTHER_INSTITUTION, otherInstitutionName: "Pemerintah Kabupaten Sintang", otherRegionCode: "6105" }),
      INSTITUTIONS,
    );
    expect(good.candidate.instansi).toEqual({ name: "Pemerintah Kabupaten Sintang", regionCode: "6105" });

    const bad = readSelfCheck(values({ institution: OTHER_INSTITUTION, otherRegionCode: "6" }), INSTITUTIONS);
    expect(bad.fieldErrors.otherRegionCode).toMatch(/^Kode wilayah harus 2 sampai 10 digit/);
    expect(bad.candidate).not.toHaveProperty("instansi");
  });

  it("ignores an instansi name that is not in the list (a stale option)", () => {
    expect(readSelfCheck(values({ institution: "Pemerintah Kota Antah" }), INSTITUTIONS).candidate).not.toHaveProperty("instansi");
  });

  it("does not count the history while a row has no end and is not marked current", () => {
    const reading = readSelfCheck(
      values({ positions: [{ title: "Kepala Bagian", level: "ADMINISTRATOR", start: "2019-01-02", end: "", isCurrent: false }] }),
      INSTITUTIONS,
    );
    expect(reading.fieldErrors["positions.0.end"]).toMatch(/Masih menjabat/);
    expect(reading.candidate).not.toHaveProperty("positions");
    expect(reading.positionsIncomplete).toBe(true);
  });

  it("reports the schema's own messages for a row, in Indonesian, without the field path", () => {
    const noLevel = readSelfCheck(
      values({ positions: [{ title: "", level: "", start: "2019-01-02", end: "", isCurrent: true }] }),
      INSTITUTIONS,
    );
    expect(noLevel.fieldErrors["positions.0.level"]).toMatch(/^Jenjang jabatan harus salah satu dari/);
    expect(noLevel.candidate).not.toHaveProperty("positions");

    const reversed = readSelfCheck(
      values({ positions: [{ title: "", level: "PENGAWAS", start: "2019-01-02", end: "2018-01-01", isCurrent: false }] }),
      INSTITUTIONS,
    );
    expect(reversed.fieldErrors["positions.0.end"]).toBe("Tanggal selesai menjabat tidak boleh sebelum tanggal mulai");
    expect(reversed.candidate).not.toHaveProperty("positions");
  });

  it("tolerates what react-hook-form hands over before registration (missing fields, null radios)", () => {
    const reading = readSelfCheck({ gender: null, positions: [undefined], performance: [{ year: 2024, rating: null }] }, INSTITUTIONS);
    expect(reading.candidate).toEqual({ noMppStatement: false });
    expect(reading.positionsIncomplete).toBe(false);
  });
});

describe("performanceYearsFor", () => {
  const rules = singkawang2025.rules.map(({ ruleId, params }) => ({ ruleId, params }));

  it("asks for the two years before the reference year in the Singkawang selection", () => {
    expect(performanceYearsFor(rules, "2025-12-01")).toEqual([2023, 2024]);
  });

  it("asks nothing when the selection has no performance rule", () => {
    expect(performanceYearsFor([{ ruleId: "age_max", params: { limit: 56 } }], "2025-12-01")).toEqual([]);
  });
});
