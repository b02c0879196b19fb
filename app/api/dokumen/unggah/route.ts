// Upload of one document file. The request body is the raw file (not multipart), so it streams
// straight into the checks without a form parser buffering it; the identifiers come in the query
// string (or x-application-id / x-requirement-id / x-file-name headers), the file name URL-encoded.
import { failure, toFieldErrors, type ActionResult } from "@/lib/action";
import { clientIp, requirePermission } from "@/lib/auth/guards";
import { FileRejectedError } from "@/lib/documents/file-check";
import { documentDownloadPath } from "@/lib/documents/labels";
import { uploadDocument } from "@/lib/documents/mutations";
import { AppError } from "@/lib/errors";
import { errorHeaders, HTTP_STATUS } from "@/lib/http";
import { documentUploadParamsSchema } from "@/lib/validation/documents";
import { logger } from "@/lib/log";
import { enforceRateLimits } from "@/lib/rate-limit";

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


function httpStatus(error: AppError): number {
  if (error instanceof FileRejectedError) {
    if (error.reason === "TOO_LARGE") return 413;
    if (error.reason === "TYPE_NOT_ACCEPTED") return 415;
  }
  return HTTP_STATUS[error.code];
}

function decodeHeader(value: string | null): string | null {
  if (value === null) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function reply(body: DocumentUploadResponse, status: number, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export async function POST(request: Request): Promise<Response> {
  try {
    // Per IP before the session is even read; per account once it is known (lib/rate-limit/rules.ts).
    const ip = await clientIp();
    await enforceRateLimits([{ limit: "upload:ip", key: ip }], ip);
    const user = await requirePermission("apply:selection");
    await enforceRateLimits([{ limit: "upload:account", key: user.id }], ip);
    const query = new URL(request.url).searchParams;
    const parsed = documentUploadParamsSchema.safeParse({
      applicationId: query.get("applicationId") ?? request.headers.get("x-application-id") ?? "",
      requirementId: query.get("requirementId") ?? request.headers.get("x-requirement-id") ?? "",
      fileName: query.get("fileName") ?? decodeHeader(request.headers.get("x-file-name")) ?? "",
    });
    if (!parsed.success) return reply(failure("VALIDATION", "Permintaan unggah tidak lengkap.", toFieldErrors(parsed.error)), 422);
    if (!request.body) return reply(failure("VALIDATION", "Berkas kosong (0 bita). Pilih berkas yang berisi dokumen."), 422);

    const declared = Number(request.headers.get("content-length"));
    const uploaded = await uploadDocument({
      ...parsed.data,
      userId: user.id,
      contentType: request.headers.get("content-type"),
      body: request.body,
      declaredSizeBytes: Number.isFinite(declared) && declared > 0 ? declared : null,
      ip,
    });
    return reply(
      {
        ok: true,
        data: { ...uploaded, uploadedAt: uploaded.uploadedAt.toISOString(), downloadUrl: documentDownloadPath(uploaded.versionId) },
      },
      201,
    );
  } catch (error) {
    if (error instanceof AppError) return reply(failure(error.code, error.message, error.fieldErrors), httpStatus(error), errorHeaders(error));
    logger.error({ event: "document.upload_failed", err: error }, "Unggah berkas gagal");
    return reply(failure("INTERNAL", "Terjadi kesalahan pada server saat menyimpan berkas. Silakan coba lagi."), 500);
  }
}
