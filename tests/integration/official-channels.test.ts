// #13 items 4 and 6 against real PostgreSQL: the signed no-MPP statement (item 23) is required at
// submission exactly when the candidate relies on the 58-year path and its verdict settles age_max;
// the ASN Karier number (applicant, until submission; verified by the seated secretariat) and the
// "berkas fisik diterima" mark (recorded, undone with a reason, on the applicant's timeline), audited.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createApplication, submitApplication } from "@/lib/applications/mutations";
import { recordPhysicalReceipt, setAsnKarierNumber, undoPhysicalReceipt, verifyAsnKarierNumber } from "@/lib/channels/mutations";
import { getApplicationChannels } from "@/lib/channels/queries";
import { prisma } from "@/lib/db";
import type { EligibilityResult } from "@/lib/eligibility";
import { setDocumentVerdict } from "@/lib/verification/mutations";
import { getWorkbench } from "@/lib/verification/queries";
import { attachAllRegistrationDocuments, cloneDemoApplicant, demoUserId, singkawangVacancyId, unusedNip } from "../factories/applications";
import { viewerOf } from "../factories/viewers";
import { refusal } from "../fixtures/refusal";

const DURING_REGISTRATION = new Date("2025-10-28T03:00:00Z"); // 28 Oct 2025 10:00 WIB
const AFTER_SUBMISSION = new Date("2025-11-07T03:00:00Z");
const declarations = { willingAllStages: true, willingToReside: true, noMppStatement: false };

let vacancyId: string;
let secretariat: string;
let secretariat2: string;
let committeeMember: string;

/** A copy of the demo applicant Ahmad (Kota Singkawang, eligible), aged 57 on 1 Dec 2025 and Kepala Dinas (JPT Pratama) since 2019. */
async function formerJptAged57(): Promise<string> {
  const nip = await unusedNip("196806151994031");
  const userId = await cloneDemoApplicant("pelamar@demo.seleksi.id", `jpt57.${crypto.randomBytes(4).toString("hex")}@uji.seleksi.id`, nip);
  const profile = await prisma.applicantProfile.update({
    where: { userId },
    data: { birthDate: new Date("1968-06-15T00:00:00Z"), nip },
    select: { id: true },
  });
  await prisma.positionHistory.create({
    data: { profileId: profile.id, title: "Kepala Dinas Pendidikan", level: "JPT_PRATAMA", eselon: "II.b", startDate: new Date("2019-01-02T00:00:00Z") },
  });
  return userId;
}

async function youngerApplicant(): Promise<string> {
  const nip = await unusedNip("197203151998031");
  return cloneDemoApplicant("pelamar@demo.seleksi.id", `muda.${crypto.randomBytes(4).toString("hex")}@uji.seleksi.id`, nip);
}

async function statementDocument(applicationId: string) {
  return prisma.document.findFirstOrThrow({ where: { applicationId, requirement: { number: 23 } }, select: { id: true, currentVersionId: true } });
}

async function attachStatement(applicationId: string, userId: string): Promise<void> {
  const document = await statementDocument(applicationId);
  const version = await prisma.documentVersion.create({
    data: {
      documentId: document.id,
      version: 1,
      storageKey: `test/${document.id}/${crypto.randomUUID()}`,
      fileName: "pernyataan-mpp.pdf",
      mimeType: "application/pdf",
      sizeBytes: 1234,
      sha256: crypto.createHash("sha256").update(document.id).digest("hex"),
      uploadedById: userId,
    },
    select: { id: true },
  });
  await prisma.document.update({ where: { id: document.id }, data: { currentVersionId: version.id, status: "UPLOADED" } });
}

async function missingItems(userId: string, applicationId: string): Promise<string[]> {
  const error = await refusal(submitApplication({ userId, applicationId, ip: null, now: DURING_REGISTRATION }));
  return Object.values(error.fieldErrors ?? {});
}

beforeAll(async () => {
  vacancyId = await singkawangVacancyId();
  secretariat = await demoUserId("sekretariat@demo.seleksi.id");
  secretariat2 = await demoUserId("sekretariat2@demo.seleksi.id");
  committeeMember = await demoUserId("anggota@demo.seleksi.id");
}, 60_000);

describe("the 58-year path: the signed no-MPP statement as a conditional document", () => {
  it("is required of a former JPT aged 57 who ticks the statement, and the submission then waits for its verification", async () => {
    const userId = await formerJptAged57();
    const { applicationId } = await createApplication({
      userId,
      vacancyId,
      declarations: { ...declarations, noMppStatement: true },
      ip: null,
      now: DURING_REGISTRATION,
    });
    await attachAllRegistrationDocuments(applicationId, userId);
    const items = await missingItems(userId, applicationId);
    expect(items).toEqual([expect.stringMatching(/^Berkas 23 belum diunggah: Surat pernyataan .*\(MPP\)\.$/)]);

    await attachStatement(applicationId, userId);
    await submitApplication({ userId, applicationId, ip: null, now: DURING_REGISTRATION });
    const submitted = await prisma.application.findUniqueOrThrow({ where: { id: applicationId }, select: { eligibilityVerdict: true, eligibilitySnapshot: true } });
    expect(submitted.eligibilityVerdict).toBe("PENDING_VERIFICATION");
    const snapshot = submitted.eligibilitySnapshot as unknown as EligibilityResult;
    expect(snapshot.rules.find((rule) => rule.id === "age_max")).toMatchObject({ status: "pending", reason: expect.stringContaining("menunggu verifikasi") });

    // The secretariat verifies the statement like any other document: the workbench reads it into age_max.
    const viewer = await viewerOf(secretariat);
    const before = await getWorkbench(applicationId, viewer);
    expect(before?.documents.find((document) => document.number === 23)?.applies).toBe(true);
    const statement = await statementDocument(applicationId);
    await setDocumentVerdict({ actorId: secretariat, documentId: statement.id, verdict: "FAILS", reason: "Tidak ditandatangani", ip: null });
    const failed = await getWorkbench(applicationId, viewer);
    expect(failed?.eligibility?.rules.find((rule) => rule.id === "age_max")?.status).toBe("fail");
    expect(failed?.suggestion?.reasons).toContainEqual(expect.stringContaining("Berkas 23"));
    await setDocumentVerdict({ actorId: secretariat, documentId: statement.id, verdict: "MEETS", ip: null });
    const met = await getWorkbench(applicationId, viewer);
    expect(met?.eligibility?.rules.find((rule) => rule.id === "age_max")?.status).toBe("pass");
  });

  it("is not required without the tick: the same candidate fails age_max instead", async () => {
    const userId = await formerJptAged57();
    const { applicationId } = await createApplication({ userId, vacancyId, declarations, ip: null, now: DURING_REGISTRATION });
    await attachAllRegistrationDocuments(applicationId, userId);
    const items = await missingItems(userId, applicationId);
    expect(items.some((item) => item.startsWith("Berkas 23"))).toBe(false);
    expect(items).toContainEqual(expect.stringMatching(/^Persyaratan tidak terpenuhi — .*batas 58 tahun tidak berlaku/));
  });

  it("is not required of a candidate under 56, tick or not", async () => {
    for (const noMppStatement of [true, false]) {
      const userId = await youngerApplicant();
      const { applicationId } = await createApplication({ userId, vacancyId, declarations: { ...declarations, noMppStatement }, ip: null, now: DURING_REGISTRATION });
      await attachAllRegistrationDocuments(applicationId, userId);
      expect((await statementDocument(applicationId)).currentVersionId).toBeNull();
      await submitApplication({ userId, applicationId, ip: null, now: DURING_REGISTRATION });
      const workbench = await getWorkbench(applicationId, await viewerOf(secretariat));
      expect(workbench?.documents.find((document) => document.number === 23)?.applies).toBe(false);
    }
  });
});

describe("the ASN Karier registration number", () => {
  it("is given at applying, changed until submission (audited), then locked, and verified only by the seated secretariat", async () => {
    const userId = await youngerApplicant();
    const { applicationId } = await createApplication({ userId, vacancyId, declarations, asnKarierNumber: "ASNK-2025-000777", ip: null, now: DURING_REGISTRATION });
    expect((await prisma.application.findUniqueOrThrow({ where: { id: applicationId }, select: { asnKarierNumber: true } })).asnKarierNumber).toBe("ASNK-2025-000777");

    await setAsnKarierNumber({ userId, applicationId, asnKarierNumber: "ASNK-2025-000778", ip: "10.0.0.7", now: DURING_REGISTRATION });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: applicationId, action: "application.asn_karier_number" }, select: { before: true, after: true, actorId: true } });
    expect(audit).toEqual({ actorId: userId, before: { asnKarierNumber: "ASNK-2025-000777" }, after: { asnKarierNumber: "ASNK-2025-000778" } });
    // Another applicant's id finds nothing.
    const other = await youngerApplicant();
    expect((await refusal(setAsnKarierNumber({ userId: other, applicationId, asnKarierNumber: "X-1234", ip: null, now: DURING_REGISTRATION }))).code).toBe("NOT_FOUND");
    // The secretariat cannot mark a draft.
    expect((await refusal(verifyAsnKarierNumber({ actorId: secretariat, applicationId, verified: true, ip: null }))).code).toBe("LOCKED");

    await attachAllRegistrationDocuments(applicationId, userId);
    await submitApplication({ userId, applicationId, ip: null, now: DURING_REGISTRATION });
    expect((await refusal(setAsnKarierNumber({ userId, applicationId, asnKarierNumber: "ASNK-2025-000779", ip: null, now: DURING_REGISTRATION }))).code).toBe("LOCKED");

    expect((await refusal(verifyAsnKarierNumber({ actorId: committeeMember, applicationId, verified: true, ip: null }))).code).toBe("FORBIDDEN");
    const applicant = await refusal(verifyAsnKarierNumber({ actorId: userId, applicationId, verified: true, ip: null }));
    expect(applicant.code).toBe("NOT_FOUND");
    const result = await verifyAsnKarierNumber({ actorId: secretariat, applicationId, verified: true, ip: null, now: AFTER_SUBMISSION });
    expect(result.verifiedAt?.toISOString()).toBe(AFTER_SUBMISSION.toISOString());
    expect((await refusal(verifyAsnKarierNumber({ actorId: secretariat2, applicationId, verified: true, ip: null }))).code).toBe("CONFLICT");
    const verify = await prisma.auditLog.findFirstOrThrow({ where: { entityId: applicationId, action: "application.asn_karier_verify" }, select: { actorId: true, after: true } });
    expect(verify).toEqual({ actorId: secretariat, after: { asnKarierNumber: "ASNK-2025-000778", verified: true } });
    const channels = await getApplicationChannels(applicationId, await viewerOf(secretariat));
    expect(channels).toMatchObject({ asnKarierRequired: true, asnKarierNumber: "ASNK-2025-000778", asnKarierVerifiedBy: "Rina Sekretariat" });
    expect(await getApplicationChannels(applicationId, await viewerOf(userId))).toBeNull();
  });
});

describe("berkas fisik diterima", () => {
  it("is recorded by the seated secretariat with the date and the receiving member, shown on the timeline, and undone with a reason", async () => {
    const userId = await youngerApplicant();
    const { applicationId } = await createApplication({ userId, vacancyId, declarations, ip: null, now: DURING_REGISTRATION });
    expect((await refusal(recordPhysicalReceipt({ actorId: secretariat, applicationId, receivedOn: "2025-10-28", ip: null, now: DURING_REGISTRATION }))).code).toBe("LOCKED");
    await attachAllRegistrationDocuments(applicationId, userId);
    await submitApplication({ userId, applicationId, ip: null, now: DURING_REGISTRATION });

    expect((await refusal(recordPhysicalReceipt({ actorId: committeeMember, applicationId, receivedOn: "2025-11-05", ip: null, now: AFTER_SUBMISSION }))).code).toBe("FORBIDDEN");
    expect((await refusal(recordPhysicalReceipt({ actorId: secretariat, applicationId, receivedOn: "2025-11-08", ip: null, now: AFTER_SUBMISSION }))).code).toBe("VALIDATION");
    const wrongReceiver = await refusal(recordPhysicalReceipt({ actorId: secretariat, applicationId, receivedOn: "2025-11-05", receivedById: committeeMember, ip: null, now: AFTER_SUBMISSION }));
    expect(wrongReceiver.fieldErrors).toHaveProperty("receivedById");

    // By default the signed-in member received it.
    const recorded = await recordPhysicalReceipt({ actorId: secretariat, applicationId, receivedOn: "2025-11-05", ip: "10.0.0.9", now: AFTER_SUBMISSION });
    expect(recorded).toEqual({ receivedOn: "2025-11-05", receivedById: secretariat });
    expect((await refusal(recordPhysicalReceipt({ actorId: secretariat2, applicationId, receivedOn: "2025-11-05", ip: null, now: AFTER_SUBMISSION }))).code).toBe("CONFLICT");
    const event = await prisma.applicationEvent.findFirstOrThrow({ where: { applicationId, kind: "application.physical_received" }, select: { message: true } });
    expect(event.message).toBe(
      "Berkas fisik (amplop tertutup berisi surat lamaran dan dokumen persyaratan asli) diterima Sekretariat Pansel pada 5 November 2025, diterima oleh Rina Sekretariat.",
    );
    expect(await prisma.auditLog.findFirst({ where: { entityId: applicationId, action: "application.physical_received" }, select: { actorId: true, after: true } })).toEqual({
      actorId: secretariat,
      after: { receivedOn: "2025-11-05", receivedById: secretariat },
    });

    expect((await refusal(undoPhysicalReceipt({ actorId: committeeMember, applicationId, reason: "Salah catat", ip: null }))).code).toBe("FORBIDDEN");
    await undoPhysicalReceipt({ actorId: secretariat2, applicationId, reason: "Amplop milik pelamar lain", ip: null });
    const cleared = await prisma.application.findUniqueOrThrow({ where: { id: applicationId }, select: { physicalReceivedOn: true, physicalReceivedById: true } });
    expect(cleared).toEqual({ physicalReceivedOn: null, physicalReceivedById: null });
    const undone = await prisma.auditLog.findFirstOrThrow({ where: { entityId: applicationId, action: "application.physical_receipt_undone" }, select: { actorId: true, before: true, after: true } });
    expect(undone).toEqual({ actorId: secretariat2, before: { receivedOn: "2025-11-05", receivedById: secretariat }, after: { reason: "Amplop milik pelamar lain" } });
    const undoEvent = await prisma.applicationEvent.findFirstOrThrow({ where: { applicationId, kind: "application.physical_receipt_undone" }, select: { message: true } });
    expect(undoEvent.message).toContain("Alasan: Amplop milik pelamar lain");

    // Recorded again, now by the second member on behalf of the first.
    const again = await recordPhysicalReceipt({ actorId: secretariat2, applicationId, receivedOn: "2025-11-06", receivedById: secretariat, ip: null, now: AFTER_SUBMISSION });
    expect(again.receivedById).toBe(secretariat);
  });
});
