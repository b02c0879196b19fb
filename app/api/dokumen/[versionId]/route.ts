// Download of one stored document version, streamed from storage. Only the owner or staff who may
// view applications get it; anyone else gets 404 (not 403) so version ids cannot be probed.
import { requireUser } from "@/lib/auth/guards";
import { getDocumentFileForUser } from "@/lib/documents/queries";
import { isAppError } from "@/lib/errors";
import { storedFileResponse } from "@/lib/http";
import { logger } from "@/lib/log";

function plain(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
}

export async function GET(_request: Request, { params }: { params: Promise<{ versionId: string }> }): Promise<Response> {
  try {
    const user = await requireUser();
    const { versionId } = await params;
    const file = await getDocumentFileForUser({ userId: user.id, roles: user.roles, versionId });
    return storedFileResponse({ stream: file.stream, contentType: file.mimeType, sizeBytes: file.sizeBytes, fileName: file.fileName });
  } catch (error) {
    if (isAppError(error) && error.code === "UNAUTHENTICATED") return plain(401, "Silakan masuk untuk melihat berkas ini.");
    if (isAppError(error) && error.code === "NOT_FOUND") return plain(404, "Berkas tidak ditemukan.");
    logger.error({ event: "document.download_failed", err: error }, "Unduh berkas gagal");
    return plain(500, "Terjadi kesalahan pada server. Silakan coba lagi.");
  }
}
