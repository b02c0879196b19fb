import type { Page } from "@playwright/test";
import { createScoringSelection, SCORING_SCENARIO_CANDIDATES } from "../factories/scoring";
import { makePdf } from "../fixtures/pdf-files";
import { extractPdfText } from "../fixtures/pdf-text";
import { prisma } from "@/lib/db";
import { singkawang2025 } from "@/prisma/seed-data/singkawang-2025";
import { seedListItem } from "../fixtures/seed-text";
import { expect, pageAs, test } from "./fixtures";

// The committee's journey on a JPT selection of this spec's own (tests/factories/scoring.ts, made before
// the journey starts): four candidates past the administrative selection. The chair sets the interview up,
// three members score it independently, the chair closes it, sees the ranking and proposes three names, the
// PPK approves, the Pansel reports to BKN and records the recommendation, the three names are announced,
// the PPK picks the second-ranked name, and the public reads the final announcement (the seed's national
// order; each step out of order is refused on the way).
let SLUG: string;
let SETUP: string;
let DECISIONS: string;
const CHAIR = "Dr. HERMANSYAH, S.H., M.Hum";
const MEMBER_ONE = "Anggota Pansel Satu";
const MEMBER_TWO = "Anggota Pansel Dua";
const RINA = "Rina Marlina, S.H., M.H.";
const DONI = "Doni Saputra, S.T., M.T.";
const YUSUF = "Yusuf Hamdani, S.E., M.Si.";
const LINA = "Lina Kusuma, S.Sos., M.AP.";
// Each member's interview score per candidate: means Rina 88, Yusuf 82, Lina 76, Doni 72.
const SCORES: Record<string, Record<string, number>> = {
  [RINA]: { member: 88, member2: 90, chair: 86 },
  [DONI]: { member: 70, member2: 72, chair: 74 },
  [YUSUF]: { member: 85, member2: 80, chair: 81 },
  [LINA]: { member: 75, member2: 77, chair: 76 },
};

// One journey in order: a retry of a single step would find the selection already past it (a retry of
// the whole file starts again on a new selection).
test.describe.configure({ mode: "serial", retries: 0 });

test.beforeAll(async () => {
  const selection = await createScoringSelection({ candidates: SCORING_SCENARIO_CANDIDATES });
  SLUG = selection.slug;
  SETUP = `/pansel/seleksi/${SLUG}/penilaian`;
  DECISIONS = `/pansel/seleksi/${SLUG}/keputusan`;
});

async function openInterview(page: Page): Promise<void> {
  await page.goto(SETUP);
  await page.getByTestId("tahap-INTERVIEW").getByRole("link", { name: "Wawancara" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Penilaian: Wawancara" })).toBeVisible();
}

/** The interview's minutes (berita acara) URL, from the stage link on the setup page. */
async function minutesUrl(page: Page): Promise<string> {
  await page.goto(SETUP);
  const href = (await page.getByTestId("tahap-INTERVIEW").getByRole("link", { name: "Wawancara" }).getAttribute("href")) ?? "";
  return `/api/pansel/seleksi/${SLUG}/penilaian/${href.split("/").pop()}/berita-acara`;
}

function row(page: Page, name: string) {
  return page.getByTestId("lembar-penilaian").locator("li").filter({ hasText: name });
}

async function score(page: Page, name: string, value: number): Promise<void> {
  const item = row(page, name);
  await item.getByRole("button", { name: "Saya tidak memiliki konflik kepentingan" }).click();
  await page.getByRole("dialog", { name: "Nyatakan tidak ada konflik kepentingan?" }).getByRole("button", { name: "Ya, saya tidak memiliki konflik" }).click();
  await expect(item).toHaveAttribute("data-state", "OPEN");
  await item.getByLabel("Nilai (0–100)").fill(String(value));
  await item.getByRole("button", { name: /^Kirim nilai/ }).click();
  await page.getByRole("dialog", { name: "Kirim nilai?" }).getByRole("button", { name: "Ya, kirim nilai" }).click();
  await expect(item).toHaveAttribute("data-state", "SUBMITTED");
}

test("the chair weighs the interview and assigns three scorers", async ({ page, signInAs }) => {
  await signInAs("chair");
  await page.goto(SETUP);
  await page.getByLabel("Bobot (%)").fill("100");
  await page.getByRole("button", { name: "Simpan bobot" }).click();
  await expect(page.getByText("Bobot tahapan disimpan.")).toBeVisible();
  // Until the chair confirms them, the weights say so and no score can be sent (#13).
  await expect(page.getByTestId("status-bobot")).toContainText("belum dikonfirmasi");
  await page.getByRole("button", { name: "Konfirmasi bobot dan nilai minimum" }).click();
  const dialog = page.getByRole("dialog", { name: "Konfirmasi bobot dan nilai minimum" });
  await expect(dialog).toContainText("Wawancara: bobot 100%");
  await dialog.getByRole("button", { name: "Ya, konfirmasi" }).click();
  await expect(page.getByTestId("status-bobot")).toContainText("dikonfirmasi Ketua Pansel pada");
  await expect(page.getByRole("button", { name: "Simpan bobot" })).toHaveCount(0);
  const stage = page.getByTestId("tahap-INTERVIEW");
  for (const name of [CHAIR, MEMBER_ONE, MEMBER_TWO]) await stage.getByLabel(name).check();
  await stage.getByRole("button", { name: "Simpan penilai" }).click();
  await expect(stage.getByText("Penilai disimpan.")).toBeVisible();
});

test("three members score four candidates independently; a sent score is locked", async ({ browser }) => {
  test.slow();
  const member = await pageAs(browser, "member");
  // The minutes of an open stage are the chair's draft only.
  expect((await member.request.get(await minutesUrl(member))).status()).toBe(403);
  await openInterview(member);
  // Rina's score with one sub-score by aspect.
  const rina = row(member, RINA);
  await rina.getByRole("button", { name: "Saya tidak memiliki konflik kepentingan" }).click();
  await member.getByRole("dialog", { name: "Nyatakan tidak ada konflik kepentingan?" }).getByRole("button", { name: "Ya, saya tidak memiliki konflik" }).click();
  await expect(rina).toHaveAttribute("data-state", "OPEN");
  await rina.getByRole("button", { name: "Tambah aspek" }).click();
  await rina.getByLabel("Aspek 1", { exact: true }).fill("Visi dan misi");
  await rina.getByLabel("Nilai aspek 1").fill("90");
  await rina.getByLabel("Nilai (0–100)").fill(String(SCORES[RINA]!.member));
  await rina.getByRole("button", { name: /^Kirim nilai/ }).click();
  // The summary shows the value and the aspect once more; Escape goes back without sending.
  const sendDialog = member.getByRole("dialog", { name: "Kirim nilai?" });
  await expect(sendDialog).toContainText("Visi dan misi: 90");
  await member.keyboard.press("Escape");
  await expect(sendDialog).toBeHidden();
  await expect(rina).toHaveAttribute("data-state", "OPEN");
  await rina.getByRole("button", { name: /^Kirim nilai/ }).click();
  await sendDialog.getByRole("button", { name: "Ya, kirim nilai" }).click();
  await expect(rina.getByTestId("sub-nilai-sendiri")).toHaveText("Sub-nilai: Visi dan misi 90");
  for (const name of [DONI, YUSUF, LINA]) await score(member, name, SCORES[name]!.member!);

  // The second member has not scored Rina: nothing of the first member's score is shown.
  const member2 = await pageAs(browser, "member2");
  await openInterview(member2);
  await expect(row(member2, RINA)).toHaveAttribute("data-state", "NOT_DECLARED");
  await expect(row(member2, RINA)).not.toContainText(MEMBER_ONE);
  await expect(member2.getByTestId("nilai-anggota-lain")).toHaveCount(0);
  await score(member2, RINA, SCORES[RINA]!.member2!);
  // After sending: the other member's score appears, and no field is left to change one's own.
  await expect(row(member2, RINA).getByTestId("nilai-anggota-lain")).toContainText(`${MEMBER_ONE}: 88`);
  await expect(row(member2, RINA).getByTestId("nilai-sendiri")).toHaveText("90");
  await expect(row(member2, RINA).getByText("Nilai terkirim (terkunci)")).toBeVisible();
  await expect(row(member2, RINA).getByLabel("Nilai (0–100)")).toHaveCount(0);
  for (const name of [DONI, YUSUF, LINA]) await score(member2, name, SCORES[name]!.member2!);

  const chair = await pageAs(browser, "chair");
  await openInterview(chair);
  for (const name of [RINA, DONI, YUSUF, LINA]) await score(chair, name, SCORES[name]!.chair!);
  await expect(chair.getByTestId("rekap-nilai")).toContainText("88");
});

test("the chair closes the interview, sees the ranking and proposes three names", async ({ page, signInAs }) => {
  await signInAs("chair");
  await page.goto(DECISIONS);
  await expect(page.getByText(/Peringkat ditampilkan setelah semua tahap penilaian ditutup/)).toBeVisible();
  await page.goto(SETUP);
  await page.getByRole("button", { name: "Tutup tahap Wawancara" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ya, tutup tahap" }).click();
  await expect(page.getByTestId("tahap-INTERVIEW")).toContainText("Selesai");
  const minutes = await page.request.get(await minutesUrl(page));
  expect(minutes.status()).toBe(200);
  const minutesText = await extractPdfText(await minutes.body());
  for (const text of ["BERITA ACARA PENILAIAN", MEMBER_ONE, MEMBER_TWO, "Rina Marlina"]) expect(minutesText).toContain(text);
  expect(minutesText).not.toContain("DRAF");
  const workbook = await page.request.get(`/api/pansel/seleksi/${SLUG}/ekspor-nilai`);
  expect(workbook.status()).toBe(200);
  expect(workbook.headers()["content-type"]).toContain("spreadsheetml");

  await page.goto(DECISIONS);
  const ranking = page.getByTestId("tabel-peringkat").locator("tbody tr");
  await expect(ranking).toHaveCount(4);
  const order = await ranking.evaluateAll((rows) => rows.map((tr) => (tr.textContent ?? "").replace(/\s+/g, " ")));
  expect(order[0]).toMatch(/^1.*Rina Marlina.*88.*Tiga nama/);
  expect(order[1]).toMatch(/^2.*Yusuf Hamdani.*82/);
  expect(order[2]).toMatch(/^3.*Lina Kusuma.*76/);
  expect(order[3]).toMatch(/^4.*Doni Saputra.*72/);
  await page.getByRole("button", { name: "Usulkan 3 nama kepada PPK" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ya, usulkan" }).click();
  await expect(page.getByTestId("usulan-nama").locator("li")).toHaveCount(3);
  await expect(page.getByTestId("riwayat-keputusan")).toContainText("Pansel mengusulkan tiga nama kepada PPK");
});

test("in the national order: PPK approval, report to BKN, BKN's recommendation, three names, PPK's choice, final result", async ({ browser }) => {
  test.setTimeout(test.info().timeout * 2);
  const ppk = await pageAs(browser, "ppk");
  await ppk.goto("/pansel");
  await ppk.locator(`a[href="${DECISIONS}"]`).click();
  await ppk.waitForURL(new RegExp(`${DECISIONS}$`));
  await expect(ppk.getByTestId("tabel-peringkat")).toHaveCount(0); // the ranking is the committee's
  await expect(ppk.getByTestId("usulan-nama")).toContainText(YUSUF);
  await ppk.getByLabel("Nomor surat").fill("800/45/PPK/2025");
  await ppk.getByRole("button", { name: "Setujui tiga nama" }).click();
  const approve = ppk.getByRole("dialog", { name: "Setujui tiga nama?" });
  for (const name of [RINA, YUSUF, LINA]) await expect(approve).toContainText(name);
  await approve.getByRole("button", { name: "Ya, setujui" }).click();
  await expect(ppk.getByTestId("riwayat-keputusan")).toContainText("PPK menyetujui tiga nama");
  // Out of order, refused: the PPK has no choice to make before the three names are announced.
  await expect(ppk.getByRole("button", { name: "Tetapkan pilihan" })).toHaveCount(0);

  // Out of order, refused: the three names are not announced before BKN's recommendation.
  const chair = await pageAs(browser, "chair");
  await chair.goto(DECISIONS);
  await expect(chair.getByText("Tiga nama diumumkan setelah disetujui PPK dan mendapat rekomendasi BKN")).toBeVisible();
  await expect(chair.getByRole("button", { name: "Umumkan tiga nama" })).toBeDisabled();
  await expect(chair.getByRole("button", { name: "Umumkan hasil akhir" })).toHaveCount(0);

  const secretariat = await pageAs(browser, "secretariat");
  await secretariat.goto(DECISIONS);
  await expect(secretariat.getByRole("button", { name: "Catat rekomendasi BKN" })).toHaveCount(0); // the report comes first
  await secretariat.getByLabel("Nomor surat").fill("800/99/PANSEL/2025");
  await secretariat.getByRole("button", { name: "Catat laporan kepada BKN" }).click();
  await expect(secretariat.getByText("Surat laporan kepada BKN wajib diunggah (PDF)")).toBeVisible();
  await secretariat.getByLabel(/Surat laporan kepada BKN \(PDF/).setInputFiles({ name: "laporan-bkn.pdf", mimeType: "application/pdf", buffer: await makePdf({ text: "Laporan" }) });
  await secretariat.getByRole("button", { name: "Catat laporan kepada BKN" }).click();
  await expect(secretariat.getByTestId("riwayat-keputusan")).toContainText("laporan-bkn.pdf");
  await secretariat.getByLabel("Nomor surat").fill("R-123/BKN/X/2025");
  await secretariat.getByLabel(/Surat rekomendasi BKN \(PDF/).setInputFiles({ name: "rekomendasi-bkn.pdf", mimeType: "application/pdf", buffer: await makePdf({ text: "Rekomendasi" }) });
  await secretariat.getByRole("button", { name: "Catat rekomendasi BKN" }).click();
  await expect(secretariat.getByTestId("riwayat-keputusan")).toContainText("Rekomendasi BKN diterima");

  await ppk.reload();
  await expect(ppk.getByRole("button", { name: "Tetapkan pilihan" })).toHaveCount(0); // still waiting for the announcement
  await expect(ppk.getByText("Menunggu: Tiga nama diumumkan.")).toBeVisible();

  await chair.reload();
  await chair.getByLabel("Nomor pengumuman").first().fill("10/SELTER/UJI/X/2025");
  await chair.getByRole("button", { name: "Umumkan tiga nama" }).click();
  await chair.getByRole("dialog").getByRole("button", { name: "Ya, umumkan tiga nama" }).click();
  await expect(chair.getByRole("link", { name: "Nomor 10/SELTER/UJI/X/2025" })).toBeVisible();
  // Out of order, refused: no final result before the PPK's choice.
  await expect(chair.getByText("Hasil akhir diumumkan setelah PPK memilih satu nama untuk setiap jabatan.")).toBeVisible();
  await expect(chair.getByRole("button", { name: "Umumkan hasil akhir" })).toBeDisabled();

  await ppk.reload();
  const choice = ppk.getByLabel("Nama yang dipilih PPK");
  await choice.selectOption((await choice.locator("option", { hasText: YUSUF }).getAttribute("value")) ?? "");
  await ppk.getByRole("button", { name: "Tetapkan pilihan" }).click();
  const choose = ppk.getByRole("dialog", { name: "Tetapkan pilihan PPK?" });
  await expect(choose).toContainText(YUSUF);
  await choose.getByRole("button", { name: "Ya, tetapkan pilihan" }).click();
  await expect(ppk.getByTestId("riwayat-keputusan")).toContainText(`PPK memilih satu nama`);
  await expect(ppk.getByTestId("riwayat-keputusan")).toContainText(YUSUF);

  await chair.reload();
  await chair.getByLabel("Nomor pengumuman").fill("11/SELTER/UJI/X/2025");
  await chair.getByRole("button", { name: "Umumkan hasil akhir" }).click();
  await chair.getByRole("dialog").getByRole("button", { name: "Ya, umumkan hasil akhir" }).click();
  await expect(chair.getByRole("link", { name: "Nomor 11/SELTER/UJI/X/2025" })).toBeVisible();
});

test("the public reads the three names and the final result", async ({ page }) => {
  await page.goto(`/pengumuman/${SLUG}-hasil-akhir`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Pengumuman Hasil Akhir");
  const table = page.getByTestId("tabel-keputusan");
  await expect(table).toContainText(YUSUF);
  await expect(table).toContainText("Terpilih");
  await expect(table).not.toContainText(RINA);
  await expect(page.getByText(/R-123\/BKN\/X\/2025/)).toBeVisible();
  await expect(page.getByTestId("bobot-pengumuman")).toContainText("Bobot dan nilai minimum tahapan (dikonfirmasi Ketua Pansel pada");
  const pdf = await page.request.get(`/api/pengumuman/${SLUG}-hasil-akhir/pdf`);
  expect(pdf.status()).toBe(200);
  const text = await extractPdfText(await pdf.body());
  expect(text).toContain("Yusuf Hamdani");
  expect(text).toContain("HASIL AKHIR");

  await page.goto(`/seleksi/${SLUG}`);
  // The public status follows the stages and decisions to the end (#14).
  await expect(page.getByTestId("status-seleksi")).toHaveText("Selesai");
  const list = page.getByTestId("pengumuman-seleksi");
  await expect(list.getByRole("link", { name: /^Pengumuman Hasil Akhir/ })).toBeVisible();
  await list.getByRole("link", { name: /^Pengumuman Tiga Nama/ }).click();
  await page.waitForURL(new RegExp(`/pengumuman/${SLUG}-tiga-nama$`));
  await expect(page.getByTestId("tabel-keputusan")).toContainText(RINA);
  await expect(page.getByTestId("tabel-keputusan")).toContainText(LINA);
  await expect(page.getByTestId("tabel-keputusan")).not.toContainText(DONI);
});

test("V.6: the PPK annuls the chosen candidate with a reason, chooses again, and the chair announces the corrected result", async ({ browser }) => {
  test.setTimeout(test.info().timeout * 2);
  // The selection's provisions as the Singkawang announcement states them, V.6 among them.
  await prisma.selection.update({ where: { slug: SLUG }, data: { otherTerms: singkawang2025.otherTerms } });
  const ppk = await pageAs(browser, "ppk");
  await ppk.goto(DECISIONS);
  const annul = ppk.getByTestId("pembatalan-calon");
  await annul.getByText(`Batalkan calon terpilih: ${YUSUF}`).click();
  await expect(annul.getByTestId("ketentuan-pembatalan")).toHaveText(seedListItem("singkawang", "V. KETENTUAN LAIN", 6));
  await annul.getByRole("button", { name: "Batalkan calon terpilih", exact: true }).click();
  await expect(annul.getByText("Tuliskan alasan pembatalan (paling sedikit 20 karakter)")).toBeVisible();
  const reason = "Surat keterangan sehat yang dilampirkan terbukti dipalsukan.";
  await annul.getByLabel("Alasan pembatalan (wajib)").fill(reason);
  await annul.getByRole("button", { name: "Batalkan calon terpilih", exact: true }).click();
  const confirm = ppk.getByRole("dialog", { name: "Batalkan calon terpilih?" });
  await expect(confirm).toContainText(YUSUF);
  await confirm.getByRole("button", { name: "Ya, batalkan" }).click();
  const history = ppk.getByTestId("riwayat-keputusan");
  await expect(history).toContainText("PPK membatalkan calon terpilih");
  await expect(history).toContainText(reason);

  // The PPK chooses again, among the names not annulled.
  const choice = ppk.getByLabel("Nama yang dipilih PPK");
  await expect(choice.locator("option", { hasText: YUSUF })).toHaveCount(0);
  await choice.selectOption((await choice.locator("option", { hasText: RINA }).getAttribute("value")) ?? "");
  await ppk.getByRole("button", { name: "Tetapkan pilihan" }).click();
  await ppk.getByRole("dialog", { name: "Tetapkan pilihan PPK?" }).getByRole("button", { name: "Ya, tetapkan pilihan" }).click();
  await expect(ppk.getByTestId("pembatalan-calon")).toContainText(RINA);

  const chair = await pageAs(browser, "chair");
  await chair.goto(DECISIONS);
  await chair.getByLabel("Nomor pengumuman").fill("12/SELTER/UJI/X/2025");
  await chair.getByRole("button", { name: "Umumkan hasil akhir" }).click();
  await expect(chair.getByRole("dialog")).toContainText("Perubahan hasil akhir setelah pembatalan calon terpilih");
  await chair.getByRole("dialog").getByRole("button", { name: "Ya, umumkan hasil akhir" }).click();
  await expect(chair.getByRole("link", { name: "Nomor 12/SELTER/UJI/X/2025" })).toBeVisible();

  // The public reads the corrected result beside the first one, and the selection is finished again.
  const visitor = await browser.newPage();
  await visitor.goto(`/pengumuman/${SLUG}-hasil-akhir-perubahan`);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText("Pengumuman Perubahan Hasil Akhir");
  await expect(visitor.getByTestId("tabel-keputusan")).toContainText(RINA);
  await expect(visitor.getByTestId("tabel-keputusan")).not.toContainText(YUSUF);
  await visitor.goto(`/seleksi/${SLUG}`);
  await expect(visitor.getByTestId("status-seleksi")).toHaveText("Selesai");
  await expect(visitor.getByTestId("pengumuman-seleksi").getByRole("link", { name: /^Pengumuman Perubahan Hasil Akhir/ })).toBeVisible();
});
