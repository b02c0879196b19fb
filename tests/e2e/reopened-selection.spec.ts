import AxeBuilder from "@axe-core/playwright";
import { submitScore } from "@/lib/scoring/score-mutations";
import { declareConflict } from "@/lib/scoring/scorer-mutations";
import { addDraftApplicant, createEscalatedSelection, verifyAsMeeting } from "../factories/reopening";
import type { ScoringSelection } from "../factories/scoring";
import { expect, pageAs, signInContextAsUser, readyAfterLoad, test } from "./fixtures";
import type { Page } from "@playwright/test";

// A reopened selection runs to its new round (#15 item 3): two candidates passed the first administrative result
// and were scored, the chair escalated (tests/factories/reopening.ts). The chair reopens registration; a new
// applicant sends an application; once verified, the chair publishes the additional administrative result (the
// first stays as it was); the chair reopens the interview for the new candidate, the members score, the stage is
// closed again, and the chair proposes three names with the new candidate among them.
const NEWCOMER = "Kartika Dewi, S.H., M.H.";
const ADDENDUM_NUMBER = "07/HASIL-ADM-TAMBAHAN/E2E/2025";
const IP = "10.20.30.41";
let selection: ScoringSelection & { firstResultNumber: string };
let base = "";

test.describe.configure({ mode: "serial", retries: 0 });

test.beforeAll(async () => {
  selection = await createEscalatedSelection(IP);
  base = `/pansel/seleksi/${selection.slug}`;
});

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map((violation) => violation.id);
}

test("from the escalation to three names in the new round", async ({ browser }) => {
  test.setTimeout(test.info().timeout * 2);
  // 1. The chair reopens registration behind a confirmation.
  const chair = await pageAs(browser, "chair");
  await chair.goto(`${base}/keputusan`);
  const form = chair.getByRole("form", { name: "Buka kembali pendaftaran" });
  await form.getByLabel("Pendaftaran ditutup pada (WIB)").fill("2025-11-04T16:00");
  await form.getByLabel("Alasan pembukaan kembali").fill("Lembaga pengawas memutuskan pendaftaran dibuka kembali selama tujuh hari.");
  await form.getByRole("button", { name: "Buka kembali pendaftaran" }).click();
  await chair.getByRole("dialog", { name: "Buka kembali pendaftaran?" }).getByRole("button", { name: "Ya, buka kembali" }).click();
  await expect(chair.getByRole("form", { name: "Buka kembali pendaftaran" })).toHaveCount(0);

  // 2. A new applicant sends the application although the first administrative result is out.
  const applicant = await addDraftApplicant(selection, { name: NEWCOMER, now: new Date("2025-10-28T03:30:00Z") });
  const context = await browser.newContext();
  await signInContextAsUser(context, applicant.userId);
  const own = readyAfterLoad(await context.newPage());
  await own.goto(`/akun/lamaran/${applicant.applicationId}`);
  await own.getByRole("button", { name: "Kirim lamaran" }).click();
  await own.getByRole("button", { name: "Ya, kirim lamaran" }).click();
  await expect(own.getByText("Lamaran berhasil dikirim")).toBeVisible();
  await own.reload();
  await expect(own.getByText("Terkirim, menunggu verifikasi")).toBeVisible();

  // 3. Verified by the secretariat (verification.spec.ts walks those screens); the chair publishes the addendum.
  await verifyAsMeeting(selection, applicant.applicationId);
  await chair.goto(`${base}/hasil-administrasi`);
  await expect(chair.getByTestId("pengumuman-terbit")).toContainText(`Nomor ${selection.firstResultNumber}`);
  await expect(chair.getByRole("heading", { name: "Usulan hasil tambahan" })).toBeVisible();
  const draft = chair.getByTestId("tabel-usulan");
  await expect(draft.getByRole("row").filter({ hasText: NEWCOMER })).toHaveCount(1);
  await expect(draft).not.toContainText("Indra Wijaya");
  expect(await axeViolations(chair)).toEqual([]);
  await chair.getByLabel("Nomor pengumuman").fill(ADDENDUM_NUMBER);
  await chair.getByRole("button", { name: "Umumkan hasil" }).click();
  await chair.getByRole("dialog", { name: "Umumkan hasil seleksi administrasi?" }).getByRole("button", { name: "Ya, umumkan hasil" }).click();
  await expect(chair.getByTestId("pengumuman-terbit")).toContainText(`Tambahan: Nomor ${ADDENDUM_NUMBER}`);
  await expect(chair.getByRole("button", { name: "Umumkan hasil" })).toHaveCount(0);

  // The public addendum lists the new applicant only and points at the first result, which stays unchanged.
  const visitorContext = await browser.newContext();
  const visitor = readyAfterLoad(await visitorContext.newPage());
  await visitor.goto(`/pengumuman/${selection.slug}-hasil-administrasi-tambahan-1`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(/^Pengumuman Tambahan Hasil Seleksi Administrasi/);
  await expect(visitor.getByTestId("pengumuman-tambahan")).toContainText(`Nomor ${selection.firstResultNumber}`);
  await expect(visitor.getByText(NEWCOMER)).toBeVisible();
  await expect(visitor.getByText("Indra Wijaya, S.H.")).toHaveCount(0);
  expect(await axeViolations(visitor)).toEqual([]);
  const pdf = await visitor.request.get(`/api/pengumuman/${selection.slug}-hasil-administrasi-tambahan-1/pdf`);
  expect(pdf.status()).toBe(200);
  await visitor.goto(`/pengumuman/${selection.slug}-hasil-administrasi`);
  await expect(visitor.getByText("Indra Wijaya, S.H.")).toBeVisible();
  await expect(visitor.getByText(NEWCOMER)).toHaveCount(0);
  await visitorContext.close();

  // 4. The chair reopens the interview for the new candidate; a member scores in the sheet, the others too.
  await chair.goto(`${base}/penilaian`);
  const interview = chair.getByTestId("tahap-INTERVIEW");
  await expect(interview).toContainText("1 peserta baru belum dinilai pada tahap ini");
  expect(await axeViolations(chair)).toEqual([]);
  await interview.getByRole("button", { name: "Buka tahap Wawancara untuk peserta baru" }).click();
  await chair.getByRole("dialog", { name: "Buka tahap Wawancara untuk peserta baru?" }).getByRole("button", { name: "Ya, buka untuk peserta baru" }).click();
  await expect(interview.getByRole("button", { name: "Tutup tahap Wawancara" })).toBeVisible();

  const stageId = selection.stageIds.INTERVIEW!;
  // The member learns it from the notification in the header, which links to the scoring sheet.
  const member = await pageAs(browser, "member");
  await member.goto("/pansel");
  await member.getByRole("link", { name: /^Notifikasi/ }).click();
  const notice = member.getByTestId("daftar-notifikasi").getByRole("listitem").filter({ hasText: "Tahap Wawancara dibuka kembali untuk peserta baru" });
  await expect(notice).toContainText("untuk 1 peserta baru");
  await notice.getByRole("link", { name: "Lihat" }).click();
  await expect(member).toHaveURL(new RegExp(`${base}/penilaian/${stageId}$`));
  const item = member.getByTestId("lembar-penilaian").locator("li").filter({ hasText: NEWCOMER });
  await item.getByRole("button", { name: "Saya tidak memiliki konflik kepentingan" }).click();
  await member.getByRole("dialog", { name: "Nyatakan tidak ada konflik kepentingan?" }).getByRole("button", { name: "Ya, saya tidak memiliki konflik" }).click();
  await item.getByLabel("Nilai (0–100)").fill("90");
  await item.getByRole("button", { name: /^Kirim nilai/ }).click();
  await member.getByRole("dialog", { name: "Kirim nilai?" }).getByRole("button", { name: "Ya, kirim nilai" }).click();
  await expect(item).toHaveAttribute("data-state", "SUBMITTED");
  for (const scorer of [selection.chairId, selection.memberIds[1]]) {
    await declareConflict({ actorId: scorer, stageId, applicationId: applicant.applicationId, hasConflict: false, ip: IP });
    await submitScore({ actorId: scorer, stageId, applicationId: applicant.applicationId, value: 90, ip: IP });
  }

  await chair.reload();
  await interview.getByRole("button", { name: "Tutup tahap Wawancara" }).click();
  await chair.getByRole("dialog", { name: "Tutup tahap Wawancara?" }).getByRole("button", { name: "Ya, tutup tahap" }).click();
  await expect(interview.getByRole("button", { name: "Tutup tahap Wawancara" })).toHaveCount(0);

  // 5. The new round's proposal: three names, the new candidate first.
  await chair.goto(`${base}/keputusan`);
  await chair.getByRole("button", { name: "Usulkan 3 nama kepada PPK" }).click();
  await chair.getByRole("dialog").getByRole("button", { name: "Ya, usulkan" }).click();
  const names = chair.getByTestId("usulan-nama").locator("li");
  await expect(names).toHaveCount(3);
  await expect(names.first()).toContainText(NEWCOMER);
  await expect(chair.getByTestId("riwayat-keputusan")).toContainText("Pendaftaran dibuka kembali; putaran keputusan baru");
});
