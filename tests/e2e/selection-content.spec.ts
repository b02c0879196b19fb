// #15: the administrator edits what an applicant applies to from the browser. In a draft: a rule's
// parameter (refused in Indonesian beside the field, what was typed kept) and a required document.
// After publication: the announcement number and a document are corrected with a reason, and the public
// page shows both in its change history; the rules say they are locked.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { prisma } from "@/lib/db";
import { createCpnsSelection } from "../factories/cpns";
import { expect, pageAs, readyAfterLoad, test } from "./fixtures";

/** The open forms pass axe (serious or critical) and fit a 390 px phone without horizontal scroll. */
async function checkOpenForms(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = result.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${page.url()} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(" | ")}`)).toEqual([]);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  if (size) await page.setViewportSize(size);
}

test("in a draft, the admin edits a rule's parameter and a required document", async ({ browser }) => {
  const selection = await createCpnsSelection("konten-draf", (seed) => ({ ...seed, status: "DRAFT" }));
  const admin = await pageAs(browser, "admin");
  await admin.goto(`/pansel/seleksi/${selection.slug}/pengaturan`);
  await admin.getByRole("navigation", { name: "Bagian pengaturan" }).getByRole("link", { name: "Persyaratan" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Persyaratan administrasi");

  await admin.getByText("Usia pelamar", { exact: true }).click();
  const rule = admin.getByRole("form", { name: "Persyaratan Usia pelamar" });
  await rule.getByLabel("Usia paling tinggi (tahun)").fill("tiga puluh");
  await rule.getByRole("button", { name: "Simpan persyaratan" }).click();
  await expect(rule.getByText("Usia paling tinggi (tahun) harus bilangan bulat antara 1 dan 70")).toBeVisible();
  await expect(rule.getByLabel("Usia paling tinggi (tahun)")).toHaveValue("tiga puluh");
  await rule.getByLabel("Usia paling tinggi (tahun)").fill("40");
  await rule.getByRole("button", { name: "Simpan persyaratan" }).click();
  await expect(rule.getByRole("status")).toHaveText("Persyaratan disimpan.");
  await checkOpenForms(admin);
  const stored = await prisma.eligibilityRule.findFirstOrThrow({ where: { selectionId: selection.id, ruleId: "age_range" }, select: { params: true } });
  expect(stored.params).toEqual({ min: 18, max: 40 });

  // A rule of the catalogue the template lacks: its parameters appear once it is chosen.
  const add = admin.getByRole("form", { name: "Tambah persyaratan" });
  await add.getByLabel("Persyaratan", { exact: true }).selectOption({ label: "Kualifikasi pendidikan minimal" });
  await add.getByLabel("Bunyi persyaratan (seperti pada pengumuman)").fill("Berpendidikan paling rendah Diploma III.");
  await add.getByRole("button", { name: "Tambah persyaratan" }).click();
  await expect(add.getByText("Pilih pendidikan paling rendah")).toBeVisible();
  await add.getByLabel("Pendidikan paling rendah").selectOption("D3");
  await add.getByRole("button", { name: "Tambah persyaratan" }).click();
  await expect(admin.getByText("Kualifikasi pendidikan minimal", { exact: true })).toBeVisible();
  const addedRule = await prisma.eligibilityRule.findFirstOrThrow({ where: { selectionId: selection.id, ruleId: "education_min" }, select: { params: true, text: true } });
  expect(addedRule).toEqual({ params: { minimum: "D3" }, text: "Berpendidikan paling rendah Diploma III." });

  await admin.getByRole("navigation", { name: "Bagian pengaturan" }).getByRole("link", { name: "Berkas" }).click();
  await admin.getByText("2. Kartu Tanda Penduduk (KTP)", { exact: true }).click();
  const document = admin.getByRole("form", { name: "Berkas nomor 2" });
  await document.getByLabel("Jumlah rangkap").fill("2");
  await document.getByLabel("Bermeterai").check();
  await document.getByRole("button", { name: "Simpan berkas" }).click();
  await expect(document.getByRole("status")).toHaveText("Berkas disimpan.");
  await checkOpenForms(admin);
  await admin.getByRole("navigation", { name: "Bagian pengaturan" }).getByRole("link", { name: "Tahapan" }).click();
  await admin.getByText("Seleksi Kompetensi Dasar (SKD)", { exact: true }).click();
  await expect(admin.getByRole("form", { name: "Tahap Seleksi Kompetensi Dasar (SKD)" }).getByLabel("Bobot (%)")).toHaveValue("40");
  await checkOpenForms(admin);
  const ktp = await prisma.documentRequirement.findFirstOrThrow({ where: { selectionId: selection.id, number: 2 }, select: { copies: true, requiresStamp: true } });
  expect(ktp).toEqual({ copies: 2, requiresStamp: true });
});

test("after publication, the admin corrects the announcement number and a document with a reason; the public page shows both", async ({ browser }) => {
  const selection = await createCpnsSelection("konten-ralat");
  const admin = await pageAs(browser, "admin");
  await admin.goto(`/pansel/seleksi/${selection.slug}/pengaturan/syarat`);
  await expect(admin.getByTestId("persyaratan-terkunci")).toContainText("persyaratan dan parameternya terkunci");

  await admin.goto(`/pansel/seleksi/${selection.slug}/pengaturan`);
  const details = admin.getByRole("form", { name: "Koreksi data pengumuman" });
  const number = `800/RALAT/${selection.slug.slice(-6)}/2019`;
  await details.getByLabel("Nomor pengumuman").fill(number);
  await details.getByRole("button", { name: "Simpan koreksi" }).click();
  // No reason: refused beside the field, the new number stays typed.
  await expect(details.getByText("Tuliskan alasan perubahan (minimal 5 karakter)")).toBeVisible();
  await expect(details.getByLabel("Nomor pengumuman")).toHaveValue(number);
  await details.getByLabel("Alasan koreksi (tampil di halaman publik)").fill("Nomor pengumuman salah ketik");
  await details.getByRole("button", { name: "Simpan koreksi" }).click();
  await expect(details.getByRole("status")).toContainText("Koreksi disimpan");
  await checkOpenForms(admin);

  await admin.goto(`/pansel/seleksi/${selection.slug}/pengaturan/dokumen`);
  await admin.getByText("3. Ijazah dan transkrip nilai yang dilegalisir", { exact: true }).click();
  const document = admin.getByRole("form", { name: "Berkas nomor 3" });
  await document.getByLabel("Nama berkas").fill("Ijazah dan transkrip nilai yang dilegalisir pejabat berwenang");
  await document.getByLabel("Alasan koreksi (tampil di halaman publik)").fill("Menegaskan pejabat yang melegalisir");
  await document.getByRole("button", { name: "Simpan koreksi berkas" }).click();
  await expect(document.getByRole("status")).toContainText("Koreksi berkas disimpan");

  const visitor = readyAfterLoad(await (await browser.newContext()).newPage());
  await visitor.goto(`/seleksi/${selection.slug}`);
  await expect(visitor.getByText(`Pengumuman Nomor ${number}`)).toBeVisible();
  const history = visitor.getByRole("region", { name: "Riwayat perubahan pengumuman" });
  await expect(history.getByTestId("riwayat-perubahan")).toHaveCount(2);
  await expect(history.getByTestId("riwayat-perubahan").filter({ hasText: "Data pengumuman" })).toContainText("Alasan: Nomor pengumuman salah ketik");
  await expect(history.getByTestId("riwayat-perubahan").filter({ hasText: "Berkas nomor 3" })).toContainText("Ijazah dan transkrip nilai yang dilegalisir pejabat berwenang");
});
