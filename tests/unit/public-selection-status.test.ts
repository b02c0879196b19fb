import { describe, expect, it } from "vitest";
import { publicSelectionStatus, type PublicStatusInput } from "@/lib/selections/status";

// The one public status of a selection (#14 item 0): it follows the stages and decisions to "Selesai".
const registration = { opensAt: new Date("2025-10-22T01:00:00Z"), closesAt: new Date("2025-11-06T09:00:00Z") };
const base: PublicStatusInput = {
  status: "OPEN",
  registration,
  now: new Date("2025-10-30T00:00:00Z"),
  scoredStages: [
    { name: "Penulisan Makalah", status: "PLANNED" },
    { name: "Wawancara", status: "PLANNED" },
  ],
  announcements: ["CALL"],
};
const at = (overrides: Partial<PublicStatusInput>) => publicSelectionStatus({ ...base, ...overrides });

describe("publicSelectionStatus", () => {
  it("reads the registration window's clock before the administrative result", () => {
    expect(at({ now: new Date("2025-10-01T00:00:00Z") })).toMatchObject({ phase: "UPCOMING", label: "Pendaftaran belum dibuka" });
    expect(at({})).toMatchObject({ phase: "OPEN", label: "Pendaftaran dibuka" });
    expect(at({ now: new Date("2025-11-07T00:00:00Z") })).toMatchObject({ phase: "CLOSED", label: "Pendaftaran ditutup" });
  });

  it("follows the administrative result, then the scored stage under way", () => {
    expect(at({ status: "CLOSED", announcements: ["CALL", "ADMIN_RESULT"] }).label).toBe("Hasil seleksi administrasi diumumkan");
    const paper = at({ status: "CLOSED", announcements: ["ADMIN_RESULT"], scoredStages: [{ name: "Penulisan Makalah", status: "OPEN" }, { name: "Wawancara", status: "PLANNED" }] });
    expect(paper).toMatchObject({ phase: "IN_PROGRESS", label: "Tahap Penulisan Makalah" });
    const interview = at({ status: "IN_PROGRESS", scoredStages: [{ name: "Penulisan Makalah", status: "CLOSED" }, { name: "Wawancara", status: "SCORING" }] });
    expect(interview.label).toBe("Tahap Wawancara");
    const allClosed = at({ status: "IN_PROGRESS", scoredStages: [{ name: "Penulisan Makalah", status: "CLOSED" }, { name: "Wawancara", status: "CLOSED" }] });
    expect(allClosed.label).toBe("Penilaian selesai; penetapan tiga nama");
  });

  it("says the three names are announced, then that the PPK has chosen", () => {
    const closed = [{ name: "Wawancara", status: "CLOSED" as const }];
    expect(at({ status: "IN_PROGRESS", scoredStages: closed, announcements: ["ADMIN_RESULT", "SHORTLIST"] }).label).toBe("Tiga nama diumumkan");
    expect(at({ status: "DECIDED", scoredStages: closed, announcements: ["SHORTLIST"] })).toMatchObject({ phase: "DECIDED" });
  });

  it("is Selesai once the final result is published, even if the stored status lags", () => {
    const closed = [{ name: "Wawancara", status: "CLOSED" as const }];
    expect(at({ status: "COMPLETED", scoredStages: closed })).toMatchObject({ phase: "COMPLETED", label: "Selesai", tone: "success" });
    expect(at({ status: "CLOSED", scoredStages: closed, announcements: ["FINAL_RESULT"] })).toMatchObject({ phase: "COMPLETED", label: "Selesai" });
  });

  it("after the PPK annuls a chosen candidate (V.6): waiting for the new choice, then for the corrected result", () => {
    const closed = [{ name: "Wawancara", status: "CLOSED" as const }];
    const announced = ["SHORTLIST", "FINAL_RESULT"] as const;
    expect(at({ status: "IN_PROGRESS", scoredStages: closed, announcements: [...announced] })).toMatchObject({ phase: "IN_PROGRESS", label: "Calon terpilih dibatalkan PPK; menunggu pilihan PPK" });
    expect(at({ status: "DECIDED", scoredStages: closed, announcements: [...announced] })).toMatchObject({ phase: "DECIDED", label: "PPK telah memilih kembali; menunggu pengumuman perubahan hasil akhir" });
    expect(at({ status: "COMPLETED", scoredStages: closed, announcements: [...announced, "FINAL_RESULT"] })).toMatchObject({ phase: "COMPLETED", label: "Selesai" });
  });

  it("says registration is reopened while a selection reopened after an escalation is open again", () => {
    const reopened: Partial<PublicStatusInput> = { status: "OPEN", registrationReopened: true, announcements: ["CALL", "ADMIN_RESULT"], scoredStages: [{ name: "Wawancara", status: "CLOSED" }] };
    expect(at(reopened)).toMatchObject({ phase: "OPEN", label: "Pendaftaran dibuka kembali" });
    expect(at({ ...reopened, now: new Date("2025-11-07T00:00:00Z") })).toMatchObject({ phase: "CLOSED", label: "Pendaftaran ditutup" });
    expect(at({ status: "ESCALATED", registrationReopened: true }).label).toBe("Dieskalasi kepada lembaga pengawas");
  });

  it("names an escalation and a cancellation", () => {
    expect(at({ status: "ESCALATED" })).toMatchObject({ phase: "ESCALATED", label: "Dieskalasi kepada lembaga pengawas", tone: "danger" });
    expect(at({ status: "CANCELLED", announcements: ["FINAL_RESULT"] })).toMatchObject({ phase: "CANCELLED", label: "Dibatalkan" });
  });
});
