// #15: the public page of a CPNS selection follows its data, not the JPT layout: the formations with their
// code, quota and education; the guideline's requirements, documents and schedule; no Eselon column, no
// empty forms card. Every sentence checked here is compared with the guideline it comes from.
import AxeBuilder from "@axe-core/playwright";
import { sawahlunto2019 } from "@/prisma/seed-data/sawahlunto-2019";
import { seedLines } from "../fixtures/seed-text";
import { expect, test } from "./fixtures";

const SLUG = sawahlunto2019.slug;
// The guideline as one text (a sentence broken over lines reads whole; markdown emphasis dropped), as
// tests/unit/sawahlunto-2019-seed.test.ts reads it.
const GUIDELINE = seedLines("sawahlunto").join(" ").replaceAll("*", "").toLowerCase();
const inGuideline = (text: string) => GUIDELINE.includes(text.toLowerCase().replace(/(;\s*dan|;|\.)$/, ""));

test("a visitor reads the CPNS demo selection: formations, requirements, documents and schedule from the guideline", async ({ page }) => {
  await page.goto(`/seleksi/${SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sawahlunto2019.title);
  expect(inGuideline(sawahlunto2019.title)).toBe(true);
  await expect(page.getByText("Seleksi CPNS", { exact: true })).toBeVisible();

  // The formations: code, title and unit, quota, education; no Eselon column.
  const formations = page.getByRole("region", { name: "I. Formasi yang dibutuhkan" });
  const table = formations.getByTestId("tabel-formasi");
  await expect(table.getByRole("columnheader")).toHaveText(["No", "Kode", "Formasi", "Unit kerja", "Kebutuhan", "Kualifikasi pendidikan"]);
  await expect(table.locator("tbody tr")).toHaveCount(sawahlunto2019.vacancies.length);
  const nurse = table.getByTestId("formasi-PRW-T");
  await expect(nurse).toContainText("Perawat Terampil");
  await expect(nurse).toContainText("Rumah Sakit Umum Daerah Sawahlunto");
  await expect(nurse).toContainText("3 orang");
  await expect(nurse).toContainText("Diploma III (D-III)");
  await expect(table.getByTestId("formasi-GK-AP")).toContainText("Sarjana (S-1) atau Diploma IV (D-IV)");
  await expect(page.getByRole("columnheader", { name: "Eselon" })).toHaveCount(0);

  // The requirements the portal checks, in the guideline's words, and the whole list in the registration terms.
  const requirements = page.getByTestId("daftar-persyaratan").locator("li");
  await expect(requirements).toHaveText(sawahlunto2019.rules.map((rule) => rule.text));
  for (const text of await requirements.allTextContents()) expect(inGuideline(text), text).toBe(true);
  await expect(page.getByTestId("persyaratan-lengkap")).toBeVisible();
  const terms = page.getByTestId("ketentuan-pendaftaran");
  await expect(terms).toContainText("Usia paling rendah 18 (delapan belas) tahun dan paling tinggi 35 (tiga puluh lima) tahun pada saat melamar");
  await expect(terms).toContainText("Bersedia ditempatkan di seluruh wilayah Negara Kesatuan Republik Indonesia");
  expect(inGuideline("Bersedia ditempatkan di seluruh wilayah Negara Kesatuan Republik Indonesia")).toBe(true);
  const shortlist = "Jumlah peserta seleksi yang dapat mengikuti Seleksi Kompetensi Bidang paling banyak 3 (tiga) kali jumlah kebutuhan masing-masing jabatan berdasarkan peringkat nilai Seleksi Kompetensi Dasar.";
  await expect(page.getByTestId("ketentuan-lain")).toContainText(shortlist);
  expect(inGuideline(shortlist)).toBe(true);

  // The guideline's documents: the red-background photo, no stamp duty, no form to download.
  await expect(page.getByRole("heading", { name: "II.B. Berkas pendaftaran (6 berkas)" })).toBeVisible();
  const photo = page.getByTestId("dokumen-4");
  await expect(photo).toContainText("Pasfoto terbaru ukuran 3 x 4 cm sebanyak 2 (dua) lembar dengan latar belakang berwarna merah");
  expect(inGuideline("Pasfoto terbaru ukuran 3 x 4 cm sebanyak 2 (dua) lembar dengan latar belakang berwarna merah")).toBe(true);
  await expect(page.locator("#berkas")).not.toContainText("Bermaterai");
  await expect(page.locator("#berkas")).not.toContainText("Lampiran");

  // The schedule table's stages with the SKD and SKB weights; no forms card.
  await expect(page.getByTestId("tahap")).toHaveCount(sawahlunto2019.stages.length);
  await expect(page.getByTestId("tahap").filter({ hasText: "Pelaksanaan Seleksi Kemampuan Dasar (SKD)" })).toContainText("bobot 40%");
  expect(inGuideline("Pelaksanaan Seleksi Kemampuan Dasar (SKD)")).toBe(true);
  await expect(page.locator("#formulir")).toHaveCount(0);
  await expect(page.getByText(/Lampiran I–VIII/)).toHaveCount(0);

  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = result.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => violation.id)).toEqual([]);
});

test("the CPNS selection page has no horizontal scroll on a 390 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/seleksi/${SLUG}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
