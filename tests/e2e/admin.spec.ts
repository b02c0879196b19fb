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

test("an admin adds an institution the CV then offers; a wrong BPS code is refused beside the field", async ({ signInAs }) => {
  const page = await signInAs("admin");
  await page.goto("/pansel");
  await page.getByRole("link", { name: "Daftar instansi" }).click();
  await expect(page.getByTestId("tabel-instansi")).toContainText("Pemerintah Kabupaten Kayong Utara");
  const suffix = Date.now().toString().slice(-4);
  const name = `Pemerintah Kota Uji ${suffix}`;
  const form = page.getByRole("form", { name: "Tambah instansi" });
  await form.getByLabel("Nama instansi").fill(name);
  await form.getByLabel("Jenis").selectOption("CITY");
  await form.getByLabel("Kode wilayah BPS").fill("6113");
  await form.getByRole("button", { name: "Tambah instansi" }).click();
  await expect(form.getByText("Kode kota berakhiran 71 ke atas")).toBeVisible();
  await expect(form.getByLabel("Nama instansi")).toHaveValue(name);
  await form.getByLabel("Kode wilayah BPS").fill(`62${String(71 + (Number(suffix) % 28))}`);
  await form.getByRole("button", { name: "Tambah instansi" }).click();
  await expect(form.getByRole("status")).toContainText(`${name} ditambahkan`);
  await expect(page.getByTestId("tabel-instansi")).toContainText(name);
});

test("a secretariat member cannot manage institutions", async ({ signInAs }) => {
  const page = await signInAs("secretariat");
  const response = await page.goto("/pansel/instansi");
  expect(response?.status()).toBe(403);
});
