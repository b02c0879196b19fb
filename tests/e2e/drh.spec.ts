import { addDemoApplicantCopy } from "../factories/selections";
import { expect, test as base } from "./fixtures";

// The CV of an applicant of each test's own: a new account with a copy of the demo applicant's CV
// (prisma/seed-data/demo.ts), so no test changes what another test or spec reads.
const test = base.extend<{ applicantEmail: string }>({
  applicantEmail: async ({}, use) => {
    await use((await addDemoApplicantCopy("pelamar@demo.seleksi.id")).email);
  },
});

test("the applicant changes the rank to IV/a and back; each save is confirmed and kept", async ({ signInAs, applicantEmail }) => {
  const page = await signInAs({ email: applicantEmail });
  await page.goto("/akun");
  await page.getByRole("link", { name: "Daftar Riwayat Hidup" }).first().click();
  await expect(page).toHaveURL(/\/akun\/drh$/);
  await expect(page.getByRole("heading", { level: 1, name: "Daftar Riwayat Hidup" })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Bagian wajib yang lengkap" })).toBeVisible();

  const form = page.getByRole("form", { name: "Data pribadi" });
  const rank = form.getByLabel("Pangkat/golongan ruang");
  await expect(rank).toHaveValue("IV/b");
  await rank.selectOption("IV/a");
  await form.getByRole("button", { name: "Simpan data pribadi" }).click();
  await expect(form.getByRole("status")).toHaveText("Data pribadi disimpan.");

  await page.reload();
  await expect(rank).toHaveValue("IV/a");

  // Back again from the same page after a save: the form carries the new version.
  await rank.selectOption("IV/b");
  await form.getByRole("button", { name: "Simpan data pribadi" }).click();
  await expect(form.getByRole("status")).toHaveText("Data pribadi disimpan.");
  await page.reload();
  await expect(rank).toHaveValue("IV/b");
});

test("a save from a stale tab is refused, and what was typed stays", async ({ signInAs, applicantEmail }) => {
  const page = await signInAs({ email: applicantEmail });
  await page.goto("/akun/drh");
  const other = await page.context().newPage();
  await other.goto("/akun/drh");

  // The second tab saves first (unchanged values), so the first tab now holds an old version.
  const otherForm = other.getByRole("form", { name: "Data pribadi" });
  await otherForm.getByRole("button", { name: "Simpan data pribadi" }).click();
  await expect(otherForm.getByRole("status")).toHaveText("Data pribadi disimpan.");

  const form = page.getByRole("form", { name: "Data pribadi" });
  await form.getByLabel("Jabatan terakhir").fill("Jabatan dari tab lama");
  await form.getByRole("button", { name: "Simpan data pribadi" }).click();
  await expect(form.locator("[data-form-error]")).toContainText("Data ini telah diubah di tab/perangkat lain");
  await expect(form.getByLabel("Jabatan terakhir")).toHaveValue("Jabatan dari tab lama");

  await page.reload();
  await expect(form.getByLabel("Jabatan terakhir")).toHaveValue("Kepala Bidang Perencanaan Ekonomi");
  await other.close();
});

test("the applicant adds a position and a training, sees them listed, and deletes them after confirming", async ({ signInAs, applicantEmail }) => {
  const page = await signInAs({ email: applicantEmail });
  await page.goto("/akun/drh");

  const positions = page.locator("#riwayat-jabatan");
  await positions.getByRole("button", { name: "Tambah riwayat jabatan" }).click();
  const positionForm = positions.getByRole("form", { name: "Tambah riwayat jabatan" });
  await positionForm.getByLabel("Nama jabatan").fill("Kepala Seksi Data Uji");
  await positionForm.getByLabel("Jenjang jabatan").selectOption("PENGAWAS");
  await positionForm.getByLabel("Eselon").selectOption("IV.b");
  await positionForm.getByLabel("Nomor SK").fill("821.2/77/BKD");
  await positionForm.getByLabel("Tanggal mulai menjabat").fill("2010-01-04");
  await positionForm.getByLabel("Tanggal selesai menjabat").fill("2014-02-02");
  await positionForm.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(positions.getByRole("status")).toHaveText("Riwayat jabatan ditambahkan.");
  await expect(positions.getByRole("cell", { name: "Kepala Seksi Data Uji", exact: true })).toBeVisible();
  await expect(positions.getByRole("cell", { name: "4 Januari 2010 – 2 Februari 2014", exact: true })).toBeVisible();

  const trainings = page.locator("#riwayat-diklat");
  await expect(trainings.getByText("Belum ada riwayat diklat atau pelatihan")).toBeVisible();
  await trainings.getByRole("button", { name: "Tambah riwayat diklat" }).click();
  const trainingForm = trainings.getByRole("form", { name: "Tambah riwayat diklat" });
  await trainingForm.getByLabel("Nama diklat/shortcourse/workshop").fill("Pelatihan Kepemimpinan Administrator");
  await trainingForm.getByLabel("Lembaga penyelenggara").fill("BPSDM Provinsi Kalimantan Barat");
  await trainingForm.getByLabel("Tahun").fill("2015");
  await trainingForm.getByLabel("Pelatihan kepemimpinan (PIM/PKA/PKN)").check();
  await trainingForm.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(trainings.getByRole("status")).toHaveText("Riwayat diklat ditambahkan.");
  await expect(trainings.getByRole("cell", { name: "Pelatihan Kepemimpinan Administrator (kepemimpinan)", exact: true })).toBeVisible();

  // Both survive a reload, and the printable Lampiran II lists them.
  await page.reload();
  await expect(positions.getByRole("cell", { name: "Kepala Seksi Data Uji", exact: true })).toBeVisible();
  await page.goto("/akun/drh/cetak");
  await expect(page.getByRole("heading", { name: "DAFTAR RIWAYAT HIDUP" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Pelatihan Kepemimpinan Administrator", exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Kepala Seksi Data Uji", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cetak DRH" })).toBeVisible();

  await page.goto("/akun/drh");
  // Cancelling the confirmation keeps the row.
  await trainings.getByRole("button", { name: "Hapus riwayat diklat: Pelatihan Kepemimpinan Administrator" }).click();
  const dialog = page.getByRole("dialog", { name: "Hapus riwayat diklat?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Batal" }).click();
  await expect(dialog).toBeHidden();
  await expect(trainings.getByRole("cell", { name: "Pelatihan Kepemimpinan Administrator (kepemimpinan)", exact: true })).toBeVisible();

  await trainings.getByRole("button", { name: "Hapus riwayat diklat: Pelatihan Kepemimpinan Administrator" }).click();
  await dialog.getByRole("button", { name: "Ya, hapus" }).click();
  await expect(trainings.getByRole("status")).toHaveText("Riwayat diklat dihapus.");
  await expect(trainings.getByText("Belum ada riwayat diklat atau pelatihan")).toBeVisible();

  await positions.getByRole("button", { name: "Hapus riwayat jabatan: Kepala Seksi Data Uji" }).click();
  await page.getByRole("dialog", { name: "Hapus riwayat jabatan?" }).getByRole("button", { name: "Ya, hapus" }).click();
  await expect(positions.getByRole("status")).toHaveText("Riwayat jabatan dihapus.");
  await expect(positions.getByRole("cell", { name: "Kepala Seksi Data Uji", exact: true })).toHaveCount(0);
});

test("an end date before the start shows an Indonesian error beside the field; the other values stay", async ({ signInAs, applicantEmail }) => {
  const page = await signInAs({ email: applicantEmail });
  await page.goto("/akun/drh");
  const positions = page.locator("#riwayat-jabatan");
  await positions.getByRole("button", { name: "Tambah riwayat jabatan" }).click();
  const form = positions.getByRole("form", { name: "Tambah riwayat jabatan" });
  await form.getByLabel("Nama jabatan").fill("Sekretaris Dinas");
  await form.getByLabel("Jenjang jabatan").selectOption("ADMINISTRATOR");
  await form.getByLabel("Tanggal mulai menjabat").fill("2024-05-01");
  await form.getByLabel("Tanggal selesai menjabat").fill("2023-01-01");
  await form.getByRole("button", { name: "Simpan", exact: true }).click();

  const endDate = form.getByLabel("Tanggal selesai menjabat");
  await expect(endDate).toHaveAttribute("aria-invalid", "true");
  await expect(form.locator("#positions-endDate-error")).toHaveText("Tanggal selesai menjabat tidak boleh sebelum tanggal mulai");
  await expect(form.getByLabel("Nama jabatan")).toHaveValue("Sekretaris Dinas");
  await expect(form.getByLabel("Jenjang jabatan")).toHaveValue("ADMINISTRATOR");
  await expect(form.getByLabel("Tanggal mulai menjabat")).toHaveValue("2024-05-01");

  // Nothing was stored; cancelling leaves the list as it was.
  await form.getByRole("button", { name: "Batal" }).click();
  await expect(positions.getByRole("cell", { name: "Sekretaris Dinas", exact: true })).toHaveCount(0);
});

test("on a phone the history rows stack and stay readable", async ({ signInAs, applicantEmail }) => {
  const page = await signInAs({ email: applicantEmail });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/akun/drh");
  const positions = page.locator("#riwayat-jabatan");
  const firstCell = positions.getByText("Kepala Bidang Perencanaan Ekonomi", { exact: true });
  await expect(firstCell).toBeVisible();
  // Stacked: the cell spans the card's width instead of sharing a row with the other columns.
  const box = await firstCell.boundingBox();
  const card = await positions.boundingBox();
  expect(box && card ? box.width / card.width : 0).toBeGreaterThan(0.8);
});
