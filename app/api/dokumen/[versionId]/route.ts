// Download of one stored document version, streamed from storage. Only the owner or staff who may
// view applications get it; anyone else gets 404 (not 403) so version ids cannot be probed.
import { Readable } from "node:stream";
import { requireUser } from "@/lib/auth/guards";
import { getDocumentFileForUser } from "@/lib/documents/queries";
import { isAppError } from "@/lib/errors";

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

function contentDisposition(fileName: string): string {
  // An ASCII fallback for old clients plus the exact UTF-8 name (RFC 6266 / RFC 5987).
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `inline; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

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
    return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.sizeBytes),
        "Content-Disposition": contentDisposition(file.fileName),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "UNAUTHENTICATED") return plain(401, "Silakan masuk untuk melihat berkas ini.");
    if (isAppError(error) && error.code === "NOT_FOUND") return plain(404, "Berkas tidak ditemukan.");
    console.error("Unduh berkas gagal:", error instanceof Error ? error.message : "unknown");
    return plain(500, "Terjadi kesalahan pada server. Silakan coba lagi.");
  }
}
