// A direct upload to S3, step 1 (only when the storage is S3): the applicant's browser announces the file
// (name, type, size) and gets a URL it PUTs the file to, signed for exactly that, and a ticket for step 2
// (unggah-langsung/selesai). The same refusals as an upload through the app, before any byte is sent.
import { failure, toFieldErrors } from "@/lib/action";
import { clientIp, requirePermission } from "@/lib/auth/guards";
import { startDirectUpload } from "@/lib/documents/mutations";
import { uploadFailed, uploadReply } from "@/lib/documents/upload-http";
import { readJsonBody } from "@/lib/http";
import { enforceRateLimits } from "@/lib/rate-limit";
import { directUploadStartSchema } from "@/lib/validation/documents";

export async function POST(request: Request): Promise<Response> {
  try {
    // The same limits as an upload through the app (lib/rate-limit/rules.ts): per IP, then per account.
    const ip = await clientIp();
    await enforceRateLimits([{ limit: "upload:ip", key: ip }], ip);
    const user = await requirePermission("apply:selection");
    await enforceRateLimits([{ limit: "upload:account", key: user.id }], ip);
    const parsed = directUploadStartSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) return uploadReply(failure("VALIDATION", "Permintaan unggah tidak lengkap.", toFieldErrors(parsed.error)), 422);
    const started = await startDirectUpload({ ...parsed.data, userId: user.id });
    return uploadReply({ ok: true, data: { url: started.url, headers: started.headers, ticket: started.ticket, expiresAt: started.expiresAt.toISOString() } }, 200);
  } catch (error) {
    return uploadFailed(error);
  }
}
