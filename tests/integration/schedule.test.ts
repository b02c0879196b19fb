import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApplication, submitApplication } from "@/lib/applications/mutations";
import { prisma } from "@/lib/db";
import { wibToUtc } from "@/lib/dates/wib";
import { readOutbox } from "@/lib/mail";
import { getSelectionDashboard } from "@/lib/selections/dashboard";
import { rescheduleStage } from "@/lib/selections/mutations";
import { attachAllRegistrationDocuments, demoUserId, singkawangVacancyId } from "../factories/applications";
import { addDemoApplicantCopy, addSubmittedDemoApplicant, copySelection } from "../factories/selections";
import { viewerOf } from "../factories/viewers";

let secretariat: string;
let applicant: string;

beforeAll(async () => {
  secretariat = await demoUserId("sekretariat@demo.seleksi.id");
  applicant = await demoUserId("pelamar@demo.seleksi.id");
  const { applicationId } = await createApplication({
    userId: applicant,
    vacancyId: await singkawangVacancyId(),
    declarations: { willingAllStages: true, willingToReside: true, noMppStatement: false },
    ip: null,
    now: new Date("2025-10-28T03:00:00Z"),
  });
  // Sent in (the submission flow itself is tested elsewhere).
  await prisma.application.update({ where: { id: applicationId }, data: { status: "SUBMITTED", submittedAt: new Date("2025-10-29T03:00:00Z") } });
}, 60_000);

describe("rescheduling a stage", () => {
  it("keeps the old dates in the history, announces the change and tells the applicants", async () => {
    const stage = await prisma.stage.findFirstOrThrow({
      where: { selection: { slug: "sekda-singkawang-2025" }, kind: "ASSESSMENT" },
      select: { id: true, startsAt: true, endsAt: true },
    });
    await rescheduleStage({
      actorId: secretariat,
      stageId: stage.id,
      startsAt: wibToUtc("2025-11-12T00:00"),
      endsAt: wibToUtc("2025-11-14T23:59"),
      reason: "Ketersediaan asesor",
      ip: "10.1.1.1",
    });
    const after = await prisma.stage.findUniqueOrThrow({ where: { id: stage.id }, select: { startsAt: true, changes: true } });
    expect(after.startsAt.toISOString()).toBe("2025-11-11T17:00:00.000Z");
    expect(after.changes).toHaveLength(1);
    expect(after.changes[0]?.previousStartsAt).toEqual(stage.startsAt);
    expect(after.changes[0]?.reason).toBe("Ketersediaan asesor");

    const announcement = await prisma.announcement.findFirstOrThrow({ where: { kind: "SCHEDULE_CHANGE" }, select: { body: true, publishedAt: true } });
    expect(announcement.body).toContain("12–14 November 2025");
    expect(announcement.publishedAt).not.toBeNull();

    const event = await prisma.applicationEvent.findFirstOrThrow({ where: { kind: "schedule.changed", application: { applicantId: applicant } } });
    expect(event.message).toContain("11–13 November 2025 menjadi 12–14 November 2025");
    expect((await readOutbox("pelamar@demo.seleksi.id")).some((mail) => mail.includes("Perubahan jadwal seleksi"))).toBe(true);
    expect(await prisma.auditLog.count({ where: { action: "stage.reschedule", entityId: stage.id, actorId: secretariat } })).toBe(1);
  });

  it("refuses a change that changes nothing", async () => {
    const stage = await prisma.stage.findFirstOrThrow({ where: { kind: "INTERVIEW" }, select: { id: true, startsAt: true, endsAt: true } });
    await expect(
      rescheduleStage({ actorId: secretariat, stageId: stage.id, startsAt: stage.startsAt, endsAt: stage.endsAt, reason: "Tidak ada", ip: null }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("setting the real reference date", () => {
  // Other test files share this database: put the planned date back in force afterwards.
  afterAll(async () => {
    const { setReferenceDate } = await import("@/lib/selections/mutations");
    await setReferenceDate({ actorId: secretariat, slug: "sekda-singkawang-2025", referenceDate: "2025-12-01", ip: null });
    await prisma.selection.update({ where: { slug: "sekda-singkawang-2025" }, data: { referenceDateActual: null } });
  });

  it("re-evaluates every sent-in application against it, records it and tells those whose result changed", async () => {
    const { setReferenceDate } = await import("@/lib/selections/mutations");
    const before = await prisma.application.findMany({
      where: { selection: { slug: "sekda-singkawang-2025" }, status: { not: "DRAFT" } },
      select: { id: true },
    });
    expect(before.length).toBeGreaterThan(0);
    // Far enough ahead that every applicant is over 58.
    const result = await setReferenceDate({ actorId: secretariat, slug: "sekda-singkawang-2025", referenceDate: "2045-01-01", ip: null });
    expect(result.reevaluated).toBe(before.length);
    const after = await prisma.application.findMany({
      where: { id: { in: before.map((row) => row.id) } },
      select: { eligibilityVerdict: true, eligibilitySnapshot: true },
    });
    for (const row of after) {
      expect(row.eligibilityVerdict).toBe("NOT_ELIGIBLE");
      const snapshot = row.eligibilitySnapshot as { referenceDate: string; rules: { id: string; status: string }[] };
      expect(snapshot.referenceDate).toBe("2045-01-01");
      expect(snapshot.rules.find((rule) => rule.id === "age_max")?.status).toBe("fail");
    }
    expect(await prisma.applicationEvent.count({ where: { kind: "eligibility.reevaluated" } })).toBe(before.length);
    expect(await prisma.notification.count({ where: { title: "Hasil pemeriksaan persyaratan berubah" } })).toBe(result.changed);
    expect(result.changed).toBeGreaterThan(0);
    const selection = await prisma.selection.findUniqueOrThrow({ where: { slug: "sekda-singkawang-2025" }, select: { referenceDateActual: true } });
    expect(selection.referenceDateActual?.toISOString().slice(0, 10)).toBe("2045-01-01");
    expect(await prisma.auditLog.count({ where: { action: "selection.set_reference_date" } })).toBe(1);
  });
});

describe("extending registration (announcement V.5)", () => {
  // A selection of its own (a copy of Singkawang 2025, schedule included): its window is what changes here.
  const DECLARATIONS = { willingAllStages: true, willingToReside: true, noMppStatement: false };
  const AFTER_DEADLINE = wibToUtc("2025-11-07T09:00"); // a day after the announced closing (6 November, 16:00 WIB)

  it("moves the window the server enforces: a draft started before the deadline is sent in the extended window", async () => {
    const selection = await copySelection({ label: "perpanjangan" });
    const drafter = await addDemoApplicantCopy("pelamar@demo.seleksi.id");
    const { applicationId } = await createApplication({ userId: drafter.userId, vacancyId: selection.vacancyId, declarations: DECLARATIONS, ip: null, now: wibToUtc("2025-11-05T10:00") });
    await attachAllRegistrationDocuments(applicationId, drafter.userId);
    const closed = await submitApplication({ userId: drafter.userId, applicationId, ip: null, now: AFTER_DEADLINE }).catch((error: unknown) => error);
    expect(closed).toMatchObject({ code: "DEADLINE_PASSED" });
    const latecomer = await addDemoApplicantCopy("pelamar@demo.seleksi.id");
    const refused = await createApplication({ userId: latecomer.userId, vacancyId: selection.vacancyId, declarations: DECLARATIONS, ip: null, now: AFTER_DEADLINE }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "DEADLINE_PASSED" });

    const stage = await prisma.stage.findFirstOrThrow({ where: { selectionId: selection.id, kind: "REGISTRATION" }, select: { id: true, startsAt: true } });
    await rescheduleStage({ actorId: secretariat, stageId: stage.id, startsAt: stage.startsAt, endsAt: wibToUtc("2025-11-13T16:00"), reason: "Jumlah pelamar belum memenuhi jumlah minimal", ip: null });

    const window = await prisma.selection.findUniqueOrThrow({ where: { id: selection.id }, select: { registrationClosesAt: true, documentDeadlineAt: true } });
    expect(window.registrationClosesAt).toEqual(wibToUtc("2025-11-13T16:00"));
    expect(window.documentDeadlineAt).toEqual(wibToUtc("2025-11-13T16:00"));
    // In the extended window: the draft is sent, and a newcomer can still apply.
    const sent = await submitApplication({ userId: drafter.userId, applicationId, ip: null, now: AFTER_DEADLINE });
    expect(sent.submittedAt).toEqual(AFTER_DEADLINE);
    expect((await createApplication({ userId: latecomer.userId, vacancyId: selection.vacancyId, declarations: DECLARATIONS, ip: null, now: AFTER_DEADLINE })).created).toBe(true);
    // The applicant with a draft was told (an extension is news for them, not only for those already sent in).
    expect((await readOutbox(drafter.email)).some((mail) => mail.includes("Perubahan jadwal seleksi") && mail.includes("13 November 2025"))).toBe(true);
    // And the new end binds: after it, the door is shut again.
    const afterExtension = await createApplication({ userId: (await addDemoApplicantCopy("pelamar@demo.seleksi.id")).userId, vacancyId: selection.vacancyId, declarations: DECLARATIONS, ip: null, now: wibToUtc("2025-11-13T16:00") }).catch((error: unknown) => error);
    expect(afterExtension).toMatchObject({ code: "DEADLINE_PASSED" });
  });

  it("refuses an extension past 2 × 7 days from the announced closing, and any change once the administrative result is out", async () => {
    const selection = await copySelection({ label: "perpanjangan-batas" });
    const stage = await prisma.stage.findFirstOrThrow({ where: { selectionId: selection.id, kind: "REGISTRATION" }, select: { id: true, startsAt: true } });
    await rescheduleStage({ actorId: secretariat, stageId: stage.id, startsAt: stage.startsAt, endsAt: wibToUtc("2025-11-13T16:00"), reason: "Perpanjangan pertama", ip: null });
    const tooLong = await rescheduleStage({ actorId: secretariat, stageId: stage.id, startsAt: stage.startsAt, endsAt: wibToUtc("2025-11-20T16:01"), reason: "Perpanjangan kedua", ip: null }).catch((error: unknown) => error);
    expect(tooLong).toMatchObject({ code: "VALIDATION", fieldErrors: { endsAt: expect.stringContaining("20 November 2025") } });
    await rescheduleStage({ actorId: secretariat, stageId: stage.id, startsAt: stage.startsAt, endsAt: wibToUtc("2025-11-20T16:00"), reason: "Perpanjangan kedua", ip: null });
    expect((await prisma.selection.findUniqueOrThrow({ where: { id: selection.id }, select: { registrationClosesAt: true } })).registrationClosesAt).toEqual(wibToUtc("2025-11-20T16:00"));

    await prisma.selection.update({ where: { id: selection.id }, data: { status: "CLOSED" } });
    const locked = await rescheduleStage({ actorId: secretariat, stageId: stage.id, startsAt: stage.startsAt, endsAt: wibToUtc("2025-11-19T16:00"), reason: "Koreksi", ip: null }).catch((error: unknown) => error);
    expect(locked).toMatchObject({ code: "LOCKED" });
  });

  it("tells the dashboard when registration closed with fewer applicants than the minimum, and how long it may be extended", async () => {
    const selection = await copySelection({ label: "pelamar-kurang" });
    await addSubmittedDemoApplicant(selection, "pelamar@demo.seleksi.id");
    const dashboard = await getSelectionDashboard(selection.slug, await viewerOf(secretariat), AFTER_DEADLINE);
    expect(dashboard?.registrationShortfall).toEqual({
      minimum: 4,
      vacancies: [{ title: expect.stringContaining("Sekretaris Daerah"), submitted: 1 }],
      latestClosing: wibToUtc("2025-11-20T16:00"),
    });
    // Before the closing, nothing to say yet.
    expect((await getSelectionDashboard(selection.slug, await viewerOf(secretariat), wibToUtc("2025-11-06T15:00")))?.registrationShortfall).toBeNull();
  });
});
