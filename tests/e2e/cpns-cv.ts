// A non-ASN applicant's CV as the CPNS specs fill it: the place of birth, then an S1 in Informatika with the
// diploma date, GPA and accreditation the formations ask for.
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

export async function fillCpnsCv(page: Page): Promise<void> {
  const personal = page.getByRole("form", { name: "Data pribadi" });
  await personal.getByLabel("Tempat lahir").fill("Sawahlunto");
  await personal.getByRole("button", { name: "Simpan data pribadi" }).click();
  await expect(personal.getByRole("status")).toHaveText("Data pribadi disimpan.");

  const educations = page.locator("#riwayat-pendidikan");
  await educations.getByRole("button", { name: /Tambah riwayat pendidikan/ }).click();
  const educationForm = educations.getByRole("form", { name: /Tambah riwayat pendidikan/ });
  await educationForm.getByLabel("Jenjang pendidikan").selectOption("S1");
  await educationForm.getByLabel("Jurusan").fill("Informatika");
  await educationForm.getByLabel("Nama sekolah/universitas").fill("Universitas Andalas");
  await educationForm.getByLabel("Tahun lulus").fill("2020");
  await educationForm.getByLabel("Tanggal ijazah").fill("2020-10-01");
  await educationForm.getByLabel("IPK").fill("3,41");
  await educationForm.getByLabel("Akreditasi program studi").selectOption("UNGGUL");
  await educationForm.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(educations.getByRole("status")).toContainText("ditambahkan");
}
