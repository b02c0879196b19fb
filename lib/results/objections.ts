import "server-only";
// Objections (sanggah) against the administrative result, when the selection allows them: one per
// applicant per announcement, only for a TMS participant, only within the window (objection-window.ts),
// at most 255 characters, without replacing documents (they stay frozen after submission). The
// secretariat answers within the answer period; accepted objections change the result only through a
// published correction (mutations.ts).
import { writeAudit } from "@/lib/audit";
import { now as clockNow } from "@/lib/clock";
import { formatCalendarDate } from "@/lib/dates/calendar";
import { Prisma, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ObjectionOutcome } from "@/lib/generated/prisma/enums";
import { recordApplicationEvent } from "@/lib/notifications";
import { parseOrThrow } from "@/lib/validation/parse";
import { answerObjectionSchema, submitObjectionSchema } from "@/lib/validation/results";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { canAnswerAt, objectionPeriods, objectionState } from "./objection-window";
import { findApplicationResult } from "./queries";
import { answerEventMessage } from "./texts";

export async function submitObjection(input: { userId: string; applicationId: string; reason: string; ip: string | null; now?: Date }): Promise<{ objectionId: string }> {
  const now = input.now ?? clockNow();
  const { reason } = parseOrThrow(submitObjectionSchema.pick({ reason: true }), { reason: input.reason }, "Periksa kembali alasan sanggah.");
  // Ownership is part of the query: another applicant's application is simply not found.
  const application = await prisma.application.findFirst({
    where: { id: input.applicationId, applicantId: input.userId },
    select: { id: true, status: true, registrationNumber: true, selection: { select: { id: true, objectionEnabled: true, objectionWindowDays: true } } },
  });
  if (!application) throw new AppError("NOT_FOUND", "Lamaran tidak ditemukan.");
  if (!application.selection.objectionEnabled) throw new AppError("LOCKED", "Seleksi ini tidak membuka masa sanggah.");
  // The result that decided this applicant (the first, or the addendum after a reopening): its own window applies.
  const announcement = await findApplicationResult(application.selection.id, application.registrationNumber);
  if (!announcement?.publishedAt) throw new AppError("LOCKED", "Hasil seleksi administrasi belum diumumkan.");
  if (application.status !== "ADMIN_FAILED") {
    throw new AppError("FORBIDDEN", "Sanggah hanya dapat diajukan oleh peserta yang dinyatakan Tidak Memenuhi Syarat.");
  }
  const periods = objectionPeriods(announcement.publishedAt, application.selection.objectionWindowDays);
  if (objectionState(periods, now) !== "OPEN") {
    throw new AppError("DEADLINE_PASSED", `Masa sanggah telah berakhir pada ${formatCalendarDate(periods.lastDay, { weekday: true })} pukul 23.59 WIB.`);
  }
  const existing = await prisma.objection.findUnique({
    where: { applicationId_announcementId: { applicationId: application.id, announcementId: announcement.id } },
    select: { id: true },
  });
  if (existing) throw new AppError("CONFLICT", "Anda sudah mengajukan sanggah atas pengumuman ini. Sanggah hanya dapat diajukan satu kali.");

  try {
    return await prisma.$transaction(async (tx) => {
      const objection = await tx.objection.create({
        data: { applicationId: application.id, announcementId: announcement.id, reason, submittedAt: now },
        select: { id: true },
      });
      await recordApplicationEvent(tx, {
        applicationId: application.id,
        kind: "objection.submitted",
        message: `Sanggah atas Pengumuman Nomor ${announcement.number ?? "-"} telah dikirim. Jawaban Sekretariat Pansel paling lambat ${formatCalendarDate(periods.answerLastDay, { weekday: true })}.`,
        actorId: input.userId,
      });
      await writeAudit(tx, {
        actorId: input.userId,
        action: "objection.submit",
        entityType: "Objection",
        entityId: objection.id,
        after: { applicationId: application.id, announcementId: announcement.id, reason, submittedAt: now.toISOString() },
        ip: input.ip,
      });
      return { objectionId: objection.id };
    });
  } catch (error) {
    // Two tabs at once: the unique (application, announcement) index lets only one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "Anda sudah mengajukan sanggah atas pengumuman ini. Sanggah hanya dapat diajukan satu kali.");
    }
    throw error;
  }
}

export async function answerObjection(input: {
  actorId: string;
  objectionId: string;
  outcome: ObjectionOutcome;
  answer: string;
  ip: string | null;
  now?: Date;
}): Promise<{ outcome: ObjectionOutcome }> {
  const now = input.now ?? clockNow();
  const parsed = parseOrThrow(answerObjectionSchema.pick({ outcome: true, answer: true }), { outcome: input.outcome, answer: input.answer }, "Periksa kembali jawaban sanggah.");
  const objection = await prisma.objection.findUnique({
    where: { id: input.objectionId },
    select: {
      id: true,
      applicationId: true,
      announcement: { select: { publishedAt: true, selectionId: true, selection: { select: { objectionWindowDays: true } } } },
    },
  });
  if (!objection?.announcement.publishedAt || !objection.announcement.selectionId) throw new AppError("NOT_FOUND", "Sanggah tidak ditemukan.");
  await requireSelectionAccess({ actorId: input.actorId, selectionId: objection.announcement.selectionId, permission: "answer:objection",
    refusal: "Hanya Sekretariat Panitia Seleksi ini yang dapat menjawab sanggah.",
  });
  const periods = objectionPeriods(objection.announcement.publishedAt, objection.announcement.selection?.objectionWindowDays ?? 1);
  if (!canAnswerAt(periods, now)) {
    throw new AppError("DEADLINE_PASSED", `Masa jawab sanggah telah berakhir pada ${formatCalendarDate(periods.answerLastDay, { weekday: true })} pukul 23.59 WIB.`);
  }

  const { outcome, answer } = parsed;
  await prisma.$transaction(async (tx) => {
    // Compare-and-set: of two secretariat members answering at once, exactly one answer stands.
    const updated = await tx.objection.updateMany({
      where: { id: objection.id, answeredAt: null },
      data: { outcome, answer, answeredById: input.actorId, answeredAt: now },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "Sanggah ini sudah dijawab.");
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "objection.answer",
      entityType: "Objection",
      entityId: objection.id,
      before: { outcome: null },
      after: { outcome, answer, answeredAt: now.toISOString() },
      ip: input.ip,
    });
    return recordApplicationEvent(tx, {
      applicationId: objection.applicationId,
      kind: "objection.answered",
      message: answerEventMessage({ accepted: outcome === "ACCEPTED", answer }),
      actorId: input.actorId,
      data: { objectionId: objection.id, outcome },
      notifyTitle: "Jawaban sanggah",
      link: `/akun/lamaran/${objection.applicationId}`,
    });
  });
  return { outcome };
}
