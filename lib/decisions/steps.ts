// The steps after the ranking, per vacancy, in the national order of the seed's "Alur ASN Karier untuk
// JPT Pratama": the Pansel proposes the three names, the PPK approves them, the Pansel reports to BKN
// and records BKN's recommendation, the three names are announced ("Kandidat 3 besar yang mendapatkan
// rekomendasi wasdal harus diumumkan terlebih dahulu sebelum ke tahapan akhir"), then the PPK chooses
// one of the names, and the final result is announced. With fewer
// qualified candidates than names needed, the vacancy is escalated instead and stops there.
// V.6 of the announcement: when the chosen candidate is later found to have falsified data or given false
// information, the PPK may annul the choice (CHOICE_ANNULLED). The vacancy then goes back to the PPK's
// choice among the names not annulled, and a corrected final result is announced: a new round of the last
// two steps. After an escalation, the chair may reopen registration (lib/selections/mutations.ts): that
// records ROUND_REOPENED and a new round of the whole flow starts for the vacancy; its proposal waits for
// scores given after the reopening (propose.ts). The escalation stays in the history, but only the steps
// recorded after the last ROUND_REOPENED count. The kinds handed to these functions are therefore in the
// order they were recorded.
// Pure: the page uses it to show the next step, the mutations to refuse a step out of order.
import type { Permission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { DecisionKind } from "@/lib/generated/prisma/enums";

export const DECISION_FLOW = ["SHORTLIST_PROPOSED", "PPK_APPROVED_SHORTLIST", "REPORTED_TO_BKN", "BKN_RECOMMENDATION", "SHORTLIST_PUBLISHED", "PPK_CHOICE", "FINAL_PUBLISHED"] as const;
export type FlowStep = (typeof DECISION_FLOW)[number];

/** The steps recorded one by one on the decisions page (proposal and the two announcements have their own forms). */
export const RECORDED_STEPS = ["PPK_APPROVED_SHORTLIST", "REPORTED_TO_BKN", "BKN_RECOMMENDATION", "PPK_CHOICE", "CHOICE_ANNULLED"] as const;
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
  CHOICE_ANNULLED: { permission: "choose:candidate", document: "OPTIONAL", documentLabel: "Keputusan PPK tentang pembatalan" },
};

/** The minimum length of the reason an annulment must give (it is told to the candidate and kept in the history). */
export const ANNULMENT_REASON_MIN = 20;

export const DECISION_LABELS: Record<DecisionKind, string> = {
  SHORTLIST_PROPOSED: "Pansel mengusulkan tiga nama kepada PPK",
  PPK_APPROVED_SHORTLIST: "PPK menyetujui tiga nama",
  REPORTED_TO_BKN: "Pansel melaporkan hasil seleksi kepada BKN",
  BKN_RECOMMENDATION: "Rekomendasi BKN diterima",
  SHORTLIST_PUBLISHED: "Tiga nama diumumkan",
  PPK_CHOICE: "PPK memilih satu nama",
  ESCALATED: "Dieskalasi kepada lembaga pengawas",
  FINAL_PUBLISHED: "Hasil akhir diumumkan",
  CHOICE_ANNULLED: "PPK membatalkan calon terpilih",
  ROUND_REOPENED: "Pendaftaran dibuka kembali; putaran keputusan baru",
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
  PPK_CHOICE: ["FINAL_PUBLISHED", "CHOICE_ANNULLED"],
  FINAL_PUBLISHED: ["CHOICE_ANNULLED"],
  CHOICE_ANNULLED: ["PPK_CHOICE"],
  // Only by the chair's reopening of registration: a new round of the flow.
  ESCALATED: ["ROUND_REOPENED"],
  // The new round: like AWAITING_PROPOSAL, once the new applicants are scored.
  ROUND_REOPENED: ["SHORTLIST_PROPOSED", "ESCALATED"],
};

/** Steps that may be taken from a state but are not "the next step" of the flow: the exceptions. */
const EXCEPTIONAL: readonly DecisionKind[] = ["ESCALATED", "CHOICE_ANNULLED", "ROUND_REOPENED"];

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
  CHOICE_ANNULLED: "Calon terpilih dibatalkan PPK, menunggu pilihan PPK dari nama yang tersisa",
  ROUND_REOPENED: "Pendaftaran dibuka kembali; menunggu nilai peserta baru dan usulan tiga nama",
};

/** The steps a new round replaces: after an annulment the PPK chooses again and the result is announced again. */
const ROUND_STEPS: readonly DecisionKind[] = ["PPK_CHOICE", "FINAL_PUBLISHED"];

/**
 * The kinds that count now, from all kinds in recorded order. A reopening of registration after an
 * escalation starts the whole flow again: only what was recorded after the last ROUND_REOPENED counts. Within
 * that, before the last annulment, only the steps an annulment does not replace; the annulment itself; and
 * what was recorded after it.
 */
export function currentRound(kinds: readonly DecisionKind[]): DecisionKind[] {
  const flow = kinds.slice(kinds.lastIndexOf("ROUND_REOPENED") + 1);
  const last = flow.lastIndexOf("CHOICE_ANNULLED");
  if (last < 0) return flow;
  return [...flow.slice(0, last).filter((kind) => !ROUND_STEPS.includes(kind) && kind !== "CHOICE_ANNULLED"), ...flow.slice(last)];
}

/** The state of a vacancy from the kinds of its recorded decisions, in recorded order. */
export function vacancyDecisionState(kinds: readonly DecisionKind[]): VacancyDecisionState {
  const round = currentRound(kinds);
  if (round.includes("ESCALATED")) return "ESCALATED";
  const step = [...DECISION_FLOW].reverse().find((kind) => round.includes(kind));
  if (round.includes("CHOICE_ANNULLED") && (step === undefined || !ROUND_STEPS.includes(step))) return "CHOICE_ANNULLED";
  return step ?? (kinds.includes("ROUND_REOPENED") ? "ROUND_REOPENED" : "AWAITING_PROPOSAL");
}

/** What a ROUND_REOPENED row stores: the chair's reason, and the applications already scored when the round began. */
export type RoundData = { reason: string; scoredApplicationIds: string[] };

/**
 * The applications already scored when the current round began (the last ROUND_REOPENED's data), or null in the
 * first round. The new round's proposal (or new escalation) needs a score of another application: a new applicant.
 * Compared by application, not by time, so a rehearsal's fake clock cannot mix the rounds up.
 */
export function roundScoredBefore(decisions: readonly { kind: DecisionKind; data: unknown }[]): Set<string> | null {
  const marker = decisions.findLast((decision) => decision.kind === "ROUND_REOPENED");
  if (!marker) return null;
  const ids = (marker.data as Partial<RoundData> | null)?.scoredApplicationIds;
  return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : []);
}

/** The decisions of the current round's proposal: the last SHORTLIST_PROPOSED after the last reopening. */
export function currentProposal<T extends { kind: DecisionKind }>(decisions: readonly T[]): T | undefined {
  const start = decisions.findLastIndex((decision) => decision.kind === "ROUND_REOPENED");
  return decisions.slice(start + 1).findLast((decision) => decision.kind === "SHORTLIST_PROPOSED");
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
  if (step === "ROUND_REOPENED") throw new AppError("INVALID_TRANSITION", "Putaran baru hanya dimulai dengan membuka kembali pendaftaran setelah eskalasi.");
  if (currentRound(kinds).includes(step)) throw new AppError("CONFLICT", `Langkah ini sudah dicatat: ${DECISION_LABELS[step]}.`);
  if (step === "CHOICE_ANNULLED") throw new AppError("INVALID_TRANSITION", "Pembatalan hanya dapat dicatat setelah PPK memilih satu nama.");
  const next = TRANSITIONS[state].filter((kind) => !EXCEPTIONAL.includes(kind));
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

/** Where a vacancy stands, from the kinds of its recorded decisions (in recorded order). */
export function vacancyFlow(kinds: readonly DecisionKind[]): VacancyFlow {
  const state = vacancyDecisionState(kinds);
  if (state === "ESCALATED") return { done: [], next: null, escalated: true };
  const round = currentRound(kinds);
  const done = DECISION_FLOW.filter((step) => round.includes(step));
  const next = TRANSITIONS[state].find((kind): kind is FlowStep => !EXCEPTIONAL.includes(kind)) ?? null;
  return { done, next, escalated: false };
}

/** Whether the PPK may annul the choice now (V.6): once a name is chosen, before or after the final result. */
export function canAnnulChoice(kinds: readonly DecisionKind[]): boolean {
  return canRecordDecision(kinds, "CHOICE_ANNULLED");
}

/** The candidates whose choice was annulled, from a vacancy's decisions (their data names them). */
export function annulledApplicationIds(decisions: readonly { kind: DecisionKind; data: unknown }[]): Set<string> {
  return new Set(
    decisions
      .filter((decision) => decision.kind === "CHOICE_ANNULLED")
      .map((decision) => (decision.data as Partial<StepData> | null)?.applicationId)
      .filter((id): id is string => typeof id === "string"),
  );
}

/** The current round's choice: the last PPK_CHOICE recorded, if the vacancy is not back to choosing. */
export function currentChoiceId(decisions: readonly { kind: DecisionKind; data: unknown }[]): string | null {
  const state = vacancyDecisionState(decisions.map((decision) => decision.kind));
  if (state !== "PPK_CHOICE" && state !== "FINAL_PUBLISHED") return null;
  const choice = decisions.findLast((decision) => decision.kind === "PPK_CHOICE");
  return (choice?.data as Partial<StepData> | null)?.applicationId ?? null;
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
  const states = active.map((vacancy) => vacancyDecisionState(vacancy.kinds));
  if (states.every((state) => state === "FINAL_PUBLISHED")) return "COMPLETED";
  if (states.every((state) => state === "PPK_CHOICE" || state === "FINAL_PUBLISHED")) return "DECIDED";
  return escalated.length > 0 ? "ESCALATED" : "IN_PROGRESS";
}
