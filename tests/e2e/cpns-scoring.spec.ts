// The chair's CAT journey on a CPNS selection of this spec's own (tests/factories/cpns.ts): candidates past
// the administrative selection in formation "Perawat Terampil" (quota 1: three SKB places). The chair imports
// the SKD file (a bad row is shown with its line first), publishes the formation's SKD result, then imports
// the SKB file, sees the final ranking and
// publishes the formation's result; the public reads it, with the NIK masked, and downloads the PDF.
import AxeBuilder from "@axe-core/playwright";
import { buildXlsx } from "@/lib/export/xlsx";
import { prisma } from "@/lib/db";
import { addCpnsCandidate, createCpnsSelection, seatCpnsCommittee } from "../factories/cpns";
import { skipAdministrativeSelection } from "../factories/results";
import { extractPdfText } from "../fixtures/pdf-text";
import { expect, pageAs, test } from "./fixtures";

test.describe.configure({ mode: "serial", retries: 0 });

let SLUG: string;
let RESULT_URL: string;
let SKD_URL: string;
let CORRECTION_URL: string;
const PEOPLE: Array<{ name: string; number: string; nik: string; skd: [number, number, number]; skb: number }> = [];
const SCENARIO: Array<[string, [number, number, number], number]> = [
  ["Rahmi Putri", [100, 100, 150], 70],
  ["Fauzan Akbar", [80, 90, 130], 92],
  ["Sari Wulandari", [70, 85, 127], 75],
  ["Yoga Pratama", [65, 80, 126], 99],
];

test.beforeAll(async () => {
  // The e2e server's clock stands in October 2025: the announcement is dated before it, so the result can follow it.
  const selection = await createCpnsSelection("e2e", (seed) => ({ ...seed, announcementDate: "2025-10-01" }));
  SLUG = selection.slug;
  const committee = await seatCpnsCommittee(selection);
  for (const [index, [name, skd, skb]] of SCENARIO.entries()) {
    const applicant = await addCpnsCandidate(selection, committee, { name, vacancyIndex: 1, birthDate: `199${index}-01-01`, gpa: 3.2 });
    PEOPLE.push({ name, number: applicant.registrationNumber, nik: applicant.nik, skd, skb });
  }
  await skipAdministrativeSelection(
    selection.id,
    (await prisma.application.findMany({ where: { selectionId: selection.id }, select: { id: true } })).map((row) => row.id),
  );
});

function csv(lines: readonly string[]): Buffer {
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}

test("the chair imports the SKD file after fixing the row the preview flags, and sees the SKB shortlist", async ({ browser }) => {
  const chair = await pageAs(browser, "chair");
  await chair.goto(`/pansel/seleksi/${SLUG}/penilaian`);
  const skd = chair.locator("#impor-skd");
  const bad = csv(["nomor_peserta;twk;tiu;tkp", ...PEOPLE.map((p, index) => `${p.number};${index === 1 ? 151 : p.skd[0]};${p.skd[1]};${p.skd[2]}`)]);
  await skd.getByLabel("Berkas hasil SKD (.csv atau .xlsx)").setInputFiles({ name: "skd.csv", mimeType: "text/csv", buffer: bad });
  await skd.getByRole("button", { name: "Pratinjau" }).click();
  await expect(skd.getByTestId("pratinjau-cat")).toContainText("Baris 3: twk 151 di luar rentang 0–150");
  await expect(skd.getByRole("button", { name: "Impor hasil SKD" })).toBeDisabled();

  const good = csv(["nomor_peserta;twk;tiu;tkp", ...PEOPLE.map((p) => `${p.number};${p.skd.join(";")}`)]);
  await skd.getByLabel("Berkas hasil SKD (.csv atau .xlsx)").setInputFiles({ name: "skd.csv", mimeType: "text/csv", buffer: good });
  await skd.getByRole("button", { name: "Pratinjau" }).click();
  await expect(skd.getByRole("status").filter({ hasText: "4 baru" })).toBeVisible();
  await skd.getByRole("button", { name: "Impor hasil SKD" }).click();
  await chair.getByRole("dialog", { name: "Impor hasil SKD?" }).getByRole("button", { name: "Ya, impor" }).click();
  await expect(skd.getByText("Hasil SKD tersimpan: 4 baru, 0 diperbarui, 0 tetap.")).toBeVisible();

  const formation = chair.locator("section", { has: chair.getByRole("heading", { name: /Formasi Perawat Terampil/ }) });
  const skdTable = formation.locator('[data-testid^="skd-"]');
  await expect(skdTable.locator("tbody tr").filter({ hasText: "Peserta SKB" })).toHaveCount(3);
  await expect(skdTable.locator("tbody tr").filter({ hasText: "Yoga Pratama" })).toContainText("di luar 3 × kebutuhan");
});

test("the chair publishes the formation's SKD result before the SKB; the public reads who is called to the SKB", async ({ browser }) => {
  const chair = await pageAs(browser, "chair");
  await chair.goto(`/pansel/seleksi/${SLUG}/penilaian`);
  await expect(chair.getByTestId("ambang-batas-skd")).toContainText("TWK 65, TIU 80, TKP 126");
  await expect(chair.locator("#impor-skb")).toContainText("Umumkan hasil SKD formasi terlebih dahulu");
  const formation = chair.locator("section", { has: chair.getByRole("heading", { name: /Formasi Perawat Terampil/ }) });
  await formation.getByLabel("Nomor pengumuman").fill("800/98/BKPSDM-SWL/2019");
  await formation.getByRole("button", { name: "Umumkan hasil SKD formasi" }).click();
  await chair.getByRole("dialog").getByRole("button", { name: "Ya, umumkan hasil SKD" }).click();
  const published = formation.locator('[data-testid^="pengumuman-skd-"]');
  await expect(published).toContainText("Hasil SKD formasi ini telah diumumkan (Nomor 800/98/BKPSDM-SWL/2019)");
  await published.getByRole("link", { name: "lihat pengumuman hasil SKD" }).click();
  await expect(chair.getByRole("heading", { level: 1, name: /Pengumuman Hasil Seleksi Kompetensi Dasar/ })).toBeVisible();
  SKD_URL = new URL(chair.url()).pathname;

  const visitor = await browser.newPage();
  await visitor.goto(SKD_URL);
  const table = visitor.getByTestId("tabel-hasil-cpns");
  await expect(table.locator("tbody tr")).toHaveCount(4);
  await expect(table.locator("tbody tr").filter({ hasText: "Lulus SKD, mengikuti SKB" })).toHaveCount(3);
  await expect(table.locator("tbody tr").filter({ hasText: "Yoga Pratama" })).toContainText("Memenuhi nilai ambang batas, di luar peringkat peserta SKB");
  await expect(visitor.getByText("Nilai ambang batas kelulusan SKD seleksi ini: TWK 65, TIU 80, TKP 126")).toBeVisible();
  await expect(table).not.toContainText(PEOPLE[0]!.nik);
  const pdf = await visitor.request.get(`/api${SKD_URL}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(await extractPdfText(await pdf.body())).toContain("HASIL SELEKSI KOMPETENSI DASAR");
});

test("the chair imports the SKB workbook, sees the final ranking and publishes it; the public reads it", async ({ browser }) => {
  const chair = await pageAs(browser, "chair");
  await chair.goto(`/pansel/seleksi/${SLUG}/penilaian`);
  const skb = chair.locator("#impor-skb");
  const workbook = await buildXlsx({ name: "SKB", header: ["Nomor Peserta", "Nama", "SKB CAT"], rows: PEOPLE.slice(0, 3).map((p) => [p.number, p.name, p.skb]) });
  await skb.getByLabel("Berkas hasil SKB (.csv atau .xlsx)").setInputFiles({ name: "skb.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: workbook });
  await skb.getByRole("button", { name: "Pratinjau" }).click();
  await expect(skb.getByRole("status").filter({ hasText: "3 baru" })).toBeVisible();
  await skb.getByRole("button", { name: "Impor hasil SKB" }).click();
  await chair.getByRole("dialog", { name: "Impor hasil SKB?" }).getByRole("button", { name: "Ya, impor" }).click();
  await expect(skb.getByText("Hasil SKB tersimpan: 3 baru, 0 diperbarui, 0 tetap.")).toBeVisible();

  const formation = chair.locator("section", { has: chair.getByRole("heading", { name: /Formasi Perawat Terampil/ }) });
  // Fauzan: 0.4 × 300/500 × 100 + 0.6 × 92 = 79.2; Rahmi: 0.4 × 70 + 0.6 × 70 = 70; Sari: 0.4 × 56.4 + 0.6 × 75 = 67.56.
  const final = formation.locator('[data-testid^="akhir-"] tbody tr');
  await expect(final).toHaveCount(3);
  await expect(final.nth(0)).toContainText("Fauzan Akbar");
  await expect(final.nth(0)).toContainText("79,2");
  await expect(final.nth(0)).toContainText("Lulus (sesuai kebutuhan)");
  await expect(final.nth(2)).toContainText("Sari Wulandari");

  await formation.getByLabel("Nomor pengumuman").fill("800/99/BKPSDM-SWL/2019");
  await formation.getByRole("button", { name: "Umumkan hasil akhir formasi" }).click();
  await chair.getByRole("dialog").getByRole("button", { name: "Ya, umumkan hasil akhir" }).click();
  // After the refresh the formation shows its published announcement instead of the form.
  const published = formation.locator('[data-testid^="terbit-"]');
  await expect(published).toContainText("Hasil akhir formasi ini telah diumumkan (Nomor 800/99/BKPSDM-SWL/2019)");
  await published.getByRole("link", { name: "lihat pengumuman" }).click();
  await expect(chair.getByRole("heading", { level: 1, name: /Pengumuman Hasil Akhir/ })).toBeVisible();

  // The public (a fresh context, no session) reads the frozen result.
  const url = new URL(chair.url()).pathname;
  RESULT_URL = url;
  const visitor = await browser.newPage();
  await visitor.goto(url);
  const table = visitor.getByTestId("tabel-hasil-cpns");
  await expect(table.locator("tbody tr")).toHaveCount(3);
  await expect(table.locator("tbody tr").nth(0)).toContainText("Fauzan Akbar");
  await expect(table.locator("tbody tr").nth(0)).toContainText("79,200");
  await expect(table).not.toContainText(PEOPLE[1]!.nik);
  await expect(table).toContainText(`${PEOPLE[1]!.nik.slice(0, 4)}********${PEOPLE[1]!.nik.slice(-4)}`);
  const pdf = await visitor.request.get(`/api${url}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(await extractPdfText(await pdf.body())).toContain("Fauzan Akbar");
});

test("a selected participant withdraws: the chair records it and the next in rank is selected in a corrected result beside the first", async ({ browser }) => {
  const chair = await pageAs(browser, "chair");
  await chair.goto(`/pansel/seleksi/${SLUG}/penilaian`);
  const section = chair.locator('[data-testid^="pengunduran-"]');
  const fauzan = PEOPLE[1]!;
  await section.getByLabel("Peserta yang mengundurkan diri").selectOption({ label: `${fauzan.name} (${fauzan.number})` });
  await section.getByLabel("Alasan pengunduran diri").fill("Diterima bekerja di instansi lain; surat pengunduran diri diterima panitia.");
  await section.getByRole("button", { name: "Catat pengunduran diri" }).click();
  await chair.getByRole("dialog").getByRole("button", { name: "Ya, catat pengunduran diri" }).click();
  // Rahmi Putri was 2nd in the published ranking (70,000).
  await expect(section.locator('[data-testid^="pengganti-"]')).toContainText(`Rahmi Putri (${PEOPLE[0]!.number}, peringkat 2)`);
  await section.getByLabel("Nomor pengumuman").fill("800/100/BKPSDM-SWL/2019");
  await section.getByRole("button", { name: "Umumkan perubahan hasil akhir formasi" }).click();
  await chair.getByRole("dialog").getByRole("button", { name: "Ya, umumkan perubahan" }).click();
  const link = section.getByRole("link", { name: "lihat pengumuman perubahan" });
  await expect(link).toBeVisible();
  CORRECTION_URL = (await link.getAttribute("href"))!;
  // The staff screens say it in the CPNS words: the ranking and the verification queue.
  await chair.reload();
  await expect(chair.locator('[data-testid^="akhir-"] tbody tr').filter({ hasText: "Rahmi Putri" })).toContainText("Status lamaran: Lulus hasil akhir (pengganti)");
  await chair.goto(`/pansel/seleksi/${SLUG}/lamaran`);
  await expect(chair.getByTestId(`lamaran-${fauzan.number}`).getByTestId("status-lamaran")).toHaveText("Ditarik / mengundurkan diri");
  await expect(chair.getByTestId(`lamaran-${PEOPLE[0]!.number}`).getByTestId("status-lamaran")).toHaveText("Lulus hasil akhir (pengganti)");

  const visitor = await browser.newPage();
  // The first announcement is unchanged.
  await visitor.goto(RESULT_URL);
  await expect(visitor.getByTestId("tabel-hasil-cpns").locator("tbody tr").nth(0)).toContainText("Lulus");
  await expect(visitor.getByTestId("tabel-hasil-cpns")).not.toContainText("Mengundurkan diri");
  await visitor.goto(CORRECTION_URL);
  await expect(visitor.getByRole("heading", { level: 1, name: /Pengumuman Perubahan Hasil Akhir/ })).toBeVisible();
  await expect(visitor.getByTestId("ralat-cpns")).toContainText("Nomor 800/99/BKPSDM-SWL/2019");
  const rows = visitor.getByTestId("tabel-hasil-cpns").locator("tbody tr");
  await expect(rows.filter({ hasText: "Fauzan Akbar" })).toContainText("Mengundurkan diri");
  await expect(rows.filter({ hasText: "Rahmi Putri" })).toContainText("Lulus (pengganti)");
});

test("the CPNS scoring page and the published result have no serious accessibility problem", async ({ browser }) => {
  const chair = await pageAs(browser, "chair");
  for (const url of [`/pansel/seleksi/${SLUG}/penilaian`, SKD_URL, RESULT_URL, CORRECTION_URL]) {
    await chair.goto(url);
    const result = await new AxeBuilder({ page: chair }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = result.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
    expect(serious.map((violation) => `${url} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(" | ")}`)).toEqual([]);
  }
});
