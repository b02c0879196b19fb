// Hostile server-action requests over HTTP, against the production server: an oversized body is answered
// 413 and one Next cannot decode 400 (proxy.ts; Next itself answered 500 to both), and a NUL in a text
// field comes back as a validation message instead of reaching PostgreSQL ("Terjadi kesalahan pada server").
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

function actionId(file: string, name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === name);
  if (!found) throw new Error(`No server action ${file}#${name} in the build`);
  return found[0];
}

const SIGN_IN = () => actionId("app/(auth)/actions.ts", "signInAction");
const SIX_MB = 6 * 1024 * 1024;

function resultOf(text: string): { ok: boolean; code?: string; fieldErrors?: Record<string, string> } | null {
  const line = text.split("\n").find((row) => row.startsWith("1:{"));
  return line ? JSON.parse(line.slice(2)) : null;
}

test.describe("server-action requests", () => {
  test("a body over the limit is answered 413, announced or not", async ({ request }) => {
    const big = "a".repeat(SIX_MB + 1024);
    const withAction = await request.post("/masuk", { headers: { "Next-Action": SIGN_IN(), "Content-Type": "text/plain;charset=UTF-8" }, data: big, failOnStatusCode: false });
    expect(withAction.status()).toBe(413);
    expect(await withAction.text()).toContain("terlalu besar");
    // A form posted without JavaScript (multipart, no Next-Action header).
    const form = await request.post("/masuk", { multipart: { berkas: { name: "besar.txt", mimeType: "text/plain", buffer: Buffer.from(big) } }, failOnStatusCode: false });
    expect(form.status()).toBe(413);
  });

  test("a body Next cannot decode is answered 400", async ({ request }) => {
    const notJson = await request.post("/masuk", { headers: { "Next-Action": SIGN_IN(), "Content-Type": "text/plain;charset=UTF-8" }, data: "{bukan json", failOnStatusCode: false });
    expect(notJson.status()).toBe(400);
    expect(await notJson.text()).toContain("tidak dapat dibaca");
    const broken = await request.post("/masuk", {
      headers: { "Next-Action": SIGN_IN(), "Content-Type": "multipart/form-data; boundary=XYZ" },
      data: '--XYZ\r\nContent-Disposition: form-data; name="1"\r\n\r\nabc',
      failOnStatusCode: false,
    });
    expect(broken.status()).toBe(400);
  });

  test("a well-formed call still reaches its action, and a NUL is a validation message", async ({ request }) => {
    const call = (input: unknown) =>
      request.post("/masuk", { headers: { "Next-Action": SIGN_IN(), "Content-Type": "text/plain;charset=UTF-8" }, data: JSON.stringify([input]), failOnStatusCode: false });
    const wrong = await call({ identifier: "tidak.ada@uji.seleksi.id", password: "SalahSekali2025" });
    expect(wrong.status()).toBe(200);
    expect(resultOf(await wrong.text())).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    const nul = await call({ identifier: "pelamar@demo.seleksi.id\u0000", password: "SalahSekali2025" });
    expect(nul.status()).toBe(200);
    const result = resultOf(await nul.text());
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(result?.fieldErrors?.identifier).toMatch(/karakter kontrol/);
  });
});
