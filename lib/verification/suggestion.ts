// Pure: what the secretariat's document verdicts mean for the eligibility rules, and the
// administrative decision (MS/TMS) the portal suggests from the rules and the verdicts. No server
// imports, so the workbench, the queue, the mutations and the unit tests share one reading.
import { ruleLabel } from "@/lib/eligibility/catalog";
import { joinWords } from "@/lib/eligibility/text";
import type { EligibilityResult, ExternalDecision } from "@/lib/eligibility/types";
import type { DocumentStatus, StageKind, VerificationVerdict } from "@/lib/generated/prisma/enums";

/** One document requirement of an application as the verification sees it. */
export type VerifiedDocument = {
  number: number;
  title: string;
  /** False for a conditional requirement that does not concern this applicant (item 21 for the organiser's own PNS). */
  applies: boolean;
  dueStage: StageKind;
  status: DocumentStatus;
  /** The latest verdict on the current version, when there is one (its reason is quoted). */
  latestVerdict: { verdict: VerificationVerdict; reason: string | null } | null;
  /** Eligibility rules this requirement decides (DocumentRequirement.ruleIds). */
  ruleIds: readonly string[];
};

export type AdministrativeDecisionValue = "MS" | "TMS";

export type AdministrativeSuggestion = {
  /** null: not ready, registration documents still wait for a verdict (listed in `unverified`). */
  decision: AdministrativeDecisionValue | null;
  /** Why the applicant fails, one sentence per item, in the order of the announcement. */
  reasons: string[];
  /** Numbers of the applicable registration documents that have no verdict yet. */
  unverified: number[];
};

/** Only documents due with the registration take part in the administrative selection. */
export function isRegistrationDocument(document: Pick<VerifiedDocument, "applies" | "dueStage">): boolean {
  return document.applies && document.dueStage === "REGISTRATION";
}

/** "Tanda terima LHKPN" → "tanda terima LHKPN"; acronyms ("SK jabatan", "KTP") keep their capitals. */
function inSentence(title: string): string {
  const [first, second] = title;
  if (first && second && second === second.toLowerCase() && second !== second.toUpperCase()) {
    return first.toLowerCase() + title.slice(1);
  }
  return title;
}

/** "Berkas 10 (tanda terima LHKPN Tahun 2024)" */
export function documentName(document: Pick<VerifiedDocument, "number" | "title">): string {
  return `Berkas ${document.number} (${inSentence(document.title)})`;
}

export function failedDocumentReason(document: Pick<VerifiedDocument, "number" | "title" | "latestVerdict">): string {
  const reason = document.latestVerdict?.verdict === "FAILS" ? document.latestVerdict.reason?.trim() : "";
  return reason ? `${documentName(document)} tidak memenuhi: ${reason}` : `${documentName(document)} tidak memenuhi syarat`;
}

export function missingDocumentReason(document: Pick<VerifiedDocument, "number" | "title">): string {
  return `${documentName(document)} tidak diunggah`;
}

export function failedRuleReason(rule: { id: string; reason: string }): string {
  return `Tidak memenuhi persyaratan ${ruleLabel(rule.id)}: ${rule.reason}`;
}

/**
 * Document verdicts as decisions for the rule engine (which applies them only to rules it could not
 * decide from the CV). Per rule, over the applicable documents that decide it: every one MEETS ⇒
 * pass; any FAILS ⇒ fail, quoting the verdicts' reasons; otherwise no decision. A rule that a
 * document due at a later stage helps decide (health: items 14–15, due at the interview) gets no
 * decision here, so it stays pending and does not weigh on the administrative selection.
 */
export function verdictDecisions(documents: readonly VerifiedDocument[]): Record<string, ExternalDecision> {
  const byRule = new Map<string, VerifiedDocument[]>();
  for (const document of documents) {
    if (!document.applies) continue;
    for (const ruleId of document.ruleIds) byRule.set(ruleId, [...(byRule.get(ruleId) ?? []), document]);
  }
  const decisions: Record<string, ExternalDecision> = {};
  for (const [ruleId, group] of byRule) {
    if (group.some((document) => document.dueStage !== "REGISTRATION")) continue;
    const sorted = [...group].sort((a, b) => a.number - b.number);
    const failed = sorted.filter((document) => document.status === "FAILS");
    if (failed.length > 0) {
      decisions[ruleId] = { status: "fail", reason: failed.map(failedDocumentReason).join("; ") };
    } else if (sorted.every((document) => document.status === "MEETS")) {
      const names = sorted.map((document, index) => (index === 0 ? documentName(document) : documentName(document).replace(/^Berkas/, "berkas")));
      decisions[ruleId] = { status: "pass", reason: `${joinWords(names)} memenuhi syarat` };
    }
  }
  return decisions;
}

/**
 * TMS when an applicable registration document FAILS or was never uploaded, or a rule fails (the
 * eligibility must have been evaluated with `verdictDecisions` of the same documents); MS when none
 * of that holds and every such document MEETS; null while any still waits for a verdict. Rules that
 * stay pending (track record, health at the interview, a NIP to check by hand) do not block MS: the
 * administrative selection judges the registration documents and the stated requirements.
 */
export function suggestAdministrativeDecision(input: {
  eligibility: EligibilityResult;
  documents: readonly VerifiedDocument[];
}): AdministrativeSuggestion {
  const registration = input.documents.filter(isRegistrationDocument).sort((a, b) => a.number - b.number);
  const reasons: string[] = [];
  const unverified: number[] = [];
  for (const document of registration) {
    if (document.status === "MISSING") reasons.push(missingDocumentReason(document));
    else if (document.status === "FAILS") reasons.push(failedDocumentReason(document));
    else if (document.status === "UPLOADED") unverified.push(document.number);
  }
  const decisions = verdictDecisions(input.documents);
  for (const rule of input.eligibility.rules) {
    if (rule.status !== "fail") continue;
    // Failed by a document verdict: the document's own reason above already says it.
    const decision = decisions[rule.id];
    if (decision?.status === "fail" && decision.reason === rule.reason) continue;
    reasons.push(failedRuleReason(rule));
  }
  const decision = unverified.length > 0 ? null : reasons.length > 0 ? "TMS" : "MS";
  return { decision, reasons, unverified };
}
