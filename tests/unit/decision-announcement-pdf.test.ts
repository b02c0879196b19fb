import { describe, expect, it } from "vitest";
import { buildSnapshotVacancy, DECISION_SNAPSHOT_VERSION, type DecisionSnapshot } from "@/lib/decisions/snapshot";
import { renderDecisionAnnouncement } from "@/lib/pdf/decision-announcement";
import { extractPdfText } from "@/tests/fixtures/pdf-text";

const NAMES = [
  { registrationNumber: "6172-25-SEKDA-00003-1", name: "Yusuf Hamdani", nip: "197506012000031003", rank: 2, final: 82.25, label: "Diusulkan kepada PPK" },
  { registrationNumber: "6172-25-SEKDA-00001-5", name: "Rina Marlina", nip: "197504012000031001", rank: 1, final: 88, label: "Diusulkan kepada PPK" },
  { registrationNumber: "6172-25-SEKDA-00004-9", name: "Ahmad Lubis", nip: "197507012000031004", rank: 3, final: 76.5, label: "Diusulkan kepada PPK" },
];

function snapshot(order: DecisionSnapshot["order"]): DecisionSnapshot {
  return {
    version: DECISION_SNAPSHOT_VERSION,
    kind: "SHORTLIST",
    title: "Pengumuman Tiga Nama Hasil Seleksi Uji",
    number: "10/SELTER/UJI/XI/2025",
    date: "2025-11-20",
    order,
    selection: { slug: "uji", title: "Seleksi Uji" },
    committee: { name: "Panitia Seleksi Uji", address: "Jalan Firdaus Nomor 1", chairName: "Dr. Ketua Uji", place: "Singkawang" },
    opening: "Panitia Seleksi mengumumkan tiga nama.",
    closing: "Demikian pengumuman ini disampaikan untuk diketahui.",
    vacancies: [buildSnapshotVacancy({ title: "Sekretaris Daerah", quota: 1, note: null }, NAMES, order)],
  };
}

describe("the three-names announcement", () => {
  it("ranked: by rank with the final score, NIPs masked", async () => {
    const vacancy = snapshot("RANKED").vacancies[0]!;
    expect(vacancy.rows.map((row) => [row.rank, row.name, row.final])).toEqual([
      [1, "Rina Marlina", "88,000"],
      [2, "Yusuf Hamdani", "82,250"],
      [3, "Ahmad Lubis", "76,500"],
    ]);
    const text = await extractPdfText(await renderDecisionAnnouncement(snapshot("RANKED")));
    expect(text).toContain("TIGA NAMA HASIL SELEKSI UJI");
    expect(text).toContain("82,250");
    expect(text).not.toContain("197506012000031003");
    expect(text).toContain("Dr. Ketua Uji");
  });

  it("alphabetical: by name, no rank and no score anywhere", async () => {
    const vacancy = snapshot("ALPHABETICAL").vacancies[0]!;
    expect(vacancy.rows.map((row) => [row.no, row.name, row.rank, row.final])).toEqual([
      [1, "Ahmad Lubis", null, null],
      [2, "Rina Marlina", null, null],
      [3, "Yusuf Hamdani", null, null],
    ]);
    const text = await extractPdfText(await renderDecisionAnnouncement(snapshot("ALPHABETICAL")));
    expect(text).toContain("Nama disusun menurut abjad");
    expect(text).not.toContain("82,250");
    expect(text).not.toContain("Peringkat");
  });
});
