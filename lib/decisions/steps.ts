// The steps after the ranking, per vacancy (DOMAIN.md, "Stages, scores and ranking"): the Pansel
// proposes the three names, the PPK approves them, the Pansel reports to BKN and records BKN's
// recommendation, the PPK chooses one of the names, and the final result is announced. With fewer
// qualified candidates than names needed, the vacancy is escalated instead and stops there.
// Pure: the page uses it to show the next step, the mutations to refuse a step out of order.
import type { Permission } from "@/lib/auth/permissions";
import type { DecisionKind } from "@/lib/generated/prisma/enums";

export const DECISION_FLOW = ["SHORTLIST_PROPOSED", "PPK_APPROVED_SHORTLIST", "REPORTED_TO_BKN", "BKN_RECOMMENDATION", "PPK_CHOICE", "FINAL_PUBLISHED"] as const;
export type FlowStep = (typeof DECISION_FLOW)[number];

/** The steps recorded one by one on the decisions page (proposal and publication have their own forms). */
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

export type VacancyFlow = {
  done: FlowStep[];
  /** The step waiting to be taken; null when finished or escalated. */
  next: FlowStep | null;
  escalated: boolean;
};

/** Where a vacancy stands, from the kinds of its recorded decisions (any order). */
export function vacancyFlow(kinds: readonly DecisionKind[]): VacancyFlow {
  if (kinds.includes("ESCALATED")) return { done: [], next: null, escalated: true };
  const done = DECISION_FLOW.filter((step) => kinds.includes(step));
  return { done, next: DECISION_FLOW.find((step) => !kinds.includes(step)) ?? null, escalated: false };
}

/** Throws unless `step` is the vacancy's next step. */
export function isNextStep(kinds: readonly DecisionKind[], step: FlowStep): boolean {
  return vacancyFlow(kinds).next === step;
}
