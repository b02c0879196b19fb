import fs from "node:fs";
import type { Page } from "@playwright/test";
import { prisma } from "@/lib/db";
import { cloneDemoApplicant, unusedNip } from "../factories/applications";
import { readOutboxMails } from "../factories/mail";
import { DEMO, DEMO_PASSWORD, expect, serverInfo, signInContext, signInWithForm as signIn, test } from "./fixtures";

// Signing in and out through the real forms. The other specs sign in with a minted session cookie
// (tests/e2e/fixtures.ts); here every sign-in goes through /masuk.

async function signInThroughForm(page: Page, who: keyof typeof DEMO): Promise<Page> {
  await signIn(page, DEMO[who]);
  await expect(page).not.toHaveURL(/\/masuk/);
  return page;
}

const SIGN_UP_ANSWER = /Pendaftaran diterima\. Jika data Anda belum terdaftar, akun Anda telah dibuat/;

async function fillSignUp(page: Page, values: { name: string; nip: string; nik: string; email: string }) {
  await page.goto("/daftar");
  await page.getByLabel("PNS (mendaftar seleksi JPT)").check();
  await page.getByLabel("Nama lengkap (dengan gelar)").fill(values.name);
  await page.getByLabel("NIP").fill(values.nip);
  await page.getByLabel("NIK").fill(values.nik);
  await page.getByLabel("E-mail").fill(values.email);
  await page.getByLabel("Nomor HP").fill("081311112222");
  await page.getByLabel("Kata sandi", { exact: true }).fill("SandiBaru2025");
  await page.getByLabel("Ulangi kata sandi").fill("SandiBaru2025");
  await page.getByRole("button", { name: "Buat akun" }).click();
}

test("an applicant signs up, signs in, signs out and signs in again with the NIP", async ({ page }) => {
  const nip = await unusedNip("197908172005011");
  const email = `pelamar.baru${nip.slice(-3)}@example.go.id`;
  // A client-supplied X-Forwarded-For must not reach the audit log (no trusted proxy in front of the e2e server).
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "6.6.6.6" });
  await fillSignUp(page, { name: "Hendra Wijaya, S.Sos., M.AP", nip, nik: "6171051708790005", email });
  await expect(page.getByText(SIGN_UP_ANSWER)).toBeVisible();
  await expect(page).toHaveURL(/\/daftar/);
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: user.id, action: "user.sign_up" }, select: { ip: true } });
  expect(audit.ip).toBe("127.0.0.1");

  await signIn(page, email, "SandiBaru2025");
  await expect(page).toHaveURL(/\/akun/);
  await expect(page.getByTestId("nama-akun")).toHaveText("Hendra Wijaya, S.Sos., M.AP");
  await expect(page.getByText("Anda belum melamar")).toBeVisible();
  // The session cookie: not readable by scripts, not sent on cross-site requests (Secure only on https).
  const session = (await page.context().cookies()).find((cookie) => cookie.name === "authjs.session-token");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });

  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("link", { name: "Masuk" })).toBeVisible();

  await signIn(page, nip, "SandiBaru2025");
  await expect(page).toHaveURL(/\/akun/);
  await expect(page.getByTestId("nama-akun")).toHaveText("Hendra Wijaya, S.Sos., M.AP");
});

test("sign-up with a NIP already registered gives the same answer, creates nothing and tells the owner", async ({ page }) => {
  const before = fs.existsSync(serverInfo().outboxDir) ? fs.readdirSync(serverInfo().outboxDir).length : 0;
  await fillSignUp(page, { name: "Orang Lain", nip: "197203151998031002", nik: "6172011503720009", email: "orang.lain@example.go.id" }); // the demo applicant's NIP
  await expect(page.getByText(SIGN_UP_ANSWER)).toBeVisible();
  await expect(page.getByText(/sudah terdaftar\./)).toHaveCount(0);
  expect(await prisma.user.count({ where: { email: "orang.lain@example.go.id" } })).toBe(0);
  const notices = await readOutboxMails(DEMO.applicant, serverInfo().outboxDir, { containing: "mencoba membuat akun baru" });
  expect(notices.some((mail) => mail.includes("mencoba membuat akun baru"))).toBe(true);
  expect(fs.readdirSync(serverInfo().outboxDir).length).toBeGreaterThan(before);
});

test("a session cookie copied before sign-out no longer works afterwards", async ({ browser, page }) => {
  const email = `sesi.salinan${Date.now().toString().slice(-6)}@example.go.id`;
  await cloneDemoApplicant(DEMO.applicant, email, await unusedNip("198001012005011"));
  await signInContext(page.context(), { email });
  await page.goto("/akun");
  await expect(page.getByTestId("nama-akun")).toBeVisible();
  const copied = (await page.context().cookies()).filter((cookie) => cookie.name === "authjs.session-token");
  expect(copied).toHaveLength(1);

  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("link", { name: "Masuk" })).toBeVisible();

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/akun");
  await expect(stolen).toHaveURL(/\/masuk/);
  await thief.close();
});

test("pages carry a nonce CSP, no framing and the other security headers, and still run their scripts", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/masuk");
  const headers = response!.headers();
  const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toBeUndefined(); // plain http here
  // Next's own scripts carry this response's nonce. A page rendered per request gets a new nonce each time
  // (an anonymous public page is stored by the page cache with its nonce: DECISIONS.md, #16).
  expect(await page.locator("script[nonce]").count()).toBeGreaterThan(0);
  const [first, second] = [await page.request.get("/verifikasi?kode=UJI-1"), await page.request.get("/verifikasi?kode=UJI-1")];
  const nonceOf = (headers: Record<string, string>) => /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
  expect(nonceOf(first.headers())).toBeTruthy();
  expect(nonceOf(second.headers())).not.toBe(nonceOf(first.headers()));
  // The page is interactive (hydrated): the client-side validation answers an empty submit.
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByText("Isi e-mail atau NIP Anda")).toBeVisible();
  expect(violations).toEqual([]);
});

test("behind HTTPS the session cookie is Secure, HttpOnly and SameSite=Lax", async ({ request }) => {
  const https = { "x-forwarded-proto": "https" };
  const csrf = await request.get("/api/auth/csrf", { headers: https });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf
    .headersArray()
    .filter((header) => header.name.toLowerCase() === "set-cookie")
    .map((header) => header.value.split(";")[0])
    .join("; ");
  const response = await request.post("/api/auth/callback/credentials", {
    headers: { ...https, cookie },
    form: { csrfToken, identifier: DEMO.member2, password: DEMO_PASSWORD },
    maxRedirects: 0,
  });
  const session = response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === "set-cookie")
    .map((header) => header.value)
    .find((value) => value.includes("session-token="));
  expect(session).toMatch(/^__Secure-authjs\.session-token=/);
  expect(session).toMatch(/;\s*Secure/i);
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
});

test("a wrong password shows an error and keeps the e-mail typed", async ({ page }) => {
  await signIn(page, DEMO.applicant, "bukan-sandinya-1");
  await expect(page.locator("[data-form-error]")).toHaveText("E-mail/NIP atau kata sandi salah.");
  await expect(page.getByLabel("E-mail atau NIP")).toHaveValue(DEMO.applicant);
  await expect(page.getByLabel("Kata sandi")).toHaveValue("");
  await expect(page).toHaveURL(/\/masuk/);
});

test("a secretariat account reaches the Pansel area", async ({ page }) => {
  await signInThroughForm(page, "secretariat");
  await page.goto("/pansel");
  await expect(page.getByRole("heading", { name: "Area Pansel" })).toBeVisible();
  await expect(page.getByText("Sekretariat Pansel")).toBeVisible();
  await expect(page.getByRole("link", { name: /Sekretaris Daerah Kota Singkawang Tahun 2025/ })).toBeVisible();
});

test("an applicant is refused in the Pansel area", async ({ page }) => {
  await signInThroughForm(page, "applicant");
  const response = await page.goto("/pansel");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
});

test("a signed-out visitor is sent to sign in and back to the page afterwards", async ({ page }) => {
  await page.goto("/pansel");
  await expect(page).toHaveURL(/\/masuk\?callbackUrl=%2Fpansel/);
  await page.getByLabel("E-mail atau NIP").fill(DEMO.chair);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/pansel$/);
  await expect(page.getByRole("heading", { name: "Area Pansel" })).toBeVisible();
});
