import { extractPdfText } from "../fixtures/pdf-text";
import { makePdf, PNG_BYTES, TEXT_AS_PDF } from "../fixtures/pdf-files";
import { prisma } from "@/lib/db";
import { unusedNip } from "../factories/applications";
import { addDemoApplicantCopy } from "../factories/selections";
import { mailLinks, readOutboxMails } from "../factories/mail";
import { expect, serverInfo, test } from "./fixtures";

// The server's clock replays 28 Oct 2025 10:00 WIB (playwright.config.ts), inside the Singkawang
// registration window. A new applicant from Pemerintah Kota Pontianak goes from sign-up to proof.
test("a new applicant signs up, fills the CV, applies, uploads every document, submits and gets the proof", async ({ page }) => {
  test.slow();
  const suffix = Date.now().toString().slice(-3);
  const nip = `197805102003121${suffix}`; // born 1978-05-10, TMT CPNS 2003-12, male
  const name = "Rudi Hartono, S.E., M.Si.";

  // 1. Sign up.
  await page.goto("/daftar");
  await page.getByLabel("PNS (mendaftar seleksi JPT)").check();
  await page.getByLabel("Nama lengkap (dengan gelar)").fill(name);
  await page.getByLabel("NIP").fill(nip);
  await page.getByLabel("NIK").fill("6171011005780004");
  await page.getByLabel("E-mail").fill(`rudi${suffix}@example.go.id`);
  await page.getByLabel("Nomor HP").fill("081355556666");
  await page.getByLabel("Kata sandi", { exact: true }).fill("RudiHartono2025");
  await page.getByLabel("Ulangi kata sandi").fill("RudiHartono2025");
  await page.getByRole("button", { name: "Buat akun" }).click();
  // Sign-up answers alike whether or not the data was registered, so it does not sign in by itself.
  await expect(page.getByText(/Pendaftaran diterima/)).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Masuk" }).click();
  await page.getByLabel("E-mail atau NIP").fill(`rudi${suffix}@example.go.id`);
  await page.getByLabel("Kata sandi").fill("RudiHartono2025");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/akun/);

  // 1b. The address is not verified yet (a submission would be refused): the link from the welcome mail.
  await expect(page.getByTestId("email-belum-verifikasi")).toBeVisible();
  const welcome = (await readOutboxMails(`rudi${suffix}@example.go.id`, undefined, { containing: "/konfirmasi-email?token=" })).find((text) => text.includes("/konfirmasi-email?token="));
  const verifyLink = mailLinks(welcome ?? "").find((link) => link.includes("/konfirmasi-email?token="));
  expect(verifyLink).toMatch(new RegExp(`^${serverInfo().baseUrl.replace(/\./g, "\\.")}/konfirmasi-email\\?token=`));
  await page.goto(verifyLink!);
  await page.getByRole("button", { name: "Konfirmasi alamat e-mail" }).click();
  await expect(page.getByText("Alamat e-mail Anda telah terverifikasi.")).toBeVisible();

  // 2. The CV: personal data and the histories the requirements read.
  await page.goto("/akun/drh");
  const personal = page.getByRole("form", { name: "Data pribadi" });
  await personal.getByLabel("Jenis kelamin").selectOption("M");
  await personal.getByLabel("Tempat lahir").fill("Pontianak");
  await personal.getByLabel("Tanggal lahir").fill("1978-05-10");
  await personal.getByLabel("Status kepegawaian").selectOption("PNS");
  await personal.getByLabel("Pangkat/golongan ruang").selectOption("IV/b");
  await personal.getByLabel("Instansi").selectOption({ label: "Pemerintah Kota Pontianak" });
  await personal.getByLabel("Unit kerja").fill("Dinas Kesehatan");
  await personal.getByLabel("TMT CPNS").fill("2003-12-01");
  await personal.getByLabel("Jabatan terakhir").fill("Sekretaris Dinas Kesehatan");
  await personal.getByRole("button", { name: "Simpan data pribadi" }).click();
  await expect(personal.getByRole("status")).toHaveText("Data pribadi disimpan.");

  const positions = page.locator("#riwayat-jabatan");
  await positions.getByRole("button", { name: "Tambah riwayat jabatan" }).click();
  const positionForm = positions.getByRole("form", { name: "Tambah riwayat jabatan" });
  await positionForm.getByLabel("Nama jabatan").fill("Sekretaris Dinas Kesehatan");
  await positionForm.getByLabel("Jenjang jabatan").selectOption("ADMINISTRATOR");
  await positionForm.getByLabel("Eselon").selectOption("III.a");
  await positionForm.getByLabel("Tanggal mulai menjabat").fill("2019-01-02");
  await positionForm.getByLabel("Masih menjabat").check();
  await positionForm.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(positions.getByRole("status")).toHaveText("Riwayat jabatan ditambahkan.");

  const educations = page.locator("#riwayat-pendidikan");
  await educations.getByRole("button", { name: /Tambah riwayat pendidikan/ }).click();
  const educationForm = educations.getByRole("form", { name: /Tambah riwayat pendidikan/ });
  await educationForm.getByLabel("Jenjang pendidikan").selectOption("S2");
  await educationForm.getByLabel("Jurusan").fill("Magister Manajemen");
  await educationForm.getByLabel("Nama sekolah/universitas").fill("Universitas Tanjungpura");
  await educationForm.getByLabel("Tahun lulus").fill("2009");
  await educationForm.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(educations.getByRole("status")).toContainText("ditambahkan");

  const appraisals = page.locator("#penilaian-kinerja");
  for (const year of ["2023", "2024"]) {
    await appraisals.getByRole("button", { name: "Tambah penilaian kinerja" }).click();
    const form = appraisals.getByRole("form", { name: "Tambah penilaian kinerja" });
    await form.getByLabel("Tahun penilaian").fill(year);
    await form.getByRole("radio", { name: "Ya" }).check();
    await form.getByRole("button", { name: "Simpan", exact: true }).click();
    await expect(appraisals.getByRole("cell", { name: year, exact: true })).toBeVisible();
  }

  // 3. The checklist, then apply.
  await page.goto("/akun/lamar/sekda-singkawang-2025");
  await expect(page.locator('[data-rule-id="rank_min"]')).toHaveAttribute("data-status", "pass");
  await expect(page.locator('[data-rule-id="region_scope"]')).toHaveAttribute("data-status", "pass");
  await expect(page.locator('[data-rule-id="age_max"]')).toHaveAttribute("data-status", "pass");
  // The ASN Karier reminder quotes the announcement (III.1); the number is given here, in any case and spacing.
  await expect(page.getByTestId("asn-karier-pengingat")).toContainText(
    "Pendaftaran dilakukan secara daring melalui laman https://asnkarier.bkn.go.id/ selama 15 (lima belas) hari kalender",
  );
  await page.getByLabel("Nomor pendaftaran ASN Karier").fill("abc");
  await page.getByLabel(/bersedia mengikuti seluruh tahapan/).check();
  await page.getByLabel(/bersedia menetap/).check();
  await page.getByRole("button", { name: "Lamar sekarang" }).click();
  await expect(page.getByText(/Nomor pendaftaran ASN Karier tidak valid/)).toBeVisible();
  await page.getByLabel("Nomor pendaftaran ASN Karier").fill("asnk 2025 000123");
  await page.getByRole("button", { name: "Lamar sekarang" }).click();
  await expect(page).toHaveURL(/\/akun\/lamaran\/[a-z0-9]+$/);
  const registrationNumber = (await page.getByTestId("nomor-pendaftaran").textContent())?.trim() ?? "";
  expect(registrationNumber).toMatch(/^6172-25-SEKDA-\d{5}-\d$/);
  await expect(page.getByRole("textbox", { name: "Nomor pendaftaran ASN Karier" })).toHaveValue("ASNK2025000123");

  // Before anything is uploaded: the counter near the top, a jump link, and what is missing, before pressing "Kirim lamaran".
  await expect(page.getByTestId("jumlah-berkas")).toHaveText("0 dari 19 berkas terunggah");
  await expect(page.getByRole("link", { name: /Ke bagian Kirim lamaran/ })).toHaveAttribute("href", "#kirim");
  const missingBefore = page.getByTestId("kekurangan-sebelum-kirim");
  await expect(missingBefore).toContainText("Berkas 1 belum diunggah");
  await expect(missingBefore).toContainText("Berkas 21 belum diunggah");
  await expect(missingBefore).not.toContainText("Berkas 23");

  // 4. The pre-filled application letter carries the applicant's name and NIP.
  const letterHref = await page.getByRole("link", { name: /Lampiran I: / }).getAttribute("href");
  const letter = await page.request.get(letterHref!);
  expect(letter.status()).toBe(200);
  const letterText = await extractPdfText(new Uint8Array(await letter.body()));
  expect(letterText).toContain("SURAT LAMARAN");
  expect(letterText).toContain(name);
  expect(letterText).toContain(nip);

  // 5. Every document due at registration; item 21 applies (Pontianak is outside the organiser).
  const pdf = await makePdf({ text: "Berkas uji" });
  const due = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 17, 18, 19, 20, 21, 22];
  for (const number of due) {
    const row = page.getByTestId(`berkas-${number}`);
    const file =
      number === 17
        ? { name: "pas-foto.png", mimeType: "image/png", buffer: PNG_BYTES }
        : { name: `berkas-${number}.pdf`, mimeType: "application/pdf", buffer: pdf };
    await row.locator('input[type="file"]').setInputFiles(file);
    await expect(row.getByText("Berkas tersimpan sebagai versi 1.")).toBeVisible();
  }

  // 6. A renamed text file is refused with the reason; version 1 stays.
  const first = page.getByTestId("berkas-1");
  await first.locator('input[type="file"]').setInputFiles({ name: "palsu.pdf", mimeType: "application/pdf", buffer: TEXT_AS_PDF });
  await expect(first.locator("[data-form-error]")).toContainText(/PDF/);
  await expect(first.getByText("berkas-1.pdf")).toBeVisible();

  // 7. Submit after confirming.
  await page.reload();
  await expect(page.getByTestId("jumlah-berkas")).toHaveText("19 dari 19 berkas terunggah");
  await expect(page.getByTestId("siap-kirim")).toBeVisible();
  await page.getByRole("button", { name: "Kirim lamaran" }).click();
  await page.getByRole("button", { name: "Ya, kirim lamaran" }).click();
  await expect(page.getByText("Lamaran berhasil dikirim")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Terkirim, menunggu verifikasi")).toBeVisible();
  await expect(page.getByTestId("nomor-asn-karier")).toHaveText("ASNK2025000123");
  await expect(page.getByTestId("penghitung-berkas")).toHaveCount(0);

  // 8. The registration proof, and the event on the timeline and in the notifications.
  const proofHref = await page.getByRole("link", { name: /Unduh bukti pendaftaran/ }).getAttribute("href");
  const proof = await page.request.get(proofHref!);
  expect(proof.status()).toBe(200);
  const proofText = await extractPdfText(new Uint8Array(await proof.body()));
  expect(proofText).toContain("BUKTI PENDAFTARAN");
  expect(proofText).toContain(registrationNumber);
  expect(proofText).toContain(nip);
  await expect(page.getByTestId("linimasa")).toContainText(`Lamaran ${registrationNumber} telah dikirim`);
  await expect(page.getByTestId("jumlah-notifikasi")).toContainText("1");

  // 9. The proof's code verifies publicly; a wrong code does not.
  const code = /Kode verifikasi\s*:?\s*([0-9A-F]{12})/.exec(proofText)?.[1];
  expect(code).toBeTruthy();
  await page.goto(`/verifikasi?nomor=${encodeURIComponent(registrationNumber)}&kode=${code}`);
  await expect(page.getByTestId("hasil-verifikasi")).toHaveText("Bukti pendaftaran sah.");
  await page.goto(`/verifikasi?nomor=${encodeURIComponent(registrationNumber)}&kode=000000000000`);
  await expect(page.getByTestId("hasil-verifikasi")).toContainText("tidak dapat diverifikasi");
});

test("an applicant with rank IV/a sees the rank rule fail, cannot submit, and passes after correcting to IV/b", async ({ page, signInAs }) => {
  // An applicant of this test's own with a copy of the demo applicant Yohanes's CV (rank IV/a).
  const yohanes = await addDemoApplicantCopy("yohanes@demo.seleksi.id");
  await signInAs({ email: yohanes.email });
  await page.goto("/akun/lamar/sekda-singkawang-2025");
  const rank = page.locator('[data-rule-id="rank_min"]');
  await expect(rank).toHaveAttribute("data-status", "fail");
  await expect(rank).toContainText("IV/b");
  await page.getByLabel(/bersedia mengikuti seluruh tahapan/).check();
  await page.getByLabel(/bersedia menetap/).check();
  await page.getByRole("button", { name: "Lamar sekarang" }).click();
  await expect(page).toHaveURL(/\/akun\/lamaran\//);
  const applicationUrl = page.url();

  await page.getByRole("button", { name: "Kirim lamaran" }).click();
  await page.getByRole("button", { name: "Ya, kirim lamaran" }).click();
  const problems = page.getByTestId("daftar-kekurangan");
  await expect(problems).toContainText("Pangkat");
  await expect(problems).toContainText("IV/a");

  await page.goto("/akun/drh");
  const personal = page.getByRole("form", { name: "Data pribadi" });
  await personal.getByLabel("Pangkat/golongan ruang").selectOption("IV/b");
  await personal.getByRole("button", { name: "Simpan data pribadi" }).click();
  await expect(personal.getByRole("status")).toHaveText("Data pribadi disimpan.");

  await page.goto(applicationUrl);
  await expect(page.locator('[data-rule-id="rank_min"]')).toHaveAttribute("data-status", "pass");
  await page.getByRole("button", { name: "Kirim lamaran" }).click();
  await page.getByRole("button", { name: "Ya, kirim lamaran" }).click();
  await expect(problems).not.toContainText("Pangkat");
});

test("a former JPT aged 57 reads the no-MPP tick as pending and is asked for the signed statement (item 23)", async ({ page, signInAs }) => {
  // A copy of the demo applicant Ahmad, made 57 on the reference date (1 Dec 2025) and Kepala Dinas (JPT Pratama) since 2019.
  const applicant = await addDemoApplicantCopy("pelamar@demo.seleksi.id");
  const nip = await unusedNip("196806151994031");
  await prisma.user.update({ where: { id: applicant.userId }, data: { nip } });
  const profile = await prisma.applicantProfile.update({
    where: { userId: applicant.userId },
    data: { nip, birthDate: new Date("1968-06-15T00:00:00Z") },
    select: { id: true },
  });
  await prisma.positionHistory.create({
    data: { profileId: profile.id, title: "Kepala Dinas Pendidikan", level: "JPT_PRATAMA", eselon: "II.b", startDate: new Date("2019-01-02T00:00:00Z") },
  });
  await signInAs({ email: applicant.email });

  await page.goto("/akun/lamar/sekda-singkawang-2025");
  const age = page.locator('[data-rule-id="age_max"]');
  await expect(age).toHaveAttribute("data-status", "fail");
  await page.getByLabel(/bersedia tidak mengajukan masa persiapan pensiun/).check();
  await expect(age).toHaveAttribute("data-status", "pending");
  await expect(age).toContainText("menunggu verifikasi surat pernyataan");
  await expect(page.getByTestId("eligibility-verdict")).toHaveText("MENUNGGU VERIFIKASI");
  await page.getByLabel(/bersedia mengikuti seluruh tahapan/).check();
  await page.getByLabel(/bersedia menetap/).check();
  await page.getByRole("button", { name: "Lamar sekarang" }).click();
  await expect(page).toHaveURL(/\/akun\/lamaran\/[a-z0-9]+$/);

  // The checklist waits for the statement; the statement is required (item 23) and counted.
  await expect(page.locator('[data-rule-id="age_max"]')).toHaveAttribute("data-status", "pending");
  await expect(page.getByTestId("wajib-58-23")).toBeVisible();
  await expect(page.getByTestId("jumlah-berkas")).toHaveText("0 dari 19 berkas terunggah");
  await expect(page.getByTestId("kekurangan-sebelum-kirim")).toContainText("Berkas 23 belum diunggah");

  // The draft's declarations can still change: without the tick the 58-year path is gone (the age rule fails and
  // item 23 is not asked for); ticked again, it is back.
  const declarations = page.getByRole("form", { name: "Ubah pernyataan" });
  const noMpp = declarations.getByLabel(/bersedia tidak mengajukan masa persiapan pensiun/);
  await expect(noMpp).toBeChecked();
  await noMpp.uncheck();
  await declarations.getByRole("button", { name: "Simpan pernyataan" }).click();
  await expect(declarations.getByText("Pernyataan disimpan.")).toBeVisible();
  await expect(page.locator('[data-rule-id="age_max"]')).toHaveAttribute("data-status", "fail");
  await expect(page.getByTestId("jumlah-berkas")).toHaveText("0 dari 18 berkas terunggah");
  await noMpp.check();
  await declarations.getByRole("button", { name: "Simpan pernyataan" }).click();
  await expect(page.locator('[data-rule-id="age_max"]')).toHaveAttribute("data-status", "pending");
  await expect(page.getByTestId("jumlah-berkas")).toHaveText("0 dari 19 berkas terunggah");
});
