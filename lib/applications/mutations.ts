import "server-only";
// Applying, declaring and submitting. Deadlines are checked here, at write time, with the server's clock.
import { writeAudit } from "@/lib/audit";
import { now as clockNow } from "@/lib/clock";
import { Prisma, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordApplicationEvent } from "@/lib/notifications";
import { registrationState } from "@/lib/selections/registration-window";
import { formatWib } from "@/lib/dates/wib";
import { declarationWording } from "./declarations";
import { evaluateApplicantEligibility } from "./eligibility";
import { formatRegistrationNumber } from "./registration-number";
import { assertApplicationTransition } from "./status";
import { missingForSubmission } from "./submission-check";
import { transitionApplications } from "./transitions";

type Declarations = { willingAllStages: boolean; willingToReside: boolean; noMppStatement: boolean };

/** Creates (or returns the existing) application of this applicant for this vacancy. */
export async function createApplication(input: {
  userId: string;
  vacancyId: string;
  declarations: Declarations;
  /** The ASN Karier registration number, when the applicant already has one (editable until submission). */
  asnKarierNumber?: string | null;
  ip: string | null;
  now?: Date;
}): Promise<{ applicationId: string; registrationNumber: string; created: boolean }> {
  const now = input.now ?? clockNow();
  const vacancy = await prisma.vacancy.findUnique({
    where: { id: input.vacancyId },
    select: {
      id: true,
      code: true,
      selection: {
        select: {
          id: true,
          status: true,
          registrationOpensAt: true,
          registrationClosesAt: true,
          announcementDate: true,
          organiser: { select: { regionCode: true } },
          documents: { select: { id: true } },
        },
      },
    },
  });
  if (!vacancy || vacancy.selection.status === "DRAFT") throw new AppError("NOT_FOUND", "Jabatan yang dilamar tidak ditemukan.");
  const existing = await existingInSelection(input.userId, vacancy.selection.id, vacancy.id);
  if (existing) return existing;

  const { selection } = vacancy;
  const state = registrationState(selection.registrationOpensAt, selection.registrationClosesAt, now);
  if (selection.status !== "OPEN" || state !== "OPEN") {
    throw new AppError(
      "DEADLINE_PASSED",
      state === "UPCOMING"
        ? `Pendaftaran belum dibuka. Pendaftaran dibuka ${formatWib(selection.registrationOpensAt)}.`
        : `Pendaftaran telah ditutup pada ${formatWib(selection.registrationClosesAt)}.`,
    );
  }
  const hasProfile = await prisma.applicantProfile.count({ where: { userId: input.userId } });
  if (!hasProfile) throw new AppError("VALIDATION", "Lengkapi Daftar Riwayat Hidup sebelum melamar.");

  try {
    const created = await prisma.$transaction(async (tx) => {
      // Serialise numbering per vacancy: the row lock makes concurrent applicants take turns.
      await tx.$queryRaw`SELECT id FROM "Vacancy" WHERE id = ${vacancy.id} FOR UPDATE`;
      const count = await tx.application.count({ where: { vacancyId: vacancy.id } });
      const registrationNumber = formatRegistrationNumber({
        regionCode: selection.organiser.regionCode,
        year: selection.announcementDate.getUTCFullYear(),
        vacancyCode: vacancy.code,
        sequence: count + 1,
      });
      const application = await tx.application.create({
        data: {
          registrationNumber,
          selectionId: selection.id,
          vacancyId: vacancy.id,
          applicantId: input.userId,
          ...input.declarations,
          asnKarierNumber: input.asnKarierNumber ?? null,
          documents: { create: selection.documents.map((requirement) => ({ requirementId: requirement.id })) },
        },
        select: { id: true, registrationNumber: true },
      });
      await recordApplicationEvent(tx, {
        applicationId: application.id,
        kind: "application.created",
        message: `Lamaran dibuat dengan nomor pendaftaran ${registrationNumber}. Lengkapi berkas dan kirim sebelum batas waktu.`,
        actorId: input.userId,
      });
      await writeAudit(tx, {
        actorId: input.userId,
        action: "application.create",
        entityType: "Application",
        entityId: application.id,
        after: { registrationNumber, vacancyId: vacancy.id, ...input.declarations, asnKarierNumber: input.asnKarierNumber ?? null },
        ip: input.ip,
      });
      return application;
    });
    return { applicationId: created.id, registrationNumber: created.registrationNumber, created: true };
  } catch (error) {
    // A double click or two tabs: the unique (applicant, selection) index lets only one through; the same
    // formation twice returns the winner, another formation of the same selection is refused like later.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await existingInSelection(input.userId, selection.id, vacancy.id);
      if (winner) return winner;
    }
    throw error;
  }
}

/**
 * One application per applicant per selection (one formation in CPNS): the application already made for
 * this vacancy is returned as it is (a double click), one for another vacancy of the selection refuses.
 */
async function existingInSelection(
  userId: string,
  selectionId: string,
  vacancyId: string,
): Promise<{ applicationId: string; registrationNumber: string; created: false } | null> {
  const existing = await prisma.application.findUnique({
    where: { applicantId_selectionId: { applicantId: userId, selectionId } },
    select: { id: true, registrationNumber: true, vacancyId: true, vacancy: { select: { title: true } } },
  });
  if (!existing) return null;
  if (existing.vacancyId !== vacancyId) {
    throw new AppError(
      "CONFLICT",
      `Anda sudah melamar ${existing.vacancy.title} pada seleksi ini (nomor pendaftaran ${existing.registrationNumber}). ` +
        "Setiap pelamar hanya dapat melamar satu formasi/jabatan dalam satu seleksi.",
    );
  }
  return { applicationId: existing.id, registrationNumber: existing.registrationNumber, created: false };
}

export async function updateDeclarations(input: { userId: string; applicationId: string; declarations: Declarations; ip: string | null; now?: Date }) {
  const now = input.now ?? clockNow();
  const application = await prisma.application.findFirst({
    where: { id: input.applicationId, applicantId: input.userId },
    select: { id: true, status: true, willingAllStages: true, willingToReside: true, noMppStatement: true, selection: { select: { documentDeadlineAt: true } } },
  });
  if (!application) throw new AppError("NOT_FOUND", "Lamaran tidak ditemukan.");
  if (application.status !== "DRAFT") throw new AppError("LOCKED", "Lamaran yang sudah dikirim tidak dapat diubah.");
  if (now >= application.selection.documentDeadlineAt) throw new AppError("DEADLINE_PASSED", "Batas waktu pendaftaran telah lewat.");
  await prisma.$transaction(async (tx) => {
    await tx.application.update({ where: { id: application.id }, data: { ...input.declarations, version: { increment: 1 } } });
    const { willingAllStages, willingToReside, noMppStatement } = application;
    await writeAudit(tx, {
      actorId: input.userId,
      action: "application.update_declarations",
      entityType: "Application",
      entityId: application.id,
      before: { willingAllStages, willingToReside, noMppStatement },
      after: input.declarations,
      ip: input.ip,
    });
  });
}

/**
 * Submits a draft: refused after the deadline, or with the list of what is missing or failing.
 * The eligibility verdict and rule results are stored with the application as a snapshot.
 */
/** Why a submission waits for the e-mail address (the banner on every /akun page offers a new link). */
export const EMAIL_UNVERIFIED_MESSAGE =
  "Alamat e-mail Anda belum diverifikasi, jadi lamaran belum dapat dikirim. Buka tautan verifikasi yang kami kirim ke e-mail Anda, " +
  "atau pilih \"Kirim ulang tautan verifikasi\" pada pemberitahuan di bagian atas halaman ini.";

/**
 * The administrative result closes registration (the selection leaves OPEN); only the chair's reopening after an
 * escalation opens it again (lib/selections/mutations.ts), and then new applicants may send theirs until the
 * next (additional) administrative result. Applicants decided in an earlier result keep their result.
 */
const REGISTRATION_CLOSED_BY_RESULT = "Hasil seleksi administrasi sudah diumumkan. Lamaran baru tidak dapat dikirim lagi.";

export async function submitApplication(input: { userId: string; applicationId: string; ip: string | null; now?: Date }) {
  const now = input.now ?? clockNow();
  const application = await prisma.application.findFirst({
    where: { id: input.applicationId, applicantId: input.userId },
    select: {
      id: true,
      status: true,
      registrationNumber: true,
      vacancyId: true,
      willingAllStages: true,
      willingToReside: true,
      noMppStatement: true,
      selection: { select: { id: true, status: true, slug: true, regime: true, rules: { select: { ruleId: true, params: true } }, documentDeadlineAt: true, organiser: { select: { regionCode: true } } } },
      applicant: { select: { emailVerifiedAt: true, profile: { select: { institution: { select: { regionCode: true } } } } } },
      documents: {
        select: {
          currentVersionId: true,
          requirement: { select: { number: true, title: true, dueStage: true, condition: true } },
        },
      },
    },
  });
  if (!application) throw new AppError("NOT_FOUND", "Lamaran tidak ditemukan.");
  // Checked early (no eligibility work for a sent application); transitionApplications checks again under the lock.
  assertApplicationTransition(application.status, "SUBMITTED");
  if (application.selection.status !== "OPEN") throw new AppError("DEADLINE_PASSED", REGISTRATION_CLOSED_BY_RESULT);
  if (now >= application.selection.documentDeadlineAt) {
    throw new AppError("DEADLINE_PASSED", `Batas waktu pengiriman (${formatWib(application.selection.documentDeadlineAt)}) telah lewat. Lamaran tidak dapat dikirim.`);
  }
  if (!application.applicant.emailVerifiedAt) throw new AppError("FORBIDDEN", EMAIL_UNVERIFIED_MESSAGE);
  const eligibility = await evaluateApplicantEligibility(input.userId, application.selection.slug, {
    noMppStatement: application.noMppStatement,
    vacancyId: application.vacancyId,
  });
  if (!eligibility) throw new AppError("NOT_FOUND", "Seleksi tidak ditemukan.");
  const missing = missingForSubmission({
    declarations: application,
    documents: application.documents,
    applicability: {
      applicantRegionCode: application.applicant.profile?.institution?.regionCode ?? null,
      organiserRegionCode: application.selection.organiser.regionCode,
      reliesOnExtendedAge: eligibility.reliesOnExtendedAge,
    },
    eligibility: eligibility.result,
    wording: declarationWording(application.selection.regime, application.selection.rules),
  });
  if (missing.length > 0) {
    throw new AppError(
      "VALIDATION",
      "Lamaran belum dapat dikirim. Lengkapi atau perbaiki hal berikut terlebih dahulu.",
      Object.fromEntries(missing.map((item, index) => [`missing.${index}`, item])),
    );
  }

  await prisma.$transaction(async (tx) => {
    // Read again under a share lock of the selection row: publishing an administrative result takes it for
    // update, so a submit either lands before the result (and is listed or blocks it) or finds registration closed.
    const [selection] = await tx.$queryRaw<Array<{ status: string }>>`SELECT status FROM "Selection" WHERE id = ${application.selection.id} FOR SHARE`;
    if (selection?.status !== "OPEN") throw new AppError("DEADLINE_PASSED", REGISTRATION_CLOSED_BY_RESULT);
    // The row is locked and its status read again: of two simultaneous submits, the second finds it sent.
    const { notificationIds } = await transitionApplications(tx, [application.id], {
      to: "SUBMITTED",
      actorId: input.userId,
      ip: input.ip,
      data: {
        submittedAt: now,
        eligibilityVerdict: eligibility.result.verdict,
        eligibilitySnapshot: eligibility.result as unknown as Prisma.InputJsonValue,
        eligibilityEvaluatedAt: now,
      },
      audit: { action: "application.submit", after: () => ({ submittedAt: now.toISOString(), verdict: eligibility.result.verdict }) },
      event: () => ({
        kind: "application.submitted",
        message: `Lamaran ${application.registrationNumber} telah dikirim pada ${formatWib(now)}. Berkas Anda akan diverifikasi oleh Sekretariat Pansel.`,
        notifyTitle: "Lamaran terkirim",
        link: `/akun/lamaran/${application.id}`,
      }),
    });
    return notificationIds;
  });
  return { submittedAt: now };
}
