// The status machines of application, selection, stage and document (ARCHITECTURE.md convention 5).
// Each table is written out here once more, by hand: every pair of statuses is checked against it, so
// a move added to or dropped from a module's table fails here until this file agrees.
import { describe, expect, it } from "vitest";
import { APPLICATION_STATUS_LABELS, applicationStatusLabel, applicationStatusLabels, CPNS_REPLACEMENT_STATUS_LABEL,
  ESCALATED_IN_STAGES_LABEL, assertApplicationTransition, canApplicationTransition } from "@/lib/applications/status";
import { DOCUMENT_STATUS_LABELS } from "@/lib/documents/labels";
import { assertDocumentTransition, canDocumentTransition } from "@/lib/documents/status";
import { AppError } from "@/lib/errors";
import { ApplicationStatus, DocumentStatus, SelectionStatus, StageStatus } from "@/lib/generated/prisma/enums";
import { assertStageTransition, canStageTransition, STAGE_STATUS_LABELS } from "@/lib/scoring/stage-status";
import {
  assertSelectionTransition,
  canSelectionTransition,
  SELECTION_PHASE_LABELS,
  SELECTION_STATUS_LABELS,
  selectionPhase,
} from "@/lib/selections/status";

function refusalOf(run: () => void): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

type Machine<S extends string> = {
  name: string;
  statuses: readonly S[];
  expected: Record<S, readonly S[]>;
  can: (from: S, to: S) => boolean;
  assert: (from: S, to: S) => void;
  labels: Record<S, string>;
  /** Paths through the lifecycle that must be walkable move by move. */
  paths: readonly (readonly S[])[];
};

function checkMachine<S extends string>(machine: Machine<S>): void {
  describe(`${machine.name} status machine`, () => {
    const pairs = machine.statuses.flatMap((from) => machine.statuses.map((to) => [from, to] as const));

    it.each(pairs.filter(([from, to]) => machine.expected[from].includes(to)))("allows %s → %s", (from, to) => {
      expect(machine.can(from, to)).toBe(true);
      expect(() => machine.assert(from, to)).not.toThrow();
    });

    it.each(pairs.filter(([from, to]) => !machine.expected[from].includes(to)))("refuses %s → %s with INVALID_TRANSITION", (from, to) => {
      expect(machine.can(from, to)).toBe(false);
      const error = refusalOf(() => machine.assert(from, to));
      expect(error.code).toBe("INVALID_TRANSITION");
      expect(error.message).toMatch(/tidak dapat|sudah ditutup|belum/);
    });

    it.each(machine.paths.map((path) => [path.join(" → "), path] as const))("walks the lifecycle %s", (_name, path) => {
      for (let index = 1; index < path.length; index += 1) expect(machine.can(path[index - 1]!, path[index]!)).toBe(true);
    });

    it("has an Indonesian label for every status, no two alike", () => {
      const labels = machine.statuses.map((status) => machine.labels[status]);
      expect(labels.every((label) => typeof label === "string" && label.length > 2 && !/^[A-Z_]+$/.test(label))).toBe(true);
      expect(new Set(labels).size).toBe(labels.length);
    });
  });
}

checkMachine<ApplicationStatus>({
  name: "application",
  statuses: Object.values(ApplicationStatus),
  expected: {
    DRAFT: ["SUBMITTED", "WITHDRAWN"],
    SUBMITTED: ["ADMIN_PASSED", "ADMIN_FAILED", "WITHDRAWN"],
    ADMIN_PASSED: ["IN_STAGES", "ADMIN_FAILED", "WITHDRAWN"],
    ADMIN_FAILED: ["ADMIN_PASSED"],
    IN_STAGES: ["SHORTLISTED", "NOT_SHORTLISTED", "WITHDRAWN"],
    SHORTLISTED: ["SELECTED", "NOT_SELECTED", "ANNULLED"],
    NOT_SHORTLISTED: [],
    SELECTED: ["ANNULLED", "WITHDRAWN"],
    NOT_SELECTED: ["SELECTED"],
    WITHDRAWN: [],
    ANNULLED: [],
  },
  can: canApplicationTransition,
  assert: (from, to) => assertApplicationTransition(from, to),
  labels: APPLICATION_STATUS_LABELS,
  paths: [
    ["DRAFT", "SUBMITTED", "ADMIN_PASSED", "IN_STAGES", "SHORTLISTED", "SELECTED"],
    ["DRAFT", "SUBMITTED", "ADMIN_FAILED", "ADMIN_PASSED", "IN_STAGES", "NOT_SHORTLISTED"],
    ["DRAFT", "SUBMITTED", "ADMIN_PASSED", "IN_STAGES", "SHORTLISTED", "NOT_SELECTED"],
    // V.6: the chosen candidate annulled, another of the three chosen instead.
    ["DRAFT", "SUBMITTED", "ADMIN_PASSED", "IN_STAGES", "SHORTLISTED", "SELECTED", "ANNULLED"],
    ["DRAFT", "SUBMITTED", "ADMIN_PASSED", "IN_STAGES", "SHORTLISTED", "NOT_SELECTED", "SELECTED"],
    // CPNS: a selected participant withdraws after the final result; the next in rank replaces them.
    ["DRAFT", "SUBMITTED", "ADMIN_PASSED", "IN_STAGES", "SHORTLISTED", "SELECTED", "WITHDRAWN"],
  ],
});

checkMachine<SelectionStatus>({
  name: "selection",
  statuses: Object.values(SelectionStatus),
  expected: {
    DRAFT: ["OPEN"],
    OPEN: ["CLOSED"],
    CLOSED: ["IN_PROGRESS"],
    IN_PROGRESS: ["DECIDED", "ESCALATED", "CANCELLED"],
    ESCALATED: ["OPEN", "DECIDED", "CANCELLED"],
    DECIDED: ["COMPLETED", "IN_PROGRESS", "ESCALATED"],
    COMPLETED: ["IN_PROGRESS", "ESCALATED"],
    CANCELLED: [],
  },
  can: canSelectionTransition,
  assert: assertSelectionTransition,
  labels: SELECTION_STATUS_LABELS,
  paths: [
    ["DRAFT", "OPEN", "CLOSED", "IN_PROGRESS", "DECIDED", "COMPLETED"],
    ["OPEN", "CLOSED", "IN_PROGRESS", "ESCALATED"],
    ["OPEN", "CLOSED", "IN_PROGRESS", "CANCELLED"],
    ["OPEN", "CLOSED", "IN_PROGRESS", "ESCALATED", "DECIDED", "COMPLETED"],
    ["OPEN", "CLOSED", "IN_PROGRESS", "ESCALATED", "CANCELLED"],
    // #15 item 3: registration reopened after an escalation, then a new administrative result.
    ["OPEN", "CLOSED", "IN_PROGRESS", "ESCALATED", "OPEN", "CLOSED"],
    // V.6: the chosen candidate annulled after the final result; chosen again, announced again.
    ["CLOSED", "IN_PROGRESS", "DECIDED", "COMPLETED", "IN_PROGRESS", "DECIDED", "COMPLETED"],
  ],
});

checkMachine<StageStatus>({
  name: "stage",
  statuses: Object.values(StageStatus),
  expected: { PLANNED: ["OPEN", "SCORING"], OPEN: ["SCORING"], SCORING: ["CLOSED"], CLOSED: ["SCORING"] },
  can: canStageTransition,
  assert: (from, to) => assertStageTransition(from, to),
  labels: STAGE_STATUS_LABELS,
  paths: [
    ["PLANNED", "OPEN", "SCORING", "CLOSED"],
    ["PLANNED", "SCORING", "CLOSED"],
    // #15 item 3: reopened for the candidates who entered after registration was reopened, then closed again.
    ["PLANNED", "OPEN", "SCORING", "CLOSED", "SCORING", "CLOSED"],
  ],
});

checkMachine<DocumentStatus>({
  name: "document",
  statuses: Object.values(DocumentStatus),
  expected: {
    MISSING: ["UPLOADED"],
    UPLOADED: ["UPLOADED", "MEETS", "FAILS"],
    MEETS: ["UPLOADED", "MEETS", "FAILS"],
    FAILS: ["UPLOADED", "MEETS", "FAILS"],
  },
  can: canDocumentTransition,
  assert: assertDocumentTransition,
  labels: DOCUMENT_STATUS_LABELS,
  paths: [
    ["MISSING", "UPLOADED", "FAILS", "UPLOADED", "MEETS"],
    ["MISSING", "UPLOADED", "UPLOADED", "MEETS", "FAILS"],
  ],
});

describe("refusal messages", () => {
  it("name both statuses in Indonesian, and the application's number in a bulk move", () => {
    expect(refusalOf(() => assertApplicationTransition("SUBMITTED", "SUBMITTED")).message).toBe(
      'Status lamaran tidak dapat diubah dari "Terkirim, menunggu verifikasi" menjadi "Terkirim, menunggu verifikasi".',
    );
    expect(refusalOf(() => assertApplicationTransition("ADMIN_FAILED", "IN_STAGES", "6172-25-SEKDA-00001-3")).message).toBe(
      'Status lamaran 6172-25-SEKDA-00001-3 tidak dapat diubah dari "Tidak memenuhi syarat administrasi" menjadi "Mengikuti tahapan seleksi".',
    );
    expect(refusalOf(() => assertSelectionTransition("OPEN", "IN_PROGRESS")).message).toBe(
      'Status seleksi tidak dapat diubah dari "Pendaftaran dibuka" menjadi "Penilaian".',
    );
  });

  it("say a stage is already closed, or not scored yet", () => {
    expect(refusalOf(() => assertStageTransition("CLOSED", "CLOSED", "Wawancara")).message).toBe('Tahap "Wawancara" sudah ditutup; statusnya tidak dapat diubah lagi.');
    expect(refusalOf(() => assertStageTransition("OPEN", "CLOSED", "Wawancara")).message).toBe('Tahap "Wawancara" belum dinilai sehingga belum dapat ditutup.');
    expect(refusalOf(() => assertStageTransition("SCORING", "OPEN")).message).toBe('Status tahap ini tidak dapat diubah dari "Penilaian" menjadi "Berlangsung".');
  });

  it("say a document without a file cannot be judged", () => {
    expect(refusalOf(() => assertDocumentTransition("MISSING", "MEETS")).message).toMatch(/belum diunggah/);
    expect(refusalOf(() => assertDocumentTransition("MEETS", "MISSING")).message).toBe('Status berkas tidak dapat diubah dari "Memenuhi syarat" menjadi "Belum diunggah".');
  });
});

describe("selection phase (registration closing is a time, not an event)", () => {
  const registration = { opensAt: new Date("2025-10-21T17:00:00Z"), closesAt: new Date("2025-11-06T09:00:00Z") }; // 22 Oct 00:00 – 6 Nov 16:00 WIB

  it("applies the clock to a published selection: upcoming, open, closed at the deadline instant", () => {
    expect(selectionPhase("OPEN", registration, new Date("2025-10-21T16:59:59Z"))).toBe("UPCOMING");
    expect(selectionPhase("OPEN", registration, new Date("2025-10-21T17:00:00Z"))).toBe("OPEN");
    expect(selectionPhase("OPEN", registration, new Date("2025-11-06T08:59:59Z"))).toBe("OPEN");
    expect(selectionPhase("OPEN", registration, new Date("2025-11-06T09:00:00Z"))).toBe("CLOSED");
  });

  it("shows any other stored status as it is, whatever the clock", () => {
    const during = new Date("2025-10-28T03:00:00Z");
    for (const status of Object.values(SelectionStatus).filter((value) => value !== "OPEN")) {
      expect(selectionPhase(status, registration, during)).toBe(status);
    }
  });

  it("labels every phase in Indonesian", () => {
    expect(SELECTION_PHASE_LABELS).toMatchObject({
      UPCOMING: "Pendaftaran belum dibuka",
      OPEN: "Pendaftaran dibuka",
      CLOSED: "Pendaftaran ditutup",
      IN_PROGRESS: "Penilaian",
      DECIDED: "Diputuskan",
      ESCALATED: "Dieskalasi",
      CANCELLED: "Dibatalkan",
      COMPLETED: "Selesai",
    });
  });
});

describe("application status labels per regime", () => {
  it("names the CPNS stages in their own words and keeps the JPT words", () => {
    expect(applicationStatusLabel("SHORTLISTED", "CPNS")).toBe("Lulus SKD, mengikuti SKB");
    expect(applicationStatusLabel("SELECTED", "CPNS")).toBe("Lulus hasil akhir");
    expect(applicationStatusLabel("SHORTLISTED", "JPT_PRATAMA")).toBe(APPLICATION_STATUS_LABELS.SHORTLISTED);
    expect(applicationStatusLabel("ADMIN_PASSED", "CPNS")).toBe(APPLICATION_STATUS_LABELS.ADMIN_PASSED);
  });

  it("labels every CPNS stage status for the staff screens, the replacement from its fact, never JPT's three names or PPK", () => {
    expect(applicationStatusLabel("IN_STAGES", "CPNS")).toBe("Peserta SKD");
    expect(applicationStatusLabel("NOT_SHORTLISTED", "CPNS")).toBe("Tidak lulus SKD / tidak mengikuti SKB");
    expect(applicationStatusLabel("NOT_SELECTED", "CPNS")).toBe("Tidak lulus hasil akhir");
    expect(applicationStatusLabel("WITHDRAWN", "CPNS")).toBe("Ditarik / mengundurkan diri");
    expect(applicationStatusLabel("SELECTED", "CPNS", { replacement: true })).toBe(CPNS_REPLACEMENT_STATUS_LABEL);
    expect(CPNS_REPLACEMENT_STATUS_LABEL).toBe("Lulus hasil akhir (pengganti)");
    // The fact changes nothing in a JPT selection.
    expect(applicationStatusLabel("SELECTED", "JPT_PRATAMA", { replacement: true })).toBe("Terpilih");
    const cpns = applicationStatusLabels("CPNS");
    expect(Object.keys(cpns).sort()).toEqual(Object.keys(APPLICATION_STATUS_LABELS).sort());
    for (const label of Object.values(cpns)) expect(label).not.toMatch(/tiga besar|PPK|Terpilih/);
    expect(applicationStatusLabels("JPT_PRATAMA")).toEqual(APPLICATION_STATUS_LABELS);
  });

  it("tells a participant of an escalated selection that the next step waits, and only while in the stages", () => {
    expect(applicationStatusLabel("IN_STAGES", "JPT_PRATAMA", { escalated: true })).toBe(ESCALATED_IN_STAGES_LABEL);
    expect(ESCALATED_IN_STAGES_LABEL).toContain("dieskalasi");
    expect(applicationStatusLabel("IN_STAGES", "JPT_PRATAMA", { escalated: false })).toBe("Mengikuti tahapan seleksi");
    // A decided status keeps its own words.
    expect(applicationStatusLabel("ADMIN_FAILED", "JPT_PRATAMA", { escalated: true })).toBe(APPLICATION_STATUS_LABELS.ADMIN_FAILED);
  });
});
