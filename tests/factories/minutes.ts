// Minutes of a long scored stage, built in memory for the PDF tests and the benchmark.
import type { MinutesCell, StageMinutes } from "@/lib/scoring/minutes";

export const MEMBERS = ["Dr. HERMANSYAH, S.H., M.Hum", "Anggota Pansel Satu", "Anggota Pansel Dua", "Anggota Pansel Tiga", "Anggota Pansel Empat"];

export function registrationNumber(index: number): string {
  return `6172-25-SEKDA-${String(index + 1).padStart(5, "0")}-${index % 10}`;
}

/** A stage of 70 candidates scored by five members: every table runs over several pages. */
export function longMinutes(overrides: Partial<StageMinutes> = {}): StageMinutes {
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
    substitutes: [],
    corrections: [],
    spreadAlertCount: 0,
    weights: {
      confirmedAt: new Date("2025-11-09T02:00:00Z"),
      stages: [
        { name: "Penelusuran Rekam Jejak", weight: 20, minimum: null },
        { name: "Penulisan Makalah", weight: 20, minimum: null },
        { name: "Assessment Center", weight: 25, minimum: 68 },
        { name: "Seleksi Wawancara", weight: 35, minimum: null },
      ],
    },
    ...overrides,
  };
}
