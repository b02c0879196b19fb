// Cheap redirects only: a visitor without a session cookie is sent to sign in before reaching the
// applicant or staff areas. Every page, action and route still checks on the server.
// It also sets the security headers (lib/security-headers.ts), with a fresh CSP nonce per request.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce, securityHeaders } from "@/lib/security-headers";

const PROTECTED = ["/akun", "/pansel"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function withSecurityHeaders(response: NextResponse, csp: string, isHttps: boolean): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders({ isHttps }))) response.headers.set(name, value);
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Behind a TLS-terminating proxy the scheme arrives in X-Forwarded-Proto (a client faking it on plain http
  // gains nothing: browsers ignore HSTS there).
  const isHttps = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { isDev: process.env.NODE_ENV === "development", isHttps });

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
