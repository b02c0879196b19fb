import { createApplication } from "@/lib/applications/mutations";
import { prisma } from "@/lib/db";
import { wibToUtc } from "@/lib/dates/wib";
import { attachAllRegistrationDocuments } from "../factories/applications";
import { addDemoApplicantCopy, copySelection } from "../factories/selections";
import { expect, pageAs, test } from "./fixtures";

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

test("registration closed with too few applicants is extended; a draft is then sent in the extended window", async ({ browser }) => {
  test.setTimeout(test.info().timeout * 2);
  // A selection of this test's own whose registration closed yesterday (the e2e clock is 28 October 2025,
  // 10:00 WIB), with an applicant's draft started before the closing, every document uploaded.
  const selection = await copySelection({ label: "perpanjangan" });
  const closedAt = wibToUtc("2025-10-27T16:00");
  await prisma.stage.updateMany({ where: { selectionId: selection.id, kind: "REGISTRATION" }, data: { endsAt: closedAt } });
  await prisma.selection.update({ where: { id: selection.id }, data: { registrationClosesAt: closedAt, documentDeadlineAt: closedAt } });
  const applicant = await addDemoApplicantCopy("pelamar@demo.seleksi.id");
  const { applicationId } = await createApplication({
    userId: applicant.userId,
    vacancyId: selection.vacancyId,
    declarations: { willingAllStages: true, willingToReside: true, noMppStatement: false },
    ip: null,
    now: wibToUtc("2025-10-27T09:00"),
  });
  await attachAllRegistrationDocuments(applicationId, applicant.userId);

  const page = await pageAs(browser, { email: applicant.email });
  await page.goto(`/akun/lamaran/${applicationId}`);
  await expect(page.getByText(/Batas akhir pengiriman: Senin, 27 Oktober 2025/)).toBeVisible();
  await page.getByRole("button", { name: "Kirim lamaran" }).click();
  await page.getByRole("button", { name: "Ya, kirim lamaran" }).click();
  await expect(page.getByText(/Batas waktu pengiriman \(.*\) telah lewat/).first()).toBeVisible();

  // The dashboard says registration closed short of the minimum, and leads to the extension.
  const staff = await pageAs(browser, "secretariat");
  await staff.goto(`/pansel/seleksi/${selection.slug}`);
  const shortfall = staff.getByTestId("pelamar-kurang");
  await expect(shortfall).toContainText("kurang dari 4 orang per jabatan");
  await expect(shortfall).toContainText("10 November 2025");
  await shortfall.getByRole("link", { name: "Perpanjang pendaftaran →" }).click();
  const form = staff.getByRole("form", { name: /Ubah jadwal Pendaftaran/ });
  await form.getByLabel("Selesai (WIB)").fill("2025-11-12T16:00");
  await form.getByLabel("Alasan perubahan (diumumkan)").fill("Jumlah pelamar belum memenuhi jumlah minimal");
  await form.getByRole("button", { name: "Ubah jadwal" }).click();
  // Past 2 × 7 days from the announced closing: refused beside the field, the reason kept.
  await expect(form.getByText(/paling lama 2 × 7 hari dari penutupan semula, yaitu sampai 10 November 2025/)).toBeVisible();
  await expect(form.getByLabel("Alasan perubahan (diumumkan)")).toHaveValue("Jumlah pelamar belum memenuhi jumlah minimal");
  await form.getByLabel("Selesai (WIB)").fill("2025-11-03T16:00");
  await form.getByRole("button", { name: "Ubah jadwal" }).click();
  await expect(form.getByRole("status")).toContainText("Jadwal diubah");

  // The public page's deadline is the new one, and registration is open again (the apply button is back).
  await page.goto(`/seleksi/${selection.slug}`);
  await expect(page.getByTestId("batas-dokumen")).toContainText("3 November 2025");
  await expect(page.getByRole("link", { name: "Lamar jabatan ini" })).toBeVisible();

  await page.goto(`/akun/lamaran/${applicationId}`);
  await expect(page.getByText(/Batas akhir pengiriman: Senin, 3 November 2025/)).toBeVisible();
  await page.getByRole("button", { name: "Kirim lamaran" }).click();
  await page.getByRole("button", { name: "Ya, kirim lamaran" }).click();
  await expect(page.getByText("Lamaran berhasil dikirim")).toBeVisible();
});
