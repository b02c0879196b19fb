import "server-only";
// The eligibility of one applicant for one selection, from the stored CV and the selection's rules.
// Used to show the live checklist and to decide (and snapshot) at submission.
import { evaluateEligibility, reliesOnExtendedAge, type EligibilityResult } from "@/lib/eligibility";
import { PROFILE_ELIGIBILITY_SELECT, profileToCandidate } from "@/lib/eligibility/profile-candidate";
import { getSelectionEligibilityConfig } from "@/lib/selections/eligibility-config";
import { prisma } from "@/lib/db";

export type ApplicantEligibility = {
  result: EligibilityResult;
  ruleTexts: Record<string, string>;
  /** The applicant relies on the 58-year path: the signed no-MPP statement is then a required document. */
  reliesOnExtendedAge: boolean;
};

export async function evaluateApplicantEligibility(
  userId: string,
  selectionSlug: string,
  options: { noMppStatement: boolean },
): Promise<ApplicantEligibility | null> {
  const [config, profile] = await Promise.all([
    getSelectionEligibilityConfig(selectionSlug),
    prisma.applicantProfile.findUnique({ where: { userId }, select: PROFILE_ELIGIBILITY_SELECT }),
  ]);
  if (!config) return null;
  const candidate = profile ? profileToCandidate(profile, { noMppStatement: options.noMppStatement }) : {};
  const request = { rules: config.rules, candidate, referenceDate: config.referenceDate, ageReading: config.ageReading };
  return { result: evaluateEligibility(request), ruleTexts: config.ruleTexts, reliesOnExtendedAge: reliesOnExtendedAge(request) };
}
