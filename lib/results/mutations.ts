import "server-only";
// Publishing the administrative result: one transaction that freezes the list (Announcement.snapshot),
// moves every application's status (and the selection's, to CLOSED) through the state machines,
// records the applicant's timeline entry and notification, and writes the audit rows; e-mails go after
// commit, through the one publishing kit (lib/announcements/publishing.ts). Corrections: corrections.ts.
import { transitionApplications } from "@/lib/applications/transitions";
import { publishAnnouncement, type PublishInput } from "@/lib/announcements/publishing";
import { AppError } from "@/lib/errors";
import { transitionSelection } from "@/lib/selections/transitions";
import { adminDecisionStateOf, splitReasons } from "./admin-decision";
import { blockersOf, describeBlocker } from "./draft";
import { objectionPeriods } from "./objection-window";
import { buildResultSnapshot, type ResultCode } from "./snapshot";
import { addendumTitle, resultClosing, resultEventMessage, resultOpening, resultTitle } from "./texts";

export { publishCorrection } from "./corrections";

export type PublishOutcome = { announcementSlug: string; participants: number; ms: number; tms: number };

export function publishAdministrativeResult(input: PublishInput): Promise<PublishOutcome> {
  return publishAnnouncement(input, async ({ tx, selection, number, date, now, committee, actorId, ip, createAnnouncement }) => {
    // Earlier results of this selection, oldest first. Another one is an addendum, possible only while registration
    // is open again after the chair reopened it (the status machine: a result moves OPEN → CLOSED, the reopening
    // ESCALATED → OPEN); it lists only the applications sent since, the earlier results stay as published.
    const earlier = await tx.announcement.findMany({
      where: { selectionId: selection.id, kind: "ADMIN_RESULT" },
      orderBy: { createdAt: "asc" },
      select: { slug: true, number: true, title: true },
    });
    const previous = earlier.at(-1);
    if (previous) {
      const { status } = await tx.selection.findUniqueOrThrow({ where: { id: selection.id }, select: { status: true } });
      if (status !== "OPEN") {
        throw new AppError("CONFLICT", `Hasil seleksi administrasi seleksi ini sudah diumumkan (Nomor ${previous.number ?? "-"}). Perubahan hanya melalui ralat.`);
      }
    }
    const supplements = previous ? { slug: previous.slug, number: previous.number ?? "-", title: previous.title } : null;
    // Lock the applications being published: a decision edited now waits for this transaction, and
    // what is read below is exactly what is frozen.
    await tx.$queryRaw`SELECT id FROM "Application" WHERE "selectionId" = ${selection.id} AND status = 'SUBMITTED' FOR UPDATE`;
    const applications = await tx.application.findMany({
      where: { selectionId: selection.id, status: "SUBMITTED" },
      select: {
        id: true,
        applicantId: true,
        registrationNumber: true,
        adminDecision: true,
        adminDecisionReason: true,
        adminDecidedById: true,
        adminConfirmedById: true,
        vacancy: { select: { title: true, order: true } },
        applicant: { select: { name: true, nip: true, profile: { select: { fullName: true, nip: true } } } },
      },
    });
    if (applications.length === 0) throw new AppError("VALIDATION", "Belum ada lamaran terkirim yang dapat diumumkan.");

    const entries = applications.map((application) => ({
      ...application,
      name: application.applicant.profile?.fullName ?? application.applicant.name,
      state: adminDecisionStateOf(application, selection.rejectionNeedsSecondCheck),
      reasons: splitReasons(application.adminDecisionReason),
    }));
    const blockers = blockersOf(entries);
    if (blockers.length > 0) {
      throw new AppError(
        "VALIDATION",
        `Hasil belum dapat diumumkan: ${blockers.length} lamaran belum selesai diputuskan.`,
        Object.fromEntries(blockers.map((blocker, index) => [`pending.${index}`, describeBlocker(blocker)])),
      );
    }

    const resultOf = (state: string): ResultCode => (state === "DECIDED_MS" ? "MS" : "TMS");
    const ms = entries.filter((entry) => resultOf(entry.state) === "MS").length;
    const tms = entries.length - ms;
    const periods = selection.objectionEnabled ? objectionPeriods(now, selection.objectionWindowDays) : null;
    const objectionLastDay = periods?.lastDay ?? null;
    const title = supplements ? addendumTitle(selection.title) : resultTitle(selection.title);
    const opening = resultOpening({ selectionTitle: selection.title, participants: entries.length, ms, tms, objectionLastDay, supplements });
    const closing = resultClosing(selection.otherTerms);
    const snapshot = buildResultSnapshot(
      { kind: "ADMIN_RESULT", title, number, date, selection: { slug: selection.slug, title: selection.title }, committee, opening, closing, objectionLastDay, corrects: null, supplements },
      entries.map((entry) => ({
        registrationNumber: entry.registrationNumber,
        name: entry.name,
        nip: entry.applicant.profile?.nip ?? entry.applicant.nip,
        vacancyTitle: entry.vacancy.title,
        vacancyOrder: entry.vacancy.order,
        result: resultOf(entry.state),
      })),
    );
    const slug = supplements ? `${selection.slug}-hasil-administrasi-tambahan-${earlier.length}` : `${selection.slug}-hasil-administrasi`;
    const announcement = await createAnnouncement({
      kind: "ADMIN_RESULT",
      slug,
      title,
      opening,
      closing,
      snapshot,
      audit: { action: "announcement.publish", after: { kind: "ADMIN_RESULT", slug, number, date, participants: entries.length, ms, tms, supplements: supplements?.slug ?? null } },
    });

    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const notificationIds: string[] = [];
    for (const result of ["MS", "TMS"] as const) {
      const moved = await transitionApplications(
        tx,
        entries.filter((entry) => resultOf(entry.state) === result).map((entry) => entry.id),
        {
          to: result === "MS" ? "ADMIN_PASSED" : "ADMIN_FAILED",
          actorId,
          ip,
          audit: {
            action: "application.admin_result",
            after: (move) => ({
              result,
              announcementId: announcement.id,
              decidedById: byId.get(move.id)!.adminDecidedById,
              confirmedById: byId.get(move.id)!.adminConfirmedById,
            }),
          },
          event: (move) => {
            const reasons = result === "TMS" ? byId.get(move.id)!.reasons : [];
            return {
              kind: "admin_result.published",
              message: resultEventMessage({ number, result, reasons, objectionLastDay }),
              data: { announcementSlug: announcement.slug, number, result, reasons },
              notifyTitle: "Hasil seleksi administrasi",
              link: `/akun/lamaran/${move.id}`,
            };
          },
        },
      );
      notificationIds.push(...moved.notificationIds);
    }
    // No application can be sent any more (submitApplication refuses after this announcement): registration is over.
    await transitionSelection(tx, { selectionId: selection.id, to: "CLOSED", actorId, ip, cause: "announcement.publish" });
    return { outcome: { announcementSlug: announcement.slug, participants: entries.length, ms, tms }, notificationIds };
  });
}
