import "server-only";
// Reads of applications. The applicant's reads filter on the applicant's own id in the query itself.
import { prisma } from "@/lib/db";

export async function getApplyContext(userId: string, slug: string) {
  const selection = await prisma.selection.findFirst({
    where: { slug, status: { not: "DRAFT" } },
    select: {
      slug: true,
      title: true,
      status: true,
      regime: true,
      asnKarierRequired: true,
      registrationTerms: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      documentDeadlineAt: true,
      rules: { select: { ruleId: true, params: true } },
      vacancies: {
        orderBy: { order: "asc" },
        select: {
          id: true,
          title: true,
          eselon: true,
          unit: true,
          code: true,
          quota: true,
          educationRequired: true,
          applications: { where: { applicantId: userId }, select: { id: true, registrationNumber: true } },
        },
      },
    },
  });
  if (!selection) return null;
  const hasProfile = (await prisma.applicantProfile.count({ where: { userId } })) > 0;
  return { ...selection, hasProfile };
}

export async function getOwnApplication(userId: string, applicationId: string) {
  return prisma.application.findFirst({
    where: { id: applicationId, applicantId: userId },
    select: {
      id: true,
      registrationNumber: true,
      status: true,
      willingAllStages: true,
      willingToReside: true,
      noMppStatement: true,
      asnKarierNumber: true,
      asnKarierVerifiedAt: true,
      physicalReceivedOn: true,
      submittedAt: true,
      eligibilityVerdict: true,
      eligibilitySnapshot: true,
      adminDecision: true,
      adminDecisionReason: true,
      vacancyId: true,
      vacancy: { select: { title: true, code: true } },
      selection: {
        select: {
          slug: true,
          title: true,
          regime: true,
          status: true,
          asnKarierRequired: true,
          registrationTerms: true,
          documentDeadlineAt: true,
          registrationClosesAt: true,
          rules: { select: { ruleId: true, params: true } },
          stages: { orderBy: { order: "asc" }, select: { name: true, kind: true, startsAt: true, endsAt: true, isAllDay: true } },
        },
      },
      events: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, message: true, createdAt: true } },
    },
  });
}
export type OwnApplication = NonNullable<Awaited<ReturnType<typeof getOwnApplication>>>;

/** Everything the registration proof prints; only for a submitted application of this applicant. */
export async function getOwnProofData(userId: string, applicationId: string) {
  return prisma.application.findFirst({
    where: { id: applicationId, applicantId: userId, submittedAt: { not: null } },
    select: {
      id: true,
      registrationNumber: true,
      submittedAt: true,
      vacancy: { select: { title: true } },
      selection: { select: { title: true, committeeName: true, announcementNumber: true } },
      applicant: {
        select: {
          name: true,
          nip: true,
          profile: { select: { fullName: true, currentRank: true, institution: { select: { name: true } } } },
        },
      },
      documents: {
        where: { currentVersionId: { not: null } },
        orderBy: { requirement: { number: "asc" } },
        select: { requirement: { select: { number: true, title: true } }, currentVersion: { select: { sha256: true } } },
      },
    },
  });
}

/** Public verification: the registration number and the proof's code must both match. */
export async function findApplicationForVerification(registrationNumber: string) {
  return prisma.application.findUnique({
    where: { registrationNumber },
    select: {
      id: true,
      registrationNumber: true,
      submittedAt: true,
      status: true,
      vacancy: { select: { title: true } },
      selection: { select: { title: true } },
      applicant: { select: { name: true } },
    },
  });
}

/** What the pre-filled forms (Lampiran I–VIII) need of the applicant's own application; null for another's. */
export async function getOwnApplicationForForms(userId: string, applicationId: string) {
  return prisma.application.findFirst({
    where: { id: applicationId, applicantId: userId },
    select: { registrationNumber: true, selection: { select: { slug: true } } },
  });
}
