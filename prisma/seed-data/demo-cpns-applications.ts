// Writes the generated CPNS demo applicants (demo-cpns-applicants.ts) into the CPNS demo selection through
// the portal's own domain functions: the account and CV, the application (registration number), the uploads,
// the submission, the secretariat's document verdicts and decision, each at a date inside the registration
// window. `npm run demo` only (prisma/seed.ts, `demoApplicants`). Resumable: each person continues from
// where the last run stopped; a person already at the generated stage is left alone.
import { createApplication, submitApplication } from "@/lib/applications/mutations";
import { writeAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { decideAdministration, setDocumentVerdict } from "@/lib/verification/mutations";
import { uploadMissingDocuments } from "./demo-applications";
import { generateCpnsDemoApplicants, type DemoCpnsApplicant } from "./demo-cpns-applicants";

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
const DECLARATIONS = { willingAllStages: true, willingToReside: true, noMppStatement: false };
// The one document a failed (TMS) demo applicant has wrong, and why, as a secretariat member would write it.
const FAILED_DOCUMENT = 3;
const FAILED_REASON = "Ijazah belum dilegalisir oleh pejabat yang berwenang";

const date = (day: string) => new Date(`${day}T00:00:00.000Z`);

async function ensureAccount(person: DemoCpnsApplicant, passwordHash: string): Promise<string> {
  const existing = await prisma.user.findUnique({ where: { email: person.email }, select: { id: true } });
  if (existing) return existing.id;
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: person.email,
        name: person.fullName,
        phone: person.phone,
        passwordHash,
        roles: ["APPLICANT"],
        profile: {
          create: {
            fullName: person.fullName,
            nik: person.nik,
            birthPlace: person.birthPlace,
            birthDate: date(person.birthDate),
            gender: person.gender,
            address: person.address,
            phone: person.phone,
            email: person.email,
            employmentStatus: "NON_ASN",
            educations: { create: [{ ...person.education, diplomaDate: date(person.education.diplomaDate), gpa: person.education.gpa }] },
          },
        },
      },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: null, action: "user.create", entityType: "User", entityId: user.id, after: { roles: ["APPLICANT"], by: "seed", demo: "cpns" } });
    return user.id;
  });
}

async function verify(applicationId: string, person: DemoCpnsApplicant, secretariatId: string, at: Date): Promise<void> {
  const documents = await prisma.document.findMany({
    where: { applicationId, status: "UPLOADED", currentVersionId: { not: null } },
    select: { id: true, requirement: { select: { number: true, title: true } } },
  });
  const fails = person.stage === "VERIFIED_TMS";
  for (const document of documents) {
    const failing = fails && document.requirement.number === FAILED_DOCUMENT;
    await setDocumentVerdict({ actorId: secretariatId, documentId: document.id, verdict: failing ? "FAILS" : "MEETS", reason: failing ? FAILED_REASON : null, ip: null, now: at });
  }
  const failed = await prisma.document.findFirst({ where: { applicationId, requirement: { number: FAILED_DOCUMENT } }, select: { requirement: { select: { title: true } } } });
  await decideAdministration({
    actorId: secretariatId,
    applicationId,
    decision: fails ? "TMS" : "MS",
    reasons: fails ? [`Berkas ${FAILED_DOCUMENT} (${failed?.requirement.title ?? "ijazah"}) tidak memenuhi: ${FAILED_REASON}`] : [],
    ip: null,
    now: new Date(at.getTime() + MINUTE),
  });
}

/** The generated applicants of the CPNS demo selection, `count` of them (all by default). */
export async function seedCpnsDemoApplications(selectionSlug: string, secretariatEmail: string, passwordHash: string, count?: number): Promise<void> {
  const selection = await prisma.selection.findUnique({
    where: { slug: selectionSlug },
    select: { registrationOpensAt: true, vacancies: { select: { id: true, code: true } } },
  });
  const secretariat = await prisma.user.findUnique({ where: { email: secretariatEmail }, select: { id: true } });
  if (!selection || !secretariat) return;
  const vacancyIds = new Map(selection.vacancies.map((vacancy) => [vacancy.code, vacancy.id]));
  const opensAt = selection.registrationOpensAt;
  // One worker per formation, side by side: registration numbers are drawn per formation (under its row
  // lock), so each formation's people still apply in their generated order and get the same numbers.
  const byFormation = new Map<string, DemoCpnsApplicant[]>();
  for (const person of generateCpnsDemoApplicants(count)) byFormation.set(person.formationCode, [...(byFormation.get(person.formationCode) ?? []), person]);
  await Promise.all(
    [...byFormation].map(async ([code, people]) => {
      const vacancyId = vacancyIds.get(code);
      if (!vacancyId) return; // the staff removed that formation: nobody applies to it
      for (const person of people) await seedPerson(person, vacancyId, opensAt, secretariat.id, passwordHash);
    }),
  );
}

async function seedPerson(person: DemoCpnsApplicant, vacancyId: string, opensAt: Date, secretariatId: string, passwordHash: string): Promise<void> {
  const appliedAt = new Date(opensAt.getTime() + 60 * MINUTE + person.appliedAfterMinutes * MINUTE);
  const userId = await ensureAccount(person, passwordHash);
  const existing = await prisma.application.findFirst({ where: { applicantId: userId, vacancyId }, select: { status: true, adminDecision: true } });
  // Done already: a draft stays a draft (its missing documents are what makes it one), a sent application
  // stays as it is once it has reached its stage.
  if (existing && (person.stage === "DRAFT" || (existing.status !== "DRAFT" && (existing.adminDecision !== null || person.stage === "SUBMITTED")))) return;
  const { applicationId } = await createApplication({ userId, vacancyId, declarations: DECLARATIONS, ip: null, now: appliedAt });
  const uploadedAt = new Date(appliedAt.getTime() + 5 * MINUTE);
  if (person.stage === "DRAFT") {
    await uploadMissingDocuments(userId, applicationId, person.fullName, uploadedAt, 2);
    return;
  }
  if (!existing || existing.status === "DRAFT") {
    await uploadMissingDocuments(userId, applicationId, person.fullName, uploadedAt);
    await submitApplication({ userId, applicationId, ip: null, now: new Date(appliedAt.getTime() + 30 * MINUTE) });
  }
  if (person.stage === "VERIFIED_MS" || person.stage === "VERIFIED_TMS") await verify(applicationId, person, secretariatId, new Date(appliedAt.getTime() + DAY));
}
