import { expect, test } from "./fixtures";

test("a visitor checks eligibility and the checklist follows every change", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Cek kelayakan" }).click();
  await expect(page).toHaveURL(/\/cek-kelayakan$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cek kelayakan");
  await expect(page.getByLabel("Seleksi", { exact: true })).toHaveValue("sekda-singkawang-2025");
  await expect(page.getByText("Tidak ada data yang disimpan.")).toBeVisible();

  // Nothing entered yet: every rule waits.
  await expect(page.getByTestId("eligibility-verdict")).toHaveText("MENUNGGU VERIFIKASI");
  await expect(page.locator("[data-rule-id]")).toHaveCount(18);
  // What the self-check can and cannot decide: "MENUNGGU VERIFIKASI" is the best result before documents are checked.
  const scope = page.getByTestId("batas-cek-kelayakan");
  await expect(scope).toContainText("tidak dapat memutuskan persyaratan yang dibuktikan dengan dokumen");
  await expect(scope).toContainText('"MENUNGGU VERIFIKASI" adalah hasil terbaik yang mungkin sebelum dokumen diperiksa');

  await page.getByLabel("Tanggal lahir").fill("1972-03-15");
  await page.getByRole("group", { name: "Jenis kelamin" }).getByLabel("Laki-laki").check();
  await page.getByLabel("Status kepegawaian").selectOption("PNS");
  await page.getByLabel("Instansi asal").selectOption("Pemerintah Kota Singkawang");
  await page.getByLabel("Pendidikan terakhir").selectOption("S2");
  await page.getByLabel("Pangkat/golongan").selectOption("IV/a");

  const rank = page.locator('[data-rule-id="rank_min"]');
  await expect(rank).toHaveAttribute("data-status", "fail");
  await expect(rank).toContainText("Tidak memenuhi");
  await expect(rank).toContainText("IV/b");
  await expect(page.getByTestId("eligibility-verdict")).toHaveText("TIDAK MEMENUHI SYARAT");
  await expect(page.locator('[data-rule-id="region_scope"]')).toHaveAttribute("data-status", "pass");
  await expect(page.locator('[data-rule-id="age_max"]')).toHaveAttribute("data-status", "pass");

  await page.getByLabel("Pangkat/golongan").selectOption("IV/b");
  await expect(rank).toHaveAttribute("data-status", "pass");
  await expect(rank).toContainText("Memenuhi");

  // A current administrator post since 2019 is more than the 2 years asked for.
  const experience = page.locator('[data-rule-id="position_experience"]');
  await page.getByRole("button", { name: "Tambah jabatan" }).click();
  await page.getByLabel("Jenjang jabatan").selectOption("ADMINISTRATOR");
  await page.getByLabel("Mulai menjabat").fill("2019-01-02");
  await expect(experience).toHaveAttribute("data-status", "pending");
  await expect(page.getByTestId("jabatan-belum-lengkap")).toBeVisible();
  await page.getByLabel("Masih menjabat").check();
  await expect(experience).toHaveAttribute("data-status", "pass");
  await expect(page.getByTestId("jabatan-belum-lengkap")).toHaveCount(0);

  // 60 years old on the reference date 1 December 2025.
  await page.getByLabel("Tanggal lahir").fill("1965-12-01");
  const age = page.locator('[data-rule-id="age_max"]');
  await expect(age).toHaveAttribute("data-status", "fail");
  await expect(page.getByTestId("eligibility-age")).toContainText("tahun");
  await expect(page.getByTestId("eligibility-age")).toHaveText("Usia pada 1 Desember 2025: 60 tahun 0 bulan 0 hari (batas 56 tahun)");
  await expect(page.getByTestId("eligibility-verdict")).toHaveText("TIDAK MEMENUHI SYARAT");
});

test("the selection page links to the self-check for that selection", async ({ page }) => {
  await page.goto("/seleksi/sekda-singkawang-2025");
  await page.getByRole("link", { name: "Cek kelayakan Anda terhadap persyaratan ini" }).click();
  await expect(page).toHaveURL(/\/cek-kelayakan\?seleksi=sekda-singkawang-2025$/);
  await expect(page.getByLabel("Seleksi", { exact: true })).toHaveValue("sekda-singkawang-2025");
});

test("the self-check fits a phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/cek-kelayakan");
  await expect(page.getByTestId("eligibility-verdict")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
