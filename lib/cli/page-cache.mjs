// The public-page cache, preloaded into the Next.js server process with peer-address.mjs (`node --import`).
//
// Why here and not in Next: every page carries a per-request CSP nonce (lib/security-headers.ts) and the root
// layout reads the session for the header, so Next renders each page per request. Anonymous visitors all
// receive the same public page, though. This cache sits in front of Next's request handler: an anonymous GET
// of a public path (PUBLIC_PAGES) is rendered once by Next, stored with the headers it was sent with (its CSP
// and the matching nonce in the HTML stay together), and served to the next visitors as stored bytes, already
// compressed, with `Cache-Control: public, s-maxage, stale-while-revalidate` so a reverse proxy or CDN may
// hold it too. Anything with a session cookie, a query where none is expected, a router (RSC) request, or an
// answer other than a cookie-less 200 goes to Next untouched, so personal pages are never stored.
//
// A stored nonce is reused while the entry lives. That keeps the CSP's promise: markup injected into a page
// was written before the render that chose the nonce, so it cannot carry it. DECISIONS.md (#16) has the rest.
//
// Freshness: an entry is served fresh for FRESH_MS, then stale (to all but one visitor, who renders it again)
// up to STALE_MS. App code that changes public data calls purge() through globalThis (lib/cache-tags.ts
// `expirePublicData`), so a publication shows on the next request; purges during a render discard it.
import http from "node:http";
import https from "node:https";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";

const FRESH_MS = 30_000;
const STALE_MS = 300_000;
const MAX_ENTRIES = 500;
const MAX_BODY_BYTES = 4 * 1024 * 1024;
const WAIT_FOR_FILL_MS = 15_000;

/** Public paths an anonymous visitor may get from the cache; `query: false` means only without a query string. */
export const PUBLIC_PAGES = [
  { pattern: /^\/$/, query: false },
  { pattern: /^\/seleksi$/, query: true },
  { pattern: /^\/seleksi\/[a-z0-9-]{1,100}$/, query: false },
  { pattern: /^\/pengumuman$/, query: true },
  { pattern: /^\/pengumuman\/[a-z0-9-]{1,160}$/, query: false },
  { pattern: /^\/api\/pengumuman\/[a-z0-9-]{1,160}\/pdf$/, query: false },
  { pattern: /^\/api\/formulir\/[a-z0-9-]{1,100}\/[a-z0-9-]{1,40}$/, query: false },
  { pattern: /^\/cek-kelayakan$/, query: false },
  { pattern: /^\/verifikasi$/, query: false },
  { pattern: /^\/aksesibilitas$/, query: false },
  { pattern: /^\/masuk$/, query: true },
  { pattern: /^\/daftar$/, query: false },
  { pattern: /^\/lupa-kata-sandi$/, query: false },
];

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;
const ROUTER_HEADERS = ["rsc", "next-action", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"];
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${FRESH_MS / 1000}, stale-while-revalidate=${(STALE_MS - FRESH_MS) / 1000}`;
// Headers that describe one transfer, not the page, or that this cache sets itself.
const TRANSFER_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "x-request-id", "cache-control", "etag", "vary", "age", "set-cookie"]);

/** The cache key of a request that may be answered from the cache, or null when it must reach Next. */
export function cacheKeyOf(method, url, headers) {
  if (method !== "GET" && method !== "HEAD") return null;
  if (typeof url !== "string" || url.length > 512) return null;
  if (SESSION_COOKIE.test(headers.cookie ?? "")) return null;
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return null;
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? "" : url.slice(queryAt);
  if (query.includes("_rsc=")) return null;
  const page = PUBLIC_PAGES.find((entry) => entry.pattern.test(path));
  if (!page || (query !== "" && !page.query)) return null;
  // HSTS and upgrade-insecure-requests differ between http and https (lib/security-headers.ts).
  const scheme = headers["x-forwarded-proto"] === "https" ? "https" : "http";
  return `${scheme} ${path}${query}`;
}

/** Next's Vary plus what this cache's answer depends on: the session cookie and the accepted encodings. */
function withVary(vary) {
  const names = String(vary ?? "").split(",").map((name) => name.trim()).filter(Boolean);
  for (const name of ["Cookie", "Accept-Encoding"]) if (!names.some((known) => known.toLowerCase() === name.toLowerCase())) names.push(name);
  return names.join(", ");
}

function preferredEncoding(acceptEncoding) {
  const accepted = String(acceptEncoding ?? "");
  if (/\bbr\b/.test(accepted)) return "br";
  if (/\bgzip\b/.test(accepted)) return "gzip";
  return "identity";
}

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** One cache with its own entries; the server process has one (installed below), tests make their own. */
export function createPageCache(options = {}) {
  const now = options.now ?? (() => Date.now());
  // Only a production server caches: `next dev` must show every edit at once.
  const isEnabled = options.isEnabled ?? (() => process.env.NODE_ENV === "production");
  const entries = new Map(); // key -> { headers, bodies: { identity, gzip?, br? }, etag, storedAt }
  const fills = new Map(); // key -> Promise<void> while a request renders it
  let generation = 0;
  const stats = { hits: 0, stale: 0, misses: 0, stored: 0, bypassed: 0, purges: 0 };

  function remember(key, entry) {
    entries.delete(key);
    entries.set(key, entry);
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
    stats.stored += 1;
    // Compressed copies are made once, off the request; until they exist the page goes out uncompressed.
    void Promise.all([
      gzip(entry.bodies.identity, { level: 6 }),
      brotli(entry.bodies.identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }),
    ]).then(([gz, br]) => {
      entry.bodies.gzip = gz;
      entry.bodies.br = br;
    }, () => undefined);
  }

  function serve(request, response, entry) {
    const encoding = preferredEncoding(request.headers["accept-encoding"]);
    const body = entry.bodies[encoding] ?? entry.bodies.identity;
    const sentEncoding = entry.bodies[encoding] ? encoding : "identity";
    const headers = {
      ...entry.headers,
      "cache-control": PUBLIC_CACHE_CONTROL,
      vary: entry.vary,
      etag: entry.etag,
      age: String(Math.max(0, Math.floor((now() - entry.storedAt) / 1000))),
    };
    if (request.headers["if-none-match"] === entry.etag) {
      response.writeHead(304, { "cache-control": headers["cache-control"], etag: entry.etag, vary: entry.vary });
      response.end();
      return;
    }
    if (sentEncoding !== "identity") headers["content-encoding"] = sentEncoding;
    headers["content-length"] = String(body.length);
    response.writeHead(200, headers);
    response.end(request.method === "HEAD" ? undefined : body);
  }

  /** Lets Next answer `request` while keeping a copy of a storable answer under `key`. */
  function fill(key, request, response, handler) {
    const startedIn = generation;
    let finished;
    const filling = new Promise((resolve) => (finished = resolve));
    fills.set(key, filling);
    const done = () => {
      if (fills.get(key) === filling) fills.delete(key);
      finished();
    };
    // Next compresses when asked to; the stored copy must be the plain bytes (compressed here, once).
    delete request.headers["accept-encoding"];
    // Unknown until the status line goes out (a first write sends it implicitly, after the write is called).
    let storable = null;
    let size = 0;
    const chunks = [];
    const writeHead = response.writeHead;
    response.writeHead = function (statusCode, ...rest) {
      const extra = rest.find((value) => value && typeof value === "object" && !Array.isArray(value)) ?? {};
      const names = [...Object.keys(response.getHeaders()), ...Object.keys(extra)].map((name) => name.toLowerCase());
      storable = statusCode === 200 && !names.includes("set-cookie") && !rest.some(Array.isArray);
      if (storable) {
        for (const name of Object.keys(extra)) if (name.toLowerCase() === "cache-control") delete extra[name];
        response.setHeader("cache-control", PUBLIC_CACHE_CONTROL);
        response.setHeader("vary", withVary(response.getHeader("vary")));
      }
      return writeHead.call(this, statusCode, ...rest);
    };
    const keep = (chunk, encoding) => {
      if (storable === false || chunk == null || typeof chunk === "function") return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
      size += buffer.length;
      if (size > MAX_BODY_BYTES) storable = false;
      else chunks.push(buffer);
    };
    const write = response.write;
    response.write = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    const end = response.end;
    response.end = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      return end.call(this, chunk, encoding, callback);
    };
    response.once("finish", () => {
      if (storable === true && generation === startedIn && request.method === "GET") {
        const headers = {};
        for (const [name, value] of Object.entries(response.getHeaders())) if (!TRANSFER_HEADERS.has(name)) headers[name] = value;
        const identity = Buffer.concat(chunks);
        remember(key, {
          headers,
          vary: withVary(response.getHeader("vary")),
          bodies: { identity },
          etag: `"${createHash("sha256").update(identity).digest("base64url").slice(0, 27)}"`,
          storedAt: now(),
        });
      }
      done();
    });
    response.once("close", done);
    return handler(request, response);
  }

  async function handle(request, response, handler) {
    const key = isEnabled() ? cacheKeyOf(request.method, request.url, request.headers) : null;
    if (key === null) {
      stats.bypassed += 1;
      return handler(request, response);
    }
    let entry = entries.get(key);
    const age = entry ? now() - entry.storedAt : Infinity;
    if (entry && age < FRESH_MS) {
      stats.hits += 1;
      return serve(request, response, entry);
    }
    const pending = fills.get(key);
    if (entry && age < STALE_MS && (pending || request.method === "HEAD")) {
      stats.stale += 1;
      return serve(request, response, entry);
    }
    if (pending) {
      // A visitor arriving while the page renders for another waits for that render instead of starting one.
      await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, WAIT_FOR_FILL_MS).unref())]);
      entry = entries.get(key);
      if (entry && now() - entry.storedAt < STALE_MS) {
        stats.hits += 1;
        return serve(request, response, entry);
      }
      stats.bypassed += 1;
      return handler(request, response);
    }
    if (request.method === "HEAD") {
      stats.bypassed += 1;
      return handler(request, response);
    }
    stats.misses += 1;
    return fill(key, request, response, handler);
  }

  function purge() {
    generation += 1;
    entries.clear();
    stats.purges += 1;
  }

  return { handle, purge, stats, size: () => entries.size };
}

/**
 * Installs the process's cache in front of the request listener of every HTTP(S) server this process creates
 * (in the Next server process, Next's is the only one). App code, bundled apart, reaches it through globalThis.
 */
export function installPageCache() {
  if (process.env.PORTAL_PAGE_CACHE === "off") return;
  const cache = (globalThis[Symbol.for("portal.page-cache")] ??= createPageCache());
  for (const server of [http, https]) {
    const createServer = server.createServer;
    server.createServer = function (...args) {
      const index = args.findIndex((arg) => typeof arg === "function");
      if (index !== -1) {
        const listener = args[index];
        args[index] = (request, response) => cache.handle(request, response, listener);
      }
      return createServer.apply(this, args);
    };
  }
}
