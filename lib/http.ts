// Route handlers share one way to turn an AppError into an HTTP response.
import { AppError, type ErrorCode } from "@/lib/errors";

/** The HTTP status of each AppError code; route handlers use it, never their own table. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  CONFLICT: 409,
  DEADLINE_PASSED: 409,
  INVALID_TRANSITION: 409,
  LOCKED: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return Response.json({ ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors }, { status: HTTP_STATUS[error.code] });
  }
  console.error("Unexpected error in a route handler:", error instanceof Error ? error.message : "unknown");
  return Response.json({ ok: false, code: "INTERNAL", message: "Terjadi kesalahan pada server." }, { status: 500 });
}

export function pdfResponse(bytes: Uint8Array, fileName: string, options: { private: boolean }): Response {
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": options.private ? "private, no-store" : "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
