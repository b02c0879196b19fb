import type { Page } from "@playwright/test";
import { extractPdfText } from "../fixtures/pdf-text";
import { addSubmittedDemoApplicant, copySelection, verifyAllDocuments, type CopiedSelection, type SubmittedApplicant } from "../factories/selections";
import { expect, switchAccount, test } from "./fixtures";

// The administrative result, from the secretariat's decisions to what the public and the applicant
// read, on a selection of this spec's own: a copy of the Singkawang 2025 selection with copies of the three
// demo applicants (Siti, Hendri, Nurul), submitted through the real domain functions as the seed does.
// Siti's documents are verified in the workbench here (item 10 fails with a reason, so she is TMS and a
// second member confirms); Hendri's and Nurul's were given MEMENUHI beforehand through the same domain
// function (the workbench itself is verification.spec.ts's). Every application is decided in the workbench;
// then the chair publishes. Publishing freezes only this selection, so the spec runs in any order.
const NUMBER = "06/SELTER/SKW/XI/2025";
const SITI_FAILED_ITEM = 10;
const SITI_REASON = "Tidak ditandatangani";
const SITI_PUBLISHED_REASON = `Berkas 10 (tanda terima LHKPN Tahun 2024) tidak memenuhi: ${SITI_REASON}`;

test.describe.configure({ mode: "serial" });

let selection: CopiedSelection;
let siti: SubmittedApplicant;
let resultPage: string;
/** Masked as on public pages: the first 4 and the last 3 digits (1975***********001). */
const masked = (nip: string) => `${nip.slice(0, 4)}${"*".repeat(nip.length - 7)}${nip.slice(-3)}`;

test.beforeAll(async () => {
  test.setTimeout(test.info().timeout * 2);
  selection = await copySelection({ label: "hasil-administrasi" });
  siti = await addSubmittedDemoApplicant(selection, "siti.rahma@demo.seleksi.id");
  for (const email of ["hendri.kurniawan@demo.seleksi.id", "nurul.aini@demo.seleksi.id"]) {
    await verifyAllDocuments((await addSubmittedDemoApplicant(selection, email)).applicationId);
  }
  resultPage = `/pansel/seleksi/${selection.slug}/hasil-administrasi`;
});

/** The blockers on the result page: links to the workbench of every application not yet publishable. */
async function blockers(page: Page): Promise<Array<{ href: string; text: string }>> {
  await page.goto(resultPage);
  await expect(page.getByRole("heading", { level: 1, name: "Hasil seleksi administrasi" })).toBeVisible();
  const links = page.getByTestId("penghalang").getByRole("link");
  const found: Array<{ href: string; text: string }> = [];
  for (const link of await links.all()) found.push({ href: (await link.getAttribute("href")) ?? "", text: (await link.textContent()) ?? "" });
  return found;
}

/** Gives every uploaded document a verdict: MEMENUHI, except the one to fail with its reason. */
async function verifyDocuments(page: Page, failing?: { number: number; reason: string }) {
  const unverified = page.locator('[data-testid^="dokumen-"][data-status="UPLOADED"]');
  for (let guard = 0; guard < 40 && (await unverified.count()) > 0; guard += 1) {
    const item = unverified.first();
    const testId = (await item.getAttribute("data-testid")) ?? "";
    await item.click();
    await expect(page.getByTestId(testId)).toHaveAttribute("aria-current", "true");
    if (failing && testId === `dokumen-${failing.number}`) {
      await page.getByRole("button", { name: /^TIDAK MEMENUHI/ }).click();
      const reason = page.getByLabel("Alasan tidak memenuhi");
      await reason.fill(failing.reason);
      await reason.press("Enter");
    } else {
      await page.getByRole("button", { name: /^MEMENUHI/ }).click();
    }
    await expect(page.getByTestId(testId)).not.toHaveAttribute("data-status", "UPLOADED");
  }
  await expect(unverified).toHaveCount(0);
}

test("the secretariat decides every submitted application; TMS is confirmed by a second member", async ({ page, signInAs }) => {
  test.setTimeout(test.info().timeout * 5);
  await signInAs("secretariat");
  const initial = await blockers(page);
  // Nothing is decided yet: every application of the selection blocks publishing.
  expect(initial).toHaveLength(3);
  expect(initial.every((blocker) => blocker.text.includes("belum diputuskan"))).toBe(true);
  for (const blocker of initial) {
    await page.goto(blocker.href);
    const isSiti = blocker.text.includes(siti.name);
    await verifyDocuments(page, isSiti ? { number: SITI_FAILED_ITEM, reason: SITI_REASON } : undefined);
    const state = page.getByTestId("status-keputusan");
    const proposal = page.getByTestId("usulan-keputusan");
    await expect(proposal).not.toHaveAttribute("data-decision", "NONE");
    if ((await proposal.getAttribute("data-decision")) === "MS") {
      await page.getByRole("button", { name: "Tetapkan MS" }).click();
      await page.getByRole("dialog", { name: "Tetapkan MS (memenuhi syarat)?" }).getByRole("button", { name: "Ya, tetapkan MS" }).click();
      await expect(state).toHaveAttribute("data-state", "DECIDED_MS");
    } else {
      // The proposed reasons are filled in; they are what the applicant will read.
      if (isSiti) await expect(page.getByLabel("Alasan TMS (satu alasan per baris)")).toHaveValue(SITI_PUBLISHED_REASON);
      await page.getByRole("button", { name: "Tetapkan TMS" }).click();
      await expect(state).toHaveAttribute("data-state", "AWAITING_SECOND_CHECK");
    }
  }

  // What still blocks publishing is a TMS waiting for its second check: Siti's.
  const waiting = await blockers(page);
  expect(waiting).toHaveLength(1);
  expect(waiting.every((blocker) => blocker.text.includes("belum dikonfirmasi"))).toBe(true);
  expect(waiting.some((blocker) => blocker.text.includes(siti.name))).toBe(true);

  await switchAccount(page, "secretariat2");
  for (const blocker of waiting) {
    await page.goto(blocker.href);
    await page.getByRole("button", { name: "Konfirmasi TMS" }).click();
    await page.getByRole("dialog", { name: "Konfirmasi keputusan TMS?" }).getByRole("button", { name: "Ya, konfirmasi TMS" }).click();
    await expect(page.getByTestId("status-keputusan")).toHaveAttribute("data-state", "DECIDED_TMS");
  }
  expect(await blockers(page)).toEqual([]);
  // Only the chair publishes.
  await expect(page.getByRole("button", { name: "Umumkan hasil" })).toHaveCount(0);
});

test("the chair publishes the administrative result after a confirmation", async ({ page, signInAs }) => {
  await signInAs("chair");
  await page.goto(resultPage);
  const sitiRow = page.getByTestId("tabel-usulan").getByRole("row").filter({ hasText: siti.name });
  await expect(sitiRow).toHaveAttribute("data-state", "DECIDED_TMS");
  await expect(sitiRow).toContainText(SITI_PUBLISHED_REASON);
  await expect(page.getByTestId("penghalang")).toHaveCount(0);

  await page.getByLabel("Nomor pengumuman").fill(NUMBER);
  await page.getByRole("button", { name: "Umumkan hasil" }).click();
  const dialog = page.getByRole("dialog", { name: "Umumkan hasil seleksi administrasi?" });
  await expect(dialog).toContainText("tidak dapat dibatalkan");
  // Cancelling publishes nothing.
  await dialog.getByRole("button", { name: "Batal" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Umumkan hasil" }).click();
  await dialog.getByRole("button", { name: "Ya, umumkan hasil" }).click();

  const published = page.getByTestId("pengumuman-terbit");
  await expect(published).toContainText(`Nomor ${NUMBER}`);
  await expect(page.getByRole("button", { name: "Umumkan hasil" })).toHaveCount(0);

  // The dashboard counts the result.
  await page.goto(`/pansel/seleksi/${selection.slug}`);
  await expect(page.getByTestId("tabel-status").locator('tr[data-status="ADMIN_FAILED"] td')).not.toHaveText("0");
  await expect(page.getByTestId("tabel-status").locator('tr[data-status="SUBMITTED"] td')).toHaveText("0");
  await expect(page.getByRole("link", { name: `Nomor ${NUMBER}` })).toBeVisible();
});

test("the public announcement and its PDF list the participants with masked NIPs only", async ({ page }) => {
  await page.goto("/pengumuman");
  await page.getByRole("link", { name: `Pengumuman Hasil Seleksi Administrasi ${selection.title}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Pengumuman Hasil Seleksi Administrasi/);
  await expect(page.getByText(`Nomor ${NUMBER}`)).toBeVisible();
  const row = page.getByTestId("daftar-hasil").getByRole("row").filter({ hasText: siti.name });
  await expect(row).toContainText(masked(siti.nip));
  await expect(row).toContainText("Tidak Memenuhi Syarat");
  const html = await page.content();
  expect(html).not.toContain(siti.nip);
  expect(html).not.toContain(SITI_REASON);

  const href = await page.getByRole("link", { name: "Unduh pengumuman (PDF)" }).getAttribute("href");
  const response = await page.request.get(href ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["cache-control"]).toContain("public");
  const text = await extractPdfText(await response.body());
  // Long names wrap inside their cell; registration numbers and masked NIPs never do.
  const sitiLine = text.split("\n").find((line) => line.includes("Dr. Siti Rahmawati")) ?? "";
  expect(sitiLine).toContain(masked(siti.nip));
  expect(sitiLine).toMatch(new RegExp(`6172-25-${selection.vacancyCode}-\\d{5}-\\d`));
  expect(sitiLine).toContain(siti.registrationNumber);
  for (const expected of [`NOMOR: ${NUMBER}`, "Tidak Memenuhi Syarat", "Ketua Panitia Seleksi", "Dr. HERMANSYAH, S.H., M.Hum"]) {
    expect(text).toContain(expected);
  }
  expect(text).not.toContain(siti.nip);
  expect(text).not.toContain(SITI_REASON);
});

test("the rejected applicant reads the reason on the application page and in the notifications", async ({ page, signInAs }) => {
  await signInAs({ email: siti.email });
  await page.goto("/akun");
  await page.locator('a[href^="/akun/lamaran/"]').first().click();
  const card = page.getByTestId("hasil-administrasi");
  await expect(card).toContainText("Tidak Memenuhi Syarat (TMS)");
  await expect(card.getByTestId("alasan-tms")).toContainText(SITI_PUBLISHED_REASON);
  await expect(card).toContainText(`Nomor ${NUMBER}`);
  // Objections are off for this selection: no form.
  await expect(card.getByLabel("Alasan sanggah")).toHaveCount(0);
  await expect(page.getByTestId("linimasa")).toContainText(SITI_PUBLISHED_REASON);

  await page.goto("/akun/notifikasi");
  const notification = page.getByTestId("daftar-notifikasi").getByRole("listitem").filter({ hasText: "Hasil seleksi administrasi" });
  await expect(notification).toContainText(SITI_PUBLISHED_REASON);
  await expect(notification).toContainText("TIDAK MEMENUHI SYARAT");
});
