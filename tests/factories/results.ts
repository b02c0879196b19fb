// A selection of its own for result tests, with the decided state the verification workflow would
// leave behind, written straight to the database (no dependency on the verification code).
import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import type { AdminDecision } from "@/lib/generated/prisma/enums";
import { demoUserId, uniqueNik } from "./applications";

export type ResultSelection = {
  id: string;
  slug: string;
  vacancyIds: string[];
  chairId: string;
  secretariatId: string;
  secondSecretariatId: string;
};

export async function createResultSelection(options: { objectionEnabled: boolean; rejectionNeedsSecondCheck?: boolean; objectionWindowDays?: number }): Promise<ResultSelection> {
  const suffix = crypto.randomBytes(4).toString("hex");
  const organiser = await prisma.institution.findFirstOrThrow({ where: { regionCode: "6172" }, select: { id: true } });
  const selection = await prisma.selection.create({
    data: {
      slug: `uji-hasil-${suffix}`,
      regime: "CPNS",
      title: `Seleksi Uji ${suffix}`,
      summary: "Seleksi untuk pengujian hasil administrasi.",
      status: "OPEN", // publishing the administrative result closes it
      organiserId: organiser.id,
      committeeName: "Panitia Seleksi Uji Kota Singkawang",
      committeeAddress: "Jalan Firdaus Nomor 1 Singkawang 79123",
      announcementNumber: `01/UJI/${suffix}`,
      announcementDate: new Date("2025-10-21T00:00:00Z"),
      announcementPlace: "Singkawang",
      chairName: "Dr. Ketua Uji, M.Si",
      registrationOpensAt: new Date("2025-10-22T01:00:00Z"),
      registrationClosesAt: new Date("2025-11-06T09:00:00Z"),
      documentDeadlineAt: new Date("2025-11-06T09:00:00Z"),
      referenceDatePlanned: new Date("2025-12-01T00:00:00Z"),
      objectionEnabled: options.objectionEnabled,
      objectionWindowDays: options.objectionWindowDays ?? 3,
      rejectionNeedsSecondCheck: options.rejectionNeedsSecondCheck ?? true,
      otherTerms: ["Ketentuan pertama.", "Keputusan Panitia Seleksi Uji bersifat final."],
      vacancies: {
        create: [
          { code: "ANALIS", title: "Analis Kebijakan", quota: 2, order: 1 },
          { code: "AUDITOR", title: "Auditor Ahli Pertama", quota: 1, order: 0 },
        ],
      },
      documents: {
        create: [{ number: 1, title: "Surat lamaran", form: "ORIGINAL", acceptedTypes: ["application/pdf"], maxSizeBytes: 1_000_000 }],
      },
    },
    select: { id: true, slug: true, vacancies: { orderBy: { order: "asc" }, select: { id: true } } },
  });
  const chairId = await demoUserId("ketua@demo.seleksi.id");
  const secretariatId = await demoUserId("sekretariat@demo.seleksi.id");
  const secondSecretariatId = await demoUserId("sekretariat2@demo.seleksi.id");
  await prisma.committeeMember.createMany({
    data: [
      { selectionId: selection.id, userId: chairId, position: "CHAIR" },
      { selectionId: selection.id, userId: secretariatId, position: "SECRETARY" },
      { selectionId: selection.id, userId: secondSecretariatId, position: "SECRETARY" },
    ],
  });
  return { id: selection.id, slug: selection.slug, vacancyIds: selection.vacancies.map((vacancy) => vacancy.id), chairId, secretariatId, secondSecretariatId };
}

export type TestApplicant = { userId: string; email: string; applicationId: string; registrationNumber: string; documentId: string; nip: string; nik: string };

/** A non-civil-servant applicant (CPNS) has no NIP: the account and the profile carry none. */
export type NonAsnTestApplicant = Omit<TestApplicant, "nip"> & { nip: null };

let sequence = 0;

/** A submitted application with one uploaded, verified document; the decision is set as given. */
export async function addSubmittedApplication(selection: ResultSelection, options: SubmittedApplicationOptions & { nip: string }): Promise<TestApplicant>;
export async function addSubmittedApplication(selection: ResultSelection, options: SubmittedApplicationOptions & { nip: null }): Promise<NonAsnTestApplicant>;
export async function addSubmittedApplication(
  selection: ResultSelection,
  options: SubmittedApplicationOptions & { nip: string | null },
): Promise<TestApplicant | NonAsnTestApplicant> {
  return addSubmitted(selection, options);
}

type SubmittedApplicationOptions = {
    name: string;
    vacancyIndex?: number;
    decision?: AdminDecision | null;
    reasons?: string[];
    decidedById?: string | null;
    confirmedById?: string | null;
};

async function addSubmitted(selection: ResultSelection, options: SubmittedApplicationOptions & { nip: string | null }): Promise<TestApplicant | NonAsnTestApplicant> {
  sequence += 1;
  const tag = `${selection.slug}-${sequence}`;
  const email = `${tag}@uji.seleksi.id`;
  const nik = uniqueNik();
  const user = await prisma.user.create({
    data: {
      email,
      name: options.name,
      nip: options.nip,
      passwordHash: "x",
      roles: ["APPLICANT"],
      profile: {
        create: { fullName: options.name, nip: options.nip, nik, birthDate: new Date("1990-02-03T00:00:00Z"), address: "Jl. Rahasia No. 7, Singkawang", email },
      },
    },
    select: { id: true },
  });
  const requirement = await prisma.documentRequirement.findFirstOrThrow({ where: { selectionId: selection.id }, select: { id: true } });
  const vacancyId = selection.vacancyIds[options.vacancyIndex ?? 0] ?? selection.vacancyIds[0]!;
  const decision = options.decision ?? null;
  const application = await prisma.application.create({
    data: {
      registrationNumber: `UJI-${selection.slug.slice(-8).toUpperCase()}-${String(sequence).padStart(4, "0")}`,
      selectionId: selection.id,
      vacancyId,
      applicantId: user.id,
      status: "SUBMITTED",
      submittedAt: new Date("2025-11-01T03:00:00Z"),
      eligibilityVerdict: "PENDING_VERIFICATION",
      adminDecision: decision,
      adminDecisionReason: options.reasons ? options.reasons.join("\n") : null,
      adminDecidedById: decision ? (options.decidedById ?? selection.secretariatId) : null,
      adminDecidedAt: decision ? new Date("2025-11-06T10:00:00Z") : null,
      adminConfirmedById: options.confirmedById ?? null,
      adminConfirmedAt: options.confirmedById ? new Date("2025-11-06T11:00:00Z") : null,
      documents: { create: [{ requirementId: requirement.id, status: decision === "TMS" ? "FAILS" : "MEETS" }] },
    },
    select: { id: true, registrationNumber: true, documents: { select: { id: true } } },
  });
  const documentId = application.documents[0]!.id;
  const version = await prisma.documentVersion.create({
    data: {
      documentId,
      version: 1,
      storageKey: `test/${documentId}/${crypto.randomUUID()}`,
      fileName: "lamaran.pdf",
      mimeType: "application/pdf",
      sizeBytes: 1000,
      sha256: crypto.createHash("sha256").update(documentId).digest("hex"),
      uploadedById: user.id,
    },
    select: { id: true },
  });
  await prisma.document.update({ where: { id: documentId }, data: { currentVersionId: version.id } });
  await prisma.documentVerification.create({
    data: {
      documentId,
      versionId: version.id,
      verdict: decision === "TMS" ? "FAILS" : "MEETS",
      reason: decision === "TMS" ? (options.reasons?.[0] ?? null) : null,
      verifiedById: selection.secretariatId,
    },
  });
  const applicant = { userId: user.id, email, applicationId: application.id, registrationNumber: application.registrationNumber, documentId, nik };
  return options.nip === null ? { ...applicant, nip: null } : { ...applicant, nip: options.nip };
}

/**
 * The state a published administrative result leaves behind, written straight to the database for
 * tests of the later stages: the applications passed (ADMIN_PASSED) and the selection's registration
 * closed (CLOSED), so the first score can start the scoring phase.
 */
export async function skipAdministrativeSelection(selectionId: string, applicationIds: readonly string[]): Promise<void> {
  await prisma.application.updateMany({ where: { id: { in: [...applicationIds] } }, data: { status: "ADMIN_PASSED" } });
  await prisma.selection.update({ where: { id: selectionId }, data: { status: "CLOSED" } });
}
