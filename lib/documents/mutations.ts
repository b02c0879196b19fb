import "server-only";
// Uploading a document version. The file is received, checked and stored in full before the
// database learns about it, and the database change (new version, current pointer, status, audit,
// timeline event) is one transaction: on any failure the previous version stays current and the
// newly stored object is removed again.
import type { Readable } from "node:stream";
import { writeAudit } from "@/lib/audit";
import { now as serverNow } from "@/lib/clock";
import { Prisma, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { recordApplicationEvent } from "@/lib/notifications";
import { logger } from "@/lib/log";
import { getStorage, newStorageKey, type Storage, type StoredObjectInfo } from "@/lib/storage";
import { type CheckedUpload, checkStoredUpload, sanitizeFileName, storageExtension, storeCheckedUpload } from "./checked-upload";
import { decideForApplication, POLICY_APPLICATION_SELECT } from "./context";
import { FileRejectedError, type DetectedMimeType, type FileContentWarning } from "./file-check";
import { formatFileSize, typeLabel } from "./labels";
import { readUploadTicket, signUploadTicket } from "./upload-ticket";
import { assertDocumentTransition } from "./status";
import type { UploadDecision } from "./upload-policy";

export type UploadDocumentInput = {
  userId: string;
  applicationId: string;
  requirementId: string;
  fileName: string;
  /** The type the browser claims; recorded nowhere and trusted for nothing (the content decides). */
  contentType: string | null;
  body: ReadableStream<Uint8Array> | Readable;
  ip: string | null;
  /** Content-Length announced by the client: an oversized file is refused before it is read. */
  declaredSizeBytes?: number | null;
  /** The instant deadlines are judged at; defaults to the server clock (tests pass their own). */
  now?: Date;
};

export type UploadedDocument = {
  documentId: string;
  versionId: string;
  version: number;
  fileName: string;
  mimeType: DetectedMimeType;
  sizeBytes: number;
  sha256: string;
  /** Accepted but flagged for the secretariat (a PDF carrying JavaScript, embedded files, a launch action). */
  contentWarnings: FileContentWarning[];
  uploadedAt: Date;
};

const REFUSAL_ERROR_CODES = {
  APPLICATION_CLOSED: "LOCKED",
  NOT_APPLICABLE: "VALIDATION",
  DEADLINE_PASSED: "DEADLINE_PASSED",
  FROZEN_AFTER_SUBMISSION: "LOCKED",
  STAGE_NOT_SCHEDULED: "LOCKED",
} as const;

function assertAllowed(decision: UploadDecision): void {
  if (!decision.allowed) throw new AppError(REFUSAL_ERROR_CODES[decision.code], decision.reason);
}

async function loadForUpload(input: { userId: string; applicationId: string; requirementId: string }) {
  // Ownership is part of the query: another applicant's application id finds nothing.
  const application = await prisma.application.findFirst({
    where: { id: input.applicationId, applicantId: input.userId },
    select: {
      ...POLICY_APPLICATION_SELECT,
      selection: {
        select: {
          ...POLICY_APPLICATION_SELECT.selection.select,
          documents: {
            where: { id: input.requirementId },
            select: { id: true, number: true, title: true, condition: true, dueStage: true, acceptedTypes: true, maxSizeBytes: true },
          },
        },
      },
    },
  });
  if (!application) throw new AppError("NOT_FOUND", "Lamaran tidak ditemukan.");
  const requirement = application.selection.documents[0];
  if (!requirement) throw new AppError("NOT_FOUND", "Jenis berkas ini tidak ada pada seleksi yang Anda lamar.");
  return { application, requirement };
}

export async function uploadDocument(input: UploadDocumentInput): Promise<UploadedDocument> {
  const judgeAt = () => input.now ?? serverNow();
  const fileName = sanitizeFileName(input.fileName);
  if (!fileName) throw new AppError("VALIDATION", "Nama berkas kosong.", { file: "Nama berkas kosong." });

  const { application, requirement } = await loadForUpload(input);
  assertAllowed(decideForApplication(application, requirement, judgeAt()));

  const checked = await storeCheckedUpload(input.body, {
    acceptedTypes: requirement.acceptedTypes,
    maxSizeBytes: requirement.maxSizeBytes,
    keyPrefix: documentKeyPrefix(application.id, requirement.number),
    fileName,
    declaredSizeBytes: input.declaredSizeBytes,
  });
  return recordUpload(input, application, requirement, checked, judgeAt);
}

function documentKeyPrefix(applicationId: string, requirementNumber: number): string[] {
  return ["applications", applicationId, `berkas-${requirementNumber}`];
}

/** How long a signed direct-upload URL and its ticket stay valid. */
export const DIRECT_UPLOAD_TTL_SECONDS = 15 * 60;

export type DirectUploadStart = { url: string; headers: Record<string, string>; ticket: string; expiresAt: Date };

/**
 * A direct upload (storage: S3), step 1: the same checks as an upload through the app that can be made
 * before the bytes exist (ownership, deadline and stage, accepted type, size limit), then a URL the browser
 * PUTs the file to, its type and exact size bound in the signature, and a signed ticket for step 2.
 */
export async function startDirectUpload(input: {
  userId: string;
  applicationId: string;
  requirementId: string;
  fileName: string;
  contentType: DetectedMimeType;
  sizeBytes: number;
  now?: Date;
}): Promise<DirectUploadStart> {
  const storage = getStorage();
  if (!storage.presignPut) throw new AppError("INVALID_TRANSITION", "Unggah langsung hanya tersedia bila berkas disimpan di penyimpanan objek (S3).");
  const at = input.now ?? serverNow();
  const fileName = sanitizeFileName(input.fileName);
  if (!fileName) throw new AppError("VALIDATION", "Nama berkas kosong.", { file: "Nama berkas kosong." });
  const { application, requirement } = await loadForUpload(input);
  assertAllowed(decideForApplication(application, requirement, at));
  if (!requirement.acceptedTypes.includes(input.contentType)) {
    throw new FileRejectedError("TYPE_NOT_ACCEPTED", `Jenis berkas yang diterima: ${typeLabel(requirement.acceptedTypes)}.`);
  }
  if (input.sizeBytes > requirement.maxSizeBytes) throw new FileRejectedError("TOO_LARGE", `Ukuran berkas melebihi batas ${formatFileSize(requirement.maxSizeBytes)}.`);
  const key = newStorageKey(documentKeyPrefix(application.id, requirement.number), storageExtension(input.contentType));
  const signed = await storage.presignPut(key, { contentType: input.contentType, sizeBytes: input.sizeBytes, expiresInSeconds: DIRECT_UPLOAD_TTL_SECONDS });
  const expiresAt = new Date(at.getTime() + DIRECT_UPLOAD_TTL_SECONDS * 1000);
  const ticket = signUploadTicket({
    userId: input.userId,
    applicationId: application.id,
    requirementId: requirement.id,
    key,
    fileName,
    contentType: input.contentType,
    sizeBytes: input.sizeBytes,
    expiresAt: expiresAt.getTime(),
  });
  return { ...signed, ticket, expiresAt };
}

/**
 * A direct upload, step 2: the stored object is read back through the checks (size, magic bytes, PDF or
 * image structure) and only then becomes the document's current version, deadlines judged again now. A
 * refused or unfinished object is removed; the earlier version stays current either way.
 */
export async function completeDirectUpload(input: { userId: string; ticket: string; ip: string | null; now?: Date }): Promise<UploadedDocument> {
  const judgeAt = () => input.now ?? serverNow();
  const ticket = readUploadTicket(input.ticket, judgeAt());
  if (!ticket || ticket.userId !== input.userId) {
    throw new AppError("VALIDATION", "Izin unggah tidak sah atau sudah kedaluwarsa. Pilih berkas dan unggah kembali.");
  }
  const { application, requirement } = await loadForUpload({ userId: input.userId, applicationId: ticket.applicationId, requirementId: ticket.requirementId });
  const checked = await checkStoredUpload(ticket.key, {
    acceptedTypes: requirement.acceptedTypes,
    maxSizeBytes: requirement.maxSizeBytes,
    fileName: ticket.fileName,
    declaredType: ticket.contentType,
    declaredSizeBytes: ticket.sizeBytes,
  });
  return recordUpload(input, application, requirement, checked, judgeAt);
}

type UploadTarget = Awaited<ReturnType<typeof loadForUpload>>;

/**
 * Makes a checked, stored file the document's current version, in one transaction with its audit row and
 * timeline event; on any failure the previous version stays current and the stored object is removed.
 */
async function recordUpload(
  input: { userId: string; ip: string | null },
  application: UploadTarget["application"],
  requirement: UploadTarget["requirement"],
  checked: CheckedUpload,
  judgeAt: () => Date,
): Promise<UploadedDocument> {
  try {
    return await prisma.$transaction(async (tx) => {
      // Decide again at write time: the upload may have crossed the deadline, or the application
      // may have been submitted or withdrawn while the file was streaming. FOR SHARE makes a
      // concurrent submit or withdrawal wait for this transaction instead of slipping past the check.
      const [state] = await tx.$queryRaw<Array<{ status: ApplicationStatus; submittedAt: Date | null }>>`
        SELECT status, "submittedAt" FROM "Application" WHERE id = ${application.id} FOR SHARE`;
      if (!state) throw new AppError("NOT_FOUND", "Lamaran tidak ditemukan.");
      const isSubmitted = state.submittedAt !== null || state.status !== "DRAFT";
      assertAllowed(decideForApplication({ ...application, ...state }, requirement, judgeAt()));

      const document = await tx.document.upsert({
        where: { applicationId_requirementId: { applicationId: application.id, requirementId: requirement.id } },
        create: { applicationId: application.id, requirementId: requirement.id },
        update: {},
        select: { id: true },
      });
      // Serialises concurrent uploads of the same document, so version numbers never collide.
      await tx.$queryRaw`SELECT id FROM "Document" WHERE id = ${document.id} FOR UPDATE`;
      const previous = await tx.document.findUniqueOrThrow({
        where: { id: document.id },
        select: { status: true, currentVersion: { select: { id: true, version: true } } },
      });
      const highest = await tx.documentVersion.aggregate({ where: { documentId: document.id }, _max: { version: true } });
      const version = (highest._max.version ?? 0) + 1;

      const created = await tx.documentVersion.create({
        data: {
          documentId: document.id,
          version,
          storageKey: checked.key,
          fileName: checked.fileName,
          mimeType: checked.mimeType,
          sizeBytes: checked.sizeBytes,
          sha256: checked.sha256,
          contentWarnings: checked.warnings,
          uploadedById: input.userId,
        },
        select: { id: true, uploadedAt: true },
      });
      // A new version needs verifying again, whatever the old one's verdict was.
      assertDocumentTransition(previous.status, "UPLOADED");
      await tx.document.update({ where: { id: document.id }, data: { currentVersionId: created.id, status: "UPLOADED" } });
      await writeAudit(tx, {
        actorId: input.userId,
        action: "document.upload",
        entityType: "Document",
        entityId: document.id,
        before: previous.currentVersion
          ? { status: previous.status, versionId: previous.currentVersion.id, version: previous.currentVersion.version }
          : null,
        after: {
          applicationId: application.id,
          requirementNumber: requirement.number,
          versionId: created.id,
          version,
          mimeType: checked.mimeType,
          sizeBytes: checked.sizeBytes,
          sha256: checked.sha256,
          ...(checked.warnings.length > 0 ? { contentWarnings: checked.warnings } : {}),
        },
        ip: input.ip,
      });
      if (isSubmitted) {
        await recordApplicationEvent(tx, {
          applicationId: application.id,
          kind: "document.uploaded",
          message: `Berkas nomor ${requirement.number} (${requirement.title}) diunggah sebagai versi ${version}.`,
          actorId: input.userId,
          data: { requirementNumber: requirement.number, versionId: created.id, version },
        });
      }
      return {
        documentId: document.id,
        versionId: created.id,
        version,
        fileName: checked.fileName,
        mimeType: checked.mimeType,
        sizeBytes: checked.sizeBytes,
        sha256: checked.sha256,
        contentWarnings: checked.warnings,
        uploadedAt: created.uploadedAt,
      };
    });
  } catch (error) {
    // The previous version stays current; the newly stored object goes.
    await checked.discard();
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "Berkas ini sedang diunggah dari tempat lain. Silakan coba lagi.");
    }
    throw error;
  }
}

/**
 * How old an object under the documents' prefix must be before a sweep may take it for abandoned: the
 * direct-upload ticket's lifetime (no completion can start later) and a margin for a completion that was
 * still reading the object back when its ticket ran out. Uploads through the app record their version
 * within seconds of storing the object, so they are far inside it too.
 */
export const ABANDONED_UPLOAD_AGE_SECONDS = DIRECT_UPLOAD_TTL_SECONDS + 15 * 60;
const DOCUMENTS_PREFIX = "applications/";
const SWEEP_BATCH = 500;

export type UploadSweep = { examined: number; deleted: number; deletedBytes: number; keptReferenced: number; keptFresh: number };

/**
 * Removes document objects nobody will ever read: stored under an upload ticket whose completion never came
 * or was refused (or an upload through the app whose cleanup failed). An object is removed only when it is
 * older than ABANDONED_UPLOAD_AGE_SECONDS and no DocumentVersion names it, checked again right before its
 * removal. Counts are logged, and one audit row is written when anything was removed; keys are not logged.
 */
export async function sweepAbandonedUploads(options: { now?: Date; storage?: Storage } = {}): Promise<UploadSweep> {
  const storage = options.storage ?? getStorage();
  const at = options.now ?? serverNow();
  const cutoff = at.getTime() - ABANDONED_UPLOAD_AGE_SECONDS * 1000;
  const result: UploadSweep = { examined: 0, deleted: 0, deletedBytes: 0, keptReferenced: 0, keptFresh: 0 };
  const referenced = async (keys: string[]) =>
    new Set((await prisma.documentVersion.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } })).map((row) => row.storageKey));

  let batch: StoredObjectInfo[] = [];
  const sweepBatch = async () => {
    const named = await referenced(batch.map((object) => object.key));
    const candidates = batch.filter((object) => !named.has(object.key));
    result.keptReferenced += batch.length - candidates.length;
    for (const object of candidates) {
      // A completion may have recorded it since the batch was read.
      if ((await referenced([object.key])).size > 0) {
        result.keptReferenced += 1;
        continue;
      }
      await storage.remove(object.key);
      result.deleted += 1;
      result.deletedBytes += object.sizeBytes;
    }
    batch = [];
  };
  for await (const object of storage.listObjects(DOCUMENTS_PREFIX)) {
    result.examined += 1;
    if (object.lastModified.getTime() > cutoff) {
      result.keptFresh += 1;
      continue;
    }
    batch.push(object);
    if (batch.length >= SWEEP_BATCH) await sweepBatch();
  }
  if (batch.length > 0) await sweepBatch();

  logger.info({ event: "storage.sweep", ...result }, "Sapuan berkas unggahan yang ditinggalkan selesai");
  if (result.deleted > 0) {
    await prisma.$transaction((tx) =>
      writeAudit(tx, {
        actorId: null,
        action: "storage.sweep_abandoned_uploads",
        entityType: "Storage",
        entityId: DOCUMENTS_PREFIX,
        after: { ...result, olderThan: new Date(cutoff).toISOString() },
      }),
    );
  }
  return result;
}
