// Cheap redirects only: a visitor without a session cookie is sent to sign in before reaching the
// applicant or staff areas. Every page, action and route still checks on the server.
import { NextResponse, type NextRequest } from "next/server";

const PROTECTED = ["/akun", "/pansel"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession && PROTECTED.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) {
    const url = request.nextUrl.clone();
    url.pathname = "/masuk";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  // Lets server components build a "back to where you were" link after sign-in.
  const headers = new Headers(request.headers);
  headers.set("x-pathname", pathname + search);
  return NextResponse.next({ request: { headers } });
}

// Document uploads and downloads stay out: for a request that passes through the proxy, Next buffers
// the whole body in memory (and cuts it at proxyClientMaxBodySize), which an upload must not do.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/auth|api/dokumen).*)"],
};
