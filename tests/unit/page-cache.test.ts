// lib/cli/page-cache.mjs on a plain node:http server whose "Next" renders a page per request with a fresh
// nonce in its CSP and its HTML, as Next does: what is stored, for whom, and when a page renders again.
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs preload without type declarations
import { cacheKeyOf, createPageCache, PUBLIC_CACHE_CONTROL } from "@/lib/cli/page-cache.mjs";

type Cache = {
  handle: (request: http.IncomingMessage, response: http.ServerResponse, handler: http.RequestListener) => unknown;
  purge: () => void;
};

let clock = 1_000_000;
let renders = 0;
let renderDelayMs = 0;
let pageText = "Seleksi Sekda";
let cache: Cache;
let server: http.Server;
let base = "";

function next(request: http.IncomingMessage, response: http.ServerResponse) {
  renders += 1;
  const nonce = `n${renders}x${Math.random().toString(36).slice(2)}`;
  setTimeout(() => {
    if (request.url === "/seleksi/tidak-ada") {
      response.statusCode = 404;
      response.end("tidak ditemukan");
      return;
    }
    response.statusCode = 200;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    response.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
    response.setHeader("Vary", "rsc, next-router-state-tree");
    if (request.url === "/daftar") response.setHeader("Set-Cookie", "jejak=1; Path=/");
    // A signed-in render would show a name; the anonymous one shows the sign-in link.
    const who = /authjs\.session-token/.test(request.headers.cookie ?? "") ? "Maria (masuk)" : "Masuk";
    response.write(`<html><body><header>${who}</header><main>${pageText} ${"x".repeat(2000)}</main>`);
    response.end(`<script nonce="${nonce}">self.__next_f=[]</script></body></html>`);
  }, renderDelayMs);
}

beforeAll(async () => {
  server = http.createServer((request, response) => void cache.handle(request, response, next));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  cache = createPageCache({ now: () => clock, isEnabled: () => true });
  renders = 0;
  renderDelayMs = 0;
  pageText = "Seleksi Sekda";
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });

describe("which requests the cache may answer", () => {
  it("public paths of anonymous visitors only, without router requests or unexpected queries", () => {
    expect(cacheKeyOf("GET", "/seleksi/sekda-singkawang-2025", {})).toBe("http /seleksi/sekda-singkawang-2025");
    expect(cacheKeyOf("GET", "/pengumuman?halaman=2", {})).toBe("http /pengumuman?halaman=2");
    expect(cacheKeyOf("GET", "/", { "x-forwarded-proto": "https" })).toBe("https /");
    expect(cacheKeyOf("GET", "/api/pengumuman/hasil-administrasi-1/pdf", {})).not.toBeNull();
    expect(cacheKeyOf("GET", "/", { cookie: "authjs.session-token=abc" })).toBeNull();
    expect(cacheKeyOf("GET", "/", { cookie: "x=1; __Secure-authjs.session-token.0=abc" })).toBeNull();
    expect(cacheKeyOf("GET", "/", { rsc: "1" })).toBeNull();
    expect(cacheKeyOf("GET", "/seleksi/sekda?_rsc=1", {})).toBeNull();
    expect(cacheKeyOf("GET", "/verifikasi?kode=ABC", {})).toBeNull();
    expect(cacheKeyOf("POST", "/", {})).toBeNull();
    expect(cacheKeyOf("GET", "/akun", {})).toBeNull();
    expect(cacheKeyOf("GET", "/pansel/seleksi/sekda", {})).toBeNull();
    expect(cacheKeyOf("GET", "/api/dokumen/1", {})).toBeNull();
  });
});

describe("anonymous public pages", () => {
  it("render once, then come from the cache with a shared-cache Cache-Control and the CSP they were rendered with", async () => {
    const first = await get("/seleksi/sekda");
    const firstBody = await first.text();
    const second = await get("/seleksi/sekda");
    const secondBody = await second.text();
    expect(renders).toBe(1);
    expect(secondBody).toBe(firstBody);
    expect(first.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
    expect(second.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
    expect(PUBLIC_CACHE_CONTROL).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+$/);
    // The nonce in the stored CSP is the one on the stored scripts.
    const nonce = /'nonce-([^']+)'/.exec(second.headers.get("content-security-policy") ?? "")?.[1];
    expect(secondBody).toContain(`<script nonce="${nonce}">`);
    expect(second.headers.get("vary")).toMatch(/Cookie/);
  });

  it("are sent compressed when the browser accepts it, and answer 304 to a matching ETag", async () => {
    await (await get("/")).text();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the compressed copies are made off the request
    const gzipped = await new Promise<{ encoding?: string; body: Buffer; etag?: string }>((resolve, reject) => {
      http.get(`${base}/`, { headers: { "accept-encoding": "gzip" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ encoding: response.headers["content-encoding"], body: Buffer.concat(chunks), etag: response.headers.etag }));
      }).on("error", reject);
    });
    expect(gzipped.encoding).toBe("gzip");
    expect(zlib.gunzipSync(gzipped.body).toString()).toContain("Seleksi Sekda");
    const again = await get("/", { "if-none-match": gzipped.etag ?? "" });
    expect(again.status).toBe(304);
    expect(renders).toBe(1);
  });

  it("a crowd arriving at a cold page waits for one render", async () => {
    renderDelayMs = 100;
    const bodies = await Promise.all(Array.from({ length: 30 }, () => get("/pengumuman").then((response) => response.text())));
    expect(renders).toBe(1);
    expect(new Set(bodies).size).toBe(1);
  });

  it("show a change on the next request after a purge, and a render that a purge overtook is not kept", async () => {
    await (await get("/seleksi/sekda")).text();
    pageText = "Jadwal diperpanjang";
    cache.purge();
    expect(await (await get("/seleksi/sekda")).text()).toContain("Jadwal diperpanjang");
    // A render in progress when the data changes must not be served afterwards.
    renderDelayMs = 80;
    pageText = "versi lama";
    const slow = get("/seleksi/lain").then((response) => response.text());
    await new Promise((resolve) => setTimeout(resolve, 20));
    cache.purge();
    expect(await slow).toContain("versi lama");
    pageText = "versi baru";
    renderDelayMs = 0;
    expect(await (await get("/seleksi/lain")).text()).toContain("versi baru");
  });

  it("are rendered again once stale, while others get the stale copy meanwhile", async () => {
    await (await get("/")).text();
    clock += 31_000;
    pageText = "berubah";
    renderDelayMs = 100;
    const refreshing = get("/").then((response) => response.text());
    await new Promise((resolve) => setTimeout(resolve, 20));
    const meanwhile = await (await get("/")).text();
    expect(meanwhile).toContain("Seleksi Sekda");
    expect(await refreshing).toContain("berubah");
    expect(await (await get("/")).text()).toContain("berubah");
    expect(renders).toBe(2);
  });
});

describe("what is never stored", () => {
  it("a signed-in visitor's page: rendered for them every time, never served to anyone else", async () => {
    const cookie = { cookie: "authjs.session-token=rahasia" };
    const mine = await (await get("/seleksi/sekda", cookie)).text();
    expect(mine).toContain("Maria (masuk)");
    await (await get("/seleksi/sekda", cookie)).text();
    const anonymous = await get("/seleksi/sekda");
    expect(await anonymous.text()).not.toContain("Maria");
    expect(renders).toBe(3);
    const signedIn = await get("/seleksi/sekda", cookie);
    expect(signedIn.headers.get("cache-control")).toMatch(/private/);
  });

  it("an answer other than 200, or one that sets a cookie", async () => {
    await get("/seleksi/tidak-ada");
    await get("/seleksi/tidak-ada");
    const withCookie = await get("/daftar");
    expect(withCookie.headers.get("cache-control")).toMatch(/private/);
    await get("/daftar");
    expect(renders).toBe(4);
  });

  it("a query string where the page takes none, and pages outside the public list", async () => {
    await get("/verifikasi?kode=PSS-1");
    await get("/verifikasi?kode=PSS-1");
    await get("/akun");
    await get("/akun");
    expect(renders).toBe(4);
  });
});
