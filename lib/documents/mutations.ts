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
import { sanitizeFileName, storeCheckedUpload } from "./checked-upload";
import { decideForApplication, POLICY_APPLICATION_SELECT } from "./context";
import type { DetectedMimeType, FileContentWarning } from "./file-check";
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

async function loadForUpload(input: UploadDocumentInput) {
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
    keyPrefix: ["applications", application.id, `berkas-${requirement.number}`],
    fileName,
    declaredSizeBytes: input.declaredSizeBytes,
  });
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
