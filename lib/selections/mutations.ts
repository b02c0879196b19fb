import { enqueueNotificationMails } from "@/lib/notifications";
import "server-only";
// Changes to a selection's own data by the Pansel: the schedule (with its public history) and the
// age reference date. Applicants concerned are told through their timeline and notifications.
import { writeAudit } from "@/lib/audit";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { now as clockNow } from "@/lib/clock";
import { Prisma, prisma } from "@/lib/db";
import { formatCalendarDate } from "@/lib/dates/calendar";
import { formatWib, formatWibRange } from "@/lib/dates/wib";
import { PROFILE_ELIGIBILITY_SELECT } from "@/lib/eligibility/profile-candidate";
import { evaluateWithVerdicts, extendedAgeReliance, toVerifiedDocuments, VERIFICATION_REQUIREMENT_SELECT } from "@/lib/verification/evaluation";
import { AppError } from "@/lib/errors";
import { assertDecisionTransition, vacancyDecisionState, type RoundData } from "@/lib/decisions/steps";
import { latestExtendedClosing, latestReopenedClosing, movedWindow, originalClosing } from "./registration-window";
import { transitionSelection } from "./transitions";

/** Applications whose applicants must hear about changes: everything sent in and still running. */
const ACTIVE_STATUSES = ["SUBMITTED", "ADMIN_PASSED", "IN_STAGES", "SHORTLISTED"] as const;
/** A registration change also concerns those with a draft: an extension gives them time to send it. */
const REGISTRATION_STATUSES = ["DRAFT", ...ACTIVE_STATUSES] as const;
const SCHEDULE_REFUSAL = "Hanya administrator atau Sekretariat Pansel seleksi ini yang dapat mengubah jadwal seleksi.";

const STAGE_FOR_MOVE_SELECT = {
  id: true,
  kind: true,
  name: true,
  startsAt: true,
  endsAt: true,
  isAllDay: true,
  selectionId: true,
  changes: { select: { previousEndsAt: true, newEndsAt: true, changedAt: true, kind: true } },
  selection: { select: { slug: true, title: true, status: true, registrationOpensAt: true, registrationClosesAt: true, documentDeadlineAt: true } },
} satisfies Prisma.StageSelect;
type StageForMove = Prisma.StageGetPayload<{ select: typeof STAGE_FOR_MOVE_SELECT }>;

export async function rescheduleStage(input: { actorId: string; stageId: string; startsAt: Date; endsAt: Date; reason: string; ip: string | null }) {
  const stage = await prisma.stage.findUnique({ where: { id: input.stageId }, select: STAGE_FOR_MOVE_SELECT });
  if (!stage) throw new AppError("NOT_FOUND", "Tahap tidak ditemukan.");
  await requireSelectionAccess({ actorId: input.actorId, selectionId: stage.selectionId, permission: "manage:selection", refusal: SCHEDULE_REFUSAL });
  if (stage.startsAt.getTime() === input.startsAt.getTime() && stage.endsAt.getTime() === input.endsAt.getTime()) {
    throw new AppError("VALIDATION", "Jadwal baru sama dengan jadwal sekarang.", { startsAt: "Ubah tanggal atau jam terlebih dahulu" });
  }
  if (stage.kind === "REGISTRATION") {
    // Once the administrative result is out (the selection is CLOSED or further), registration cannot move;
    // after an escalation the chair reopens it instead (`reopenRegistration`).
    if (stage.selection.status !== "DRAFT" && stage.selection.status !== "OPEN") {
      throw new AppError("LOCKED", "Pendaftaran seleksi ini sudah ditutup dengan pengumuman hasil seleksi administrasi; jadwalnya tidak dapat diubah lagi.");
    }
    const latest = latestExtendedClosing(originalClosing(stage.endsAt, stage.changes));
    if (input.endsAt.getTime() > latest.getTime()) {
      throw new AppError("VALIDATION", "Perpanjangan pendaftaran terlalu panjang.", {
        endsAt: `Pendaftaran dapat diperpanjang paling lama 2 × 7 hari dari penutupan semula, yaitu sampai ${formatWib(latest)}`,
      });
    }
  }
  const before = formatWibRange(stage.startsAt, stage.endsAt, !stage.isAllDay);
  const after = formatWibRange(input.startsAt, input.endsAt, !stage.isAllDay);
  const message = `Jadwal tahap "${stage.name}" diubah dari ${before} menjadi ${after}. Alasan: ${input.reason}`;
  await prisma.$transaction((tx) =>
    moveStage(tx, stage, { ...input, kind: "RESCHEDULE", at: clockNow(), message, title: `Perubahan jadwal: ${stage.name}` }),
  );
  return { slug: stage.selection.slug };
}

const REOPEN_REFUSAL = "Hanya Ketua Pansel seleksi ini yang dapat membuka kembali pendaftaran.";

/**
 * After an escalation (fewer qualified candidates than names needed), the chair reopens registration: the
 * selection leaves ESCALATED for OPEN through the status machine and the registration stage runs until
 * `endsAt`, through the same writer as an extension (public history, window enforced, applicants and drafts
 * told). Only when every vacancy of the selection is escalated: the others would still be in the flow.
 */
export async function reopenRegistration(input: { actorId: string; slug: string; endsAt: Date; reason: string; ip: string | null }) {
  const selection = await prisma.selection.findUnique({
    where: { slug: input.slug },
    select: {
      id: true,
      stages: { where: { kind: "REGISTRATION" }, orderBy: { order: "asc" }, take: 1, select: STAGE_FOR_MOVE_SELECT },
      vacancies: { select: { title: true, decisions: { orderBy: { createdAt: "asc" }, select: { kind: true } } } },
    },
  });
  if (!selection) throw new AppError("NOT_FOUND", "Seleksi tidak ditemukan.");
  await requireSelectionAccess({ actorId: input.actorId, selectionId: selection.id, permission: "reopen:registration", refusal: REOPEN_REFUSAL });
  const stage = selection.stages[0];
  if (!stage) throw new AppError("VALIDATION", "Seleksi ini tidak mempunyai tahap pendaftaran.");
  // An escalation earlier reopened and followed by a new round counts as in the flow again.
  const inFlow = selection.vacancies.filter((vacancy) => vacancyDecisionState(vacancy.decisions.map((decision) => decision.kind)) !== "ESCALATED");
  if (stage.selection.status !== "ESCALATED" || inFlow.length > 0) {
    throw new AppError(
      "INVALID_TRANSITION",
      inFlow.length > 0
        ? `Pendaftaran hanya dapat dibuka kembali bila setiap jabatan seleksi ini dieskalasi; belum: ${inFlow.map((vacancy) => vacancy.title).join(", ")}.`
        : "Pendaftaran hanya dapat dibuka kembali setelah seleksi dieskalasi kepada lembaga pengawas.",
    );
  }
  const at = clockNow();
  const latest = latestReopenedClosing(at);
  if (input.endsAt.getTime() <= at.getTime()) {
    throw new AppError("VALIDATION", "Penutupan pendaftaran harus sesudah saat ini.", { endsAt: `Isi waktu sesudah ${formatWib(at)}` });
  }
  if (input.endsAt.getTime() > latest.getTime()) {
    throw new AppError("VALIDATION", "Pembukaan kembali pendaftaran terlalu panjang.", {
      endsAt: `Pendaftaran dapat dibuka kembali paling lama 14 hari sejak dibuka, yaitu sampai ${formatWib(latest)}`,
    });
  }
  const message = `Pendaftaran dibuka kembali sampai ${formatWib(input.endsAt)}. Alasan: ${input.reason}`;
  await prisma.$transaction(async (tx) => {
    await transitionSelection(tx, { selectionId: selection.id, to: "OPEN", actorId: input.actorId, ip: input.ip, cause: "registration.reopen", action: "selection.reopen_registration" });
    await startDecisionRounds(tx, { selectionId: selection.id, actorId: input.actorId, ip: input.ip, at, reason: input.reason });
    return moveStage(tx, stage, { ...input, startsAt: stage.startsAt, kind: "REOPENING", at, message, title: `Pendaftaran dibuka kembali: ${stage.name}` });
  });
  return { slug: input.slug };
}

/**
 * Each escalated vacancy starts a new round of the decision flow (lib/decisions/steps.ts): a ROUND_REOPENED
 * row after its escalation, which stays in the history. Read under the selection's lock taken by the status move.
 */
async function startDecisionRounds(tx: Prisma.TransactionClient, input: { selectionId: string; actorId: string; ip: string | null; at: Date; reason: string }): Promise<void> {
  const vacancies = await tx.vacancy.findMany({
    where: { selectionId: input.selectionId },
    orderBy: { order: "asc" },
    select: { id: true, decisions: { orderBy: { createdAt: "asc" }, select: { kind: true } } },
  });
  // The applications scored so far: the new round's proposal waits for a score of another one (steps.ts, roundScoredBefore).
  const scored = await tx.score.findMany({
    where: { stage: { selectionId: input.selectionId }, status: { not: "DRAFT" } },
    distinct: ["applicationId"],
    select: { applicationId: true, application: { select: { vacancyId: true } } },
  });
  for (const vacancy of vacancies) {
    assertDecisionTransition(vacancy.decisions.map((decision) => decision.kind), "ROUND_REOPENED");
    const data: RoundData = { reason: input.reason, scoredApplicationIds: scored.filter((score) => score.application.vacancyId === vacancy.id).map((score) => score.applicationId).sort() };
    const decision = await tx.selectionDecision.create({
      data: { selectionId: input.selectionId, vacancyId: vacancy.id, kind: "ROUND_REOPENED", actorId: input.actorId, note: input.reason, data, createdAt: input.at },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: input.actorId, action: "decision.reopen_round", entityType: "SelectionDecision", entityId: decision.id, after: { vacancyId: vacancy.id, reason: input.reason }, ip: input.ip });
  }
}

/**
 * The one writer of a stage's schedule: the change row (public history), the stage, the registration window
 * the server enforces when it is the registration stage, the public announcement, the audit row, and the
 * applicants' timeline and notifications. Returns the notifications to e-mail after the commit.
 */
async function moveStage(
  tx: Prisma.TransactionClient,
  stage: StageForMove,
  move: { actorId: string; startsAt: Date; endsAt: Date; reason: string; ip: string | null; kind: "RESCHEDULE" | "REOPENING"; at: Date; message: string; title: string },
): Promise<string[]> {
  const registration = stage.kind === "REGISTRATION";
  const { at, message } = move;
  // Two editors at once: the second finds the stage changed under it and is refused, not overwritten.
  const [locked] = await tx.$queryRaw<Array<{ startsAt: Date; endsAt: Date }>>`SELECT "startsAt", "endsAt" FROM "Stage" WHERE id = ${stage.id} FOR UPDATE`;
  if (!locked || locked.startsAt.getTime() !== stage.startsAt.getTime() || locked.endsAt.getTime() !== stage.endsAt.getTime()) {
    throw new AppError("CONFLICT", "Jadwal tahap ini baru saja diubah pengguna lain. Muat ulang halaman lalu periksa kembali.");
  }
  await tx.stageScheduleChange.create({
    data: {
      stageId: stage.id,
      kind: move.kind,
      previousStartsAt: stage.startsAt,
      previousEndsAt: stage.endsAt,
      newStartsAt: move.startsAt,
      newEndsAt: move.endsAt,
      reason: move.reason,
      changedById: move.actorId,
      changedAt: at,
    },
  });
  await tx.stage.update({ where: { id: stage.id }, data: { startsAt: move.startsAt, endsAt: move.endsAt } });
  if (registration) {
    // The one writer of the window the server enforces (apply, submit, upload): it follows the stage.
    const { selection } = stage;
    const window = movedWindow(
      { opensAt: selection.registrationOpensAt, closesAt: selection.registrationClosesAt, documentDeadlineAt: selection.documentDeadlineAt },
      move.startsAt,
      move.endsAt,
    );
    await tx.selection.update({
      where: { id: stage.selectionId },
      data: { registrationOpensAt: window.opensAt, registrationClosesAt: window.closesAt, documentDeadlineAt: window.documentDeadlineAt },
    });
  }
  await tx.announcement.create({
    data: {
      selectionId: stage.selectionId,
      kind: "SCHEDULE_CHANGE",
      slug: `${stage.selection.slug}-jadwal-${at.getTime()}`,
      title: move.title,
      body: `${message}\n\nSeleksi: ${stage.selection.title}.`,
      publishedAt: at,
      publishedById: move.actorId,
    },
  });
  await writeAudit(tx, {
    actorId: move.actorId,
    action: "stage.reschedule",
    entityType: "Stage",
    entityId: stage.id,
    before: { startsAt: stage.startsAt.toISOString(), endsAt: stage.endsAt.toISOString() },
    after: {
      startsAt: move.startsAt.toISOString(),
      endsAt: move.endsAt.toISOString(),
      reason: move.reason,
      ...(registration ? { registrationWindowMoved: true } : {}),
      ...(move.kind === "REOPENING" ? { reopening: true } : {}),
    },
    ip: move.ip,
  });
  // One statement per table for every applicant concerned, however many there are.
  const applications = await tx.application.findMany({
    where: { selectionId: stage.selectionId, status: { in: registration ? [...REGISTRATION_STATUSES] : [...ACTIVE_STATUSES] } },
    select: { id: true, applicantId: true },
  });
  if (applications.length === 0) return [];
  await tx.applicationEvent.createMany({
    data: applications.map((application) => ({ applicationId: application.id, kind: "schedule.changed", message, actorId: move.actorId })),
  });
  const notifications = await tx.notification.createManyAndReturn({
    data: applications.map((application) => ({
      userId: application.applicantId,
      applicationId: application.id,
      title: move.kind === "REOPENING" ? "Pendaftaran dibuka kembali" : "Perubahan jadwal seleksi",
      body: message,
      link: `/seleksi/${stage.selection.slug}#jadwal`,
    })),
    select: { id: true },
  });
  const ids = notifications.map((notification) => notification.id);
  await enqueueNotificationMails(tx, ids);
  return ids;
}

const REEVALUATED_STATUSES = ["SUBMITTED", "ADMIN_PASSED", "ADMIN_FAILED", "IN_STAGES", "SHORTLISTED", "NOT_SHORTLISTED"] as const;

/**
 * Sets the real age reference date (the date of the Wali Kota's decree) and re-evaluates every sent-in
 * application against it, with the secretariat's document verdicts, storing the new result as the
 * application's eligibility snapshot. Applicants whose verdict changes are told.
 */
export async function setReferenceDate(input: { actorId: string; slug: string; referenceDate: string; ip: string | null }) {
  const selection = await prisma.selection.findUnique({
    where: { slug: input.slug },
    select: {
      id: true,
      slug: true,
      referenceDatePlanned: true,
      referenceDateActual: true,
      ageReading: true,
      organiser: { select: { regionCode: true } },
      rules: { orderBy: { order: "asc" }, select: { ruleId: true, params: true } },
      documents: { select: VERIFICATION_REQUIREMENT_SELECT },
    },
  });
  if (!selection) throw new AppError("NOT_FOUND", "Seleksi tidak ditemukan.");
  await requireSelectionAccess({ actorId: input.actorId, selectionId: selection.id, permission: "manage:selection", refusal: SCHEDULE_REFUSAL });
  const applications = await prisma.application.findMany({
    where: { selectionId: selection.id, status: { in: [...REEVALUATED_STATUSES] } },
    select: {
      id: true,
      applicantId: true,
      noMppStatement: true,
      eligibilityVerdict: true,
      applicant: { select: { profile: { select: { ...PROFILE_ELIGIBILITY_SELECT } } } },
      documents: {
        select: {
          requirementId: true,
          status: true,
          verifications: { orderBy: { verifiedAt: "desc" }, take: 1, select: { verdict: true, reason: true } },
        },
      },
    },
  });
  const config = {
    rules: selection.rules.map((rule) => ({ ruleId: rule.ruleId, params: rule.params })),
    referenceDate: input.referenceDate,
    ageReading: selection.ageReading,
  };
  const results = applications.map((application) => {
    const profile = application.applicant.profile;
    const documents = toVerifiedDocuments({
      requirements: selection.documents,
      documents: application.documents.map((document) => ({
        requirementId: document.requirementId,
        status: document.status,
        latestVerdict: document.verifications[0] ?? null,
      })),
      applicability: {
        applicantRegionCode: profile?.institution?.regionCode ?? null,
        organiserRegionCode: selection.organiser.regionCode,
        reliesOnExtendedAge: extendedAgeReliance({ config, profile, noMppStatement: application.noMppStatement }),
      },
    });
    return { application, result: evaluateWithVerdicts({ config, profile, noMppStatement: application.noMppStatement, documents }) };
  });
  const at = clockNow();
  const dateText = formatCalendarDate(input.referenceDate);

  const notificationIds = await prisma.$transaction(async (tx) => {
    await tx.selection.update({ where: { id: selection.id }, data: { referenceDateActual: new Date(`${input.referenceDate}T00:00:00.000Z`) } });
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "selection.set_reference_date",
      entityType: "Selection",
      entityId: selection.id,
      before: { referenceDateActual: selection.referenceDateActual?.toISOString().slice(0, 10) ?? null },
      after: { referenceDateActual: input.referenceDate, reevaluated: results.length },
      ip: input.ip,
    });
    for (const { application, result } of results) {
      await tx.application.update({
        where: { id: application.id },
        data: { eligibilityVerdict: result.verdict, eligibilitySnapshot: result as unknown as Prisma.InputJsonValue, eligibilityEvaluatedAt: at },
      });
    }
    const changed = results.filter(({ application, result }) => application.eligibilityVerdict !== result.verdict);
    if (results.length > 0) {
      await tx.applicationEvent.createMany({
        data: results.map(({ application, result }) => ({
          applicationId: application.id,
          kind: "eligibility.reevaluated",
          message: `Persyaratan dihitung ulang dengan tanggal acuan ${dateText} (tanggal keputusan pengangkatan). Hasil: ${VERDICT_LABELS[result.verdict]}.`,
          actorId: input.actorId,
        })),
      });
    }
    if (changed.length === 0) return [];
    const notifications = await tx.notification.createManyAndReturn({
      data: changed.map(({ application, result }) => ({
        userId: application.applicantId,
        applicationId: application.id,
        title: "Hasil pemeriksaan persyaratan berubah",
        body: `Dengan tanggal acuan ${dateText}, hasil pemeriksaan persyaratan Anda menjadi: ${VERDICT_LABELS[result.verdict]}.`,
        link: `/akun/lamaran/${application.id}`,
      })),
      select: { id: true },
    });
    const ids = notifications.map((notification) => notification.id);
    await enqueueNotificationMails(tx, ids);
    return ids;
  });
  return { slug: selection.slug, reevaluated: results.length, changed: notificationIds.length };
}

const VERDICT_LABELS = {
  ELIGIBLE: "memenuhi syarat",
  NOT_ELIGIBLE: "tidak memenuhi syarat",
  PENDING_VERIFICATION: "menunggu verifikasi",
} as const;
