// Cheap redirects only: a visitor without a session cookie is sent to sign in before reaching the
// applicant or staff areas. Every page, action and route still checks on the server.
// It also sets the security headers (lib/security-headers.ts), with a fresh CSP nonce per request,
// and guards server-action requests (POSTs to pages): a body over the limit is answered 413 and one
// Next cannot decode (not JSON, broken multipart) 400, where Next itself would answer 500.
import { NextResponse, type NextRequest } from "next/server";
import { resolveClientIp } from "@/lib/auth/client-ip";
import { env } from "@/lib/env";
import { rateLimitMessage } from "@/lib/errors";
import { takeRateLimits } from "@/lib/rate-limit";
import { publicLookupLimits } from "@/lib/rate-limit/rules";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/request-limits";
import { contentSecurityPolicy, createNonce, directUploadOrigin, securityHeaders } from "@/lib/security-headers";

const PROTECTED = ["/akun", "/pansel"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function withSecurityHeaders(response: NextResponse, csp: string, isHttps: boolean): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders({ isHttps }))) response.headers.set(name, value);
  return response;
}

function refuse(status: 400 | 413, message: string): NextResponse {
  return new NextResponse(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * The rate limits of the public lookups answered by pages (/verifikasi?kode=…, /cek-kelayakan?seleksi=…):
 * over a limit, 429 with Retry-After and the message in plain text, before the page is rendered.
 */
async function limitPublicLookup(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const config = env();
  const ip = resolveClientIp(request.headers, { trustedHops: config.TRUSTED_PROXY, peerKnown: config.PORTAL_PEER_HEADER === "1" });
  const checks = publicLookupLimits(request.nextUrl.pathname, request.nextUrl.searchParams, ip);
  if (!checks) return null;
  const verdict = await takeRateLimits(checks, ip);
  if (!verdict.limited) return null;
  return new NextResponse(`${rateLimitMessage(verdict.retryAfterSeconds)}\n`, {
    status: 429,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Retry-After": String(verdict.retryAfterSeconds) },
  });
}

const TOO_LARGE = `Data yang dikirim terlalu besar (paling besar ${SERVER_ACTION_BODY_LIMIT_BYTES / (1024 * 1024)} MB).`;
const MALFORMED = "Permintaan tidak dapat dibaca. Muat ulang halaman lalu kirim ulang.";

/**
 * A server action's request as Next reads it: a JSON array of arguments (text/plain), or multipart form
 * data (a form with files, or a form posted without JavaScript). Anything else is refused before Next
 * tries to decode it. Next has buffered the body for the proxy already (up to proxyClientMaxBodySize),
 * so reading a clone costs no extra network read.
 */
async function checkActionBody(request: NextRequest): Promise<NextResponse | null> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > SERVER_ACTION_BODY_LIMIT_BYTES) return refuse(413, TOO_LARGE);
  // The multipart boundary is case-sensitive: only the media type is compared in lower case.
  const type = request.headers.get("content-type") ?? "";
  const isAction = request.headers.has("next-action");
  if (type.toLowerCase().startsWith("multipart/form-data")) {
    const body = await request.clone().arrayBuffer();
    if (body.byteLength > SERVER_ACTION_BODY_LIMIT_BYTES) return refuse(413, TOO_LARGE);
    try {
      await new Response(body, { headers: { "Content-Type": type } }).formData();
    } catch {
      return refuse(400, MALFORMED);
    }
    return null;
  }
  if (!isAction) return null;
  const text = await request.clone().text();
  if (new TextEncoder().encode(text).byteLength > SERVER_ACTION_BODY_LIMIT_BYTES) return refuse(413, TOO_LARGE);
  try {
    if (!Array.isArray(JSON.parse(text))) return refuse(400, MALFORMED);
  } catch {
    return refuse(400, MALFORMED);
  }
  return null;
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Behind a TLS-terminating proxy the scheme arrives in X-Forwarded-Proto (a client faking it on plain http
  // gains nothing: browsers ignore HSTS there).
  const isHttps = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { isDev: process.env.NODE_ENV === "development", isHttps, uploadOrigin: directUploadOrigin({ S3_BUCKET: process.env.S3_BUCKET, S3_ENDPOINT: process.env.S3_ENDPOINT, S3_REGION: process.env.S3_REGION }) });
  if (request.method === "POST" && !pathname.startsWith("/api/")) {
    const refused = await checkActionBody(request);
    if (refused) return withSecurityHeaders(refused, csp, isHttps);
  }
  const limited = await limitPublicLookup(request);
  if (limited) return withSecurityHeaders(limited, csp, isHttps);
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession && PROTECTED.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) {
    const url = request.nextUrl.clone();
    url.pathname = "/masuk";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return withSecurityHeaders(NextResponse.redirect(url), csp, isHttps);
  }
  const headers = new Headers(request.headers);
  // Lets server components build a "back to where you were" link after sign-in.
  headers.set("x-pathname", pathname + search);
  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), csp, isHttps);
}

// Document uploads and downloads stay out: for a request that passes through the proxy, Next buffers
// the whole body in memory (and cuts it at proxyClientMaxBodySize), which an upload must not do.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/auth|api/dokumen).*)"],
};
