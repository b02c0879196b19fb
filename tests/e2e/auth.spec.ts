import type { Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, expect, signInWithForm as signIn, test } from "./fixtures";

// Signing in and out through the real forms. The other specs sign in with a minted session cookie
// (tests/e2e/fixtures.ts); here every sign-in goes through /masuk.

async function signInThroughForm(page: Page, who: keyof typeof DEMO): Promise<Page> {
  await signIn(page, DEMO[who]);
  await expect(page).not.toHaveURL(/\/masuk/);
  return page;
}

test("an applicant signs up, signs out and signs in again with the NIP", async ({ page }) => {
  const stamp = Date.now().toString().slice(-3);
  const email = `pelamar.baru${stamp}@example.go.id`;
  const nip = `19790817200501${"1"}${stamp}`;
  await page.goto("/daftar");
  await page.getByLabel("Nama lengkap (dengan gelar)").fill("Hendra Wijaya, S.Sos., M.AP");
  await page.getByLabel("NIP").fill(nip);
  await page.getByLabel("NIK").fill("6171051708790005");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Nomor HP").fill("081311112222");
  await page.getByLabel("Kata sandi", { exact: true }).fill("SandiBaru2025");
  await page.getByLabel("Ulangi kata sandi").fill("SandiBaru2025");
  await page.getByRole("button", { name: "Buat akun" }).click();

  await expect(page).toHaveURL(/\/akun/);
  await expect(page.getByTestId("nama-akun")).toHaveText("Hendra Wijaya, S.Sos., M.AP");
  await expect(page.getByText("Anda belum melamar")).toBeVisible();

  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("link", { name: "Masuk" })).toBeVisible();

  await signIn(page, nip, "SandiBaru2025");
  await expect(page).toHaveURL(/\/akun/);
  await expect(page.getByTestId("nama-akun")).toHaveText("Hendra Wijaya, S.Sos., M.AP");
});

test("sign-up refuses a NIP that is already registered and keeps what was typed", async ({ page }) => {
  await page.goto("/daftar");
  await page.getByLabel("Nama lengkap (dengan gelar)").fill("Orang Lain");
  await page.getByLabel("NIP").fill("197203151998031002"); // the demo applicant's NIP
  await page.getByLabel("NIK").fill("6172011503720009");
  await page.getByLabel("E-mail").fill("orang.lain@example.go.id");
  await page.getByLabel("Nomor HP").fill("081311113333");
  await page.getByLabel("Kata sandi", { exact: true }).fill("SandiBaru2025");
  await page.getByLabel("Ulangi kata sandi").fill("SandiBaru2025");
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText("NIP ini sudah terdaftar")).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveValue("orang.lain@example.go.id");
  await expect(page).toHaveURL(/\/daftar/);
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
