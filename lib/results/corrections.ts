import "server-only";
// Corrections of a published administrative result, after accepted objections.
import { transitionApplications } from "@/lib/applications/transitions";
import { publishAnnouncement, type PublishInput } from "@/lib/announcements/publishing";
import { AppError } from "@/lib/errors";
import { recordApplicationEvents } from "@/lib/notifications";
import type { PublishOutcome } from "./mutations";
import { findResultInForce } from "./queries";
import { buildCorrectionSnapshot, parseResultSnapshot, type ResultCode } from "./snapshot";
import { correctionEventMessage, correctionOpening, correctionTitle, resultClosing } from "./texts";

/**
 * A correction after accepted objections: a new CORRECTION announcement pointing at the original
 * result, whose list is the result in force with only the accepted objections' rows changed
 * (TMS → MS). The original announcement is never touched.
 */
export function publishCorrection(input: PublishInput): Promise<PublishOutcome & { changed: number }> {
  return publishAnnouncement(input, async ({ tx, selection, number, date, committee, actorId, ip, createAnnouncement }) => {
    // With an addendum after a reopening there are several results: the earliest one with accepted objections
    // waiting is corrected (each correction points at its own result); otherwise the first, for the refusal below.
    const waiting = await tx.objection.findFirst({
      where: { announcement: { selectionId: selection.id, kind: "ADMIN_RESULT" }, outcome: "ACCEPTED", application: { status: "ADMIN_FAILED" } },
      orderBy: { announcement: { createdAt: "asc" } },
      select: { announcementId: true },
    });
    const original = await tx.announcement.findFirst({
      where: { selectionId: selection.id, kind: "ADMIN_RESULT", publishedAt: { not: null }, ...(waiting ? { id: waiting.announcementId } : {}) },
      orderBy: { createdAt: "asc" },
      select: { id: true, slug: true, number: true, title: true, snapshot: true },
    });
    const originalSnapshot = original ? parseResultSnapshot(original.snapshot) : null;
    if (!original || !originalSnapshot) throw new AppError("CONFLICT", "Hasil seleksi administrasi belum diumumkan; belum ada yang dapat diralat.");
    const inForce = await findResultInForce(original.id, tx);
    const previous = parseResultSnapshot(inForce?.snapshot);
    if (!previous) throw new AppError("INTERNAL", "Daftar hasil yang berlaku tidak dapat dibaca.");

    const accepted = await tx.objection.findMany({
      where: { announcementId: original.id, outcome: "ACCEPTED", application: { status: "ADMIN_FAILED" } },
      select: { id: true, application: { select: { id: true, registrationNumber: true } } },
    });
    if (accepted.length === 0) throw new AppError("CONFLICT", "Tidak ada sanggah diterima yang belum diralat.");
    const inList = new Set(previous.rows.filter((row) => row.result === "TMS").map((row) => row.registrationNumber));
    const stray = accepted.find((objection) => !inList.has(objection.application.registrationNumber));
    if (stray) throw new AppError("CONFLICT", `Peserta ${stray.application.registrationNumber} tidak tercantum TMS pada daftar yang berlaku.`);

    const corrected = new Map<string, ResultCode>(accepted.map((objection) => [objection.application.registrationNumber, "MS"]));
    // Numbered over every administrative result of the selection, so an addendum's correction gets a slug of its own.
    const correctionCount = await tx.announcement.count({ where: { kind: "CORRECTION", corrects: { selectionId: selection.id, kind: "ADMIN_RESULT" } } });
    const originalNumber = original.number ?? originalSnapshot.number;
    const title = correctionTitle(selection.title);
    const opening = correctionOpening({ correctedNumber: originalNumber, correctedDate: originalSnapshot.date, changes: corrected.size });
    const closing = resultClosing(selection.otherTerms);
    const snapshot = buildCorrectionSnapshot(
      previous,
      {
        kind: "CORRECTION",
        title,
        number,
        date,
        selection: { slug: selection.slug, title: selection.title },
        committee,
        opening,
        closing,
        objectionLastDay: null,
        corrects: { slug: original.slug, number: originalNumber, title: original.title },
      },
      corrected,
    );
    const slug = `${selection.slug}-ralat-hasil-administrasi-${correctionCount + 1}`;
    const announcement = await createAnnouncement({
      kind: "CORRECTION",
      slug,
      title,
      opening,
      closing,
      snapshot,
      correctsId: original.id,
      audit: { action: "announcement.publish_correction", after: { kind: "CORRECTION", slug, number, date, correctsId: original.id, changes: snapshot.changes } },
    });

    const objectionOf = new Map(accepted.map((objection) => [objection.application.id, objection.id]));
    const { moves } = await transitionApplications(tx, [...objectionOf.keys()], {
      to: "ADMIN_PASSED",
      actorId,
      ip,
      audit: {
        action: "application.admin_result_corrected",
        before: () => ({ result: "TMS" }),
        after: (move) => ({ result: "MS", announcementId: announcement.id, objectionId: objectionOf.get(move.id) }),
      },
    });
    const notificationIds = await recordApplicationEvents(
      tx,
      moves.map((move) => ({
        applicationId: move.id,
        applicantId: move.applicantId,
        kind: "admin_result.corrected",
        message: correctionEventMessage({ number, correctedNumber: originalNumber }),
        actorId,
        data: { announcementSlug: announcement.slug, number, result: "MS", objectionId: objectionOf.get(move.id) },
        notifyTitle: "Ralat hasil seleksi administrasi",
        link: `/akun/lamaran/${move.id}`,
      })),
    );
    const { totals } = snapshot;
    return { outcome: { announcementSlug: announcement.slug, participants: totals.participants, ms: totals.ms, tms: totals.tms, changed: snapshot.changes.length }, notificationIds };
  });
}
