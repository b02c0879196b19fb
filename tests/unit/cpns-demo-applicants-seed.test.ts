// The generated applicants of the CPNS demo (prisma/seed-data/demo-cpns-applicants.ts): labelled as demo data,
// valid NIKs that agree with the CV, each one eligible for the formation chosen by the selection's own rules,
// spread over every formation and over the stages a registration under way has.
import { describe, expect, it } from "vitest";
import { evaluateEligibility } from "@/lib/eligibility";
import { rulesForFormation } from "@/lib/eligibility/formation";
import { parseNik } from "@/lib/identifiers/nik";
import { CPNS_DEMO_APPLICANT_COUNT, CPNS_DEMO_EMAIL_DOMAIN, generateCpnsDemoApplicants } from "@/prisma/seed-data/demo-cpns-applicants";
import { sawahlunto2019 } from "@/prisma/seed-data/sawahlunto-2019";

const people = generateCpnsDemoApplicants();

describe("the generated CPNS demo applicants", () => {
  it("are a few hundred, the same on every run, and say they are demo data", () => {
    expect(people).toHaveLength(CPNS_DEMO_APPLICANT_COUNT);
    expect(people.length).toBeGreaterThanOrEqual(200);
    expect(generateCpnsDemoApplicants()).toEqual(people);
    expect(new Set(people.map((person) => person.email)).size).toBe(people.length);
    for (const person of people) {
      expect(person.email.endsWith(`@${CPNS_DEMO_EMAIL_DOMAIN}`)).toBe(true);
      expect(person.address).toContain("data demo");
      // A given name, a family name and the degree's title: "Putri Chaniago, S.Kom.".
      expect(person.fullName).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+, [A-Za-z.]+$/);
    }
  });

  it("have valid, unique NIKs whose birth date and gender are the CV's", () => {
    expect(new Set(people.map((person) => person.nik)).size).toBe(people.length);
    for (const person of people) {
      const parsed = parseNik(person.nik);
      expect(parsed.ok, person.nik).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.value.gender).toBe(person.gender);
      const [year, month, day] = person.birthDate.split("-").map(Number);
      expect([parsed.value.birthDay, parsed.value.birthMonth, parsed.value.birthYearTwoDigits]).toEqual([day, month, year! % 100]);
    }
  });

  it("pass the selection's rules for the formation they chose (age 18–35, not a civil servant, the formation's education)", () => {
    const rules = sawahlunto2019.rules.map(({ ruleId, params }) => ({ ruleId, params }));
    for (const person of people) {
      const formation = sawahlunto2019.vacancies.find((vacancy) => vacancy.code === person.formationCode);
      expect(formation, person.formationCode).toBeDefined();
      const result = evaluateEligibility({
        rules: rulesForFormation(rules, formation!.educationRequired),
        referenceDate: sawahlunto2019.referenceDatePlanned,
        ageReading: sawahlunto2019.ageReading,
        candidate: { birthDate: person.birthDate, gender: person.gender, employmentStatus: "NON_ASN", education: person.education.level },
      });
      expect(result.rules.filter((rule) => rule.status === "fail").map((rule) => rule.id), person.email).toEqual([]);
    }
  });

  it("apply to every formation, more to the larger ones, at every stage of a registration under way", () => {
    const perFormation = (code: string) => people.filter((person) => person.formationCode === code).length;
    for (const vacancy of sawahlunto2019.vacancies) expect(perFormation(vacancy.code), vacancy.code).toBeGreaterThan(30);
    expect(perFormation("GK-AP")).toBeGreaterThan(perFormation("AK-AP"));
    const perStage = (stage: string) => people.filter((person) => person.stage === stage).length;
    expect([perStage("DRAFT"), perStage("SUBMITTED"), perStage("VERIFIED_MS"), perStage("VERIFIED_TMS")]).toEqual([64, 144, 96, 16]);
    // Inside the 13 first days of registration, so every date lies in the demo's window.
    expect(Math.max(...people.map((person) => person.appliedAfterMinutes))).toBeLessThan(13 * 24 * 60);
  });
});
