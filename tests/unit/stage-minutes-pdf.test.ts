import { describe, expect, it } from "vitest";
import { renderStageMinutesPdf } from "@/lib/pdf/stage-minutes";
import { extractPdfPages, extractPdfText } from "@/tests/fixtures/pdf-text";
import { longMinutes, registrationNumber } from "../factories/minutes";


describe("stage minutes PDF", () => {
  it("continues long tables across pages with their header repeated, and ends with the chair's signature", async () => {
    const pages = await extractPdfPages(await renderStageMinutesPdf(longMinutes()));
    expect(pages.length).toBeGreaterThan(3);
    const text = pages.join("\n");
    for (let index = 0; index < 70; index++) expect(text).toContain(registrationNumber(index));
    // The scores table runs onto the second page, which starts with its header again.
    expect(pages[1]?.split("\n")[0]).toBe("No Nomor Pendaftaran Nama P1 P2 P3 P4 P5 Rata-rata");
    expect(text).toContain("Pada 17-18 November 2025, Panitia Seleksi");
    expect(text).toContain("Tidak ada koreksi nilai.");
    expect(text).toContain("Tidak ada selisih nilai antaranggota yang melebihi 20 poin.");
    expect(text).toMatch(/6172-25-SEKDA-00006-5 Peserta Nomor 6, S.E., M.M\. [\d,]+ [\d,]+ KK /);
    const last = pages.at(-1) ?? "";
    expect(last).toContain("Singkawang, 19 November 2025");
    expect(last).toContain("Ketua Panitia Seleksi,");
    expect(last).toContain("Dr. HERMANSYAH, S.H., M.Hum");
    expect(text).not.toContain("DRAF");
  });

  it("states the weights and minimums, as 'belum dikonfirmasi' until the chair confirms them (#13)", async () => {
    const unconfirmed = longMinutes({ weights: { confirmedAt: null, stages: [{ name: "Seleksi Wawancara", weight: 100, minimum: null }] } });
    const draft = (await extractPdfText(await renderStageMinutesPdf(unconfirmed))).replace(/\s+/g, " ");
    expect(draft).toContain("Bobot dan nilai minimum tahapan (belum dikonfirmasi): Seleksi Wawancara: bobot 100%.");
    const confirmed = (await extractPdfText(await renderStageMinutesPdf(longMinutes()))).replace(/\s+/g, " ");
    expect(confirmed).toContain("(dikonfirmasi Ketua Pansel pada 9 November 2025 pukul 09.00 WIB)");
    expect(confirmed).toContain("Assessment Center: bobot 25%, nilai minimum 68 (peserta di bawahnya tidak diperingkat)");
  });

  it("marks a draft on every page and lists the spread alerts and corrections", async () => {
    const minutes = longMinutes({
      isDraft: true,
      rows: longMinutes().rows.slice(0, 2).map((row, index) => ({ ...row, spreadAlert: index === 1, spread: index === 1 ? 24.5 : 4 })),
      spreadAlertCount: 1,
      corrections: [
        {
          memberName: "Anggota Pansel Dua",
          registrationNumber: registrationNumber(0),
          candidateName: "Peserta Nomor 1",
          originalValue: 58,
          correctedValue: 68.125,
          reason: "Salah ketik",
          approvedByName: "Dr. HERMANSYAH, S.H., M.Hum",
          correctedAt: new Date("2025-11-18T08:30:00Z"),
        },
      ],
    });
    const bytes = await renderStageMinutesPdf(minutes);
    const pages = await extractPdfPages(bytes);
    for (const page of pages) expect(page).toContain("DRAF");
    const text = await extractPdfText(bytes);
    expect(text).toContain("DRAF - tahap belum ditutup");
    expect(text).toContain(`Selisih nilai antaranggota melebihi 20 poin pada peserta: ${registrationNumber(1)} (selisih 24,5).`);
    expect(text).toMatch(/58 68,125 Salah ketik/);
    expect(text).not.toContain("Tidak ada koreksi nilai");
  });
});
