import { extractPdfText } from "../fixtures/pdf-text";
import { seedLine } from "../fixtures/seed-text";
import { expect, test } from "./fixtures";

test("a visitor reads the Singkawang 2025 announcement with every requirement, document and stage", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Sekretaris Daerah Kota Singkawang Tahun 2025/ }).first().click();
  await expect(page).toHaveURL(/\/seleksi\/sekda-singkawang-2025$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sekretaris Daerah Kota Singkawang");
  await expect(page.getByText("05/SELTER/SKW/X/2025").first()).toBeVisible();

  // The deadline, in WIB, on the server's terms.
  await expect(page.getByTestId("batas-dokumen")).toHaveText("Kamis, 6 November 2025 pukul 16.00 WIB");

  // 16 numbered requirements of section II.A.
  await expect(page.getByTestId("daftar-persyaratan").locator("li")).toHaveCount(16);
  await expect(page.getByTestId("daftar-persyaratan")).toContainText("Pembina Tk. I Gol. Ruang IV/b");

  // 22 documents with their form badges.
  for (let number = 1; number <= 22; number += 1) await expect(page.getByTestId(`dokumen-${number}`)).toBeVisible();
  await expect(page.getByTestId("dokumen-3")).toContainText("Asli");
  await expect(page.getByTestId("dokumen-3")).toContainText("Bermaterai Rp 10.000");
  await expect(page.getByTestId("dokumen-4")).toContainText("Fotokopi");
  await expect(page.getByTestId("dokumen-14")).toContainText(/paling lambat saat wawancara/i);
  // Document 17 is a photograph, not a photocopy; document 22's form has the materai box.
  await expect(page.getByTestId("dokumen-17")).toContainText("Pas foto");
  await expect(page.getByTestId("dokumen-17")).not.toContainText("Fotokopi");
  await expect(page.getByTestId("dokumen-22")).toContainText("Bermaterai Rp 10.000");

  // The legal basis: each rendered item is a regulation the seed's opening sentence names, word for word (the
  // seed drops "Negara" from the ministry's name once; the page uses the full name).
  await expect(page.getByTestId("dasar-hukum").locator("li")).toHaveCount(3);
  const opening = seedLine("singkawang", "berpedoman pada ketentuan");
  for (const basis of await page.getByTestId("dasar-hukum").locator("li").allInnerTexts()) {
    expect(opening).toContain(basis.trim().replace("Aparatur Negara dan Reformasi Birokrasi Nomor 15", "Aparatur dan Reformasi Birokrasi Nomor 15"));
  }
  await expect(page.getByTestId("dasar-hukum")).toContainText("Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara");

  // 9 stages, tentative, with the dates of the announcement.
  await expect(page.getByTestId("tahap")).toHaveCount(9);
  await expect(page.getByText(/tentatif/i).first()).toBeVisible();
  await expect(page.getByTestId("tahap").filter({ hasText: "Assessment Center" })).toContainText("11–13 November 2025");
  await expect(page.getByTestId("tahap").filter({ hasText: "Seleksi Wawancara" })).toContainText("17–18 November 2025");
  await expect(page.getByTestId("tahap").filter({ hasText: "Pendaftaran dan Penerimaan" })).toContainText("16.00 WIB");
});

test("a visitor downloads the blank Lampiran III and it is the integrity pact", async ({ page }) => {
  await page.goto("/seleksi/sekda-singkawang-2025");
  const link = page.getByRole("link", { name: /Lampiran III: Pakta Integritas/i });
  const href = await link.getAttribute("href");
  expect(href).toBeTruthy();
  // Browser downloads are not available here; fetch the same URL with the page's context.
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const text = await extractPdfText(new Uint8Array(await response.body()));
  expect(text).toContain("PAKTA INTEGRITAS");
  expect(text).toContain("05/SELTER/SKW/X/2025");
});

test("the announcements list links to the call", async ({ page }) => {
  await page.goto("/pengumuman");
  await page.getByRole("link", { name: /Pengumuman Seleksi Terbuka/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sekretaris Daerah Kota Singkawang");
  await expect(page.getByText("Nomor 05/SELTER/SKW/X/2025")).toBeVisible();
});

test("health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

test("the CPNS demo selection is listed beside Singkawang and reads as a demonstration of the Sawahlunto 2019 guideline", async ({ page }) => {
  await page.goto("/seleksi");
  await expect(page.getByRole("link", { name: /Sekretaris Daerah Kota Singkawang Tahun 2025/ }).first()).toBeVisible();
  await page.getByRole("link", { name: /Penerimaan Calon Pegawai Negeri Sipil di Lingkungan Pemerintah Kota Sawahlunto/ }).first().click();
  await expect(page).toHaveURL(/\/seleksi\/cpns-sawahlunto-2019$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Penerimaan Calon Pegawai Negeri Sipil di Lingkungan Pemerintah Kota Sawahlunto Formasi Tahun 2019");
  await expect(page.getByText("Seleksi CPNS", { exact: true })).toBeVisible();
  await expect(page.getByText(/^Seleksi demonstrasi/)).toBeVisible();
  // On the e2e clock (28 October 2025) its registration (from 20 November 2026) has not opened.
  await expect(page.getByTestId("status-seleksi")).toHaveAttribute("data-status", "UPCOMING");
  for (const formation of ["Pranata Komputer Ahli Pertama", "Perawat Terampil", "Guru Kelas Ahli Pertama", "Analis Kepegawaian Ahli Pertama"]) {
    await expect(page.getByRole("cell", { name: formation, exact: true })).toBeVisible();
  }
  await expect(page.getByTestId("daftar-persyaratan").locator("li")).toHaveCount(4);
  for (let number = 1; number <= 6; number += 1) await expect(page.getByTestId(`dokumen-${number}`)).toBeVisible();
  await expect(page.getByTestId("dokumen-4")).toContainText("Pas foto");
  await expect(page.locator("#berkas")).not.toContainText("Bermaterai");
  await expect(page.getByTestId("tahap")).toHaveCount(9);
  await expect(page.getByTestId("tahap").filter({ hasText: "Pelaksanaan Seleksi Kemampuan Dasar (SKD)" })).toContainText("22–26 Februari 2027");
  await expect(page.getByText(/integrasi 40% nilai SKD dan 60% nilai SKB/)).toBeVisible();
});
