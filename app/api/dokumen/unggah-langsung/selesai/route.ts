// A direct upload to S3, step 2: the browser has PUT the file; the server reads the stored object back
// through the checks and makes it the document's current version (201, as an upload through the app).
import { completeDirectUpload } from "@/lib/documents/mutations";
import { uploadCaller, uploadFailed, uploadRequestInvalid, uploadStored } from "@/lib/documents/upload-http";
import { readJsonBody } from "@/lib/http";
import { directUploadCompleteSchema } from "@/lib/validation/documents";

export async function POST(request: Request): Promise<Response> {
  try {
    // Not counted again: step 1 counted this upload.
    const { user, ip } = await uploadCaller({ counted: false });
    const parsed = directUploadCompleteSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) return uploadRequestInvalid(parsed.error);
    return uploadStored(await completeDirectUpload({ userId: user.id, ticket: parsed.data.ticket, ip }));
  } catch (error) {
    return uploadFailed(error);
  }
}
