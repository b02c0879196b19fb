// Upload of one document file. The request body is the raw file (not multipart), so it streams
// straight into the checks without a form parser buffering it; the identifiers come in the query
// string (or x-application-id / x-requirement-id / x-file-name headers), the file name URL-encoded.
import { failure } from "@/lib/action";
import { uploadDocument } from "@/lib/documents/mutations";
import { uploadCaller, uploadFailed, uploadReply, uploadRequestInvalid, uploadStored } from "@/lib/documents/upload-http";
import { documentUploadParamsSchema } from "@/lib/validation/documents";

function decodeHeader(value: string | null): string | null {
  if (value === null) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export async function POST(request: Request): Promise<Response> {
  try {
    // Per IP before the session is even read; per account once it is known.
    const { user, ip } = await uploadCaller();
    const query = new URL(request.url).searchParams;
    const parsed = documentUploadParamsSchema.safeParse({
      applicationId: query.get("applicationId") ?? request.headers.get("x-application-id") ?? "",
      requirementId: query.get("requirementId") ?? request.headers.get("x-requirement-id") ?? "",
      fileName: query.get("fileName") ?? decodeHeader(request.headers.get("x-file-name")) ?? "",
    });
    if (!parsed.success) return uploadRequestInvalid(parsed.error);
    if (!request.body) return uploadReply(failure("VALIDATION", "Berkas kosong (0 bita). Pilih berkas yang berisi dokumen."), 422);

    const declared = Number(request.headers.get("content-length"));
    const uploaded = await uploadDocument({
      ...parsed.data,
      userId: user.id,
      contentType: request.headers.get("content-type"),
      body: request.body,
      declaredSizeBytes: Number.isFinite(declared) && declared > 0 ? declared : null,
      ip,
    });
    return uploadStored(uploaded);
  } catch (error) {
    return uploadFailed(error);
  }
}
