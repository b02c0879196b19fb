import type { Page } from "@playwright/test";
import { extractPdfText } from "../fixtures/pdf-text";
import { expect, signIn, test } from "./fixtures";

// The administrative result, from the secretariat's decisions to what the public and the applicant
// read. Self-contained: every submitted demo application still undecided is verified and decided
// through the verification workbench (Siti's item 10 fails with a reason, so she is TMS and a second
// member confirms), whether or not the verification journey ran before; then the chair publishes.
// Publishing freezes every demo application, so playwright.config.ts runs this file after the others.
const SLUG = "sekda-singkawang-2025";
const RESULT_PAGE = `/pansel/seleksi/${SLUG}/hasil-administrasi`;
const NUMBER = "06/SELTER/SKW/XI/2025";
const SITI = { email: "siti.rahma@demo.seleksi.id", name: "Dr. Siti Rahmawati, S.E., M.M.", nip: "197510222000122001", masked: "1975***********001" };
const SITI_FAILED_ITEM = 10;
const SITI_REASON = "Tidak ditandatangani";
const SITI_PUBLISHED_REASON = `Berkas 10 (tanda terima LHKPN Tahun 2024) tidak memenuhi: ${SITI_REASON}`;

test.describe.configure({ mode: "serial" });

async function switchUser(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
  await expect(page).not.toHaveURL(/\/masuk/);
}

/** The blockers on the result page: links to the workbench of every application not yet publishable. */
async function blockers(page: Page): Promise<Array<{ href: string; text: string }>> {
  await page.goto(RESULT_PAGE);
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
  test.setTimeout(300_000);
  await signInAs("secretariat");
  const initial = await blockers(page);
  // When the verification journey ran first, Siti is already decided and confirmed.
  const isSitiUndecided = initial.some((blocker) => blocker.text.includes(SITI.name));
  for (const blocker of initial) {
    if (!blocker.text.includes("belum diputuskan")) continue;
    await page.goto(blocker.href);
    const isSiti = blocker.text.includes(SITI.name);
    await verifyDocuments(page, isSiti ? { number: SITI_FAILED_ITEM, reason: SITI_REASON } : undefined);
    const state = page.getByTestId("status-keputusan");
    const proposal = page.getByTestId("usulan-keputusan");
    await expect(proposal).not.toHaveAttribute("data-decision", "NONE");
    if ((await proposal.getAttribute("data-decision")) === "MS") {
      await page.getByRole("button", { name: "Tetapkan MS" }).click();
      await expect(state).toHaveAttribute("data-state", "DECIDED_MS");
    } else {
      // The proposed reasons are filled in; they are what the applicant will read.
      if (isSiti) await expect(page.getByLabel("Alasan TMS (satu alasan per baris)")).toHaveValue(SITI_PUBLISHED_REASON);
      await page.getByRole("button", { name: "Tetapkan TMS" }).click();
      await expect(state).toHaveAttribute("data-state", "AWAITING_SECOND_CHECK");
    }
  }

  // What still blocks publishing is a TMS waiting for its second check (Siti's, if decided just now).
  const waiting = await blockers(page);
  expect(waiting.every((blocker) => blocker.text.includes("belum dikonfirmasi"))).toBe(true);
  if (isSitiUndecided) expect(waiting.some((blocker) => blocker.text.includes(SITI.name))).toBe(true);

  await switchUser(page, "sekretariat2@demo.seleksi.id");
  for (const blocker of waiting) {
    await page.goto(blocker.href);
    await page.getByRole("button", { name: "Konfirmasi TMS" }).click();
    await expect(page.getByTestId("status-keputusan")).toHaveAttribute("data-state", "DECIDED_TMS");
  }
  expect(await blockers(page)).toEqual([]);
  // Only the chair publishes.
  await expect(page.getByRole("button", { name: "Umumkan hasil" })).toHaveCount(0);
});

test("the chair publishes the administrative result after a confirmation", async ({ page, signInAs }) => {
  await signInAs("chair");
  await page.goto(RESULT_PAGE);
  const siti = page.getByTestId("tabel-usulan").getByRole("row").filter({ hasText: SITI.name });
  await expect(siti).toHaveAttribute("data-state", "DECIDED_TMS");
  await expect(siti).toContainText(SITI_PUBLISHED_REASON);
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
  await page.goto(`/pansel/seleksi/${SLUG}`);
  await expect(page.getByTestId("tabel-status").locator('tr[data-status="ADMIN_FAILED"] td')).not.toHaveText("0");
  await expect(page.getByTestId("tabel-status").locator('tr[data-status="SUBMITTED"] td')).toHaveText("0");
  await expect(page.getByRole("link", { name: `Nomor ${NUMBER}` })).toBeVisible();
});

test("the public announcement and its PDF list the participants with masked NIPs only", async ({ page }) => {
  await page.goto("/pengumuman");
  await page.getByRole("link", { name: /^Pengumuman Hasil Seleksi Administrasi/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Pengumuman Hasil Seleksi Administrasi/);
  await expect(page.getByText(`Nomor ${NUMBER}`)).toBeVisible();
  const row = page.getByTestId("daftar-hasil").getByRole("row").filter({ hasText: SITI.name });
  await expect(row).toContainText(SITI.masked);
  await expect(row).toContainText("Tidak Memenuhi Syarat");
  const html = await page.content();
  expect(html).not.toContain(SITI.nip);
  expect(html).not.toContain(SITI_REASON);

  const href = await page.getByRole("link", { name: "Unduh pengumuman (PDF)" }).getAttribute("href");
  const response = await page.request.get(href ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["cache-control"]).toContain("public");
  const text = await extractPdfText(await response.body());
  // Long names wrap inside their cell; registration numbers and masked NIPs never do.
  const sitiLine = text.split("\n").find((line) => line.includes("Dr. Siti Rahmawati")) ?? "";
  expect(sitiLine).toContain(SITI.masked);
  expect(sitiLine).toMatch(/6172-25-SEKDA-\d{5}-\d/);
  for (const expected of [`NOMOR: ${NUMBER}`, "Tidak Memenuhi Syarat", "Ketua Panitia Seleksi", "Dr. HERMANSYAH, S.H., M.Hum"]) {
    expect(text).toContain(expected);
  }
  expect(text).not.toContain(SITI.nip);
  expect(text).not.toContain(SITI_REASON);
});

test("the rejected applicant reads the reason on the application page and in the notifications", async ({ page }) => {
  await signIn(page, SITI.email);
  await expect(page).not.toHaveURL(/\/masuk/);
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
