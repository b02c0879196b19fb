// @test-database empty
// The seed on a migrated database with no data (not the run's seeded template): what it makes, and that a
// second run adds nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { seedDatabase } from "@/prisma/seed";
import { DEMO_APPLICATION_EMAILS } from "@/prisma/seed-data/demo-applications";

describe("seed: the Singkawang 2025 selection and the CPNS demo as data", () => {
  beforeAll(async () => {
    await seedDatabase();
  }, 60_000);

  it("holds the vacancy, 18 rules, 22 documents plus the conditional no-MPP statement, 9 stages and 8 forms", async () => {
    const selection = await prisma.selection.findUniqueOrThrow({
      where: { slug: "sekda-singkawang-2025" },
      select: {
        announcementNumber: true,
        regime: true,
        registrationClosesAt: true,
        documentDeadlineAt: true,
        vacancies: { select: { title: true, eselon: true, quota: true } },
        _count: { select: { rules: true, documents: true, stages: true, forms: true } },
      },
    });
    expect(selection.announcementNumber).toBe("05/SELTER/SKW/X/2025");
    expect(selection.regime).toBe("JPT_PRATAMA");
    expect(selection.vacancies).toEqual([{ title: "Sekretaris Daerah Kota Singkawang", eselon: "II.a", quota: 1 }]);
    expect(selection._count).toEqual({ rules: 18, documents: 23, stages: 9, forms: 8 });
    // Thursday 6 November 2025 16:00 WIB is 09:00 UTC.
    expect(selection.documentDeadlineAt.toISOString()).toBe("2025-11-06T09:00:00.000Z");
    expect(selection.registrationClosesAt.toISOString()).toBe("2025-11-06T09:00:00.000Z");
  });

  it("stores every requirement id of DOMAIN.md with the announcement's numbering", async () => {
    const rules = await prisma.eligibilityRule.findMany({
      where: { selection: { slug: "sekda-singkawang-2025" } },
      orderBy: { order: "asc" },
      select: { ruleId: true, sourceItem: true, params: true },
    });
    expect(rules.filter((rule) => rule.sourceItem !== null).map((rule) => rule.sourceItem)).toEqual(
      Array.from({ length: 16 }, (_, index) => index + 1),
    );
    expect(rules.find((rule) => rule.ruleId === "rank_min")?.params).toEqual({ minimum: "IV/b" });
    expect(rules.find((rule) => rule.ruleId === "region_scope")?.params).toEqual({ regionCodes: ["61"] });
  });

  it("marks documents 14–16 as due at the interview and 21 as only for PNS from outside the organiser", async () => {
    const documents = await prisma.documentRequirement.findMany({
      where: { selection: { slug: "sekda-singkawang-2025" } },
      orderBy: { number: "asc" },
      select: { number: true, dueStage: true, condition: true, requiresStamp: true, form: true },
    });
    expect(documents.filter((d) => d.dueStage === "INTERVIEW").map((d) => d.number)).toEqual([14, 15, 16]);
    expect(documents.filter((d) => d.condition === "OUTSIDE_ORGANISER").map((d) => d.number)).toEqual([21]);
    // Not one of the announcement's 22: asked only of a candidate on the 58-year path (II.A.3 (2)).
    expect(documents.filter((d) => d.condition === "EXTENDED_AGE_LIMIT").map((d) => d.number)).toEqual([23]);
    expect(documents.filter((d) => d.requiresStamp).map((d) => d.number)).toEqual([1, 2, 3, 12, 13, 22]);
    expect(documents.find((d) => d.number === 4)?.form).toBe("COPY");
    expect(documents.find((d) => d.number === 17)?.form).toBe("PHOTO");
  });

  it("keeps the schedule's own numbering (no stage 8) in WIB", async () => {
    const stages = await prisma.stage.findMany({
      where: { selection: { slug: "sekda-singkawang-2025" } },
      orderBy: { order: "asc" },
      select: { scheduleNo: true, kind: true, startsAt: true },
    });
    expect(stages.map((stage) => stage.scheduleNo)).toEqual([1, 2, 3, 4, 5, 6, 7, 9, 10]);
    const interview = stages.find((stage) => stage.kind === "INTERVIEW");
    // 17 November 2025 00:00 WIB
    expect(interview?.startsAt.toISOString()).toBe("2025-11-16T17:00:00.000Z");
  });

  it("is idempotent: a second run adds nothing", async () => {
    const counts = () =>
      Promise.all([
        prisma.user.count(),
        prisma.documentRequirement.count(),
        prisma.stage.count(),
        prisma.auditLog.count(),
        prisma.application.count(),
        prisma.documentVersion.count(),
        prisma.notification.count(),
      ]);
    const before = await counts();
    await seedDatabase();
    const after = await counts();
    expect(after).toEqual(before);
  }, 60_000);

  it("creates one demo account per role", async () => {
    const users = await prisma.user.findMany({ where: { email: { endsWith: "@demo.seleksi.id" } }, select: { roles: true } });
    const roles = new Set(users.flatMap((user) => user.roles));
    expect([...roles].sort()).toEqual(["ADMIN", "APPLICANT", "CHAIR", "COMMITTEE", "PPK", "SECRETARIAT"]);
  });

  it("gives the secretariat three submitted demo applications, made the way the portal makes them", async () => {
    const applications = await prisma.application.findMany({
      where: { applicant: { email: { in: ["siti.rahma@demo.seleksi.id", "hendri.kurniawan@demo.seleksi.id", "nurul.aini@demo.seleksi.id"] } } },
      orderBy: { registrationNumber: "asc" },
      select: {
        status: true,
        submittedAt: true,
        eligibilityVerdict: true,
        applicant: { select: { email: true } },
        documents: { where: { currentVersionId: { not: null } }, select: { requirement: { select: { number: true } } } },
      },
    });
    expect(applications.map((application) => application.applicant.email)).toEqual([
      "siti.rahma@demo.seleksi.id",
      "hendri.kurniawan@demo.seleksi.id",
      "nurul.aini@demo.seleksi.id",
    ]);
    // Other test files share this database and may verify or publish them; what the seed made stays.
    for (const application of applications) {
      expect(application.status).not.toBe("DRAFT");
      expect(application.submittedAt?.toISOString()).toBe("2025-10-28T03:00:00.000Z");
      expect(application.eligibilityVerdict).toBe("PENDING_VERIFICATION");
    }
    const numbers = (index: number) => applications[index]?.documents.map((document) => document.requirement.number).sort((a, b) => a - b);
    const registration = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 17, 18, 19, 20, 22];
    // Siti (provincial government) and Nurul (Kabupaten Sambas) also need item 21; Hendri is from Kota Singkawang.
    expect(numbers(0)).toEqual([...registration.slice(0, 17), 21, 22]);
    expect(numbers(1)).toEqual(registration);
    expect(numbers(2)).toEqual([...registration.slice(0, 17), 21, 22]);
    const photo = await prisma.documentVersion.findFirstOrThrow({
      where: { document: { application: { applicant: { email: "siti.rahma@demo.seleksi.id" } }, requirement: { number: 17 } } },
      select: { mimeType: true },
    });
    expect(photo.mimeType).toBe("image/png");
  });

  it("publishes the CPNS demo selection (Sawahlunto 2019 guideline) with its four formations, open for registration", async () => {
    const selection = await prisma.selection.findUniqueOrThrow({
      where: { slug: "cpns-sawahlunto-2019" },
      select: {
        regime: true,
        status: true,
        registrationOpensAt: true,
        registrationClosesAt: true,
        vacancies: { orderBy: { order: "asc" }, select: { title: true, quota: true, educationRequired: true } },
        stages: { where: { isScored: true }, orderBy: { order: "asc" }, select: { kind: true, weight: true } },
        rules: { orderBy: { order: "asc" }, select: { ruleId: true } },
        announcements: { select: { kind: true, publishedAt: true } },
        _count: { select: { documents: true, stages: true, forms: true, applications: true } },
      },
    });
    expect(selection).toMatchObject({ regime: "CPNS", status: "OPEN" });
    // 20 November 2026 00:00 WIB to 15 January 2027 23:59 WIB.
    expect(selection.registrationOpensAt.toISOString()).toBe("2026-11-19T17:00:00.000Z");
    expect(selection.registrationClosesAt.toISOString()).toBe("2027-01-15T16:59:00.000Z");
    expect(selection.vacancies.map((vacancy) => vacancy.title)).toEqual([
      "Pranata Komputer Ahli Pertama",
      "Perawat Terampil",
      "Guru Kelas Ahli Pertama",
      "Analis Kepegawaian Ahli Pertama",
    ]);
    expect(selection.vacancies.every((vacancy) => vacancy.quota > 0 && vacancy.educationRequired.length > 0)).toBe(true);
    expect(selection.stages.map((stage) => [stage.kind, Number(stage.weight)])).toEqual([
      ["SKD", 40],
      ["SKB", 60],
    ]);
    expect(selection.rules.map((rule) => rule.ruleId)).toEqual(["age_range", "not_civil_servant", "education_in_formation", "health"]);
    expect(selection.announcements).toEqual([{ kind: "CALL", publishedAt: new Date("2026-11-19T00:00:00.000Z") }]);
    expect(selection._count).toEqual({ documents: 6, stages: 9, forms: 0, applications: 0 });
  });

  it("seats each demo Pansel account on one selection: the Singkawang accounts as before, the CPNS accounts on the CPNS demo only", async () => {
    const seats = await prisma.committeeMember.findMany({
      where: { user: { email: { endsWith: "@demo.seleksi.id" } } },
      orderBy: [{ selection: { slug: "asc" } }, { user: { email: "asc" } }],
      select: { position: true, user: { select: { email: true } }, selection: { select: { slug: true } } },
    });
    expect(seats.map((seat) => [seat.selection.slug, seat.user.email, seat.position])).toEqual([
      ["cpns-sawahlunto-2019", "anggota.cpns@demo.seleksi.id", "MEMBER"],
      ["cpns-sawahlunto-2019", "ketua.cpns@demo.seleksi.id", "CHAIR"],
      ["cpns-sawahlunto-2019", "sekretariat.cpns@demo.seleksi.id", "SECRETARY"],
      ["sekda-singkawang-2025", "anggota2@demo.seleksi.id", "MEMBER"],
      ["sekda-singkawang-2025", "anggota@demo.seleksi.id", "MEMBER"],
      ["sekda-singkawang-2025", "ketua@demo.seleksi.id", "CHAIR"],
      ["sekda-singkawang-2025", "sekretariat2@demo.seleksi.id", "SECRETARY"],
      ["sekda-singkawang-2025", "sekretariat@demo.seleksi.id", "SECRETARY"],
    ]);
  });

  it("leaves pelamar@ and yohanes@ without an application (hands-on demos and the applicant journey use them)", () => {
    expect(DEMO_APPLICATION_EMAILS).not.toContain("pelamar@demo.seleksi.id");
    expect(DEMO_APPLICATION_EMAILS).not.toContain("yohanes@demo.seleksi.id");
  });
});
