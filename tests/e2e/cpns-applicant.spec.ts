import type { SelectionSeed } from "@/lib/selection-setup/types";
import { utcToWibCalendarDate, utcToWibDateTime, wibToUtc } from "@/lib/dates/wib";
import { makePdf, PNG_BYTES } from "../fixtures/pdf-files";
import { uniqueNik } from "../factories/applications";
import { createCpnsSelection } from "../factories/cpns";
import { mailLinks, readOutboxMails } from "../factories/mail";
import { expect, test } from "./fixtures";
import { fillCpnsCv } from "./cpns-cv";

// The e2e server replays 28 Oct 2025 10:00 WIB (playwright.config.ts); the factory dates its selection from
// the real clock, so every date of the seed moves by the same amount to open registration on the server's day.
const SERVER_NOW = new Date("2025-10-28T03:00:00Z");

function onServerClock(seed: SelectionSeed): SelectionSeed {
  const shift = SERVER_NOW.getTime() - Date.now();
  const moved = (wib: string) => utcToWibDateTime(new Date(wibToUtc(wib as never).getTime() + shift));
  const movedDay = (day: string) => utcToWibCalendarDate(new Date(new Date(`${day}T05:00:00Z`).getTime() + shift));
  // Registration opens the day before Singkawang 2025's (22 October), so that Singkawang stays the newest
  // open selection, the self-check's default, for the specs running beside this one.
  const opensAt = "2025-10-21T08:00";
  return {
    ...seed,
    registrationOpensAt: opensAt,
    registrationClosesAt: moved(seed.registrationClosesAt),
    documentDeadlineAt: moved(seed.documentDeadlineAt),
    announcementDate: movedDay(seed.announcementDate),
    referenceDatePlanned: movedDay(seed.referenceDatePlanned),
    stages: seed.stages.map((stage) => ({ ...stage, startsAt: stage.kind === "REGISTRATION" ? opensAt : moved(stage.startsAt), endsAt: moved(stage.endsAt) })),
  };
}

// A visitor who is not a civil servant signs up with her NIK, fills the CV minimum, applies to one formation
// of a CPNS selection, uploads the selection's documents, submits and reads her registration number.
test("a non-PNS visitor signs up by NIK and applies to one CPNS formation", async ({ page }) => {
  test.slow();
  const selection = await createCpnsSelection("e2e", onServerClock);
  const [s1Formation] = selection.vacancies;
  // A woman born 1 July 1998: the NIK's day is 01 + 40.
  const random = uniqueNik();
  const nik = `${random.slice(0, 6)}410798${random.slice(12)}`;
  const email = `cpns.${random.slice(4)}@example.com`;

  // 1. Sign up: "Bukan PNS" asks no NIP; a wrong NIK is refused and the form keeps what was typed.
  await page.goto("/daftar");
  await page.getByLabel("Bukan PNS (pelamar CPNS)").check();
  await expect(page.getByLabel("NIP")).toHaveCount(0);
  await page.getByLabel("Nama lengkap (dengan gelar)").fill("Nadia Putri, S.Kom.");
  await page.getByLabel("NIK").fill(`${nik.slice(0, 6)}720798${nik.slice(12)}`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Nomor HP").fill("081366667777");
  await page.getByLabel("Kata sandi", { exact: true }).fill("NadiaPutri2025");
  await page.getByLabel("Ulangi kata sandi").fill("NadiaPutri2025");
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText(/Digit ke-7 sampai ke-12 NIK harus tanggal lahir yang valid/)).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveValue(email);
  await page.getByLabel("NIK").fill(nik);
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText(/Pendaftaran diterima/)).toBeVisible();

  await page.getByRole("main").getByRole("link", { name: "Masuk" }).click();
  await page.getByLabel("E-mail atau NIP").fill(email);
  await page.getByLabel("Kata sandi").fill("NadiaPutri2025");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/akun/);
  const welcome = (await readOutboxMails(email, undefined, { containing: "/konfirmasi-email?token=" })).find((text) => text.includes("/konfirmasi-email?token="));
  const verifyLink = mailLinks(welcome ?? "").find((link) => link.includes("/konfirmasi-email?token="));
  await page.goto(verifyLink!);
  await page.getByRole("button", { name: "Konfirmasi alamat e-mail" }).click();
  await expect(page.getByText("Alamat e-mail Anda telah terverifikasi.")).toBeVisible();

  // 2. The CV minimum: status, birth date and gender came from the NIK; rank, positions and appraisals are not asked.
  await page.goto("/akun/drh");
  const personal = page.getByRole("form", { name: "Data pribadi" });
  await expect(personal.getByLabel("Status kepegawaian")).toHaveValue("NON_ASN");
  await expect(personal.getByLabel("Tanggal lahir")).toHaveValue("1998-07-01");
  await expect(personal.getByLabel("Jenis kelamin")).toHaveValue("F");
  await fillCpnsCv(page);
  const educations = page.locator("#riwayat-pendidikan");
  await expect(educations.getByRole("cell", { name: "Unggul", exact: true })).toBeVisible();
  await page.reload();
  // Two required parts for her (personal data and education), not the five of a PNS.
  await expect(page.getByTestId("kelengkapan-ringkas")).toContainText("dari 2 bagian wajib lengkap");

  // 3. Apply to one formation: the education rule reads the formation chosen; each rule shows its reason.
  await page.goto(`/akun/lamar/${selection.slug}`);
  await expect(page.getByTestId("kelayakan-formasi")).toContainText("Pilih formasi");
  await page.getByLabel(/Perawat Terampil/).check();
  await expect(page.locator('[data-rule-id="education_in_formation"]')).toHaveAttribute("data-status", "fail");
  await page.getByLabel(/Pranata Komputer Ahli Pertama/).check();
  await expect(page.getByTestId("kelayakan-formasi")).toContainText("Pranata Komputer Ahli Pertama");
  for (const rule of ["age_range", "not_civil_servant", "education_in_formation"]) {
    await expect(page.locator(`[data-rule-id="${rule}"]`)).toHaveAttribute("data-status", "pass");
  }
  await expect(page.getByLabel(/masa persiapan pensiun/)).toHaveCount(0);
  await page.getByLabel(/bersedia mengikuti seluruh tahapan/).check();
  await page.getByLabel(/bersedia ditempatkan di seluruh wilayah Negara Kesatuan Republik Indonesia/).check();
  await page.getByRole("button", { name: "Lamar sekarang" }).click();
  await expect(page).toHaveURL(/\/akun\/lamaran\/[a-z0-9]+$/);
  const registrationNumber = (await page.getByTestId("nomor-pendaftaran").textContent())?.trim() ?? "";
  expect(registrationNumber).toMatch(new RegExp(`^1373-25-${s1Formation!.code}-\\d{5}-\\d$`));

  // A second formation of the same selection: the apply page sends her back to her application.
  await page.goto(`/akun/lamar/${selection.slug}`);
  await expect(page).toHaveURL(/\/akun\/lamaran\//);

  // 4. The selection's own four documents, then submit.
  await expect(page.getByTestId("jumlah-berkas")).toHaveText("0 dari 4 berkas terunggah");
  const pdf = await makePdf({ text: "Berkas uji CPNS" });
  for (const number of [1, 2, 3, 4]) {
    const row = page.getByTestId(`berkas-${number}`);
    const file = number === 4 ? { name: "pas-foto.png", mimeType: "image/png", buffer: PNG_BYTES } : { name: `berkas-${number}.pdf`, mimeType: "application/pdf", buffer: pdf };
    await row.locator('input[type="file"]').setInputFiles(file);
    await expect(row.getByText("Berkas tersimpan sebagai versi 1.")).toBeVisible();
  }
  await page.reload();
  await expect(page.getByTestId("jumlah-berkas")).toHaveText("4 dari 4 berkas terunggah");
  await page.getByRole("button", { name: "Kirim lamaran" }).click();
  await page.getByRole("button", { name: "Ya, kirim lamaran" }).click();
  await expect(page.getByText("Lamaran berhasil dikirim")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Terkirim, menunggu verifikasi")).toBeVisible();
  await expect(page.getByTestId("nomor-pendaftaran")).toHaveText(registrationNumber);
});
