import { beforeAll, describe, expect, it } from "vitest";
import { createApplication, submitApplication } from "@/lib/applications/mutations";
import { isValidRegistrationNumber } from "@/lib/applications/registration-number";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readOutbox } from "@/lib/mail";
import { deliverDueMail } from "@/lib/mail/mutations";
import { attachAllRegistrationDocuments, cloneDemoApplicant, demoUserId, singkawangVacancyId, uniqueNik } from "../factories/applications";

const DURING_REGISTRATION = new Date("2025-10-28T03:00:00Z"); // 28 Oct 2025 10:00 WIB
const ONE_SECOND_BEFORE_DEADLINE = new Date("2025-11-06T08:59:59Z"); // 15:59:59 WIB
const AT_DEADLINE = new Date("2025-11-06T09:00:00Z"); // 16:00:00 WIB
const declarations = { willingAllStages: true, willingToReside: true, noMppStatement: false };

let vacancyId: string;
let ahmad: string; // eligible demo applicant (IV/b, Kota Singkawang)
let siti: string; // eligible, from the provincial government (outside the organiser): a copy of the demo Siti, who has applied already
let yohanes: string; // rank IV/a: not eligible

beforeAll(async () => {
  vacancyId = await singkawangVacancyId();
  ahmad = await demoUserId("pelamar@demo.seleksi.id");
  siti = await cloneDemoApplicant("siti.rahma@demo.seleksi.id", "siti.salinan@uji.seleksi.id", "197510222000122091");
  yohanes = await demoUserId("yohanes@demo.seleksi.id");
}, 60_000);

describe("applying", () => {
  it("is refused once registration has closed, with the closing time in WIB", async () => {
    await expect(createApplication({ userId: ahmad, vacancyId, declarations, ip: null, now: AT_DEADLINE })).rejects.toMatchObject({
      code: "DEADLINE_PASSED",
      message: expect.stringContaining("16.00 WIB"),
    });
  });

  it("creates one application with a registration number, its 23 document slots (22 of the announcement and the conditional no-MPP statement), an event and an audit row", async () => {
    const result = await createApplication({ userId: ahmad, vacancyId, declarations, ip: "10.0.0.1", now: DURING_REGISTRATION });
    expect(result.created).toBe(true);
    expect(result.registrationNumber).toMatch(/^6172-25-SEKDA-\d{5}-\d$/);
    expect(isValidRegistrationNumber(result.registrationNumber)).toBe(true);
    const application = await prisma.application.findUniqueOrThrow({
      where: { id: result.applicationId },
      select: { status: true, _count: { select: { documents: true, events: true } } },
    });
    expect(application).toEqual({ status: "DRAFT", _count: { documents: 23, events: 1 } });
    expect(await prisma.auditLog.count({ where: { entityId: result.applicationId, action: "application.create" } })).toBe(1);
  });

  it("creates a single application when the same applicant applies twice at once", async () => {
    const [first, second] = await Promise.all([
      createApplication({ userId: siti, vacancyId, declarations, ip: null, now: DURING_REGISTRATION }),
      createApplication({ userId: siti, vacancyId, declarations, ip: null, now: DURING_REGISTRATION }),
    ]);
    expect(first.applicationId).toBe(second.applicationId);
    expect(await prisma.application.count({ where: { applicantId: siti, vacancyId } })).toBe(1);
    expect(new Set([first.registrationNumber, second.registrationNumber]).size).toBe(1);
  });
});

describe("submitting", () => {
  it("lists every missing document and declaration instead of submitting", async () => {
    const { applicationId } = await createApplication({
      userId: yohanes,
      vacancyId,
      declarations: { ...declarations, willingToReside: false },
      ip: null,
      now: DURING_REGISTRATION,
    });
    const error = await submitApplication({ userId: yohanes, applicationId, ip: null, now: DURING_REGISTRATION }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    const items = Object.values((error as AppError).fieldErrors ?? {});
    expect(items).toContain("Pernyataan bersedia menetap belum dicentang.");
    expect(items.some((item) => item.startsWith("Berkas 1 belum diunggah"))).toBe(true);
    // Item 21 applies only to PNS from outside Pemerintah Kota Singkawang; Yohanes is from Bengkayang.
    expect(items.some((item) => item.startsWith("Berkas 21 belum diunggah"))).toBe(true);
    // Items 14–16 are due at the interview, not now.
    expect(items.some((item) => item.startsWith("Berkas 14 "))).toBe(false);
  });

  it("refuses an applicant whose rank is below IV/b, naming the rule", async () => {
    const application = await prisma.application.findFirstOrThrow({ where: { applicantId: yohanes }, select: { id: true } });
    await prisma.application.update({ where: { id: application.id }, data: { willingToReside: true } });
    await attachAllRegistrationDocuments(application.id, yohanes);
    const error = await submitApplication({ userId: yohanes, applicationId: application.id, ip: null, now: DURING_REGISTRATION }).catch((caught: unknown) => caught);
    const items = Object.values((error as AppError).fieldErrors ?? {});
    expect(items.some((item) => item.includes("IV/a") && item.includes("IV/b"))).toBe(true);
    expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("DRAFT");
  });

  it("refuses at 16:00:00 WIB and accepts one second before", async () => {
    const ahmadApplication = await prisma.application.findFirstOrThrow({ where: { applicantId: ahmad }, select: { id: true } });
    const sitiApplication = await prisma.application.findFirstOrThrow({ where: { applicantId: siti }, select: { id: true } });
    await attachAllRegistrationDocuments(ahmadApplication.id, ahmad);
    await attachAllRegistrationDocuments(sitiApplication.id, siti);

    await expect(submitApplication({ userId: siti, applicationId: sitiApplication.id, ip: null, now: AT_DEADLINE })).rejects.toMatchObject({
      code: "DEADLINE_PASSED",
    });
    await expect(
      submitApplication({ userId: siti, applicationId: sitiApplication.id, ip: null, now: new Date(AT_DEADLINE.getTime() + 60_000) }),
    ).rejects.toMatchObject({ code: "DEADLINE_PASSED" });

    const result = await submitApplication({ userId: ahmad, applicationId: ahmadApplication.id, ip: null, now: ONE_SECOND_BEFORE_DEADLINE });
    expect(result.submittedAt).toEqual(ONE_SECOND_BEFORE_DEADLINE);
    const stored = await prisma.application.findUniqueOrThrow({
      where: { id: ahmadApplication.id },
      select: { status: true, submittedAt: true, eligibilityVerdict: true, eligibilitySnapshot: true },
    });
    expect(stored.status).toBe("SUBMITTED");
    expect(stored.eligibilityVerdict).toBe("PENDING_VERIFICATION");
    expect((stored.eligibilitySnapshot as { rules: unknown[] }).rules).toHaveLength(18);
  });

  it("notifies the applicant in the portal and by e-mail", async () => {
    await deliverDueMail(); // what the worker does: the notification's e-mail, enqueued with it, goes out
    const notifications = await prisma.notification.findMany({ where: { userId: ahmad }, select: { title: true, emailedAt: true } });
    expect(notifications).toEqual([{ title: "Lamaran terkirim", emailedAt: expect.any(Date) }]);
    const mails = (await readOutbox("pelamar@demo.seleksi.id"));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain("Subject: [Portal Seleksi Terbuka] Lamaran terkirim");
  });

  it("accepts only one of two simultaneous submissions", async () => {
    // A fresh eligible applicant: copy Ahmad's CV under a new account.
    const source = await prisma.applicantProfile.findFirstOrThrow({
      where: { userId: ahmad },
      include: { positions: true, ranks: true, educations: true, appraisals: true },
    });
    const user = await prisma.user.create({
      data: { email: "kembar@example.go.id", name: "Kembar", nip: "197203151998031099", passwordHash: "x", roles: ["APPLICANT"] },
    });
    const { id: _id, userId: _userId, createdAt: _c, updatedAt: _u, positions, ranks, educations, appraisals, ...profile } = source;
    await prisma.applicantProfile.create({
      data: {
        ...profile,
        userId: user.id,
        nip: "197203151998031099",
        nik: uniqueNik(),
        positions: { create: positions.map(({ id: _p, profileId: _q, ...row }) => row) },
        ranks: { create: ranks.map(({ id: _p, profileId: _q, ...row }) => row) },
        educations: { create: educations.map(({ id: _p, profileId: _q, ...row }) => row) },
        appraisals: { create: appraisals.map(({ id: _p, profileId: _q, ...row }) => row) },
      },
    });
    const { applicationId } = await createApplication({ userId: user.id, vacancyId, declarations, ip: null, now: DURING_REGISTRATION });
    await attachAllRegistrationDocuments(applicationId, user.id);
    const outcomes = await Promise.allSettled([
      submitApplication({ userId: user.id, applicationId, ip: null, now: DURING_REGISTRATION }),
      submitApplication({ userId: user.id, applicationId, ip: null, now: DURING_REGISTRATION }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.applicationEvent.count({ where: { applicationId, kind: "application.submitted" } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { entityId: applicationId, action: "application.submit" } })).toBe(1);
  });

  it("never lets one applicant submit another's application", async () => {
    const sitiApplication = await prisma.application.findFirstOrThrow({ where: { applicantId: siti }, select: { id: true } });
    await expect(submitApplication({ userId: yohanes, applicationId: sitiApplication.id, ip: null, now: DURING_REGISTRATION })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
