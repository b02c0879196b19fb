// A direct upload to S3, step 1 (only when the storage is S3): the applicant's browser announces the file
// (name, type, size) and gets a URL it PUTs the file to, signed for exactly that, and a ticket for step 2
// (unggah-langsung/selesai). The same refusals as an upload through the app, before any byte is sent.
import { startDirectUpload } from "@/lib/documents/mutations";
import { uploadCaller, uploadFailed, uploadReply, uploadRequestInvalid } from "@/lib/documents/upload-http";
import { readJsonBody } from "@/lib/http";
import { directUploadStartSchema } from "@/lib/validation/documents";

export async function POST(request: Request): Promise<Response> {
  try {
    // The same limits as an upload through the app: per IP, then per account.
    const { user } = await uploadCaller();
    const parsed = directUploadStartSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) return uploadRequestInvalid(parsed.error);
    const started = await startDirectUpload({ ...parsed.data, userId: user.id });
    return uploadReply({ ok: true, data: { url: started.url, headers: started.headers, ticket: started.ticket, expiresAt: started.expiresAt.toISOString() } }, 200);
  } catch (error) {
    return uploadFailed(error);
  }
}
