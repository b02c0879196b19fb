import "server-only";
// Corrections of a published administrative result, after accepted objections.
import { assertTransition } from "@/lib/applications/status";
import { writeAuditMany, type AuditEntry } from "@/lib/audit";
import { now as clockNow } from "@/lib/clock";
import { Prisma, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordApplicationEvents } from "@/lib/notifications";
import { assertNumberFree, committeeOf, deliver, findSelection, LONG_TRANSACTION, lockSelection, parseHeaderInput, requireChair, type PublishInput, type PublishOutcome } from "./publishing";
import { findResultInForce } from "./queries";
import { buildCorrectionSnapshot, parseResultSnapshot, type ResultCode } from "./snapshot";
import { correctionEventMessage, correctionOpening, correctionTitle, resultClosing } from "./texts";

/**
 * A correction after accepted objections: a new CORRECTION announcement pointing at the original
 * result, whose list is the result in force with only the accepted objections' rows changed
 * (TMS → MS). The original announcement is never touched.
 */
export async function publishCorrection(input: PublishInput): Promise<PublishOutcome & { changed: number }> {
  const now = input.now ?? clockNow();
  const selection = await findSelection(input.slug);
  await requireChair(input.actorId, selection.id);
  const { number, date } = parseHeaderInput(input, selection, now);

  const outcome = await prisma.$transaction(async (tx) => {
    await lockSelection(tx, selection.id);
    const original = await tx.announcement.findFirst({
      where: { selectionId: selection.id, kind: "ADMIN_RESULT", publishedAt: { not: null } },
      select: { id: true, slug: true, number: true, title: true, snapshot: true },
    });
    const originalSnapshot = original ? parseResultSnapshot(original.snapshot) : null;
    if (!original || !originalSnapshot) throw new AppError("CONFLICT", "Hasil seleksi administrasi belum diumumkan; belum ada yang dapat diralat.");
    await assertNumberFree(tx, selection.id, number);
    const inForce = await findResultInForce(original.id, tx);
    const previous = parseResultSnapshot(inForce?.snapshot);
    if (!previous) throw new AppError("INTERNAL", "Daftar hasil yang berlaku tidak dapat dibaca.");

    const accepted = await tx.objection.findMany({
      where: { announcementId: original.id, outcome: "ACCEPTED", application: { status: "ADMIN_FAILED" } },
      select: { id: true, application: { select: { id: true, applicantId: true, registrationNumber: true } } },
    });
    if (accepted.length === 0) throw new AppError("CONFLICT", "Tidak ada sanggah diterima yang belum diralat.");
    const inList = new Set(previous.rows.filter((row) => row.result === "TMS").map((row) => row.registrationNumber));
    const stray = accepted.find((objection) => !inList.has(objection.application.registrationNumber));
    if (stray) throw new AppError("CONFLICT", `Peserta ${stray.application.registrationNumber} tidak tercantum TMS pada daftar yang berlaku.`);

    const corrected = new Map<string, ResultCode>(accepted.map((objection) => [objection.application.registrationNumber, "MS"]));
    const correctionCount = await tx.announcement.count({ where: { correctsId: original.id } });
    const title = correctionTitle(selection.title);
    const opening = correctionOpening({ correctedNumber: original.number ?? originalSnapshot.number, correctedDate: originalSnapshot.date, changes: corrected.size });
    const closing = resultClosing(selection.otherTerms);
    const snapshot = buildCorrectionSnapshot(
      previous,
      {
        kind: "CORRECTION",
        title,
        number,
        date,
        selection: { slug: selection.slug, title: selection.title },
        committee: committeeOf(selection),
        opening,
        closing,
        objectionLastDay: null,
        corrects: { slug: original.slug, number: original.number ?? originalSnapshot.number, title: original.title },
      },
      corrected,
    );
    const announcement = await tx.announcement.create({
      data: {
        selectionId: selection.id,
        kind: "CORRECTION",
        slug: `${selection.slug}-ralat-hasil-administrasi-${correctionCount + 1}`,
        number,
        title,
        body: `${opening}\n\n${closing}`,
        snapshot: snapshot as unknown as Prisma.InputJsonValue,
        publishedAt: now,
        publishedById: input.actorId,
        correctsId: original.id,
      },
      select: { id: true, slug: true },
    });

    assertTransition("ADMIN_FAILED", "ADMIN_PASSED");
    const ids = accepted.map((objection) => objection.application.id);
    const updated = await tx.application.updateMany({
      where: { id: { in: ids }, status: "ADMIN_FAILED" },
      data: { status: "ADMIN_PASSED", version: { increment: 1 } },
    });
    if (updated.count !== ids.length) throw new AppError("CONFLICT", "Data lamaran berubah saat ralat diumumkan. Muat ulang halaman lalu coba lagi.");

    const originalNumber = original.number ?? originalSnapshot.number;
    const notificationIds = await recordApplicationEvents(
      tx,
      accepted.map((objection) => ({
        applicationId: objection.application.id,
        applicantId: objection.application.applicantId,
        kind: "admin_result.corrected",
        message: correctionEventMessage({ number, correctedNumber: originalNumber }),
        actorId: input.actorId,
        data: { announcementSlug: announcement.slug, number, result: "MS", objectionId: objection.id },
        notifyTitle: "Ralat hasil seleksi administrasi",
        link: `/akun/lamaran/${objection.application.id}`,
      })),
    );
    await writeAuditMany(tx, [
      {
        actorId: input.actorId,
        action: "announcement.publish_correction",
        entityType: "Announcement",
        entityId: announcement.id,
        after: { kind: "CORRECTION", slug: announcement.slug, number, date, correctsId: original.id, changes: snapshot.changes },
        ip: input.ip,
      },
      ...accepted.map(
        (objection): AuditEntry => ({
          actorId: input.actorId,
          action: "application.admin_result_corrected",
          entityType: "Application",
          entityId: objection.application.id,
          before: { status: "ADMIN_FAILED", result: "TMS" },
          after: { status: "ADMIN_PASSED", result: "MS", announcementId: announcement.id, objectionId: objection.id },
          ip: input.ip,
        }),
      ),
    ]);
    return { announcementSlug: announcement.slug, totals: snapshot.totals, changed: snapshot.changes.length, notificationIds };
  }, LONG_TRANSACTION);

  await deliver(input, outcome.notificationIds);
  return {
    announcementSlug: outcome.announcementSlug,
    participants: outcome.totals.participants,
    ms: outcome.totals.ms,
    tms: outcome.totals.tms,
    changed: outcome.changed,
  };
}
