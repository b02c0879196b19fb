// The secretariat's verification against real PostgreSQL: who may set verdicts and decisions, the
// verdict history, four eyes on rejections, the refusal after publication, the queue's counts and
// filters, and the eligibility the workbench shows.
import { beforeAll, describe, expect, it } from "vitest";
import { createApplication, submitApplication } from "@/lib/applications/mutations";
import { hasPermission } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { adminDecisionSchema, documentVerdictSchema } from "@/lib/validation/verification";
import { addTrackRecord, confirmAdministration, decideAdministration, setDocumentVerdict } from "@/lib/verification/mutations";
import { getWorkbench, listQueue } from "@/lib/verification/queries";
import { viewerOf } from "../factories/viewers";
import { attachAllRegistrationDocuments, cloneDemoApplicant, demoUserId, singkawangVacancyId } from "../factories/applications";
import { refusal } from "../fixtures/refusal";

const SLUG = "sekda-singkawang-2025";
const DURING_REGISTRATION = new Date("2025-10-28T03:00:00Z");
const declarations = { willingAllStages: true, willingToReside: true, noMppStatement: false };

type Applicant = { userId: string; applicationId: string; registrationNumber: string };
let secretariat: string;
let secretariat2: string;
let member: string;
let chair: string;
let vacancyId: string;
let outsider: string; // a secretariat account that does not sit on this selection's committee

// Applicants of this file only (the queue is searched by their shared name part).
const NAME_PART = "Verifikasi Uji";
const applicants: Record<"alpha" | "beta" | "gamma", Applicant> = {} as never;

async function submittedApplicant(key: string, nip: string): Promise<Applicant> {
  const userId = await cloneDemoApplicant("siti.rahma@demo.seleksi.id", `${key}@verifikasi.uji`, nip, `${NAME_PART} ${key}`);
  const { applicationId, registrationNumber } = await createApplication({ userId, vacancyId, declarations, ip: null, now: DURING_REGISTRATION });
  await attachAllRegistrationDocuments(applicationId, userId);
  await submitApplication({ userId, applicationId, ip: null, now: DURING_REGISTRATION });
  return { userId, applicationId, registrationNumber };
}

async function documentOf(applicationId: string, number: number) {
  return prisma.document.findFirstOrThrow({
    where: { applicationId, requirement: { number } },
    select: { id: true, status: true, currentVersionId: true },
  });
}

async function verifyAll(applicationId: string, except: number[] = []) {
  const documents = await prisma.document.findMany({
    where: { applicationId, currentVersionId: { not: null }, requirement: { number: { notIn: except } } },
    select: { id: true },
  });
  for (const document of documents) await setDocumentVerdict({ actorId: secretariat, documentId: document.id, verdict: "MEETS", ip: null });
}

beforeAll(async () => {
  vacancyId = await singkawangVacancyId();
  secretariat = await demoUserId("sekretariat@demo.seleksi.id");
  secretariat2 = await demoUserId("sekretariat2@demo.seleksi.id");
  member = await demoUserId("anggota@demo.seleksi.id");
  chair = await demoUserId("ketua@demo.seleksi.id");
  outsider = (
    await prisma.user.create({
      data: { email: "sekretariat.lain@verifikasi.uji", name: "Sekretariat Seleksi Lain", passwordHash: "-", roles: ["SECRETARIAT"] },
      select: { id: true },
    })
  ).id;
  applicants.alpha = await submittedApplicant("alpha", "197510222000122081");
  applicants.beta = await submittedApplicant("beta", "197510222000122082");
  applicants.gamma = await submittedApplicant("gamma", "197510222000122083");
}, 120_000);

describe("who may set a verdict", () => {
  it("is only the secretariat in the permission map that actions check", () => {
    expect(hasPermission(["SECRETARIAT"], "verify:document")).toBe(true);
    expect(hasPermission(["COMMITTEE"], "verify:document")).toBe(false);
    expect(hasPermission(["CHAIR", "COMMITTEE"], "verify:document")).toBe(false);
    expect(hasPermission(["APPLICANT"], "verify:document")).toBe(false);
    expect(hasPermission(["SECRETARIAT"], "decide:administration")).toBe(true);
    expect(hasPermission(["CHAIR"], "decide:administration")).toBe(true);
    expect(hasPermission(["COMMITTEE"], "decide:administration")).toBe(false);
    expect(hasPermission(["APPLICANT"], "decide:administration")).toBe(false);
  });

  it("refuses a committee member, the applicant and a secretariat member of another selection in the mutation", async () => {
    const document = await documentOf(applicants.gamma.applicationId, 1);
    // A seat without the permission is forbidden; a member of another Pansel is told it is not on this one; the applicant finds nothing.
    const expected = [
      [member, "FORBIDDEN"],
      [applicants.gamma.userId, "NOT_FOUND"],
      [outsider, "FORBIDDEN"],
    ] as const;
    for (const [actorId, code] of expected) {
      const error = await refusal(setDocumentVerdict({ actorId, documentId: document.id, verdict: "MEETS", ip: null }));
      expect(error.code).toBe(code);
    }
    expect(await prisma.documentVerification.count({ where: { documentId: document.id } })).toBe(0);
    expect((await documentOf(applicants.gamma.applicationId, 1)).status).toBe("UPLOADED");
  });

  it("refuses a committee member's or an applicant's administrative decision", async () => {
    for (const [actorId, code] of [
      [member, "FORBIDDEN"],
      [applicants.gamma.userId, "NOT_FOUND"],
    ] as const) {
      const error = await refusal(decideAdministration({ actorId, applicationId: applicants.gamma.applicationId, decision: "TMS", reasons: ["x"], ip: null }));
      expect(error.code).toBe(code);
    }
  });
});

describe("document verdicts", () => {
  it("refuses TIDAK MEMENUHI without a reason, in the schema and in the mutation", async () => {
    const parsed = documentVerdictSchema.safeParse({ documentId: "d", verdict: "FAILS", reason: "   " });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["reason"]);
    const document = await documentOf(applicants.alpha.applicationId, 10);
    const error = await refusal(setDocumentVerdict({ actorId: secretariat, documentId: document.id, verdict: "FAILS", reason: " ", ip: null }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.reason).toBeTruthy();
    const tooLong = await refusal(setDocumentVerdict({ actorId: secretariat, documentId: document.id, verdict: "FAILS", reason: "x".repeat(501), ip: null }));
    expect(tooLong.code).toBe("VALIDATION");
    expect(await prisma.documentVerification.count({ where: { documentId: document.id } })).toBe(0);
  });

  it("keeps every verdict as history, audited, and the document shows the latest", async () => {
    const document = await documentOf(applicants.alpha.applicationId, 10);
    await setDocumentVerdict({ actorId: secretariat, documentId: document.id, verdict: "MEETS", ip: "10.0.0.5", now: new Date("2025-11-07T02:00:00Z") });
    await setDocumentVerdict({
      actorId: secretariat2,
      documentId: document.id,
      verdict: "FAILS",
      reason: "Tidak ditandatangani",
      versionId: document.currentVersionId ?? undefined,
      ip: "10.0.0.6",
      now: new Date("2025-11-07T03:00:00Z"),
    });
    const history = await prisma.documentVerification.findMany({
      where: { documentId: document.id },
      orderBy: { verifiedAt: "asc" },
      select: { verdict: true, reason: true, verifiedById: true, versionId: true },
    });
    expect(history).toEqual([
      { verdict: "MEETS", reason: null, verifiedById: secretariat, versionId: document.currentVersionId },
      { verdict: "FAILS", reason: "Tidak ditandatangani", verifiedById: secretariat2, versionId: document.currentVersionId },
    ]);
    expect((await documentOf(applicants.alpha.applicationId, 10)).status).toBe("FAILS");
    const audit = await prisma.auditLog.findMany({ where: { entityId: document.id, action: "document.verify" }, orderBy: { id: "asc" }, select: { actorId: true, ip: true, after: true } });
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({ actorId: secretariat2, ip: "10.0.0.6", after: { verdict: "FAILS", reason: "Tidak ditandatangani", requirementNumber: 10 } });
  });

  it("refuses a verdict on a version the verifier did not see, and on a document never uploaded", async () => {
    const document = await documentOf(applicants.alpha.applicationId, 1);
    const stale = await refusal(setDocumentVerdict({ actorId: secretariat, documentId: document.id, verdict: "MEETS", versionId: "versi-lama", ip: null }));
    expect(stale.code).toBe("CONFLICT");
    const interview = await documentOf(applicants.alpha.applicationId, 14);
    const missing = await refusal(setDocumentVerdict({ actorId: secretariat, documentId: interview.id, verdict: "MEETS", ip: null }));
    expect(missing.code).toBe("VALIDATION");
  });
});

describe("the administrative decision", () => {
  it("refuses MS while documents are unverified or failing", async () => {
    const error = await refusal(decideAdministration({ actorId: secretariat, applicationId: applicants.alpha.applicationId, decision: "MS", reasons: [], ip: null }));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toContain("belum diverifikasi");
    expect(adminDecisionSchema.safeParse({ applicationId: "a", decision: "TMS", reasons: "\n \n" }).success).toBe(false);
  });

  it("needs a second, different secretariat member to confirm a TMS", async () => {
    const { applicationId } = applicants.alpha;
    await verifyAll(applicationId, [10]);
    const workbench = await getWorkbench(applicationId, await viewerOf(secretariat));
    expect(workbench?.suggestion).toEqual({
      decision: "TMS",
      reasons: ["Berkas 10 (tanda terima LHKPN Tahun 2024) tidak memenuhi: Tidak ditandatangani"],
      unverified: [],
    });
    const { version } = await decideAdministration({
      actorId: secretariat,
      applicationId,
      decision: "TMS",
      reasons: workbench?.suggestion?.reasons ?? [],
      expectedVersion: workbench?.version,
      ip: "10.0.0.5",
    });
    expect((await getWorkbench(applicationId, await viewerOf(secretariat)))?.decision.state).toBe("AWAITING_SECOND_CHECK");

    const same = await refusal(confirmAdministration({ actorId: secretariat, applicationId, ip: null }));
    expect(same.code).toBe("FORBIDDEN");
    const committee = await refusal(confirmAdministration({ actorId: member, applicationId, ip: null }));
    expect(committee.code).toBe("FORBIDDEN");
    const chairConfirms = await refusal(confirmAdministration({ actorId: chair, applicationId, ip: null }));
    expect(chairConfirms.code).toBe("FORBIDDEN");
    const stale = await refusal(confirmAdministration({ actorId: secretariat2, applicationId, expectedVersion: version - 1, ip: null }));
    expect(stale.code).toBe("CONFLICT");

    await confirmAdministration({ actorId: secretariat2, applicationId, expectedVersion: version, ip: "10.0.0.6" });
    const stored = await prisma.application.findUniqueOrThrow({
      where: { id: applicationId },
      select: { status: true, adminDecision: true, adminDecisionReason: true, adminDecidedById: true, adminConfirmedById: true, adminConfirmedAt: true },
    });
    expect(stored).toMatchObject({
      status: "SUBMITTED",
      adminDecision: "TMS",
      adminDecisionReason: "Berkas 10 (tanda terima LHKPN Tahun 2024) tidak memenuhi: Tidak ditandatangani",
      adminDecidedById: secretariat,
      adminConfirmedById: secretariat2,
    });
    expect((await getWorkbench(applicationId, await viewerOf(secretariat)))?.decision).toMatchObject({ state: "DECIDED_TMS", decidedBy: "Rina Sekretariat", confirmedBy: "Budi Sekretariat" });
    const again = await refusal(confirmAdministration({ actorId: secretariat2, applicationId, ip: null }));
    expect(again.code).toBe("CONFLICT");
    const actions = await prisma.auditLog.findMany({ where: { entityId: applicationId, action: { startsWith: "application.admin_" } }, orderBy: { id: "asc" }, select: { action: true, actorId: true } });
    expect(actions).toEqual([
      { action: "application.admin_decide", actorId: secretariat },
      { action: "application.admin_confirm", actorId: secretariat2 },
    ]);
  });

  it("withdraws a decision and its confirmation when a verdict it rests on changes", async () => {
    const { applicationId } = applicants.alpha;
    const document = await documentOf(applicationId, 10);
    const result = await setDocumentVerdict({ actorId: secretariat, documentId: document.id, verdict: "MEETS", ip: null });
    expect(result.clearedDecision).toBe(true);
    const stored = await prisma.application.findUniqueOrThrow({ where: { id: applicationId }, select: { adminDecision: true, adminConfirmedById: true } });
    expect(stored).toEqual({ adminDecision: null, adminConfirmedById: null });
    expect(await prisma.auditLog.count({ where: { entityId: applicationId, action: "application.admin_decision_cleared" } })).toBe(1);

    // Everything meets now: MS is allowed, and a re-decision replaces it.
    await decideAdministration({ actorId: chair, applicationId, decision: "MS", reasons: [], ip: null });
    expect((await getWorkbench(applicationId, await viewerOf(secretariat)))?.decision).toMatchObject({ value: "MS", state: "DECIDED_MS", reasons: [] });
  });

  it("is refused once the administrative result has been published (status ≠ SUBMITTED)", async () => {
    const { applicationId } = applicants.beta;
    const document = await documentOf(applicationId, 1);
    // Publishing (the other half of this issue) moves the status; simulated here.
    await prisma.application.update({ where: { id: applicationId }, data: { status: "ADMIN_FAILED", adminDecision: "TMS", adminDecisionReason: "x", adminDecidedById: secretariat } });
    const decide = await refusal(decideAdministration({ actorId: secretariat, applicationId, decision: "TMS", reasons: ["Lain"], ip: null }));
    expect(decide.code).toBe("LOCKED");
    const verdict = await refusal(setDocumentVerdict({ actorId: secretariat, documentId: document.id, verdict: "MEETS", ip: null }));
    expect(verdict.code).toBe("LOCKED");
    const confirm = await refusal(confirmAdministration({ actorId: secretariat2, applicationId, ip: null }));
    expect(confirm.code).toBe("LOCKED");
    await prisma.application.update({ where: { id: applicationId }, data: { status: "SUBMITTED", adminDecision: null, adminDecisionReason: null, adminDecidedById: null } });
  });
});

describe("the workbench", () => {
  it("turns lhkpn from pending to pass when document 10 is verified MEETS", async () => {
    const { applicationId } = applicants.gamma;
    const before = await getWorkbench(applicationId, await viewerOf(secretariat));
    expect(before?.eligibility?.rules.find((rule) => rule.id === "lhkpn")?.status).toBe("pending");
    expect(before?.suggestion?.decision).toBeNull();
    const document = await documentOf(applicationId, 10);
    await setDocumentVerdict({ actorId: secretariat, documentId: document.id, verdict: "MEETS", ip: null });
    const after = await getWorkbench(applicationId, await viewerOf(secretariat));
    expect(after?.eligibility?.rules.find((rule) => rule.id === "lhkpn")).toMatchObject({ status: "pass" });
    const row = after?.documents.find((item) => item.number === 10);
    expect(row).toMatchObject({ status: "MEETS", isRegistrationDocument: true, applies: true });
    expect(row?.verifications).toEqual([expect.objectContaining({ verdict: "MEETS", verifiedBy: "Rina Sekretariat", isCurrentVersion: true, version: 1 })]);
    expect(after?.documents.find((item) => item.number === 14)).toMatchObject({ isRegistrationDocument: false, current: null });
  });

  it("is null for a draft", async () => {
    const userId = await cloneDemoApplicant("siti.rahma@demo.seleksi.id", "draft@verifikasi.uji", "197510222000122084", `${NAME_PART} draf`);
    const { applicationId } = await createApplication({ userId, vacancyId, declarations, ip: null, now: DURING_REGISTRATION });
    expect(await getWorkbench(applicationId, await viewerOf(secretariat))).toBeNull();
  });
});

describe("the queue", () => {
  const query = { slug: SLUG, q: NAME_PART, page: 1, pageSize: 25 };

  it("counts verified, failed and uploaded documents per application, in registration-number order", async () => {
    const document = await documentOf(applicants.gamma.applicationId, 11);
    await setDocumentVerdict({ actorId: secretariat, documentId: document.id, verdict: "FAILS", reason: "Bukan dokumen yang diminta", ip: null });
    const page = await listQueue(query, await viewerOf(secretariat));
    expect(page?.total).toBe(3); // the draft is not listed
    const rows = page?.rows ?? [];
    expect(rows.map((row) => row.registrationNumber)).toEqual(
      [applicants.alpha, applicants.beta, applicants.gamma].map((applicant) => applicant.registrationNumber).sort(),
    );
    const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
    expect(byId[applicants.alpha.applicationId]).toMatchObject({ documentsVerified: 19, documentsFailed: 0, documentsTotal: 19, decisionState: "DECIDED_MS" });
    expect(byId[applicants.beta.applicationId]).toMatchObject({ documentsVerified: 0, documentsTotal: 19, decisionState: "UNDECIDED", eligibilityVerdict: "PENDING_VERIFICATION" });
    expect(byId[applicants.gamma.applicationId]).toMatchObject({ documentsVerified: 2, documentsFailed: 1, documentsTotal: 19, eligibilityVerdict: "NOT_ELIGIBLE" });
    expect(byId[applicants.alpha.applicationId]?.nip).toBe("197510222000122081");
  });

  it("filters by document verdicts, decision, status and vacancy", async () => {
    const ids = async (extra: Partial<Parameters<typeof listQueue>[0]>) => (await listQueue({ ...query, ...extra }, await viewerOf(secretariat)))?.rows.map((row) => row.id).sort();
    const { alpha, beta, gamma } = applicants;
    expect(await ids({ verdict: "FAILS" })).toEqual([gamma.applicationId]);
    expect(await ids({ verdict: "MEETS" })).toEqual([alpha.applicationId]);
    expect(await ids({ unverifiedOnly: true })).toEqual([beta.applicationId, gamma.applicationId].sort());
    expect(await ids({ decision: "MS" })).toEqual([alpha.applicationId]);
    expect(await ids({ decision: "UNDECIDED" })).toEqual([beta.applicationId, gamma.applicationId].sort());
    expect(await ids({ decision: "AWAITING_CONFIRMATION" })).toEqual([]);
    expect(await ids({ status: "ADMIN_PASSED" })).toEqual([]);
    expect(await ids({ vacancyId })).toHaveLength(3);
    expect(await ids({ vacancyId: "lowongan-lain" })).toEqual([]);
  });

  it("finds an application by NIP (typed with spaces) or registration number, and pages stably", async () => {
    const byNip = await listQueue({ slug: SLUG, q: "19751022 200012 2 082", page: 1, pageSize: 25 }, await viewerOf(secretariat));
    expect(byNip?.rows.map((row) => row.id)).toEqual([applicants.beta.applicationId]);
    const byNumber = await listQueue({ slug: SLUG, q: applicants.gamma.registrationNumber.toLowerCase(), page: 1, pageSize: 25 }, await viewerOf(secretariat));
    expect(byNumber?.rows.map((row) => row.id)).toEqual([applicants.gamma.applicationId]);
    const viewer = await viewerOf(secretariat);
    const pages = await Promise.all([1, 2, 3].map((page) => listQueue({ ...query, page, pageSize: 1 }, viewer)));
    expect(pages.map((page) => page?.rows[0]?.id)).toEqual(
      [applicants.alpha, applicants.beta, applicants.gamma].sort((a, b) => a.registrationNumber.localeCompare(b.registrationNumber)).map((a) => a.applicationId),
    );
    expect(pages[0]?.pageCount).toBe(3);
    expect(await listQueue({ ...query, slug: "tidak-ada" }, await viewerOf(secretariat))).toBeNull();
  });
});

describe("track record", () => {
  it("is written by committee members and the chair, audited, and refused to the secretariat and applicants", async () => {
    const { applicationId, userId } = applicants.beta;
    const { trackRecordId } = await addTrackRecord({ actorId: member, applicationId, notes: "Tidak ada catatan pelanggaran dari instansi asal.", conclusion: "Baik", score: 82.5, ip: null });
    await addTrackRecord({ actorId: chair, applicationId, notes: "Konfirmasi ke atasan langsung.", conclusion: "Baik", ip: null });
    for (const [actorId, code] of [
      [secretariat, "FORBIDDEN"],
      [userId, "NOT_FOUND"],
    ] as const) {
      const error = await refusal(addTrackRecord({ actorId, applicationId, notes: "x", conclusion: "y", ip: null }));
      expect(error.code).toBe(code);
    }
    expect(await prisma.auditLog.count({ where: { entityId: trackRecordId, action: "track_record.add" } })).toBe(1);
    const workbench = await getWorkbench(applicationId, await viewerOf(secretariat));
    expect(workbench?.trackRecords.map((record) => [record.author, record.score])).toEqual(
      expect.arrayContaining([
        ["Anggota Pansel Satu", "82.5"],
        ["Dr. HERMANSYAH, S.H., M.Hum", null],
      ]),
    );
    const badScore = await refusal(addTrackRecord({ actorId: member, applicationId, notes: "x", conclusion: "y", score: 101, ip: null }));
    expect(badScore.code).toBe("VALIDATION");
  });
});
