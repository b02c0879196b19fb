// A citizen applies to one formation of a CPNS selection: sign-up by NIK, the formation's education rule,
// one application per selection, the registration number, submission; and a PNS meets not_civil_servant.
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateApplicantEligibility } from "@/lib/applications/eligibility";
import { createApplication, submitApplication } from "@/lib/applications/mutations";
import { isValidRegistrationNumber } from "@/lib/applications/registration-number";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { registerApplicant } from "@/lib/users/mutations";
import { signUpSchema } from "@/lib/validation/auth";
import { attachAllRegistrationDocuments, demoUserId, uniqueNik } from "../factories/applications";
import { createCpnsSelection, type CpnsTestSelection } from "../factories/cpns";

const declarations = { willingAllStages: true, willingToReside: true, noMppStatement: false };

let selection: CpnsTestSelection;
let s1Formation: string;
let d3Formation: string;
let applicant: string;

/** A woman born 1 July 1998 (NIK day 41 = 1st + 40), region 1373. */
function nikBornJuly1998(): string {
  return `137302410798${uniqueNik().slice(-4)}`;
}

beforeAll(async () => {
  selection = await createCpnsSelection("lamar");
  [s1Formation, d3Formation] = selection.vacancies.map((vacancy) => vacancy.id) as [string, string];
  const outcome = await registerApplicant(
    signUpSchema.parse({
      employment: "NON_PNS",
      fullName: "Dewi Lestari, S.Kom.",
      nik: nikBornJuly1998(),
      email: `dewi.${selection.slug}@example.com`,
      phone: "081211223344",
      password: "KataSandiAman1",
      passwordConfirm: "KataSandiAman1",
    }),
    null,
  );
  if (!outcome.created) throw new Error("sign-up must create the account");
  applicant = outcome.userId;
  // The CV minimum of a CPNS applicant: her diploma (S1, with GPA, accreditation and diploma date).
  const profile = await prisma.applicantProfile.findUniqueOrThrow({ where: { userId: applicant }, select: { id: true } });
  await prisma.educationHistory.create({
    data: { profileId: profile.id, level: "S1", major: "Informatika", institutionName: "Universitas Andalas", graduationYear: 2020, diplomaDate: new Date("2020-10-01T00:00:00Z"), gpa: 3.41, accreditation: "UNGGUL" },
  });
}, 60_000);

describe("a non-PNS applicant and one CPNS formation", () => {
  it("is checked against the chosen formation's education, each rule with its reason", async () => {
    const forS1 = await evaluateApplicantEligibility(applicant, selection.slug, { noMppStatement: false, vacancyId: s1Formation });
    expect(forS1?.result.rules.map((rule) => [rule.id, rule.status])).toEqual([
      ["age_range", "pass"],
      ["not_civil_servant", "pass"],
      ["education_in_formation", "pass"],
    ]);
    expect(forS1?.result.verdict).toBe("ELIGIBLE");
    const forD3 = await evaluateApplicantEligibility(applicant, selection.slug, { noMppStatement: false, vacancyId: d3Formation });
    expect(forD3?.result.rules.find((rule) => rule.id === "education_in_formation")).toMatchObject({
      status: "fail",
      reason: "Pendidikan Sarjana (S-1) tidak sesuai kualifikasi formasi (Diploma III (D-III))",
    });
  });

  it("applies once, gets a registration number from the dotted region code, and a second formation is refused", async () => {
    const first = await createApplication({ userId: applicant, vacancyId: s1Formation, declarations, ip: "10.2.2.2" });
    expect(first.created).toBe(true);
    expect(first.registrationNumber).toMatch(new RegExp(`^1373-\\d{2}-${selection.vacancies[0]!.code}-00001-\\d$`));
    expect(isValidRegistrationNumber(first.registrationNumber)).toBe(true);
    // The same formation again (a double click) is the same application.
    expect(await createApplication({ userId: applicant, vacancyId: s1Formation, declarations, ip: null })).toMatchObject({ applicationId: first.applicationId, created: false });
    const second = await createApplication({ userId: applicant, vacancyId: d3Formation, declarations, ip: null }).catch((error: unknown) => error);
    expect(second).toBeInstanceOf(AppError);
    expect(second).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("hanya dapat melamar satu formasi") });
    expect(await prisma.application.count({ where: { applicantId: applicant, selectionId: selection.id } })).toBe(1);
    // The documents asked are the selection's own four.
    expect(await prisma.document.count({ where: { applicationId: first.applicationId } })).toBe(4);
  });

  it("racing for two formations at once still leaves one application", async () => {
    const other = await registerApplicant(
      signUpSchema.parse({ employment: "NON_PNS", fullName: "Andi Saputra", nik: uniqueNik(), email: `andi.${selection.slug}@example.com`, phone: "081211223355", password: "KataSandiAman1", passwordConfirm: "KataSandiAman1" }),
      null,
    );
    if (!other.created) throw new Error("sign-up must create the account");
    const outcomes = await Promise.allSettled([s1Formation, d3Formation, s1Formation, d3Formation].map((vacancyId) => createApplication({ userId: other.userId, vacancyId, declarations, ip: null })));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
    for (const outcome of outcomes) if (outcome.status === "rejected") expect(outcome.reason).toMatchObject({ code: "CONFLICT" });
    expect(await prisma.application.count({ where: { applicantId: other.userId, selectionId: selection.id } })).toBe(1);
  });

  it("submits with the formation's verdict in the snapshot", async () => {
    const application = await prisma.application.findFirstOrThrow({ where: { applicantId: applicant, selectionId: selection.id }, select: { id: true } });
    await attachAllRegistrationDocuments(application.id, applicant);
    await prisma.user.update({ where: { id: applicant }, data: { emailVerifiedAt: new Date() } });
    await submitApplication({ userId: applicant, applicationId: application.id, ip: null });
    const sent = await prisma.application.findUniqueOrThrow({ where: { id: application.id }, select: { status: true, eligibilityVerdict: true, eligibilitySnapshot: true } });
    expect(sent).toMatchObject({ status: "SUBMITTED", eligibilityVerdict: "ELIGIBLE" });
    expect(JSON.stringify(sent.eligibilitySnapshot)).toContain("education_in_formation");
  });
});

describe("a PNS account on a CPNS selection", () => {
  it("gets the not_civil_servant verdict, and its submission is refused naming the rule", async () => {
    const pns = await demoUserId("pelamar@demo.seleksi.id");
    const evaluation = await evaluateApplicantEligibility(pns, selection.slug, { noMppStatement: false, vacancyId: s1Formation });
    expect(evaluation?.result.verdict).toBe("NOT_ELIGIBLE");
    expect(evaluation?.result.rules.find((rule) => rule.id === "not_civil_servant")).toMatchObject({ status: "fail", reason: "Berstatus PNS; PNS tidak dapat mendaftar sebagai CPNS" });
    const { applicationId } = await createApplication({ userId: pns, vacancyId: s1Formation, declarations, ip: null });
    await attachAllRegistrationDocuments(applicationId, pns);
    const refused = await submitApplication({ userId: pns, applicationId, ip: null }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(Object.values((refused as AppError).fieldErrors ?? {})).toContain(
      "Persyaratan tidak terpenuhi — Bukan PNS, TNI, atau Polri: Berstatus PNS; PNS tidak dapat mendaftar sebagai CPNS",
    );
  });
});
