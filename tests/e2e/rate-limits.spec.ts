import type { APIRequestContext } from "@playwright/test";
import { RATE_LIMITS } from "@/lib/rate-limit/rules";
import { unusedNip } from "../factories/applications";
import { expect, readyAfterLoad, serverInfo, test } from "./fixtures";

// The real rate limits (lib/rate-limit/rules.ts). The e2e server multiplies them for 127.0.0.1, where the
// other specs sign in and upload (tests/setup/e2e-server.ts); these tests reach the server over IPv6
// loopback (http://[::1]:port), a client of its own with the limits as in production. Each test uses up a
// different limit, so they can share the address.
const TOO_MANY_15 = "Terlalu banyak percobaan. Coba lagi dalam 15 menit.";
const baseURL = serverInfo().baseUrl.replace("127.0.0.1", "[::1]");

async function strictClient(playwright: { request: { newContext(options: object): Promise<APIRequestContext> } }) {
  return playwright.request.newContext({ baseURL, maxRedirects: 0 });
}

test("too many sign-in attempts from one IP: the form says so in Indonesian and keeps the e-mail typed", async ({ browser, playwright }) => {
  test.slow();
  const email = "batas.masuk@uji.seleksi.id";
  const context = await browser.newContext({ baseURL });
  const page = readyAfterLoad(await context.newPage());

  // A few wrong passwords through the form: the usual answer.
  await page.goto("/masuk");
  const identifier = page.getByLabel("E-mail atau NIP");
  await identifier.fill(email);
  const formAttempts = 3;
  for (let n = 0; n < formAttempts; n++) {
    await page.getByLabel("Kata sandi").fill(`SalahSandi${n}`);
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.locator("[data-form-error]")).toHaveText("E-mail/NIP atau kata sandi salah.");
    await expect(page.getByLabel("Kata sandi")).toHaveValue("");
  }

  // The rest of the IP's allowance through Auth.js's own endpoint, which counts in the same limit...
  // (well-formed, with Auth.js's CSRF token, so they reach the password check and the lockout behind it)...
  const api = await strictClient(playwright);
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const allowance = RATE_LIMITS["sign-in:ip"].points;
  for (let n = formAttempts; n < allowance; n++) {
    const response = await api.post("/api/auth/callback/credentials", { form: { identifier: `lain${n}@uji.seleksi.id`, password: "SalahSandi", csrfToken } });
    expect(response.status()).toBe(302);
  }
  // ...and answers the next one 429 with Retry-After.
  const refused = await api.post("/api/auth/callback/credentials", { form: { identifier: email, password: "SalahSandi", csrfToken } });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(14 * 60);
  expect(await refused.json()).toMatchObject({ ok: false, code: "RATE_LIMITED", message: TOO_MANY_15 });

  // The form now answers with the limit's message; what was typed stays.
  await page.getByLabel("Kata sandi").fill("SalahSandiLagi");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.locator("[data-form-error]")).toHaveText(TOO_MANY_15);
  await expect(identifier).toHaveValue(email);
  await expect(page).toHaveURL(/\/masuk/);
  await api.dispose();
  await context.close();
});

test("a proof lookup over the per-IP limit gets 429 with Retry-After and the message", async ({ browser, playwright }) => {
  const api = await strictClient(playwright);
  for (let n = 0; n < RATE_LIMITS["verify-lookup:ip"].points; n++) {
    expect((await api.get(`/verifikasi?nomor=UJI-${n}&kode=SALAH`)).status()).toBe(200);
  }
  const refused = await api.get("/verifikasi?nomor=UJI-X&kode=SALAH");
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  await api.dispose();

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const response = await page.goto("/verifikasi?nomor=UJI-Y&kode=SALAH");
  expect(response?.status()).toBe(429);
  await expect(page.getByText(TOO_MANY_15)).toBeVisible();
  await context.close();
});

test("uploads over the per-IP limit get 429 with Retry-After", async ({ playwright }) => {
  const api = await strictClient(playwright);
  // Counted before the session is read: anonymous requests use up the IP's allowance too (and get 401).
  for (let n = 0; n < RATE_LIMITS["upload:ip"].points; n++) {
    expect((await api.post("/api/dokumen/unggah", { data: "x", headers: { "content-type": "application/pdf" } })).status()).toBe(401);
  }
  const refused = await api.post("/api/dokumen/unggah", { data: "x", headers: { "content-type": "application/pdf" } });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(9 * 60);
  expect(await refused.json()).toMatchObject({ ok: false, code: "RATE_LIMITED", message: "Terlalu banyak percobaan. Coba lagi dalam 10 menit." });
  await api.dispose();
});

test("sign-ups with one e-mail past its limit: the form says so and keeps everything typed", async ({ browser }) => {
  test.slow();
  const context = await browser.newContext({ baseURL });
  const page = readyAfterLoad(await context.newPage());
  const email = "batas.daftar@uji.seleksi.id";
  const name = "Rina Batas, S.E.";
  const nip = await unusedNip("198001012005012");
  // An accepted sign-up replaces the form with its answer: each attempt fills a fresh form.
  const signUp = async () => {
    await page.goto("/daftar");
    await page.getByLabel("PNS (mendaftar seleksi JPT)").check();
    await page.getByLabel("Nama lengkap (dengan gelar)").fill(name);
    await page.getByLabel("NIP").fill(nip);
    await page.getByLabel("NIK").fill("6171054101800007");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Nomor HP").fill("081311113333");
    await page.getByLabel("Kata sandi", { exact: true }).fill("SandiBatas2025");
    await page.getByLabel("Ulangi kata sandi").fill("SandiBatas2025");
    await page.getByRole("button", { name: "Buat akun" }).click();
  };
  for (let n = 0; n < RATE_LIMITS["sign-up:email"].points; n++) {
    await signUp();
    await expect(page.getByText(/Pendaftaran diterima\./)).toBeVisible();
  }
  await signUp();
  await expect(page.locator("[data-form-error]")).toHaveText("Terlalu banyak percobaan. Coba lagi dalam 60 menit.");
  await expect(page.getByLabel("E-mail")).toHaveValue(email);
  await expect(page.getByLabel("Nama lengkap (dengan gelar)")).toHaveValue(name);
  await expect(page.getByLabel("NIP")).toHaveValue(nip);
  await context.close();
});
