import { expect, signInWithForm, test } from "./fixtures";

test("an admin creates a secretariat account that can then reach the Pansel area", async ({ signInAs, browser }) => {
  const page = await signInAs("admin");
  await page.goto("/pansel");
  await page.getByRole("link", { name: "Kelola pengguna" }).click();
  const email = `petugas${Date.now().toString().slice(-5)}@example.go.id`;
  await page.getByLabel("Nama", { exact: true }).fill("Petugas Verifikasi Baru");
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Kata sandi awal").fill("PetugasBaru2025");
  await page.getByLabel("Sekretariat Pansel").check();
  await page.getByRole("button", { name: "Buat akun petugas" }).click();
  await expect(page.getByRole("status")).toContainText(`Akun ${email} dibuat`);
  await expect(page.getByRole("cell", { name: email })).toBeVisible();

  // Through the form: the initial password the admin set is what lets the new member in.
  const other = await browser.newPage();
  await signInWithForm(other, email, "PetugasBaru2025");
  await expect(other).not.toHaveURL(/\/masuk/);
  await other.goto("/pansel");
  await expect(other.getByRole("heading", { name: "Area Pansel" })).toBeVisible();
  await other.close();
});

test("a secretariat member cannot manage users", async ({ signInAs }) => {
  const page = await signInAs("secretariat");
  const response = await page.goto("/pansel/pengguna");
  expect(response?.status()).toBe(403);
});
