// Route handlers share one way to turn an AppError into an HTTP response.
import { Readable } from "node:stream";
import { AppError, RateLimitedError, rateLimitMessage, type ErrorCode } from "@/lib/errors";
import { logger } from "@/lib/log";

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

/** The headers of an error answer: Retry-After for a request over a rate limit. */
export function errorHeaders(error: AppError): Record<string, string> {
  return error instanceof RateLimitedError ? { "Retry-After": String(error.retryAfterSeconds), "Cache-Control": "no-store" } : {};
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return Response.json(
      { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors },
      { status: HTTP_STATUS[error.code], headers: errorHeaders(error) },
    );
  }
  logger.error({ event: "route.failed", err: error }, "Unexpected error in a route handler");
  return Response.json({ ok: false, code: "INTERNAL", message: "Terjadi kesalahan pada server." }, { status: 500 });
}

/** A small JSON request body (at most `limitBytes`): its value, or null when it is too large or not JSON. */
export async function readJsonBody(request: Request, limitBytes = 16 * 1024): Promise<unknown> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limitBytes) return null;
  const text = await request.text();
  if (Buffer.byteLength(text) > limitBytes) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** 429 for a request over a rate limit (lib/rate-limit): Retry-After in seconds and the message in plain text or JSON. */
export function tooManyRequests(retryAfterSeconds: number, format: "json" | "text" = "json"): Response {
  const error = new RateLimitedError(retryAfterSeconds);
  if (format === "json") return errorResponse(error);
  return new Response(`${rateLimitMessage(retryAfterSeconds)}\n`, {
    status: 429,
    headers: { ...errorHeaders(error), "Content-Type": "text/plain; charset=utf-8" },
  });
}

export function pdfResponse(bytes: Uint8Array, fileName: string, options: { private: boolean; inline?: boolean }): Response {
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": options.inline ? inlineDisposition(fileName) : attachmentDisposition(fileName),
      "Cache-Control": options.private ? "private, no-store" : "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

function disposition(kind: "inline" | "attachment", fileName: string): string {
  // The ASCII fallback drops what could end the quoted string or the header (quotes, backslashes,
  // controls, anything non-ASCII); filename* carries the exact UTF-8 name, percent-encoded.
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\;]/g, "_");
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** Inline, with an ASCII fallback for old clients plus the exact UTF-8 name (RFC 6266 / RFC 5987). */
export function inlineDisposition(fileName: string): string {
  return disposition("inline", fileName);
}

/** Attachment: the browser saves the file instead of rendering it in the portal's origin. */
export function attachmentDisposition(fileName: string): string {
  return disposition("attachment", fileName);
}

/** Whatever a response that carries a user's file is, the browser must not run it as a page of the portal. */
export const SANDBOX_CSP = "sandbox; default-src 'none'";

/**
 * A stored private file (an applicant's document, a decision letter) streamed to its one authorised
 * reader. Always an attachment, never sniffed, and sandboxed (no script, no same origin, nothing loaded)
 * should a browser render it anyway: uploaded content is never shown as a page of the portal's origin,
 * even to the staff who verify it (see DECISIONS.md, "Hostile uploads").
 */
export function storedFileResponse(file: { stream: Readable; contentType: string; sizeBytes: number; fileName: string }): Response {
  return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": attachmentDisposition(file.fileName),
      "Content-Security-Policy": SANDBOX_CSP,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
