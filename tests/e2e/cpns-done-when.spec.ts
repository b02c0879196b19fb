// #15, "Done when" (first item): a CPNS selection run end to end in the browser, with no developer.
// The admin creates it from the CPNS template, replaces the template's sample formations with one of quota 2,
// seats a secretariat member and a chair (accounts made here) and publishes. A visitor signs up with her NIK,
// applies to the formation with the selection's documents and submits. The secretariat verifies her documents
// and passes her; the chair publishes the administrative result, imports the SKD file, then the SKB file, and
// publishes the formation's final ranking; the public reads it.
//
// Two other candidates of the same formation come from the CPNS factory (tests/factories/cpns.ts): already
// submitted with a verified document and an MS decision by this spec's secretariat member, so the ranking has
// three people and two places. No clock moves: the e2e server stands at 28 Oct 2025 10:00 WIB; registration
// opens on 1 October 2025 (before Singkawang's 22 October, so Singkawang stays the default selection) and the
// template's 56 days keep it open. The administrative result is published while registration is still open
// (nothing in the product waits for its closing), which closes the selection for the scoring stages.
import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { prisma } from "@/lib/db";
import { uniqueNik } from "../factories/applications";
import { addCpnsCandidate, type CpnsCommittee } from "../factories/cpns";
import { mailLinks, readOutboxMails } from "../factories/mail";
import { makePdf, PNG_BYTES } from "../fixtures/pdf-files";
import { expect, pageAs, readyAfterLoad, signInContextAsUser, test } from "./fixtures";
import { fillCpnsCv } from "./cpns-cv";

const suffix = crypto.randomBytes(3).toString("hex");
const SLUG = `cpns-uji-${suffix}`;
const TITLE = `Penerimaan CPNS Uji Lengkap ${suffix}`;
const CODE = `PK${suffix.toUpperCase()}`;
const FORMATION = "Pranata Komputer Ahli Pertama";
const APPLICANT = "Nadia Putri, S.Kom.";
const PASSWORD = "NadiaPutri2025";

async function staffUser(label: string, roles: ("SECRETARIAT" | "CHAIR" | "COMMITTEE")[]) {
  const email = `${label}.${suffix}@pansel-cpns.uji`;
  const user = await prisma.user.create({ data: { email, name: `${label} ${suffix}`, passwordHash: "-", roles }, select: { id: true } });
  return { id: user.id, email };
}

async function pageAsUser(browser: import("@playwright/test").Browser, userId: string): Promise<Page> {
  const context = await browser.newContext();
  await signInContextAsUser(context, userId);
  return readyAfterLoad(await context.newPage());
}

const csv = (lines: readonly string[]) => Buffer.from(`${lines.join("\n")}\n`, "utf8");

test("a CPNS selection runs end to end: template, formation, Pansel, applicant by NIK, administrative result, SKD, SKB, final ranking", async ({ browser, page }) => {
  test.setTimeout(test.info().timeout * 8);
  const secretary = await staffUser("sekretariat", ["SECRETARIAT"]);
  const chair = await staffUser("ketua", ["CHAIR", "COMMITTEE"]);

  // 1. The admin: a draft from the CPNS template, its sample formations replaced by one of quota 2.
  const admin = await pageAs(browser, "admin");
  await admin.goto("/pansel/seleksi/baru");
  const create = admin.getByRole("form", { name: "Buat seleksi baru" });
  await create.getByLabel("Mulai dari").selectOption("template:cpns");
  await create.getByLabel("Judul seleksi").fill(TITLE);
  await create.getByLabel("Alamat halaman").fill(SLUG);
  await create.getByLabel("Nomor pengumuman").fill(`800/${suffix}/BKPSDM/2025`);
  await create.getByLabel("Tanggal pembukaan pendaftaran").fill("2025-10-01");
  await create.getByRole("button", { name: "Buat draf seleksi" }).click();
  await admin.waitForURL(`**/pansel/seleksi/${SLUG}/pengaturan`);
  await readyAfterLoad(admin).reload();
  await expect(admin.getByTestId("status-seleksi")).toHaveText("Draf");

  for (const sample of ["PK-AP", "PRW-T", "GK-AP", "AK-AP"]) {
    await admin.getByRole("button", { name: `Hapus ${sample}` }).click();
    await admin.getByRole("dialog", { name: `Hapus formasi ${sample}?` }).getByRole("button", { name: "Ya, hapus" }).click();
    await expect(admin.getByRole("button", { name: `Hapus ${sample}` })).toHaveCount(0);
  }
  const formation = admin.getByRole("form", { name: "Tambah jabatan atau formasi" });
  await formation.getByLabel("Kode").fill(CODE);
  await formation.getByLabel("Nama jabatan/formasi").fill(FORMATION);
  await formation.getByLabel("Unit kerja (opsional)").fill("Dinas Komunikasi dan Informatika");
  await formation.getByLabel("Jumlah kebutuhan").fill("2");
  await formation.getByLabel("S1", { exact: true }).check();
  await formation.getByRole("button", { name: "Tambah formasi" }).click();
  await expect(admin.getByRole("row").filter({ hasText: CODE })).toContainText(FORMATION);

  const seat = admin.getByRole("form", { name: "Tambah anggota Pansel" });
  const members = admin.getByRole("region", { name: "Anggota Pansel" });
  for (const [person, position] of [
    [secretary, "Sekretariat Pansel"],
    [chair, "Ketua Pansel"],
  ] as const) {
    await seat.getByLabel("E-mail akun petugas").fill(person.email);
    await seat.getByLabel("Kedudukan").selectOption({ label: position });
    await seat.getByRole("button", { name: "Tambahkan ke Pansel" }).click();
    await expect(members.getByRole("row").filter({ hasText: person.email })).toContainText(position);
  }
  await admin.getByRole("button", { name: "Umumkan seleksi" }).click();
  const publish = admin.getByRole("dialog", { name: "Umumkan seleksi ini?" });
  await expect(publish).toContainText("dengan 1 jabatan/formasi");
  await publish.getByRole("button", { name: "Ya, umumkan" }).click();
  await expect(admin.getByTestId("status-seleksi")).toHaveText("Pendaftaran dibuka");

  // The public page shows the formation as a CPNS formation.
  const visitor = readyAfterLoad(await (await browser.newContext()).newPage());
  await visitor.goto(`/seleksi/${SLUG}`);
  await expect(visitor.getByTestId(`formasi-${CODE}`)).toContainText("2 orang");
  await expect(visitor.getByTestId(`formasi-${CODE}`)).toContainText("Sarjana (S-1)");

  // The two other candidates, from the factory (submitted, documents verified, MS by this secretariat member).
  const selection = await prisma.selection.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true, vacancies: { select: { id: true, code: true, quota: true } } } });
  const committee: CpnsCommittee = { chairId: chair.id, memberId: chair.id, secretariatId: secretary.id, secondSecretariatId: secretary.id };
  const target = { id: selection.id, slug: SLUG, title: TITLE, vacancies: selection.vacancies };
  const others = [];
  for (const [index, name] of ["Fauzan Akbar", "Sari Wulandari"].entries()) {
    others.push({ name, ...(await addCpnsCandidate(target, committee, { name, vacancyIndex: 0, birthDate: `199${index + 3}-05-05`, gpa: 3.3, level: "S1" })) });
  }

  // 2. The applicant: sign-up by NIK (a woman born 1 July 1998: day 01 + 40), e-mail confirmed, the CV minimum.
  const random = uniqueNik();
  const nik = `${random.slice(0, 6)}410798${random.slice(12)}`;
  const email = `cpns.${suffix}.${random.slice(8)}@example.com`;
  await page.goto("/daftar");
  await page.getByLabel("Bukan PNS (pelamar CPNS)").check();
  await page.getByLabel("Nama lengkap (dengan gelar)").fill(APPLICANT);
  await page.getByLabel("NIK").fill(nik);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Nomor HP").fill("081366667777");
  await page.getByLabel("Kata sandi", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Ulangi kata sandi").fill(PASSWORD);
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText(/Pendaftaran diterima/)).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Masuk" }).click();
  await page.getByLabel("E-mail atau NIP").fill(email);
  await page.getByLabel("Kata sandi").fill(PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/akun/);
  const welcome = (await readOutboxMails(email, undefined, { containing: "/konfirmasi-email?token=" })).find((text) => text.includes("/konfirmasi-email?token="));
  await page.goto(mailLinks(welcome ?? "").find((link) => link.includes("/konfirmasi-email?token="))!);
  await page.getByRole("button", { name: "Konfirmasi alamat e-mail" }).click();
  await expect(page.getByText("Alamat e-mail Anda telah terverifikasi.")).toBeVisible();

  await page.goto("/akun/drh");
  await fillCpnsCv(page);

  // She applies to the formation from the public page, with the template's six documents.
  await page.goto(`/seleksi/${SLUG}`);
  await page.getByRole("link", { name: "Lamar salah satu formasi" }).click();
  await page.getByLabel(new RegExp(FORMATION)).check();
  for (const rule of ["age_range", "not_civil_servant", "education_in_formation"]) {
    await expect(page.locator(`[data-rule-id="${rule}"]`)).toHaveAttribute("data-status", "pass");
  }
  await page.getByLabel(/bersedia mengikuti seluruh tahapan/).check();
  await page.getByLabel(/bersedia ditempatkan di seluruh wilayah Negara Kesatuan Republik Indonesia/).check();
  await page.getByRole("button", { name: "Lamar sekarang" }).click();
  await expect(page).toHaveURL(/\/akun\/lamaran\/[a-z0-9]+$/);
  const registrationNumber = (await page.getByTestId("nomor-pendaftaran").textContent())?.trim() ?? "";
  expect(registrationNumber).toContain(`-${CODE}-`);
  await expect(page.getByTestId("jumlah-berkas")).toHaveText("0 dari 6 berkas terunggah");
  const pdf = await makePdf({ text: "Berkas uji CPNS" });
  for (const number of [1, 2, 3, 4, 5, 6]) {
    const row = page.getByTestId(`berkas-${number}`);
    const file = number === 4 ? { name: "pas-foto.png", mimeType: "image/png", buffer: PNG_BYTES } : { name: `berkas-${number}.pdf`, mimeType: "application/pdf", buffer: pdf };
    await row.locator('input[type="file"]').setInputFiles(file);
    await expect(row.getByText("Berkas tersimpan sebagai versi 1.")).toBeVisible();
  }
  await page.reload();
  await expect(page.getByTestId("jumlah-berkas")).toHaveText("6 dari 6 berkas terunggah");
  await page.getByRole("button", { name: "Kirim lamaran" }).click();
  await page.getByRole("button", { name: "Ya, kirim lamaran" }).click();
  await expect(page.getByText("Lamaran berhasil dikirim")).toBeVisible();

  // 3. The secretariat member: her six documents meet the requirements, she is MS.
  const secretariat = await pageAsUser(browser, secretary.id);
  const resultPage = `/pansel/seleksi/${SLUG}/hasil-administrasi`;
  await secretariat.goto(resultPage);
  const blocker = secretariat.getByTestId("penghalang").getByRole("link").filter({ hasText: APPLICANT });
  await blocker.click();
  await secretariat.waitForURL(/\/pansel\/lamaran\//);
  const unverified = secretariat.locator('[data-testid^="dokumen-"][data-status="UPLOADED"]');
  await expect(unverified).toHaveCount(6);
  for (let guard = 0; guard < 10 && (await unverified.count()) > 0; guard += 1) {
    const item = unverified.first();
    const testId = (await item.getAttribute("data-testid")) ?? "";
    await item.click();
    await expect(secretariat.getByTestId(testId)).toHaveAttribute("aria-current", "true");
    await secretariat.getByRole("button", { name: /^MEMENUHI/ }).click();
    await expect(secretariat.getByTestId(testId)).not.toHaveAttribute("data-status", "UPLOADED");
  }
  await expect(unverified).toHaveCount(0);
  await expect(secretariat.getByTestId("usulan-keputusan")).toHaveAttribute("data-decision", "MS");
  await secretariat.getByRole("button", { name: "Tetapkan MS" }).click();
  await secretariat.getByRole("dialog", { name: "Tetapkan MS (memenuhi syarat)?" }).getByRole("button", { name: "Ya, tetapkan MS" }).click();
  await expect(secretariat.getByTestId("status-keputusan")).toHaveAttribute("data-state", "DECIDED_MS");

  // 4. The chair publishes the administrative result (three MS).
  const chairPage = await pageAsUser(browser, chair.id);
  await chairPage.goto(resultPage);
  await expect(chairPage.getByTestId("penghalang")).toHaveCount(0);
  await chairPage.getByLabel("Nomor pengumuman").fill(`800/${suffix}/ADM/2025`);
  await chairPage.getByRole("button", { name: "Umumkan hasil" }).click();
  await chairPage.getByRole("dialog", { name: "Umumkan hasil seleksi administrasi?" }).getByRole("button", { name: "Ya, umumkan hasil" }).click();
  await expect(chairPage.getByTestId("pengumuman-terbit")).toContainText(`Nomor 800/${suffix}/ADM/2025`);

  // 5. The chair imports the SKD file, then the SKB file.
  const people = [
    { name: APPLICANT, number: registrationNumber, skd: [120, 150, 170], skb: 90 },
    { name: "Fauzan Akbar", number: others[0]!.registrationNumber, skd: [100, 120, 160], skb: 85 },
    { name: "Sari Wulandari", number: others[1]!.registrationNumber, skd: [80, 95, 140], skb: 60 },
  ];
  await chairPage.goto(`/pansel/seleksi/${SLUG}/penilaian`);
  const skd = chairPage.locator("#impor-skd");
  await skd.getByLabel("Berkas hasil SKD (.csv atau .xlsx)").setInputFiles({
    name: "skd.csv",
    mimeType: "text/csv",
    buffer: csv(["nomor_peserta;twk;tiu;tkp", ...people.map((person) => `${person.number};${person.skd.join(";")}`)]),
  });
  await skd.getByRole("button", { name: "Pratinjau" }).click();
  await expect(skd.getByRole("status").filter({ hasText: "3 baru" })).toBeVisible();
  await skd.getByRole("button", { name: "Impor hasil SKD" }).click();
  await chairPage.getByRole("dialog", { name: "Impor hasil SKD?" }).getByRole("button", { name: "Ya, impor" }).click();
  await expect(skd.getByText("Hasil SKD tersimpan: 3 baru, 0 diperbarui, 0 tetap.")).toBeVisible();

  // The formation's SKD result is announced (who is called to the SKB) before any SKB score is imported.
  const skdFormation = chairPage.locator("section", { has: chairPage.getByRole("button", { name: "Umumkan hasil SKD formasi" }) }).last();
  await skdFormation.getByLabel("Nomor pengumuman").fill(`800/SKD/${Date.now()}`);
  await skdFormation.getByRole("button", { name: "Umumkan hasil SKD formasi" }).click();
  await chairPage.getByRole("dialog").getByRole("button", { name: "Ya, umumkan hasil SKD" }).click();
  await expect(chairPage.locator('[data-testid^="pengumuman-skd-"]')).toContainText("Hasil SKD formasi ini telah diumumkan");

  const skb = chairPage.locator("#impor-skb");
  await skb.getByLabel("Berkas hasil SKB (.csv atau .xlsx)").setInputFiles({
    name: "skb.csv",
    mimeType: "text/csv",
    buffer: csv(["nomor_peserta;skb_cat", ...people.map((person) => `${person.number};${person.skb}`)]),
  });
  await skb.getByRole("button", { name: "Pratinjau" }).click();
  await expect(skb.getByRole("status").filter({ hasText: "3 baru" })).toBeVisible();
  await skb.getByRole("button", { name: "Impor hasil SKB" }).click();
  await chairPage.getByRole("dialog", { name: "Impor hasil SKB?" }).getByRole("button", { name: "Ya, impor" }).click();
  await expect(skb.getByText("Hasil SKB tersimpan: 3 baru, 0 diperbarui, 0 tetap.")).toBeVisible();

  // 6. The final ranking: 40% SKD (of 500) and 60% SKB. Nadia 0.4 × 440/500 × 100 + 0.6 × 90 = 89.2;
  // Fauzan 0.4 × 76 + 0.6 × 85 = 81.4; Sari 0.4 × 63 + 0.6 × 60 = 61.2. Two places.
  const card = chairPage.locator(`#formasi-${CODE}`);
  const final = card.locator('[data-testid^="akhir-"] tbody tr');
  await expect(final).toHaveCount(3);
  await expect(final.nth(0)).toContainText(APPLICANT);
  await expect(final.nth(0)).toContainText("89,2");
  await expect(final.nth(0)).toContainText("Lulus (sesuai kebutuhan)");
  await expect(final.nth(1)).toContainText("Fauzan Akbar");
  await expect(final.nth(1)).toContainText("Lulus (sesuai kebutuhan)");
  await expect(final.nth(2)).toContainText("Sari Wulandari");
  await expect(final.nth(2)).not.toContainText("Lulus (sesuai kebutuhan)");

  await card.getByLabel("Nomor pengumuman").fill(`800/${suffix}/AKHIR/2025`);
  await card.getByRole("button", { name: "Umumkan hasil akhir formasi" }).click();
  await chairPage.getByRole("dialog").getByRole("button", { name: "Ya, umumkan hasil akhir" }).click();
  await expect(card.locator('[data-testid^="terbit-"]')).toContainText(`Hasil akhir formasi ini telah diumumkan (Nomor 800/${suffix}/AKHIR/2025)`);

  // 7. The public: the selection page lists the result; the result shows the ranking with the NIK masked.
  await visitor.goto(`/seleksi/${SLUG}`);
  const announcements = visitor.getByTestId("pengumuman-seleksi");
  await expect(announcements).toContainText(`Nomor 800/${suffix}/ADM/2025`);
  await announcements.getByRole("link").filter({ hasText: /Hasil Akhir/ }).click();
  const table = visitor.getByTestId("tabel-hasil-cpns");
  await expect(table.locator("tbody tr")).toHaveCount(3);
  await expect(table.locator("tbody tr").nth(0)).toContainText(APPLICANT);
  await expect(table.locator("tbody tr").nth(0)).toContainText("89,200");
  await expect(table).not.toContainText(nik);
  await expect(table).toContainText(`${nik.slice(0, 4)}********${nik.slice(-4)}`);
});
