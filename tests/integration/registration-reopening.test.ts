// After an escalation (fewer qualified than names needed), the chair reopens registration (#15 item 3): the
// selection leaves ESCALATED for OPEN through the status machine, the registration stage and the window the
// server enforces move through the one schedule writer, the public history records the reopening and its
// reason, and applicants (drafts too) are told.
import { beforeAll, describe, expect, it } from "vitest";
import { now } from "@/lib/clock";
import { prisma } from "@/lib/db";
import { escalateVacancy } from "@/lib/decisions/propose";
import { getDecisionBoard } from "@/lib/decisions/queries";
import { reopenRegistration, rescheduleStage } from "@/lib/selections/mutations";
import { demoUserId } from "../factories/applications";
import { createScoringSelection, scoreInterviewAndClose, type ScoringSelection } from "../factories/scoring";
import { refusal } from "../fixtures/refusal";

const IP = "10.4.5.6";
const DAY = 24 * 60 * 60 * 1000;
const REASON = "Lembaga pengawas memutuskan pendaftaran dibuka kembali selama tujuh hari.";
let selection: ScoringSelection;
let draftApplicantId: string;

beforeAll(async () => {
  selection = await createScoringSelection({ candidates: ["Indra Wijaya, S.H.", "Joko Santoso, S.E."], registrationStage: true });
  await scoreInterviewAndClose(selection, (index) => 80 - index * 5, IP);
  // An applicant who kept a draft: a reopening gives them time to send it, so they are told too.
  const draft = await prisma.application.findUniqueOrThrow({ where: { id: selection.candidates[1]!.applicationId }, select: { applicantId: true } });
  draftApplicantId = draft.applicantId;
}, 120_000);

describe("reopening registration after an escalation", () => {
  it("is refused before the escalation", async () => {
    const early = await refusal(reopenRegistration({ actorId: selection.chairId, slug: selection.slug, endsAt: new Date(now().getTime() + 7 * DAY), reason: REASON, ip: IP }));
    expect(early.code).toBe("INVALID_TRANSITION");
  });

  it("is the chair's only, and within 14 days of the reopening", async () => {
    await escalateVacancy({ actorId: selection.chairId, slug: selection.slug, vacancyId: selection.vacancyIds[0]!, option: "REOPEN", note: "Hanya dua peserta memenuhi syarat; diusulkan membuka kembali pendaftaran.", ip: IP });
    expect((await getDecisionBoard({ actorId: selection.chairId, slug: selection.slug })).viewer.canReopenRegistration).toBe(true);
    expect((await getDecisionBoard({ actorId: selection.memberIds[0], slug: selection.slug })).viewer.canReopenRegistration).toBe(false);
    const endsAt = new Date(now().getTime() + 7 * DAY);
    for (const actorId of [selection.secretariatId, selection.memberIds[0], await demoUserId("ppk@demo.seleksi.id")]) {
      expect((await refusal(reopenRegistration({ actorId, slug: selection.slug, endsAt, reason: REASON, ip: IP }))).code).toBe("FORBIDDEN");
    }
    const tooLong = await refusal(reopenRegistration({ actorId: selection.chairId, slug: selection.slug, endsAt: new Date(now().getTime() + 15 * DAY), reason: REASON, ip: IP }));
    expect(tooLong.code).toBe("VALIDATION");
    const past = await refusal(reopenRegistration({ actorId: selection.chairId, slug: selection.slug, endsAt: new Date(now().getTime() - DAY), reason: REASON, ip: IP }));
    expect(past.code).toBe("VALIDATION");
    // The ordinary schedule writer still refuses to move a closed registration.
    const stage = await prisma.stage.findFirstOrThrow({ where: { selectionId: selection.id, kind: "REGISTRATION" }, select: { id: true, startsAt: true } });
    const moved = await refusal(rescheduleStage({ actorId: selection.secretariatId, stageId: stage.id, startsAt: stage.startsAt, endsAt, reason: REASON, ip: IP }));
    expect(moved.code).toBe("LOCKED");
    expect((await prisma.selection.findUniqueOrThrow({ where: { id: selection.id } })).status).toBe("ESCALATED");
  });

  it("opens the selection again, moves the enforced window, records the reason publicly and tells the applicants", async () => {
    const endsAt = new Date(Math.floor((now().getTime() + 7 * DAY) / 60_000) * 60_000);
    await prisma.application.update({ where: { id: selection.candidates[1]!.applicationId }, data: { status: "DRAFT" } });
    await reopenRegistration({ actorId: selection.chairId, slug: selection.slug, endsAt, reason: REASON, ip: IP });

    const stored = await prisma.selection.findUniqueOrThrow({ where: { id: selection.id }, select: { status: true, registrationClosesAt: true, documentDeadlineAt: true } });
    expect(stored).toEqual({ status: "OPEN", registrationClosesAt: endsAt, documentDeadlineAt: endsAt });
    const change = await prisma.stageScheduleChange.findFirstOrThrow({ where: { stage: { selectionId: selection.id, kind: "REGISTRATION" } }, select: { kind: true, reason: true, newEndsAt: true, previousEndsAt: true } });
    expect(change).toEqual({ kind: "REOPENING", reason: REASON, newEndsAt: endsAt, previousEndsAt: new Date("2025-10-09T09:00:00Z") });
    const announcement = await prisma.announcement.findFirstOrThrow({ where: { selectionId: selection.id, kind: "SCHEDULE_CHANGE" }, select: { title: true, body: true, publishedAt: true } });
    expect(announcement.title).toBe("Pendaftaran dibuka kembali: Pendaftaran dan penyampaian berkas lamaran");
    expect(announcement.body).toContain(`Alasan: ${REASON}`);
    expect(announcement.publishedAt).not.toBeNull();

    const notified = await prisma.notification.findMany({ where: { applicationId: { in: selection.candidates.map((candidate) => candidate.applicationId) }, title: "Pendaftaran dibuka kembali" }, select: { userId: true, body: true } });
    expect(notified).toHaveLength(2);
    expect(notified.map((row) => row.userId)).toContain(draftApplicantId);
    expect(notified[0]!.body).toContain(REASON);

    const audits = await prisma.auditLog.findMany({ where: { entityId: selection.id, action: "selection.reopen_registration" }, select: { actorId: true, before: true, after: true } });
    expect(audits).toEqual([{ actorId: selection.chairId, before: { status: "ESCALATED" }, after: { status: "OPEN", cause: "registration.reopen" } }]);

    // Once open again, a second reopening is refused; a normal extension counts from the reopened closing.
    expect((await refusal(reopenRegistration({ actorId: selection.chairId, slug: selection.slug, endsAt, reason: REASON, ip: IP }))).code).toBe("INVALID_TRANSITION");
    const stage = await prisma.stage.findFirstOrThrow({ where: { selectionId: selection.id, kind: "REGISTRATION" }, select: { id: true, startsAt: true } });
    await rescheduleStage({ actorId: selection.secretariatId, stageId: stage.id, startsAt: stage.startsAt, endsAt: new Date(endsAt.getTime() + 7 * DAY), reason: "Perpanjangan pendaftaran yang dibuka kembali.", ip: IP });
    expect((await prisma.selection.findUniqueOrThrow({ where: { id: selection.id } })).registrationClosesAt).toEqual(new Date(endsAt.getTime() + 7 * DAY));
  });
});
