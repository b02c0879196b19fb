// The CPNS demo's generated applicants written through the domain functions (prisma/seed-data/
// demo-cpns-applications.ts), on the run's seeded database: the first 20 people land at their stages with
// the documents and decisions those stages have, and a second run adds nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { seedCpnsDemoApplications } from "@/prisma/seed-data/demo-cpns-applications";
import { CPNS_DEMO_EMAIL_DOMAIN } from "@/prisma/seed-data/demo-cpns-applicants";
import { sawahlunto2019 } from "@/prisma/seed-data/sawahlunto-2019";

const COUNT = 20;
const SECRETARIAT = "sekretariat.cpns@demo.seleksi.id";
const demoApplications = () =>
  prisma.application.findMany({
    where: { selection: { slug: sawahlunto2019.slug }, applicant: { email: { endsWith: `@${CPNS_DEMO_EMAIL_DOMAIN}` } } },
    select: {
      status: true,
      adminDecision: true,
      adminDecisionReason: true,
      registrationNumber: true,
      vacancy: { select: { code: true } },
      documents: { select: { status: true, currentVersionId: true } },
    },
    orderBy: { registrationNumber: "asc" },
  });

describe("the generated CPNS demo applicants in the database", () => {
  beforeAll(async () => {
    await seedCpnsDemoApplications(sawahlunto2019.slug, SECRETARIAT, await hashPassword("DemoSeleksi2025"), COUNT);
  }, 120_000);

  it("are drafts with two uploads, submitted applications, and applications the secretariat decided MS or TMS", async () => {
    const applications = await demoApplications();
    expect(applications).toHaveLength(COUNT);
    const drafts = applications.filter((application) => application.status === "DRAFT");
    expect(drafts).toHaveLength(4);
    for (const draft of drafts) expect(draft.documents.filter((document) => document.currentVersionId).length).toBe(2);
    const submitted = applications.filter((application) => application.status === "SUBMITTED");
    expect(submitted).toHaveLength(16);
    for (const application of submitted) expect(application.documents.every((document) => document.currentVersionId)).toBe(true);
    const ms = submitted.filter((application) => application.adminDecision === "MS");
    const tms = submitted.filter((application) => application.adminDecision === "TMS");
    expect([ms.length, tms.length]).toEqual([6, 1]);
    for (const application of ms) expect(application.documents.every((document) => document.status === "MEETS")).toBe(true);
    expect(tms[0]!.adminDecisionReason).toContain("Ijazah belum dilegalisir oleh pejabat yang berwenang");
    expect(tms[0]!.documents.filter((document) => document.status === "FAILS")).toHaveLength(1);
    // Registration numbers as the portal gives them: the city's code, the year, the formation, a sequence.
    for (const application of applications) expect(application.registrationNumber).toMatch(new RegExp(`^1373-26-${application.vacancy.code.replace("-", "")}-\\d{5}-\\d$`));
  });

  it("are decided in the name of the CPNS demo's secretariat, with the audit trail of the real functions", async () => {
    const secretariat = await prisma.user.findUniqueOrThrow({ where: { email: SECRETARIAT }, select: { id: true } });
    const decided = await prisma.application.count({ where: { selection: { slug: sawahlunto2019.slug }, adminDecidedById: secretariat.id } });
    expect(decided).toBe(7);
    expect(await prisma.auditLog.count({ where: { action: "application.submit", actorId: { not: null }, entityType: "Application" } })).toBeGreaterThanOrEqual(16);
  });

  it("are not written twice", async () => {
    const before = await demoApplications();
    await seedCpnsDemoApplications(sawahlunto2019.slug, SECRETARIAT, await hashPassword("DemoSeleksi2025"), COUNT);
    expect(await demoApplications()).toEqual(before);
    expect(await prisma.user.count({ where: { email: { endsWith: `@${CPNS_DEMO_EMAIL_DOMAIN}` } } })).toBe(COUNT);
  }, 60_000);
});
