// Changes to a selection's own data by the Pansel: the schedule (with its public history) and the
// age reference date. Applicants concerned are told through their timeline and notifications.
import { writeAudit } from "@/lib/audit";
import { now as clockNow } from "@/lib/clock";
import { prisma } from "@/lib/db";
import { formatWibRange } from "@/lib/dates/wib";
import { AppError } from "@/lib/errors";
import { emailNotifications } from "@/lib/notifications";

/** Applications whose applicants must hear about changes: everything sent in and still running. */
const ACTIVE_STATUSES = ["SUBMITTED", "ADMIN_PASSED", "IN_STAGES", "SHORTLISTED"] as const;

export async function rescheduleStage(input: { actorId: string; stageId: string; startsAt: Date; endsAt: Date; reason: string; ip: string | null }) {
  const stage = await prisma.stage.findUnique({
    where: { id: input.stageId },
    select: { id: true, name: true, startsAt: true, endsAt: true, isAllDay: true, selectionId: true, selection: { select: { slug: true, title: true } } },
  });
  if (!stage) throw new AppError("NOT_FOUND", "Tahap tidak ditemukan.");
  if (stage.startsAt.getTime() === input.startsAt.getTime() && stage.endsAt.getTime() === input.endsAt.getTime()) {
    throw new AppError("VALIDATION", "Jadwal baru sama dengan jadwal sekarang.", { startsAt: "Ubah tanggal atau jam terlebih dahulu" });
  }
  const before = formatWibRange(stage.startsAt, stage.endsAt, !stage.isAllDay);
  const after = formatWibRange(input.startsAt, input.endsAt, !stage.isAllDay);
  const message = `Jadwal tahap "${stage.name}" diubah dari ${before} menjadi ${after}. Alasan: ${input.reason}`;
  const at = clockNow();

  const notificationIds = await prisma.$transaction(async (tx) => {
    await tx.stageScheduleChange.create({
      data: {
        stageId: stage.id,
        previousStartsAt: stage.startsAt,
        previousEndsAt: stage.endsAt,
        newStartsAt: input.startsAt,
        newEndsAt: input.endsAt,
        reason: input.reason,
        changedById: input.actorId,
        changedAt: at,
      },
    });
    await tx.stage.update({ where: { id: stage.id }, data: { startsAt: input.startsAt, endsAt: input.endsAt } });
    await tx.announcement.create({
      data: {
        selectionId: stage.selectionId,
        kind: "SCHEDULE_CHANGE",
        slug: `${stage.selection.slug}-jadwal-${at.getTime()}`,
        title: `Perubahan jadwal: ${stage.name}`,
        body: `${message}\n\nSeleksi: ${stage.selection.title}.`,
        publishedAt: at,
        publishedById: input.actorId,
      },
    });
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "stage.reschedule",
      entityType: "Stage",
      entityId: stage.id,
      before: { startsAt: stage.startsAt.toISOString(), endsAt: stage.endsAt.toISOString() },
      after: { startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString(), reason: input.reason },
      ip: input.ip,
    });
    // One statement per table for every applicant concerned, however many there are.
    const applications = await tx.application.findMany({
      where: { selectionId: stage.selectionId, status: { in: [...ACTIVE_STATUSES] } },
      select: { id: true, applicantId: true },
    });
    if (applications.length === 0) return [];
    await tx.applicationEvent.createMany({
      data: applications.map((application) => ({ applicationId: application.id, kind: "schedule.changed", message, actorId: input.actorId })),
    });
    const notifications = await tx.notification.createManyAndReturn({
      data: applications.map((application) => ({
        userId: application.applicantId,
        applicationId: application.id,
        title: "Perubahan jadwal seleksi",
        body: message,
        link: `/seleksi/${stage.selection.slug}#jadwal`,
      })),
      select: { id: true },
    });
    return notifications.map((notification) => notification.id);
  });
  await emailNotifications(notificationIds);
  return { slug: stage.selection.slug };
}
