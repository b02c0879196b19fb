// Test data for application flows, written straight to the test database (no mocks).
import crypto from "node:crypto";
import { prisma } from "@/lib/db";

export async function demoUserId(email: string): Promise<string> {
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return user.id;
}

export async function singkawangVacancyId(): Promise<string> {
  const vacancy = await prisma.vacancy.findFirstOrThrow({ where: { selection: { slug: "sekda-singkawang-2025" } }, select: { id: true } });
  return vacancy.id;
}

/**
 * A NIP no account holds yet: the given first 15 digits (birth date, appointment month, gender) and a random
 * 3-digit sequence. Random rather than counted, because end-to-end workers are separate processes writing
 * to the same database; checked against the database, and the unique index catches the rest.
 */
export async function unusedNip(prefix15: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const nip = `${prefix15}${String(crypto.randomInt(1000)).padStart(3, "0")}`;
    if (!(await prisma.user.findUnique({ where: { nip }, select: { id: true } }))) return nip;
  }
  throw new Error(`No free NIP left after ${prefix15}`);
}

/** Marks every registration-time document of an application as uploaded (a stored version each). */
export async function attachAllRegistrationDocuments(applicationId: string, uploadedById: string): Promise<void> {
  const documents = await prisma.document.findMany({
    // Not the no-MPP statement (item 23), which only a candidate on the 58-year path hands in.
    where: { applicationId, requirement: { dueStage: "REGISTRATION", condition: { not: "EXTENDED_AGE_LIMIT" } } },
    select: { id: true },
  });
  for (const document of documents) {
    const version = await prisma.documentVersion.create({
      data: {
        documentId: document.id,
        version: 1,
        storageKey: `test/${document.id}/${crypto.randomUUID()}`,
        fileName: "berkas.pdf",
        mimeType: "application/pdf",
        sizeBytes: 1234,
        sha256: crypto.createHash("sha256").update(document.id).digest("hex"),
        uploadedById,
      },
      select: { id: true },
    });
    await prisma.document.update({ where: { id: document.id }, data: { currentVersionId: version.id, status: "UPLOADED" } });
  }
}

/**
 * A valid NIK no other profile has (one NIK per person): random district, birth date and serial (about 3·10¹⁰
 * values), so specs running side by side in one e2e database do not meet. Region 6172 (Singkawang).
 */
export function uniqueNik(): string {
  const two = (min: number, max: number) => String(crypto.randomInt(min, max + 1)).padStart(2, "0");
  return `6172${two(1, 99)}${two(1, 28)}${two(1, 12)}${two(0, 99)}${String(crypto.randomInt(1, 10_000)).padStart(4, "0")}`;
}

/**
 * A new applicant account with a copy of a demo applicant's CV (same eligibility), for tests that
 * need an applicant without an application: the seed gives some demo applicants one already.
 */
export async function cloneDemoApplicant(sourceEmail: string, email: string, nip: string, fullName?: string): Promise<string> {
  const source = await prisma.applicantProfile.findFirstOrThrow({
    where: { user: { email: sourceEmail } },
    include: { positions: true, ranks: true, educations: true, appraisals: true },
  });
  const user = await prisma.user.create({
    data: { email, name: fullName ?? source.fullName, nip, passwordHash: "-", roles: ["APPLICANT"] },
    select: { id: true },
  });
  const { id: _id, userId: _userId, createdAt: _c, updatedAt: _u, positions, ranks, educations, appraisals, ...profile } = source;
  await prisma.applicantProfile.create({
    data: {
      ...profile,
      userId: user.id,
      nik: uniqueNik(),
      email,
      nip,
      fullName: fullName ?? source.fullName,
      positions: { create: positions.map(({ id: _p, profileId: _q, ...row }) => row) },
      ranks: { create: ranks.map(({ id: _p, profileId: _q, ...row }) => row) },
      educations: { create: educations.map(({ id: _p, profileId: _q, ...row }) => row) },
      appraisals: { create: appraisals.map(({ id: _p, profileId: _q, ...row }) => row) },
    },
  });
  return user.id;
}
