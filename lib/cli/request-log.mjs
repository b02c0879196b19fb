// Preloaded into the Next.js server process with peer-address.mjs (`node --import`, through NODE_OPTIONS).
// One JSON line per HTTP request, when its response has been sent: request id, method, path (no query
// string: it may carry personal data), status and duration, at level info (warn for 4xx, error for 5xx).
// The request id (a new UUID; a client's own X-Request-Id is not believed) goes to the app in the
// `x-request-id` header, back to the client as X-Request-Id, and into every line lib/log.ts writes while
// the request is handled (an AsyncLocalStorage shared through globalThis). Next gives app code no hook that
// sees both the request and the final status, so this sits at the HTTP server (node:diagnostics_channel).
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import diagnostics from "node:diagnostics_channel";
import { performance } from "node:perf_hooks";
import pino from "pino";

const context = (globalThis[Symbol.for("portal.request-context")] ??= new AsyncLocalStorage());
const log = pino(
  {
    base: { service: "portal-seleksi" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    level: process.env.LOG_LEVEL ?? "info",
  },
  { write: (line) => process.stdout.write(line) },
);
const started = new WeakMap();

function safeDecode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed escape must not break the request
  }
}

/** The path without its query, with e-mail addresses, NIK/NIP-like numbers and long tokens masked. */
export function loggablePath(url) {
  return (url ?? "")
    .split("?")[0]
    .split("/")
    .map((segment) => (segment.length >= 32 || /@|^\d{16,18}$/.test(safeDecode(segment)) ? ":disamarkan" : segment))
    .join("/");
}

diagnostics.subscribe("http.server.request.start", ({ request, response }) => {
  const requestId = randomUUID();
  request.headers["x-request-id"] = requestId;
  response.setHeader("X-Request-Id", requestId);
  started.set(response, { requestId, at: performance.now(), method: request.method, path: loggablePath(request.url) });
  context.enterWith({ requestId });
});

diagnostics.subscribe("http.server.response.finish", ({ response }) => {
  const entry = started.get(response);
  if (!entry) return;
  started.delete(response);
  const status = response.statusCode;
  const level = status >= 500 ? "error" : status >= 400 ? "warn" : "info";
  const durationMs = Math.round((performance.now() - entry.at) * 10) / 10;
  log[level](
    { event: "http.request", requestId: entry.requestId, method: entry.method, path: entry.path, status, durationMs },
    `${entry.method} ${entry.path} ${status} ${durationMs} ms`,
  );
});
