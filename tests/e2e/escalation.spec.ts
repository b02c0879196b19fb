import { createScoringSelection, scoreInterviewAndClose } from "../factories/scoring";
import AxeBuilder from "@axe-core/playwright";
import { expect, pageAs, test } from "./fixtures";

// Escalation as a real state (#14 item 0): a vacancy where only two candidates can be ranked. The
// scores are written through the domain mutations (the scoring journey is scoring.spec.ts); the chair
// escalates on the decisions page behind a confirmation, and the public, the PPK and the chair each see
// what it means: a notice on the selection page, no stale "Umumkan tiga nama", no "Tiga nama" badges.
// Then (#15 item 3) the chair reopens registration behind a confirmation, and the public page shows it.
let SLUG: string;
const IP = "10.20.30.40";

test.describe.configure({ mode: "serial", retries: 0 });

test.beforeAll(async () => {
  const selection = await createScoringSelection({ candidates: ["Indra Wijaya, S.H.", "Joko Santoso, S.E."], registrationStage: true });
  SLUG = selection.slug;
  await scoreInterviewAndClose(selection, (index) => 80 - index * 5, IP);
});

test("the chair escalates a shortfall behind a confirmation; the next step, not a stale button, follows", async ({ browser }) => {
  const chair = await pageAs(browser, "chair");
  await chair.goto(`/pansel/seleksi/${SLUG}/keputusan`);
  const ranking = chair.getByTestId("tabel-peringkat");
  await expect(ranking.locator("tbody tr")).toHaveCount(2);
  await expect(ranking).not.toContainText("Tiga nama");
  await expect(ranking.getByText("Memenuhi syarat")).toHaveCount(2);

  await chair.getByLabel("Tindak lanjut yang diusulkan").selectOption("REOPEN");
  await chair.getByLabel("Alasan dan penjelasan").fill("Hanya dua peserta memenuhi syarat; diusulkan membuka kembali pendaftaran selama 7 hari.");
  await chair.getByRole("button", { name: "Eskalasi kepada lembaga pengawas" }).click();
  const dialog = chair.getByRole("dialog", { name: "Eskalasi kepada lembaga pengawas?" });
  await expect(dialog).toContainText("Membuka kembali pendaftaran");
  // Escape cancels: nothing is recorded.
  await chair.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(chair.getByTestId("tindak-lanjut-eskalasi")).toHaveCount(0);
  await chair.getByRole("button", { name: "Eskalasi kepada lembaga pengawas" }).click();
  await dialog.getByRole("button", { name: "Ya, eskalasi" }).click();

  const next = chair.getByTestId("tindak-lanjut-eskalasi");
  await expect(next).toContainText("Langkah berikutnya: tindak lanjut lembaga pengawas");
  await expect(next.getByRole("link", { name: "formulir di atas" })).toBeVisible();
  await expect(chair.getByRole("button", { name: "Umumkan tiga nama" })).toHaveCount(0);
  await expect(chair.getByText("Tidak ada tiga nama yang diumumkan: setiap jabatan seleksi ini dieskalasi")).toBeVisible();

  const ppk = await pageAs(browser, "ppk");
  await ppk.goto(`/pansel/seleksi/${SLUG}/keputusan`);
  await expect(ppk.getByTestId("tindak-lanjut-eskalasi")).toContainText("PPK tidak memilih nama untuk jabatan ini");
});

test("the public selection page says the selection is escalated, with a notice", async ({ page }) => {
  await page.goto(`/seleksi/${SLUG}`);
  await expect(page.getByTestId("status-seleksi")).toHaveText("Dieskalasi kepada lembaga pengawas");
  const notice = page.getByTestId("pemberitahuan-eskalasi");
  await expect(notice).toContainText("Jumlah peserta yang memenuhi syarat untuk jabatan Kepala Dinas Uji kurang dari jumlah nama");
  await expect(notice).toContainText("membuka kembali pendaftaran");
  await expect(notice).not.toContainText("Indra");
});

const REOPEN_REASON = "Lembaga pengawas memutuskan pendaftaran dibuka kembali selama tujuh hari.";

test("the chair reopens registration behind a confirmation; the public page shows the reopening and its reason", async ({ browser }) => {
  const member = await pageAs(browser, "member");
  await member.goto(`/pansel/seleksi/${SLUG}/keputusan`);
  await expect(member.getByRole("heading", { name: "Buka kembali pendaftaran" })).toHaveCount(0);

  const chair = await pageAs(browser, "chair");
  await chair.goto(`/pansel/seleksi/${SLUG}/keputusan`);
  const form = chair.getByRole("form", { name: "Buka kembali pendaftaran" });
  await expect(form).toBeVisible();
  const axe = await new AxeBuilder({ page: chair }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  await form.getByLabel("Pendaftaran ditutup pada (WIB)").fill("2025-11-04T16:00");
  await form.getByLabel("Alasan pembukaan kembali").fill(REOPEN_REASON);
  await form.getByRole("button", { name: "Buka kembali pendaftaran" }).click();
  const dialog = chair.getByRole("dialog", { name: "Buka kembali pendaftaran?" });
  await expect(dialog).toContainText("4 November 2025");
  await expect(dialog).toContainText(REOPEN_REASON);
  // Escape cancels: the selection stays escalated.
  await chair.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await form.getByRole("button", { name: "Buka kembali pendaftaran" }).click();
  await dialog.getByRole("button", { name: "Ya, buka kembali" }).click();
  await expect(chair.getByRole("form", { name: "Buka kembali pendaftaran" })).toHaveCount(0);
  await expect(chair.getByTestId("status-seleksi")).toHaveText("Pendaftaran dibuka");
  // A new round of the decisions waits for the new applicants' scores; the escalation stays in the history.
  await chair.reload();
  await expect(chair.getByText("Pendaftaran telah dibuka kembali. Usulan tiga nama putaran baru dapat dibuat setelah peserta baru dinilai.")).toBeVisible();
  await expect(chair.getByText("Pendaftaran dibuka kembali; putaran keputusan baru")).toBeVisible();

  const visitor = await browser.newPage();
  await visitor.goto(`/seleksi/${SLUG}`);
  await expect(visitor.getByTestId("status-seleksi")).toHaveText("Pendaftaran dibuka kembali");
  const reopening = visitor.getByTestId("pembukaan-kembali").first();
  await expect(reopening).toContainText("Pendaftaran dibuka kembali sampai");
  await expect(reopening).toContainText(REOPEN_REASON);
  await expect(visitor.getByTestId("pemberitahuan-eskalasi")).toContainText("pendaftaran dibuka kembali; alasannya tercantum pada riwayat perubahan pengumuman");
  await visitor.close();
});
