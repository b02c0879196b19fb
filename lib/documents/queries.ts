import "server-only";
// Reads of documents. Ownership lives in each query's `where`: an applicant's id that does not own
// the application or file finds nothing, exactly like an id that does not exist.
import type { Readable } from "node:stream";
import type { Prisma } from "@/lib/generated/prisma/client";
import { staffApplicationWhere } from "@/lib/auth/selection-access";
import { hasPermission } from "@/lib/auth/permissions";
import { now as serverNow } from "@/lib/clock";
import { prisma } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import type { ApplicationStatus, DocumentCondition, DocumentForm, DocumentStatus, StageKind } from "@/lib/generated/prisma/enums";
import { documentApplies, type ApplicabilityContext } from "@/lib/applications/submission-check";
import { getStorage } from "@/lib/storage";
import { decideForApplication, POLICY_APPLICATION_SELECT } from "./context";
import { isRequirementApplicable, type UploadRefusalCode } from "./upload-policy";
import { logger } from "@/lib/log";

export type ApplicationDocumentRow = {
  requirementId: string;
  number: number;
  title: string;
  note: string | null;
  form: DocumentForm;
  requiresStamp: boolean;
  copies: number;
  dueStage: StageKind;
  condition: DocumentCondition;
  acceptedTypes: string[];
  maxSizeBytes: number;
  formCode: string | null;
  isApplicable: boolean;
  /** Required of this applicant (counts for submission); false for a conditional item that does not concern them. */
  isRequired: boolean;
  documentId: string | null;
  status: DocumentStatus;
  current: {
    versionId: string;
    version: number;
    fileName: string;
    mimeType: string;
    sizeBytes: number;
    uploadedAt: Date;
    sha256Short: string;
  } | null;
  canUpload: boolean;
  /** Until when the document can still be uploaded or replaced (when canUpload). */
  closesAt: Date | null;
  refusal: { code: UploadRefusalCode; reason: string } | null;
};

export type ApplicationDocuments = {
  applicationId: string;
  status: ApplicationStatus;
  submittedAt: Date | null;
  documentDeadlineAt: Date;
  /** What decided `isRequired` (for the pre-submission check on the page). */
  applicability: ApplicabilityContext;
  rows: ApplicationDocumentRow[];
};

/**
 * Every document requirement of the application's selection with the owner's upload state and
 * whether it can be changed now. One Prisma query (no per-row queries); null when the application
 * does not exist or is not the user's.
 */
export async function listApplicationDocuments(
  applicationId: string,
  userId: string,
  now: Date = serverNow(),
  options: { reliesOnExtendedAge: boolean } = { reliesOnExtendedAge: false },
): Promise<ApplicationDocuments | null> {
  const application = await prisma.application.findFirst({
    where: { id: applicationId, applicantId: userId },
    select: {
      ...POLICY_APPLICATION_SELECT,
      selection: {
        select: {
          ...POLICY_APPLICATION_SELECT.selection.select,
          documents: {
            orderBy: { number: "asc" },
            select: {
              id: true,
              number: true,
              title: true,
              note: true,
              form: true,
              requiresStamp: true,
              copies: true,
              dueStage: true,
              condition: true,
              acceptedTypes: true,
              maxSizeBytes: true,
              formCode: true,
            },
          },
        },
      },
      documents: {
        select: {
          id: true,
          requirementId: true,
          status: true,
          currentVersion: {
            select: { id: true, version: true, fileName: true, mimeType: true, sizeBytes: true, uploadedAt: true, sha256: true },
          },
        },
      },
    },
  });
  if (!application) return null;

  const byRequirement = new Map(application.documents.map((document) => [document.requirementId, document]));
  const applicantRegionCode = application.applicant.profile?.institution?.regionCode ?? null;
  const applicability = {
    applicantRegionCode,
    organiserRegionCode: application.selection.organiser.regionCode,
    reliesOnExtendedAge: options.reliesOnExtendedAge,
  };
  const rows = application.selection.documents.map((requirement): ApplicationDocumentRow => {
    const { id: requirementId, ...fields } = requirement;
    const document = byRequirement.get(requirementId);
    const version = document?.currentVersion ?? null;
    const decision = decideForApplication(application, requirement, now);
    return {
      requirementId,
      ...fields,
      isApplicable: isRequirementApplicable(requirement.condition, applicantRegionCode, application.selection.organiser.regionCode),
      isRequired: documentApplies(requirement.condition, applicability),
      documentId: document?.id ?? null,
      status: document?.status ?? "MISSING",
      current: version
        ? {
            versionId: version.id,
            version: version.version,
            fileName: version.fileName,
            mimeType: version.mimeType,
            sizeBytes: version.sizeBytes,
            uploadedAt: version.uploadedAt,
            sha256Short: version.sha256.slice(0, 12),
          }
        : null,
      canUpload: decision.allowed,
      closesAt: decision.allowed ? decision.closesAt : null,
      refusal: decision.allowed ? null : { code: decision.code, reason: decision.reason },
    };
  });
  return {
    applicationId: application.id,
    status: application.status,
    submittedAt: application.submittedAt,
    documentDeadlineAt: application.selection.documentDeadlineAt,
    applicability,
    rows,
  };
}

export type DocumentFile = { versionId: string; fileName: string; mimeType: string; sizeBytes: number; stream: Readable };

export type DocumentFileRequest = { userId: string; roles: readonly string[] } & ({ versionId: string } | { documentId: string });

/**
 * A stored version for reading: its owner, or staff who may view the applications of its selection.
 * Anyone else gets NOT_FOUND, never FORBIDDEN, so ids cannot be probed. `documentId` reads the current version.
 */
export async function getDocumentFileForUser(request: DocumentFileRequest): Promise<DocumentFile> {
  const viewer = { id: request.userId, roles: request.roles };
  const readers: Prisma.DocumentVersionWhereInput[] = [{ document: { application: { applicantId: request.userId } } }];
  if (hasPermission(request.roles, "view:applications")) readers.push({ document: { application: staffApplicationWhere(viewer, "view:applications") } });
  const target = "versionId" in request ? { id: request.versionId } : { currentOf: { is: { id: request.documentId } } };
  const version = await prisma.documentVersion.findFirst({
    where: { ...target, OR: readers },
    select: { id: true, storageKey: true, fileName: true, mimeType: true, sizeBytes: true },
  });
  if (!version) throw new AppError("NOT_FOUND", "Berkas tidak ditemukan.");
  try {
    const stored = await getStorage().get(version.storageKey);
    return { versionId: version.id, fileName: version.fileName, mimeType: version.mimeType, sizeBytes: version.sizeBytes, stream: stored.stream };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") {
      // The database points at an object the storage does not have: an operator must look at it.
      logger.error({ event: "storage.object_missing", storageKey: version.storageKey }, "Objek berkas hilang dari penyimpanan");
    }
    throw error;
  }
}
