// Direct uploads (storage: S3, here s3rver on loopback): the browser PUTs the file to a signed URL, then the
// server reads the stored object back through the checks before it becomes the document's current version.
// What is refused (a body of another size, a file that is not what it claims, a forged or expired ticket, an
// upload that never arrived) leaves the earlier version current and nothing unchecked in the bucket.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), "portal-direct-"));
const BUCKET = "portal-langsung";
const s3server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: tempRoot, configureBuckets: [{ name: BUCKET }] });
const { port } = await s3server.run();
// Read by the storage module on first use (one instance per process): this file's storage is the bucket.
Object.assign(process.env, {
  S3_BUCKET: BUCKET,
  S3_ENDPOINT: `http://127.0.0.1:${port}`,
  S3_ACCESS_KEY_ID: "S3RVER",
  S3_SECRET_ACCESS_KEY: "S3RVER",
  AUTH_SECRET: "rahasia-uji-unggah-langsung-0123456789",
});

const { prisma } = await import("@/lib/db");
const { completeDirectUpload, startDirectUpload } = await import("@/lib/documents/mutations");
const { getStorage } = await import("@/lib/storage");
const { createApplication } = await import("@/lib/applications/mutations");
const { cloneDemoApplicant, singkawangVacancyId } = await import("../factories/applications");
const { HTML_PAGE, makePdf } = await import("../fixtures/pdf-files");

const DURING_REGISTRATION = new Date("2025-10-28T03:00:00Z"); // 28 Oct 2025 10:00 WIB
let userId = "";
let otherUserId = "";
let applicationId = "";
let requirementId = "";

beforeAll(async () => {
  userId = await cloneDemoApplicant("pelamar@demo.seleksi.id", "langsung@uji.seleksi.id", "197203151998031093");
  otherUserId = await cloneDemoApplicant("pelamar@demo.seleksi.id", "langsung.lain@uji.seleksi.id", "197203151998031094");
  const declarations = { willingAllStages: true, willingToReside: true, noMppStatement: false };
  ({ applicationId } = await createApplication({ userId, vacancyId: await singkawangVacancyId(), declarations, ip: null, now: DURING_REGISTRATION }));
  const requirement = await prisma.documentRequirement.findFirstOrThrow({
    where: { selection: { applications: { some: { id: applicationId } } }, number: 1 },
    select: { id: true },
  });
  requirementId = requirement.id;
});

afterAll(async () => {
  await s3server.close();
  fs.rmSync(tempRoot, { recursive: true, force: true });
});

async function start(body: Buffer, contentType: "application/pdf" | "image/jpeg" = "application/pdf", sizeBytes = body.length) {
  return startDirectUpload({ userId, applicationId, requirementId, fileName: "surat lamaran.pdf", contentType, sizeBytes, now: DURING_REGISTRATION });
}

async function put(url: string, headers: Record<string, string>, body: Buffer): Promise<number> {
  const response = await fetch(url, { method: "PUT", headers, body: new Uint8Array(body) });
  await response.arrayBuffer();
  return response.status;
}

async function current() {
  return prisma.document.findUnique({
    where: { applicationId_requirementId: { applicationId, requirementId } },
    select: { status: true, currentVersion: { select: { version: true, storageKey: true, sha256: true } } },
  });
}

async function keysInBucket(): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of getStorage().list()) if (key.startsWith(`applications/${applicationId}/`)) keys.push(key);
  return keys;
}

describe("a direct upload to S3", () => {
  it("becomes the current version once the stored object passed the checks", async () => {
    const pdf = await makePdf({ text: "Surat lamaran (unggah langsung)" });
    const started = await start(pdf);
    expect(started.url).toContain(`127.0.0.1:${port}`);
    expect(await put(started.url, started.headers, pdf)).toBe(200);
    const uploaded = await completeDirectUpload({ userId, ticket: started.ticket, ip: "127.0.0.1", now: DURING_REGISTRATION });
    expect(uploaded).toMatchObject({ version: 1, mimeType: "application/pdf", sizeBytes: pdf.length, fileName: "surat lamaran.pdf" });
    const document = await current();
    expect(document?.status).toBe("UPLOADED");
    expect(document?.currentVersion?.version).toBe(1);
    expect(await keysInBucket()).toEqual([document!.currentVersion!.storageKey]);
    expect(await prisma.auditLog.count({ where: { action: "document.upload", entityId: uploaded.documentId } })).toBe(1);
  });

  it("refuses a body longer than the size it was signed for, and keeps nothing of it", async () => {
    const pdf = await makePdf({ text: "Lebih panjang" });
    const started = await start(pdf, "application/pdf", pdf.length - 10);
    // S3 refuses the PUT (the length is signed); a server that does not check it stores the object, and the
    // server's read-back refuses it for its size. Either way the earlier version stays and the bucket is clean.
    const status = await put(started.url, started.headers, pdf);
    expect([200, 403]).toContain(status);
    await expect(completeDirectUpload({ userId, ticket: started.ticket, ip: null, now: DURING_REGISTRATION })).rejects.toThrow(
      status === 403 ? /belum sampai di penyimpanan/ : /Ukuran berkas yang tersimpan berbeda/,
    );
    expect((await current())?.currentVersion?.version).toBe(1);
    expect(await keysInBucket()).toHaveLength(1);
  });

  it("refuses and removes a stored file that is not the PDF it was announced as; the earlier version stays", async () => {
    const started = await start(HTML_PAGE);
    expect(await put(started.url, started.headers, HTML_PAGE)).toBe(200);
    await expect(completeDirectUpload({ userId, ticket: started.ticket, ip: null, now: DURING_REGISTRATION })).rejects.toMatchObject({ reason: "TYPE_NOT_ACCEPTED" });
    expect((await current())?.currentVersion?.version).toBe(1);
    expect(await keysInBucket()).toHaveLength(1);
  });

  it("refuses a type the requirement does not accept or a size over its limit before signing anything", async () => {
    await expect(start(Buffer.alloc(10), "image/jpeg")).rejects.toMatchObject({ reason: "TYPE_NOT_ACCEPTED" });
    await expect(start(Buffer.alloc(10), "application/pdf", 50 * 1024 * 1024)).rejects.toMatchObject({ reason: "TOO_LARGE" });
  });

  it("refuses a ticket of another applicant, a forged one and an expired one", async () => {
    const pdf = await makePdf({ text: "Tiket" });
    const started = await start(pdf);
    expect(await put(started.url, started.headers, pdf)).toBe(200);
    await expect(completeDirectUpload({ userId: otherUserId, ticket: started.ticket, ip: null, now: DURING_REGISTRATION })).rejects.toThrow(/Izin unggah tidak sah/);
    const [payload, signature] = started.ticket.split(".");
    const forged = JSON.parse(Buffer.from(payload!, "base64url").toString("utf8")) as { sizeBytes: number };
    forged.sizeBytes += 1;
    await expect(
      completeDirectUpload({ userId, ticket: `${Buffer.from(JSON.stringify(forged)).toString("base64url")}.${signature}`, ip: null, now: DURING_REGISTRATION }),
    ).rejects.toThrow(/Izin unggah tidak sah/);
    const later = new Date(DURING_REGISTRATION.getTime() + 16 * 60 * 1000);
    await expect(completeDirectUpload({ userId, ticket: started.ticket, ip: null, now: later })).rejects.toThrow(/Izin unggah tidak sah/);
    expect((await current())?.currentVersion?.version).toBe(1);
  });

  it("an upload that never arrived changes nothing", async () => {
    const started = await start(await makePdf({ text: "Tidak pernah dikirim" }));
    await expect(completeDirectUpload({ userId, ticket: started.ticket, ip: null, now: DURING_REGISTRATION })).rejects.toThrow(/belum sampai di penyimpanan/);
    expect((await current())?.currentVersion?.version).toBe(1);
  });
});
