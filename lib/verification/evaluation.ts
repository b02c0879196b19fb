// The bridge from stored rows to the pure verification reading: which requirements apply to the
// applicant, their verdict state, and the eligibility re-evaluated with the verdicts' decisions.
// Used by the workbench, the queue and the decision mutation, so all three judge alike.
import { documentApplies, type ApplicabilityContext } from "@/lib/applications/submission-check";
import { evaluateEligibility, reliesOnExtendedAge, type AgeReading, type EligibilityResult, type RuleConfig } from "@/lib/eligibility";
import { profileToCandidate, type ProfileForEligibility } from "@/lib/eligibility/profile-candidate";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentStatus, VerificationVerdict } from "@/lib/generated/prisma/enums";
import { verdictDecisions, type VerifiedDocument } from "./suggestion";

export const VERIFICATION_REQUIREMENT_SELECT = {
  id: true,
  number: true,
  title: true,
  dueStage: true,
  condition: true,
  ruleIds: true,
} as const satisfies Prisma.DocumentRequirementSelect;

export type VerificationRequirement = Prisma.DocumentRequirementGetPayload<{ select: typeof VERIFICATION_REQUIREMENT_SELECT }>;

export type DocumentVerdictState = {
  requirementId: string;
  status: DocumentStatus;
  latestVerdict: { verdict: VerificationVerdict; reason: string | null } | null;
};

/** Every requirement of the selection, in the announcement's order; one without a document row is MISSING. */
export function toVerifiedDocuments(input: {
  requirements: readonly VerificationRequirement[];
  documents: readonly DocumentVerdictState[];
  applicability: ApplicabilityContext;
}): VerifiedDocument[] {
  const byRequirement = new Map(input.documents.map((document) => [document.requirementId, document]));
  return [...input.requirements]
    .sort((a, b) => a.number - b.number)
    .map((requirement) => {
      const document = byRequirement.get(requirement.id);
      return {
        number: requirement.number,
        title: requirement.title,
        applies: documentApplies(requirement.condition, input.applicability),
        dueStage: requirement.dueStage,
        status: document?.status ?? "MISSING",
        latestVerdict: document?.latestVerdict ?? null,
        ruleIds: requirement.ruleIds,
      };
    });
}

export type EligibilityConfig = { rules: RuleConfig[]; referenceDate: string; ageReading: AgeReading };

/** The applicant's eligibility now: the stored CV, with the rules the verdicts settle settled. */
export function evaluateWithVerdicts(input: {
  config: EligibilityConfig;
  profile: ProfileForEligibility | null;
  noMppStatement: boolean;
  documents: readonly VerifiedDocument[];
}): EligibilityResult {
  const candidate = input.profile ? profileToCandidate(input.profile, { noMppStatement: input.noMppStatement }) : {};
  return evaluateEligibility({
    rules: input.config.rules,
    candidate,
    referenceDate: input.config.referenceDate,
    ageReading: input.config.ageReading,
    decisions: verdictDecisions(input.documents),
  });
}

/** Whether the applicant relies on the extended age limit, from the stored CV and the declaration. */
export function extendedAgeReliance(input: { config: EligibilityConfig; profile: ProfileForEligibility | null; noMppStatement: boolean }): boolean {
  const candidate = input.profile ? profileToCandidate(input.profile, { noMppStatement: input.noMppStatement }) : {};
  return reliesOnExtendedAge({
    rules: input.config.rules,
    candidate,
    referenceDate: input.config.referenceDate,
    ageReading: input.config.ageReading,
  });
}
