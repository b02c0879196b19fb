import "server-only";
// The one place that knows the portal's public address: every link in an e-mail and the QR code on the
// proof of registration are built here, so they can be followed from a mail client or a phone.
// - In production (`npm start`) PUBLIC_BASE_URL is required: lib/cli/run-app.ts refuses to start without
//   it, and this function refuses too (a server started some other way must not mail "localhost" links).
// - In the demo and in development it is derived from the port the server listens on
//   (run-app.ts passes http://localhost:PORT), unless PUBLIC_BASE_URL is set.
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** Parses a base URL: http(s), no query or fragment; returned without a trailing slash. Null when invalid. */
export function parseBaseUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.search || url.hash || url.username || url.password) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

export function publicBaseUrl(): string {
  const { PUBLIC_BASE_URL, NODE_ENV, PORT } = env();
  if (PUBLIC_BASE_URL) {
    const parsed = parseBaseUrl(PUBLIC_BASE_URL);
    if (!parsed) throw new AppError("INTERNAL", "PUBLIC_BASE_URL bukan alamat http(s) yang sah.");
    return parsed;
  }
  if (NODE_ENV === "production") throw new AppError("INTERNAL", "PUBLIC_BASE_URL belum diatur: alamat publik portal wajib untuk produksi.");
  return `http://localhost:${PORT}`;
}

/** An absolute URL for a path of this site ("/akun/lamaran/…"); an absolute URL is returned as it is. */
export function absoluteUrl(pathOrUrl: string): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl;
  const path = pathOrUrl.startsWith("/") ? pathOrUrl : `/${pathOrUrl}`;
  return `${publicBaseUrl()}${path}`;
}
