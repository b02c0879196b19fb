import { prisma } from "@/lib/db";
import { demoUserId } from "../factories/applications";
import { addSubmittedDemoApplicant, copySelection } from "../factories/selections";
import { expect, switchAccount, test } from "./fixtures";

// The secretariat verifies a submitted application on a selection of this spec's own (a copy of the
// Singkawang 2025 selection; the applicant a copy of the demo applicant Siti, submitted through the real
// domain functions as the seed does): every document MEMENUHI except item 10, TMS with the proposed reason,
// confirmed by a second member. No other spec sees this selection, and none of its data is shared.
const SITI_DOCUMENTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 17, 18, 19, 20, 21, 22];
const REJECTED = 10;
const REASON = "Tidak ditandatangani";
const PROPOSED = `Berkas 10 (tanda terima LHKPN Tahun 2024) tidak memenuhi: ${REASON}`;

/** 19751022 200012 2 001: the NIP as people write it (birth date, appointment, gender, sequence). */
const spacedNip = (nip: string) => `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;

test("the secretariat verifies documents, rejects one with a reason, decides TMS and a second member confirms it", async ({ page, signInAs }) => {
  test.slow();
  const selection = await copySelection({ label: "verifikasi" });
  const siti = await addSubmittedDemoApplicant(selection, "siti.rahma@demo.seleksi.id");
  const SITI = siti.name;
  await signInAs("secretariat");

  // 1. The queue, from the staff home page.
  await page.goto("/pansel");
  await page.getByRole("row").filter({ hasText: selection.title }).getByRole("link", { name: "Antrean verifikasi lamaran" }).click();
  await expect(page.getByRole("heading", { name: "Antrean verifikasi lamaran" })).toBeVisible();
  const sitiRow = page.getByRole("row").filter({ hasText: SITI });
  await expect(sitiRow).toContainText(siti.nip);
  await expect(sitiRow.getByTestId("jumlah-berkas")).toHaveText("0/19");
  await expect(sitiRow).toContainText("Belum diputuskan");

  // Search by NIP finds her alone.
  await page.getByLabel("Cari nama, NIP, atau nomor pendaftaran").fill(spacedNip(siti.nip));
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page.getByRole("heading", { name: "Lamaran (1)" })).toBeVisible();
  await page.getByRole("link", { name: SITI }).click();

  // 2. The workbench: applicant data, eligibility, the first document offered for download.
  await expect(page.getByRole("heading", { level: 1, name: SITI })).toBeVisible();
  const workbenchUrl = page.url();
  await expect(page.getByTestId("data-pelamar")).toContainText("Pemerintah Provinsi Kalimantan Barat");
  await expect(page.locator('[data-rule-id="lhkpn"]')).toHaveAttribute("data-status", "pending");
  await expect(page.getByTestId("dokumen-1")).toHaveAttribute("aria-current", "true");
  // Uploaded files are never rendered in the portal's origin: a download, under a sandboxing CSP.
  await expect(page.getByTestId("penampil-berkas").locator("iframe")).toHaveCount(0);
  const download = page.getByTestId("unduh-berkas");
  await expect(download).toHaveAttribute("href", /^\/api\/dokumen\//);
  const pdf = await page.request.get((await download.getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toMatch(/^attachment; filename="[^"]+\.pdf"; filename\*=UTF-8''/);
  expect(pdf.headers()["x-content-type-options"]).toBe("nosniff");
  expect(pdf.headers()["content-security-policy"]).toBe("sandbox; default-src 'none'");

  // The photo is shown as an image.
  await page.getByTestId("dokumen-17").click();
  const photo = page.getByTestId("penampil-berkas").getByRole("img");
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(40);

  // 3. Keyboard: k/j move; m marks MEMENUHI and moves on.
  await page.getByTestId("dokumen-2").click();
  await page.keyboard.press("k");
  await expect(page.getByTestId("dokumen-1")).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("j");
  await expect(page.getByTestId("dokumen-2")).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("k");
  await page.keyboard.press("m");
  await expect(page.getByTestId("dokumen-1")).toHaveAttribute("data-status", "MEETS");
  await expect(page.getByTestId("dokumen-2")).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("status").filter({ hasText: "Berkas 1 ditandai memenuhi." })).toBeVisible();

  for (const number of SITI_DOCUMENTS.slice(1)) {
    const item = page.getByTestId(`dokumen-${number}`);
    await expect(item).toHaveAttribute("aria-current", "true");
    if (number === REJECTED) {
      // t opens the reason with the cursor in it; the shortcut does not fire while typing ("m" below).
      await page.keyboard.press("t");
      const reason = page.getByLabel("Alasan tidak memenuhi");
      await expect(reason).toBeFocused();
      await reason.pressSequentially("Tidak ditandatangani");
      await expect(item).toHaveAttribute("data-status", "UPLOADED");
      await reason.press("Enter");
      await expect(item).toHaveAttribute("data-status", "FAILS");
    } else if (number % 2 === 0) {
      await page.keyboard.press("m");
      await expect(item).toHaveAttribute("data-status", "MEETS");
    } else {
      await page.getByRole("button", { name: /^MEMENUHI/ }).click();
      await expect(item).toHaveAttribute("data-status", "MEETS");
    }
  }
  await expect(page.getByTestId("progres-verifikasi")).toHaveText("19 dari 19 berkas terunggah sudah diverifikasi.");
  await page.getByTestId(`dokumen-${REJECTED}`).click();
  await expect(page.getByTestId("riwayat-verifikasi")).toContainText(`${REASON} · Rina Sekretariat`);

  // 4. The proposal follows the verdicts; the eligibility shows the rule settled by document 10.
  const proposal = page.getByTestId("usulan-keputusan");
  await expect(proposal).toHaveAttribute("data-decision", "TMS");
  await expect(proposal).toContainText(PROPOSED);
  await expect(page.locator('[data-rule-id="lhkpn"]')).toHaveAttribute("data-status", "fail");
  await expect(page.locator('[data-rule-id="spt"]')).toHaveAttribute("data-status", "pass");
  await expect(page.getByRole("button", { name: "Tetapkan MS" })).toBeDisabled();

  // 5. TMS with the proposed reason; the same member cannot confirm it.
  await expect(page.getByLabel("Alasan TMS (satu alasan per baris)")).toHaveValue(PROPOSED);
  await page.getByRole("button", { name: "Tetapkan TMS" }).click();
  const state = page.getByTestId("status-keputusan");
  await expect(state).toHaveAttribute("data-state", "AWAITING_SECOND_CHECK");
  await expect(state).toContainText("Ditetapkan oleh Rina Sekretariat");
  await expect(page.getByRole("button", { name: "Konfirmasi TMS" })).toHaveCount(0);
  await expect(page.getByText("konfirmasi harus oleh anggota Sekretariat yang lain")).toBeVisible();

  // 6. The second secretariat member confirms. (Not through "Keluar": signing out ends every session of the
  // account, and the demo secretariat is signed in by specs running in parallel.)
  await switchAccount(page, "secretariat2");
  await page.goto(workbenchUrl);
  await expect(state).toHaveAttribute("data-state", "AWAITING_SECOND_CHECK");
  await page.getByRole("button", { name: "Konfirmasi TMS" }).click();
  // A summary and a confirmation first; Escape cancels and nothing is recorded.
  const confirmTms = page.getByRole("dialog", { name: "Konfirmasi keputusan TMS?" });
  await expect(confirmTms).toContainText(PROPOSED);
  await page.keyboard.press("Escape");
  await expect(confirmTms).toBeHidden();
  await expect(state).toHaveAttribute("data-state", "AWAITING_SECOND_CHECK");
  await page.getByRole("button", { name: "Konfirmasi TMS" }).click();
  await confirmTms.getByRole("button", { name: "Ya, konfirmasi TMS" }).click();
  await expect(state).toHaveAttribute("data-state", "DECIDED_TMS");
  await expect(page.getByTestId("konfirmasi-keputusan")).toContainText("Dikonfirmasi oleh Budi Sekretariat");
  await expect(state).toContainText(PROPOSED);

  // 7. The queue shows the decision as final.
  await page.goto(`/pansel/seleksi/${selection.slug}/lamaran?keputusan=tms`);
  const decided = page.getByRole("row").filter({ hasText: SITI });
  await expect(decided).toContainText("Tidak Memenuhi Syarat (TMS)");
  await expect(decided.getByTestId("jumlah-berkas")).toContainText("19/19");
  await expect(decided.getByTestId("jumlah-berkas")).toContainText("1 tidak memenuhi");
});

test("a committee member sees the queue and the workbench but cannot give verdicts; the track record is theirs", async ({ page, signInAs }) => {
  const selection = await copySelection({ label: "rekam-jejak" });
  await addSubmittedDemoApplicant(selection, "hendri.kurniawan@demo.seleksi.id");
  await signInAs("member");
  await page.goto(`/pansel/seleksi/${selection.slug}/lamaran`);
  await page.getByRole("link", { name: "Hendri Kurniawan, S.Sos., M.Si." }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hendri Kurniawan, S.Sos., M.Si." })).toBeVisible();
  await expect(page.getByTestId("penampil-berkas")).toBeVisible();
  await expect(page.getByTestId("putusan-berkas")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Tetapkan TMS" })).toHaveCount(0);
  await page.keyboard.press("m");
  await expect(page.getByTestId("dokumen-1")).toHaveAttribute("data-status", "UPLOADED");

  const form = page.getByRole("form", { name: "Tambah catatan rekam jejak" });
  await form.getByLabel("Catatan").fill("Tidak ditemukan catatan pelanggaran disiplin dari instansi asal.");
  await form.getByLabel("Kesimpulan").fill("Baik");
  await form.getByLabel("Nilai (0–100, opsional)").fill("85");
  await form.getByRole("button", { name: "Simpan catatan" }).click();
  await expect(page.getByTestId("rekam-jejak")).toContainText("Baik · nilai 85");
  await expect(page.getByTestId("rekam-jejak")).toContainText("Anggota Pansel Satu");
});

test("the secretariat marks the ASN Karier number verified and records the sealed envelope; the applicant sees it on the timeline", async ({ page, signInAs }) => {
  const selection = await copySelection({ label: "jalur-resmi" });
  const applicant = await addSubmittedDemoApplicant(selection, "siti.rahma@demo.seleksi.id");
  // Given at applying (the apply page's field); the demo factory applies without it.
  await prisma.application.update({ where: { id: applicant.applicationId }, data: { asnKarierNumber: "ASNK-2025-004242" } });
  await signInAs("secretariat");

  await page.goto(`/pansel/lamaran/${applicant.applicationId}`);
  const channels = page.locator("#jalur-resmi");
  await expect(channels.getByTestId("nomor-asn-karier")).toHaveText("ASNK-2025-004242");
  await channels.getByRole("button", { name: "Tandai terverifikasi di ASN Karier" }).click();
  await expect(channels.getByText("Nomor ASN Karier ditandai terverifikasi.")).toBeVisible();
  await expect(channels.getByText(/Diverifikasi oleh Rina Sekretariat/)).toBeVisible();

  const receipt = channels.getByRole("form", { name: "Catat berkas fisik diterima" });
  await receipt.getByLabel("Tanggal diterima").fill("2025-10-28");
  await expect(receipt.getByLabel("Diterima oleh")).toHaveValue(await demoUserId("sekretariat@demo.seleksi.id"));
  await receipt.getByRole("button", { name: "Catat berkas fisik diterima" }).click();
  await expect(channels.getByTestId("status-berkas-fisik")).toContainText("pada 28 Oktober 2025, diterima oleh Rina Sekretariat");

  await switchAccount(page, { email: applicant.email });
  await page.goto(`/akun/lamaran/${applicant.applicationId}`);
  await expect(page.getByTestId("status-berkas-fisik")).toHaveText("Berkas fisik diterima Sekretariat Pansel pada 28 Oktober 2025.");
  await expect(page.getByTestId("linimasa")).toContainText("diterima Sekretariat Pansel pada 28 Oktober 2025, diterima oleh Rina Sekretariat");
  await expect(page.getByTestId("asn-karier").getByText("Terverifikasi Sekretariat")).toBeVisible();
});
