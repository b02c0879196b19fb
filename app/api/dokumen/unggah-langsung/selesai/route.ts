// A direct upload to S3, step 2: the browser has PUT the file; the server reads the stored object back
// through the checks and makes it the document's current version (201, as an upload through the app).
import { failure, toFieldErrors } from "@/lib/action";
import { clientIp, requirePermission } from "@/lib/auth/guards";
import { completeDirectUpload } from "@/lib/documents/mutations";
import { uploadFailed, uploadReply, uploadStored } from "@/lib/documents/upload-http";
import { readJsonBody } from "@/lib/http";
import { directUploadCompleteSchema } from "@/lib/validation/documents";

export async function POST(request: Request): Promise<Response> {
  try {
    const user = await requirePermission("apply:selection");
    const parsed = directUploadCompleteSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) return uploadReply(failure("VALIDATION", "Permintaan unggah tidak lengkap.", toFieldErrors(parsed.error)), 422);
    return uploadStored(await completeDirectUpload({ userId: user.id, ticket: parsed.data.ticket, ip: await clientIp() }));
  } catch (error) {
    return uploadFailed(error);
  }
}
