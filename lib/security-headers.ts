// The portal's security headers, in one place (proxy.ts sets them on every page response). The
// Content-Security-Policy carries a fresh nonce per request: Next reads it from the request's CSP header and
// puts it on its own scripts, so only those run ('strict-dynamic' lets them load their chunks). A nonce means
// every page renders per request (no static HTML can carry it); see DECISIONS.md before caching pages.
// No `server-only`: proxy.ts imports it.

/** A fresh, unguessable nonce (128 bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The origin browsers upload to directly when documents live in S3 (connect-src must allow it): the configured
 * endpoint (path-style, as lib/storage/s3.ts addresses it), or AWS's virtual-hosted bucket address; null on
 * local disk.
 */
export function directUploadOrigin(config: { S3_BUCKET?: string; S3_ENDPOINT?: string; S3_REGION?: string }): string | null {
  if (!config.S3_BUCKET) return null;
  if (config.S3_ENDPOINT) return new URL(config.S3_ENDPOINT).origin;
  return `https://${config.S3_BUCKET}.s3.${config.S3_REGION || "us-east-1"}.amazonaws.com`;
}

export function contentSecurityPolicy(nonce: string, options: { isDev: boolean; isHttps: boolean; uploadOrigin?: string | null }): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval' only for the dev server's React debugging; never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.isDev ? " 'unsafe-eval'" : ""}`,
    // Style attributes (React's style={{}}) need 'unsafe-inline'; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${options.uploadOrigin ? ` ${options.uploadOrigin}` : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.isHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The headers every page response carries besides the CSP. HSTS only over HTTPS (browsers ignore it on http). */
export function securityHeaders(options: { isHttps: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    ...(options.isHttps ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
