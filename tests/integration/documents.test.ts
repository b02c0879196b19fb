// Document uploads against real PostgreSQL and the local storage driver (STORAGE_DIR of this run):
// versions, the audit row, refusals that keep the previous version, ownership, deadlines.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { wibToUtc } from "@/lib/dates/wib";
import { prisma } from "@/lib/db";
import { FileRejectedError } from "@/lib/documents/file-check";
import { uploadDocument, type UploadDocumentInput } from "@/lib/documents/mutations";
import { getDocumentFileForUser, listApplicationDocuments } from "@/lib/documents/queries";
import { fileContentWarningText } from "@/lib/documents/labels";
import { getWorkbench } from "@/lib/verification/queries";
import {
  HTML_PAGE,
  JPEG_BYTES,
  JPEG_HTML_POLYGLOT,
  makePdf,
  makePdfWithAttachment,
  makePdfWithJavaScript,
  makePng,
  SVG_IMAGE,
  TEXT_AS_PDF,
  withEncryptEntry,
} from "@/tests/fixtures/pdf-files";
import { viewerOf } from "@/tests/factories/viewers";
import { uniqueNik } from "@/tests/factories/applications";

const BEFORE_DEADLINE = wibToUtc("2025-11-01T10:00");
const DEADLINE = wibToUtc("2025-11-06T16:00");

type Fixture = { userId: string; applicationId: string };
let applicant: Fixture;
let outsider: Fixture;
let secretariatId: string;
let ppkId: string;
const requirementIds = new Map<number, string>();

async function createApplicant(label: string, institutionName: string, vacancyId: string, selectionId: string): Promise<Fixture> {
  const institution = await prisma.institution.findUniqueOrThrow({ where: { name: institutionName }, select: { id: true } });
  const user = await prisma.user.create({
    data: {
      email: `${label}@uji.seleksi.id`,
      name: `Pelamar ${label}`,
      passwordHash: "-",
      roles: ["APPLICANT"],
      profile: { create: { fullName: `Pelamar ${label}`, nik: uniqueNik(), institutionId: institution.id } },
    },
    select: { id: true },
  });
  const application = await prisma.application.create({
    data: {
      registrationNumber: `UJI-${label}`,
      selectionId,
      vacancyId,
      applicantId: user.id,
      documents: { create: [...requirementIds.values()].map((requirementId) => ({ requirementId })) },
    },
    select: { id: true },
  });
  return { userId: user.id, applicationId: application.id };
}

function upload(who: Fixture, number: number, body: Buffer | Readable, overrides: Partial<UploadDocumentInput> = {}) {
  return uploadDocument({
    userId: who.userId,
    applicationId: who.applicationId,
    requirementId: requirementIds.get(number) as string,
    fileName: `berkas-${number}.pdf`,
    contentType: "application/pdf",
    body: Buffer.isBuffer(body) ? Readable.from([body]) : body,
    ip: "127.0.0.1",
    now: BEFORE_DEADLINE,
    ...overrides,
  });
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Objects stored for an application (the local driver's files, without its dot-files). */
function storedObjects(applicationId: string): string[] {
  const dir = path.join(process.env.STORAGE_DIR as string, "applications", applicationId);
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.endsWith(".pdf") && !path.basename(name).startsWith("."));
}

async function currentVersion(fixture: Fixture, number: number) {
  return prisma.document.findUniqueOrThrow({
    where: { applicationId_requirementId: { applicationId: fixture.applicationId, requirementId: requirementIds.get(number) as string } },
    select: { id: true, status: true, currentVersion: { select: { id: true, version: true, sha256: true } }, _count: { select: { versions: true } } },
  });
}

beforeAll(async () => {
  const selection = await prisma.selection.findUniqueOrThrow({
    where: { slug: "sekda-singkawang-2025" },
    select: { id: true, vacancies: { select: { id: true } }, documents: { select: { id: true, number: true } } },
  });
  for (const requirement of selection.documents) requirementIds.set(requirement.number, requirement.id);
  const vacancyId = selection.vacancies[0]?.id as string;
  applicant = await createApplicant("singkawang", "Pemerintah Kota Singkawang", vacancyId, selection.id);
  outsider = await createApplicant("sambas", "Pemerintah Kabupaten Sambas", vacancyId, selection.id);
  secretariatId = (await prisma.user.findUniqueOrThrow({ where: { email: "sekretariat@demo.seleksi.id" }, select: { id: true } })).id;
  ppkId = (await prisma.user.findUniqueOrThrow({ where: { email: "ppk@demo.seleksi.id" }, select: { id: true } })).id;
});

describe("uploading and replacing a document", () => {
  let firstPdf: Buffer;
  let firstVersionId: string;

  it("stores a valid PDF as version 1 with its SHA-256 and an audit row without file content", async () => {
    firstPdf = await makePdf({ text: "Surat lamaran versi 1" });
    const uploaded = await upload(applicant, 1, firstPdf);
    firstVersionId = uploaded.versionId;
    expect(uploaded).toMatchObject({ version: 1, mimeType: "application/pdf", sizeBytes: firstPdf.length, fileName: "berkas-1.pdf" });
    expect(uploaded.sha256).toBe(createHash("sha256").update(firstPdf).digest("hex"));

    const document = await currentVersion(applicant, 1);
    expect(document.status).toBe("UPLOADED");
    expect(document.currentVersion).toMatchObject({ id: uploaded.versionId, version: 1, sha256: uploaded.sha256 });
    expect(storedObjects(applicant.applicationId)).toHaveLength(1);

    const audit = await prisma.auditLog.findMany({ where: { action: "document.upload", entityId: document.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: applicant.userId, entityType: "Document", ip: "127.0.0.1", before: null });
    expect(audit[0]?.after).toMatchObject({ requirementNumber: 1, version: 1, sizeBytes: firstPdf.length, sha256: uploaded.sha256 });
    // A draft's uploads are not timeline events; the application is not submitted yet.
    expect(await prisma.applicationEvent.count({ where: { applicationId: applicant.applicationId } })).toBe(0);
  });

  it("refuses a text file posing as a PDF and keeps version 1 current and readable", async () => {
    const attempt = upload(applicant, 1, TEXT_AS_PDF, { fileName: "palsu.pdf" });
    await expect(attempt).rejects.toBeInstanceOf(FileRejectedError);
    await expect(attempt).rejects.toMatchObject({ reason: "TYPE_NOT_ACCEPTED", message: expect.stringMatching(/Berkas bukan PDF yang valid/) });

    const document = await currentVersion(applicant, 1);
    expect(document.currentVersion?.id).toBe(firstVersionId);
    expect(document._count.versions).toBe(1);
    expect(storedObjects(applicant.applicationId)).toHaveLength(1);
    const file = await getDocumentFileForUser({ userId: applicant.userId, roles: ["APPLICANT"], versionId: firstVersionId });
    expect((await readAll(file.stream)).equals(firstPdf)).toBe(true);
  });

  it("replaces with a valid PDF as version 2 and keeps version 1", async () => {
    const secondPdf = await makePdf({ text: "Surat lamaran versi 2", objectStreams: false });
    const uploaded = await upload(applicant, 1, secondPdf, { fileName: "surat lamaran (revisi).pdf" });
    expect(uploaded.version).toBe(2);

    const document = await currentVersion(applicant, 1);
    expect(document.currentVersion?.id).toBe(uploaded.versionId);
    expect(document._count.versions).toBe(2);
    expect(storedObjects(applicant.applicationId)).toHaveLength(2);
    const old = await getDocumentFileForUser({ userId: applicant.userId, roles: ["APPLICANT"], versionId: firstVersionId });
    expect((await readAll(old.stream)).equals(firstPdf)).toBe(true);
    const current = await getDocumentFileForUser({ userId: applicant.userId, roles: ["APPLICANT"], documentId: document.id });
    expect(current).toMatchObject({ versionId: uploaded.versionId, fileName: "surat lamaran (revisi).pdf", mimeType: "application/pdf" });
    expect((await readAll(current.stream)).equals(secondPdf)).toBe(true);

    const audit = await prisma.auditLog.findMany({ where: { action: "document.upload", entityId: document.id }, orderBy: { id: "asc" } });
    expect(audit).toHaveLength(2);
    expect(audit[1]?.before).toMatchObject({ versionId: firstVersionId, version: 1 });
  });

  it("refuses an oversized file announced by its Content-Length before reading it", async () => {
    let read = false;
    const body = new Readable({
      read() {
        read = true;
        this.push(null);
      },
    });
    await expect(upload(applicant, 2, body, { declaredSizeBytes: 6 * 1024 * 1024 })).rejects.toMatchObject({ reason: "TOO_LARGE" });
    expect(read).toBe(false);
  });

  it("refuses at the deadline instant and after, storing nothing", async () => {
    const before = storedObjects(applicant.applicationId).length;
    const pdf = await makePdf();
    await expect(upload(applicant, 3, pdf, { now: DEADLINE })).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
    await expect(upload(applicant, 3, pdf, { now: new Date(DEADLINE.getTime() + 60_000) })).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
    expect((await upload(applicant, 3, pdf, { now: new Date(DEADLINE.getTime() - 1000) })).version).toBe(1);
    expect(storedObjects(applicant.applicationId).length).toBe(before + 1);
  });

  it("removes the stored file and keeps the old version when the application changes during the upload", async () => {
    const original = await currentVersion(applicant, 3);
    const before = storedObjects(applicant.applicationId).length;
    const pdf = await makePdf({ text: "diunggah saat lamaran ditarik" });
    const body = Readable.from(
      (async function* () {
        yield pdf.subarray(0, 100);
        // The application is withdrawn while the file is still arriving: the write-time check refuses.
        await prisma.application.update({ where: { id: applicant.applicationId }, data: { status: "WITHDRAWN" } });
        yield pdf.subarray(100);
      })(),
    );
    try {
      await expect(upload(applicant, 3, body)).rejects.toMatchObject({ code: "LOCKED" });
    } finally {
      await prisma.application.update({ where: { id: applicant.applicationId }, data: { status: "DRAFT" } });
    }
    expect((await currentVersion(applicant, 3)).currentVersion?.id).toBe(original.currentVersion?.id);
    expect(storedObjects(applicant.applicationId).length).toBe(before);
  });
});

describe("who may read or write", () => {
  let versionId: string;
  let documentId: string;

  beforeAll(async () => {
    const document = await currentVersion(applicant, 1);
    versionId = document.currentVersion?.id as string;
    documentId = document.id;
  });

  it("gives another applicant NOT_FOUND for the version, the document and the application", async () => {
    await expect(getDocumentFileForUser({ userId: outsider.userId, roles: ["APPLICANT"], versionId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDocumentFileForUser({ userId: outsider.userId, roles: ["APPLICANT"], documentId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(upload({ userId: outsider.userId, applicationId: applicant.applicationId }, 1, await makePdf())).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listApplicationDocuments(applicant.applicationId, outsider.userId, BEFORE_DEADLINE)).toBeNull();
  });

  it("lets staff with view:applications read, and gives other staff NOT_FOUND", async () => {
    const file = await getDocumentFileForUser({ userId: secretariatId, roles: ["SECRETARIAT"], versionId });
    expect(file.versionId).toBe(versionId);
    file.stream.destroy();
    await expect(getDocumentFileForUser({ userId: ppkId, roles: ["PPK"], versionId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a requirement of another selection or an unknown one as NOT_FOUND", async () => {
    await expect(upload(applicant, 1, await makePdf(), { requirementId: "tidak-ada" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("listApplicationDocuments", () => {
  it("lists all 23 requirements with applicability, status, current version and whether they can be replaced", async () => {
    const list = await listApplicationDocuments(applicant.applicationId, applicant.userId, BEFORE_DEADLINE);
    expect(list?.rows.map((row) => row.number)).toEqual(Array.from({ length: 23 }, (_, index) => index + 1));
    // Item 23 (the no-MPP statement) can always be uploaded, but is required only on the 58-year path.
    expect(list?.rows[22]).toMatchObject({ number: 23, isApplicable: true, isRequired: false, canUpload: true });
    const relying = await listApplicationDocuments(applicant.applicationId, applicant.userId, BEFORE_DEADLINE, { reliesOnExtendedAge: true });
    expect(relying?.rows[22]).toMatchObject({ number: 23, isRequired: true });
    const first = list?.rows[0];
    expect(first).toMatchObject({ status: "UPLOADED", isApplicable: true, canUpload: true, closesAt: DEADLINE, refusal: null });
    expect(first?.current).toMatchObject({ version: 2, fileName: "surat lamaran (revisi).pdf" });
    expect(first?.current?.sha256Short).toHaveLength(12);
    expect(list?.rows[1]).toMatchObject({ status: "MISSING", current: null });
    // Item 21 is for PNS from outside Pemerintah Kota Singkawang only.
    expect(list?.rows[20]).toMatchObject({ number: 21, isApplicable: false, canUpload: false, refusal: { code: "NOT_APPLICABLE" } });
    const outsiders = await listApplicationDocuments(outsider.applicationId, outsider.userId, BEFORE_DEADLINE);
    expect(outsiders?.rows[20]).toMatchObject({ number: 21, isApplicable: true, canUpload: true });
  });

  it("after submission: registration items frozen, interview items (14–16) open until the interview ends", async () => {
    await prisma.application.update({
      where: { id: outsider.applicationId },
      data: { status: "SUBMITTED", submittedAt: wibToUtc("2025-11-05T10:00") },
    });
    const afterDeadline = wibToUtc("2025-11-10T09:00");
    const list = await listApplicationDocuments(outsider.applicationId, outsider.userId, afterDeadline);
    expect(list?.rows.filter((row) => row.canUpload).map((row) => row.number)).toEqual([14, 15, 16]);
    expect(list?.rows[0]?.refusal?.code).toBe("FROZEN_AFTER_SUBMISSION");

    await expect(upload(outsider, 1, await makePdf(), { now: afterDeadline })).rejects.toMatchObject({ code: "LOCKED" });
    const uploaded = await upload(outsider, 14, await makePdf({ text: "Surat keterangan sehat" }), { now: afterDeadline });
    expect(uploaded.version).toBe(1);
    const events = await prisma.applicationEvent.findMany({ where: { applicationId: outsider.applicationId }, select: { kind: true, data: true } });
    expect(events).toEqual([{ kind: "document.uploaded", data: expect.objectContaining({ requirementNumber: 14, version: 1 }) }]);

    await expect(upload(outsider, 15, await makePdf(), { now: wibToUtc("2025-11-18T23:59") })).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
  });
});

describe("hostile uploads (issue 12)", () => {
  /** Uploads `body` and expects a refusal with `reason`; the document's current version and stored objects stay as they were. */
  async function refusedKeepingPrevious(number: number, body: Buffer, overrides: Partial<UploadDocumentInput>, reason: string, message: RegExp) {
    const before = await currentVersion(applicant, number);
    const objects = storedObjects(applicant.applicationId).length;
    const attempt = upload(applicant, number, body, overrides);
    await expect(attempt).rejects.toMatchObject({ reason, message: expect.stringMatching(message) });
    const after = await currentVersion(applicant, number);
    expect(after.currentVersion).toEqual(before.currentVersion);
    expect(after._count.versions).toBe(before._count.versions);
    expect(storedObjects(applicant.applicationId).length).toBe(objects);
  }

  it("keeps the earlier photo when a JPEG–HTML polyglot, an SVG or HTML is uploaded as a photo", async () => {
    const photo = await upload(applicant, 17, makePng(), { fileName: "pas-foto.png", contentType: "image/png" });
    for (const [body, reason, message] of [
      [JPEG_HTML_POLYGLOT, "INVALID_IMAGE", /Berkas bukan gambar JPEG yang utuh/],
      [SVG_IMAGE, "TYPE_NOT_ACCEPTED", /jenis yang tidak dikenali/],
      [HTML_PAGE, "TYPE_NOT_ACCEPTED", /jenis yang tidak dikenali/],
    ] as const) {
      await refusedKeepingPrevious(17, body, { fileName: "foto.jpg", contentType: "image/jpeg" }, reason, message);
    }
    const file = await getDocumentFileForUser({ userId: applicant.userId, roles: ["APPLICANT"], versionId: photo.versionId });
    expect((await readAll(file.stream)).equals(makePng())).toBe(true);
  });

  it("refuses HTML renamed .pdf, an encrypted PDF, a zero-byte file and one byte over the limit, keeping the earlier version", async () => {
    await refusedKeepingPrevious(1, HTML_PAGE, { fileName: "surat.pdf" }, "TYPE_NOT_ACCEPTED", /Berkas bukan PDF yang valid/);
    await refusedKeepingPrevious(1, withEncryptEntry(await makePdf()), { fileName: "surat.pdf" }, "ENCRYPTED_PDF", /dienkripsi dengan kata sandi/);
    await refusedKeepingPrevious(1, Buffer.alloc(0), {}, "EMPTY", /Berkas kosong \(0 bita\)/);
    // Requirement 17 allows 1 MiB: a body of 1 MiB + 1 byte is refused while streaming (nothing announced).
    const oversize = Buffer.concat([JPEG_BYTES, Buffer.alloc(1024 * 1024 + 1 - JPEG_BYTES.length)]);
    await refusedKeepingPrevious(17, oversize, { contentType: "image/jpeg" }, "TOO_LARGE", /Ukuran berkas melebihi batas 1 MB/);
  });

  it("trusts the content, not a lying Content-Type or name: a PDF sent as text/html named evil.html is stored and shown as evil.pdf", async () => {
    const pdf = await makePdf({ text: "isi asli" });
    const uploaded = await upload(applicant, 4, pdf, { fileName: "../../\u202Eevil.html", contentType: "text/html" });
    expect(uploaded).toMatchObject({ mimeType: "application/pdf", fileName: "evil.pdf" });
    const stored = await prisma.documentVersion.findUniqueOrThrow({ where: { id: uploaded.versionId }, select: { fileName: true, mimeType: true, storageKey: true } });
    expect(stored).toMatchObject({ fileName: "evil.pdf", mimeType: "application/pdf" });
    expect(stored.storageKey).toMatch(new RegExp(`^applications/${applicant.applicationId}/berkas-4/[0-9a-f-]{36}\\.pdf$`));
    // A JPEG announced as a PDF is still a JPEG: refused for a PDF requirement.
    await refusedKeepingPrevious(4, JPEG_BYTES, { contentType: "application/pdf", fileName: "surat.pdf" }, "TYPE_NOT_ACCEPTED", /JPEG/);
  });

  it("accepts a PDF with JavaScript or an embedded file, flags the version and tells the secretariat in Indonesian", async () => {
    const scripted = await upload(outsider, 14, await makePdfWithJavaScript(), { now: wibToUtc("2025-11-10T09:00") });
    expect(scripted.contentWarnings).toEqual(["PDF_JAVASCRIPT"]);
    const attached = await upload(outsider, 15, await makePdfWithAttachment(), { now: wibToUtc("2025-11-10T09:00") });
    expect(attached.contentWarnings).toEqual(["PDF_EMBEDDED_FILE"]);
    const stored = await prisma.documentVersion.findUniqueOrThrow({ where: { id: scripted.versionId }, select: { contentWarnings: true } });
    expect(stored.contentWarnings).toEqual(["PDF_JAVASCRIPT"]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "document.upload", after: { path: ["versionId"], equals: scripted.versionId } }, select: { after: true } });
    expect(audit.after).toMatchObject({ contentWarnings: ["PDF_JAVASCRIPT"] });

    const workbench = await getWorkbench(outsider.applicationId, await viewerOf(secretariatId));
    const shown = workbench?.documents.find((document) => document.number === 14)?.current;
    expect(shown?.contentWarnings).toEqual(["PDF_JAVASCRIPT"]);
    expect(fileContentWarningText(shown?.contentWarnings ?? [])).toMatch(/^Berkas PDF ini memuat JavaScript — periksa dengan hati-hati/);
    expect(fileContentWarningText(["PDF_JAVASCRIPT", "PDF_EMBEDDED_FILE"])).toMatch(/^Berkas PDF ini memuat JavaScript\/lampiran tersembunyi — periksa dengan hati-hati/);
    expect(workbench?.documents.find((document) => document.number === 1)?.current ?? null).toBeNull();
  });
});
