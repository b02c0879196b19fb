// The steps after the ranking, per vacancy, in the national order of the seed's "Alur ASN Karier untuk
// JPT Pratama": the Pansel proposes the three names, the PPK approves them, the Pansel reports to BKN
// and records BKN's recommendation, the three names are announced ("Kandidat 3 besar yang mendapatkan
// rekomendasi wasdal harus diumumkan terlebih dahulu sebelum ke tahapan akhir"), then the PPK chooses
// one of the names, and the final result is announced. With fewer
// qualified candidates than names needed, the vacancy is escalated instead and stops there.
// Pure: the page uses it to show the next step, the mutations to refuse a step out of order.
import type { Permission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { DecisionKind } from "@/lib/generated/prisma/enums";

export const DECISION_FLOW = ["SHORTLIST_PROPOSED", "PPK_APPROVED_SHORTLIST", "REPORTED_TO_BKN", "BKN_RECOMMENDATION", "SHORTLIST_PUBLISHED", "PPK_CHOICE", "FINAL_PUBLISHED"] as const;
export type FlowStep = (typeof DECISION_FLOW)[number];

/** The steps recorded one by one on the decisions page (proposal and the two announcements have their own forms). */
export const RECORDED_STEPS = ["PPK_APPROVED_SHORTLIST", "REPORTED_TO_BKN", "BKN_RECOMMENDATION", "PPK_CHOICE"] as const;
export type RecordedStep = (typeof RECORDED_STEPS)[number];

// The `data` of SelectionDecision rows: written by the mutations, read by the queries.
/** What the proposal stores: the names with their rank and final, frozen at the time of proposing. */
export type ProposalName = { applicationId: string; registrationNumber: string; name: string; rank: number | null; final: number | null };
export type ProposalData = { names: ProposalName[]; tieAtCutoff: boolean; shortlistTarget: number; qualifiedCount: number; ranking: ProposalName[] };
export type StepData = { note: string | null; letterNumber: string | null; applicationId?: string; file?: { name: string; sizeBytes: number; sha256: string } };

export type DocumentNeed = "REQUIRED" | "OPTIONAL";

export const STEP_RULES: Record<RecordedStep, { permission: Permission; document: DocumentNeed; documentLabel: string }> = {
  PPK_APPROVED_SHORTLIST: { permission: "approve:shortlist", document: "OPTIONAL", documentLabel: "Surat persetujuan PPK" },
  REPORTED_TO_BKN: { permission: "record:bkn", document: "REQUIRED", documentLabel: "Surat laporan kepada BKN" },
  BKN_RECOMMENDATION: { permission: "record:bkn", document: "REQUIRED", documentLabel: "Surat rekomendasi BKN" },
  PPK_CHOICE: { permission: "choose:candidate", document: "OPTIONAL", documentLabel: "Surat keputusan / nota dinas PPK" },
};

export const DECISION_LABELS: Record<DecisionKind, string> = {
  SHORTLIST_PROPOSED: "Pansel mengusulkan tiga nama kepada PPK",
  PPK_APPROVED_SHORTLIST: "PPK menyetujui tiga nama",
  REPORTED_TO_BKN: "Pansel melaporkan hasil seleksi kepada BKN",
  BKN_RECOMMENDATION: "Rekomendasi BKN diterima",
  SHORTLIST_PUBLISHED: "Tiga nama diumumkan",
  PPK_CHOICE: "PPK memilih satu nama",
  ESCALATED: "Dieskalasi kepada lembaga pengawas",
  FINAL_PUBLISHED: "Hasil akhir diumumkan",
};

export const ESCALATION_OPTIONS = ["REOPEN", "REPEAT", "CANCEL"] as const;
export type EscalationOption = (typeof ESCALATION_OPTIONS)[number];

export const ESCALATION_LABELS: Record<EscalationOption, string> = {
  REOPEN: "Membuka kembali pendaftaran (perpanjangan pengumuman)",
  REPEAT: "Mengulang seleksi",
  CANCEL: "Membatalkan seleksi jabatan ini",
};

/** Where a vacancy's decisions stand: nothing recorded yet, or the last step recorded. */
export type VacancyDecisionState = "AWAITING_PROPOSAL" | DecisionKind;

/**
 * The decision flow as a state machine: from each state, the steps that may be recorded next. With
 * fewer qualified candidates than names needed, the only way on from the ranking is the escalation,
 * and an escalated vacancy stops there.
 */
const TRANSITIONS: Record<VacancyDecisionState, readonly DecisionKind[]> = {
  AWAITING_PROPOSAL: ["SHORTLIST_PROPOSED", "ESCALATED"],
  SHORTLIST_PROPOSED: ["PPK_APPROVED_SHORTLIST"],
  PPK_APPROVED_SHORTLIST: ["REPORTED_TO_BKN"],
  REPORTED_TO_BKN: ["BKN_RECOMMENDATION"],
  BKN_RECOMMENDATION: ["SHORTLIST_PUBLISHED"],
  SHORTLIST_PUBLISHED: ["PPK_CHOICE"],
  PPK_CHOICE: ["FINAL_PUBLISHED"],
  FINAL_PUBLISHED: [],
  ESCALATED: [],
};

export const VACANCY_DECISION_STATE_LABELS: Record<VacancyDecisionState, string> = {
  AWAITING_PROPOSAL: "Menunggu usulan tiga nama",
  SHORTLIST_PROPOSED: "Tiga nama diusulkan, menunggu persetujuan PPK",
  PPK_APPROVED_SHORTLIST: "Disetujui PPK, menunggu laporan kepada BKN",
  REPORTED_TO_BKN: "Dilaporkan kepada BKN, menunggu rekomendasi",
  BKN_RECOMMENDATION: "Rekomendasi BKN diterima, menunggu pengumuman tiga nama",
  SHORTLIST_PUBLISHED: "Tiga nama diumumkan, menunggu pilihan PPK",
  PPK_CHOICE: "PPK telah memilih, menunggu pengumuman hasil akhir",
  FINAL_PUBLISHED: "Hasil akhir diumumkan",
  ESCALATED: "Dieskalasi kepada lembaga pengawas",
};

/** The state of a vacancy from the kinds of its recorded decisions (any order). */
export function vacancyDecisionState(kinds: readonly DecisionKind[]): VacancyDecisionState {
  if (kinds.includes("ESCALATED")) return "ESCALATED";
  return [...DECISION_FLOW].reverse().find((step) => kinds.includes(step)) ?? "AWAITING_PROPOSAL";
}

/** Whether `step` may be recorded now for a vacancy with these decisions. */
export function canRecordDecision(kinds: readonly DecisionKind[], step: DecisionKind): boolean {
  return TRANSITIONS[vacancyDecisionState(kinds)].includes(step);
}

/**
 * Refuses a step out of order: CONFLICT when it is already recorded (a second click, or another
 * member was quicker), INVALID_TRANSITION otherwise, naming the step the vacancy waits for.
 */
export function assertDecisionTransition(kinds: readonly DecisionKind[], step: DecisionKind): void {
  if (canRecordDecision(kinds, step)) return;
  const state = vacancyDecisionState(kinds);
  if (state === "ESCALATED") throw new AppError("INVALID_TRANSITION", "Seleksi jabatan ini sudah dieskalasi kepada lembaga pengawas; langkah ini tidak dapat dicatat.");
  if (kinds.includes(step)) throw new AppError("CONFLICT", `Langkah ini sudah dicatat: ${DECISION_LABELS[step]}.`);
  const next = TRANSITIONS[state].filter((kind) => kind !== "ESCALATED");
  throw new AppError(
    "INVALID_TRANSITION",
    next.length > 0 ? `Langkah sebelumnya belum selesai. Langkah berikutnya: ${DECISION_LABELS[next[0]!]}.` : `Alur keputusan jabatan ini sudah selesai (${VACANCY_DECISION_STATE_LABELS[state]}).`,
  );
}

export type VacancyFlow = {
  done: FlowStep[];
  /** The step waiting to be taken; null when finished or escalated. */
  next: FlowStep | null;
  escalated: boolean;
};

/** Where a vacancy stands, from the kinds of its recorded decisions (any order). */
export function vacancyFlow(kinds: readonly DecisionKind[]): VacancyFlow {
  const state = vacancyDecisionState(kinds);
  if (state === "ESCALATED") return { done: [], next: null, escalated: true };
  const done = DECISION_FLOW.filter((step) => kinds.includes(step));
  const next = TRANSITIONS[state].find((kind): kind is FlowStep => kind !== "ESCALATED") ?? null;
  return { done, next, escalated: false };
}

/** A vacancy as the selection's status sees it: its decisions and, when escalated, the option proposed. */
export type VacancyOutcome = { kinds: readonly DecisionKind[]; escalation: EscalationOption | null };

export function isEscalationOption(value: unknown): value is EscalationOption {
  return typeof value === "string" && (ESCALATION_OPTIONS as readonly string[]).includes(value);
}

/**
 * The selection status its vacancies' decisions call for, once scoring has begun (lib/selections/status.ts):
 * every vacancy escalated ⇒ CANCELLED when each was escalated with the option to cancel, else ESCALATED;
 * otherwise, over the vacancies still in the flow: all final results announced ⇒ COMPLETED, all chosen by
 * the PPK ⇒ DECIDED, else ESCALATED while another vacancy is escalated, IN_PROGRESS without.
 */
export function selectionStatusFromDecisions(vacancies: readonly VacancyOutcome[]): "IN_PROGRESS" | "DECIDED" | "ESCALATED" | "CANCELLED" | "COMPLETED" {
  const escalated = vacancies.filter((vacancy) => vacancyDecisionState(vacancy.kinds) === "ESCALATED");
  const active = vacancies.filter((vacancy) => vacancyDecisionState(vacancy.kinds) !== "ESCALATED");
  if (active.length === 0) {
    if (escalated.length === 0) return "IN_PROGRESS";
    return escalated.every((vacancy) => vacancy.escalation === "CANCEL") ? "CANCELLED" : "ESCALATED";
  }
  if (active.every((vacancy) => vacancy.kinds.includes("FINAL_PUBLISHED"))) return "COMPLETED";
  if (active.every((vacancy) => vacancy.kinds.includes("PPK_CHOICE"))) return "DECIDED";
  return escalated.length > 0 ? "ESCALATED" : "IN_PROGRESS";
}
