import "server-only";
// The answers of the upload routes (through the app, and the two steps of a direct upload to S3): one JSON
// shape, one mapping from refusals to HTTP statuses, one log line for a failure the user cannot fix; and one
// preamble deciding who may upload at all.
import type { z } from "zod";
import { failure, toFieldErrors, type ActionResult } from "@/lib/action";
import { clientIp, requirePermission, type SessionUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { errorHeaders, HTTP_STATUS } from "@/lib/http";
import { logger } from "@/lib/log";
import { enforceRateLimits } from "@/lib/rate-limit";
import { FileRejectedError } from "./file-check";
import { documentDownloadPath } from "./labels";
import type { UploadedDocument } from "./mutations";

export type DocumentUploadResponse = ActionResult<{
  documentId: string;
  versionId: string;
  version: number;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  downloadUrl: string;
}>;

export type UploadCaller = { user: SessionUser; ip: string | null };

/**
 * The preamble of every upload route, in this order: the request counted per IP before the session is even
 * read (a refused client costs no session decode), the applicant's permission, then the request counted per
 * account (lib/rate-limit/rules.ts). Its refusals are AppErrors that uploadFailed answers (429 with
 * Retry-After, 401, 403). Ownership of the application is part of each mutation's query (loadForUpload).
 * `counted: false` for the completion of a direct upload, whose start was counted: one upload, one count.
 */
export async function uploadCaller(options: { counted?: boolean } = {}): Promise<UploadCaller> {
  const counted = options.counted ?? true;
  const ip = await clientIp();
  if (counted) await enforceRateLimits([{ limit: "upload:ip", key: ip }], ip);
  const user = await requirePermission("apply:selection");
  if (counted) await enforceRateLimits([{ limit: "upload:account", key: user.id }], ip);
  return { user, ip };
}

/** 422 for a request whose identifiers or announced file do not parse. */
export function uploadRequestInvalid(error: z.ZodError): Response {
  return uploadReply(failure("VALIDATION", "Permintaan unggah tidak lengkap.", toFieldErrors(error)), 422);
}

export function uploadReply<T>(body: ActionResult<T>, status: number, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** 201 with the new version, as the document list shows it. */
export function uploadStored(uploaded: UploadedDocument): Response {
  const body: DocumentUploadResponse = {
    ok: true,
    data: { ...uploaded, uploadedAt: uploaded.uploadedAt.toISOString(), downloadUrl: documentDownloadPath(uploaded.versionId) },
  };
  return uploadReply(body, 201);
}

/** A refusal keeps its message and field (413 too large, 415 wrong type, else the code's status, with Retry-After on 429); anything else is a 500. */
export function uploadFailed(error: unknown): Response {
  if (error instanceof AppError) {
    const status = error instanceof FileRejectedError && error.reason === "TOO_LARGE" ? 413 : error instanceof FileRejectedError && error.reason === "TYPE_NOT_ACCEPTED" ? 415 : HTTP_STATUS[error.code];
    return uploadReply(failure(error.code, error.message, error.fieldErrors), status, errorHeaders(error));
  }
  logger.error({ event: "document.upload_failed", err: error }, "Unggah berkas gagal");
  return uploadReply(failure("INTERNAL", "Terjadi kesalahan pada server saat menyimpan berkas. Silakan coba lagi."), 500);
}
