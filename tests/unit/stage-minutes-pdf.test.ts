import { describe, expect, it } from "vitest";
import { renderStageMinutesPdf } from "@/lib/pdf/stage-minutes";
import type { MinutesCell, StageMinutes } from "@/lib/scoring/minutes";
import { extractPdfPages, extractPdfText } from "@/tests/fixtures/pdf-text";

const MEMBERS = ["Dr. HERMANSYAH, S.H., M.Hum", "Anggota Pansel Satu", "Anggota Pansel Dua", "Anggota Pansel Tiga", "Anggota Pansel Empat"];

function registrationNumber(index: number): string {
  return `6172-25-SEKDA-${String(index + 1).padStart(5, "0")}-${index % 10}`;
}

/** A stage of 70 candidates scored by five members: every table runs over several pages. */
function longMinutes(overrides: Partial<StageMinutes> = {}): StageMinutes {
  const rows = Array.from({ length: 70 }, (_, index) => ({
    applicationId: `a${index}`,
    registrationNumber: registrationNumber(index),
    name: `Peserta Nomor ${index + 1}, S.E., M.M.`,
    cells: MEMBERS.map((_, member): MinutesCell => (member === 2 && index === 5 ? { state: "RECUSED" } : { state: "SCORED", value: 70 + member + index / 8, isCorrected: false })),
    mean: 72 + index / 8,
    spread: 4,
    spreadAlert: false,
  }));
  return {
    isDraft: false,
    generatedAt: new Date("2025-11-19T03:00:00Z"),
    selection: {
      slug: "sekda-singkawang-2025",
      title: "Seleksi Terbuka Jabatan Pimpinan Tinggi Pratama Sekretaris Daerah Kota Singkawang Tahun 2025",
      committeeName: "Panitia Seleksi Jabatan Pimpinan Tinggi Pratama di Lingkungan Pemerintah Kota Singkawang",
      committeeAddress: "Jalan Firdaus Nomor 1 Singkawang 79123",
      chairName: "Dr. HERMANSYAH, S.H., M.Hum",
      place: "Singkawang",
    },
    stage: {
      id: "s1",
      name: "Seleksi Wawancara",
      kind: "INTERVIEW",
      status: "CLOSED",
      weight: 35,
      minimumScore: null,
      startsAt: new Date("2025-11-16T17:00:00Z"),
      endsAt: new Date("2025-11-18T16:59:00Z"),
      isAllDay: true,
      scoreSpreadAlert: 20,
    },
    members: MEMBERS.map((name, index) => ({ id: `u${index}`, name, position: index === 0 ? "CHAIR" : "MEMBER" })),
    rows,
    declarations: rows.map((row, index) => ({
      memberName: MEMBERS[index % MEMBERS.length] ?? "",
      registrationNumber: row.registrationNumber,
      candidateName: row.name,
      hasConflict: index === 5,
      statement: index === 5 ? "Saudara ipar peserta" : null,
      declaredAt: new Date("2025-11-17T02:00:00Z"),
    })),
    corrections: [],
    spreadAlertCount: 0,
    ...overrides,
  };
}

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
