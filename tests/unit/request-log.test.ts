// lib/cli/request-log.mjs as the Next server process loads it, on a plain node:http server: one JSON line
// per request, and the request id in the response header and in the lines the app logs meanwhile.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs preload without type declarations
import { loggablePath } from "@/lib/cli/request-log.mjs";
import { logger } from "@/lib/log";
import { captureLog, logLines } from "../fixtures/log-capture";

let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((request, response) => {
    // What app code does while it handles the request: its line carries the request's id.
    setTimeout(() => {
      logger.info({ event: "app.work", seenHeader: request.headers["x-request-id"] }, "bekerja");
      response.statusCode = request.url?.startsWith("/hilang") ? 404 : 200;
      response.end("ok");
    }, 5);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("request log", () => {
  it("writes one line per request with id, method, path without query, status and duration", async () => {
    const responses: Response[] = [];
    const output = await captureLog(async () => {
      responses.push(await fetch(`${base}/akun/lamaran?email=maria%40example.go.id`, { headers: { "X-Request-Id": "dipilih-klien" } }));
      responses.push(await fetch(`${base}/hilang`, { method: "POST" }));
    });
    const lines = logLines(output);
    const requests = lines.filter((line) => line.event === "http.request");
    expect(requests).toHaveLength(2);
    const [first, second] = requests;
    expect(first).toMatchObject({ level: "info", method: "GET", path: "/akun/lamaran", status: 200 });
    expect(second).toMatchObject({ level: "warn", method: "POST", path: "/hilang", status: 404 });
    expect(typeof first?.durationMs).toBe("number");
    // A new id, not the client's; the same in the response header, the app's header and the app's own line.
    const id = responses[0]?.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(first?.requestId).toBe(id);
    const work = lines.filter((line) => line.event === "app.work");
    expect(work[0]).toMatchObject({ requestId: id, seenHeader: id });
    expect(work[1]?.requestId).toBe(second?.requestId);
    expect(output).not.toContain("maria");
  });

  it("masks path segments that look like tokens, e-mail addresses or NIK/NIP", () => {
    expect(loggablePath("/reset/0123456789abcdefghijABCDEFGHIJ_-xyz?x=1")).toBe("/reset/:disamarkan");
    expect(loggablePath("/cari/maria%40example.go.id")).toBe("/cari/:disamarkan");
    expect(loggablePath("/profil/6101055205820004")).toBe("/profil/:disamarkan");
    expect(loggablePath("/rusak/%E0%A4%A")).toBe("/rusak/%E0%A4%A");
    expect(loggablePath("/pansel/seleksi/sekda-singkawang-2025")).toBe("/pansel/seleksi/sekda-singkawang-2025");
  });
});
