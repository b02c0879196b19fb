import { copySelection } from "../factories/selections";
import { expect, test } from "./fixtures";

// The stage is moved on a selection of the test's own (a copy of the Singkawang 2025 selection, schedule
// included): the change is public, and no other spec should find the schedule it reads changed.

test("the secretariat moves the paper stage; the public schedule shows the change with its reason", async ({ signInAs }) => {
  const selection = await copySelection({ label: "jadwal" });
  const page = await signInAs("secretariat");
  await page.goto(`/pansel/seleksi/${selection.slug}/jadwal`);
  const form = page.getByRole("form", { name: /Ubah jadwal Seleksi Kompetensi Teknis/ });
  await form.getByLabel("Mulai (WIB)").fill("2025-11-10T13:00");
  await form.getByLabel("Selesai (WIB)").fill("2025-11-10T08:00");
  await form.getByLabel("Alasan perubahan (diumumkan)").fill("Ruang ujian dipakai kegiatan lain");
  await form.getByRole("button", { name: "Ubah jadwal" }).click();
  // The end before the start is refused beside the field, and the reason stays typed.
  await expect(form.getByText("Waktu selesai tidak boleh sebelum waktu mulai")).toBeVisible();
  await expect(form.getByLabel("Alasan perubahan (diumumkan)")).toHaveValue("Ruang ujian dipakai kegiatan lain");

  await form.getByLabel("Selesai (WIB)").fill("2025-11-10T17:00");
  await form.getByRole("button", { name: "Ubah jadwal" }).click();
  await expect(form.getByRole("status")).toContainText("Jadwal diubah");

  await page.goto(`/seleksi/${selection.slug}`);
  const stage = page.getByTestId("tahap").filter({ hasText: "Pembuatan Makalah" });
  await expect(stage).toContainText("Diubah");
  await expect(stage).toContainText("Ruang ujian dipakai kegiatan lain");
  await page.goto("/pengumuman");
  // The change is announced for this selection (its announcement's address starts with the selection's).
  await expect(page.locator(`a[href^="/pengumuman/${selection.slug}-jadwal-"]`)).toHaveText(/Perubahan jadwal: Seleksi Kompetensi Teknis/);
});

test("an applicant cannot open the schedule editor", async ({ signInAs }) => {
  const page = await signInAs("applicant");
  const response = await page.goto("/pansel/seleksi/sekda-singkawang-2025/jadwal");
  expect(response?.status()).toBe(403);
});
