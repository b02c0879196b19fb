import "server-only";
// The eligibility of one applicant for one selection, from the stored CV and the selection's rules.
// Used to show the live checklist and to decide (and snapshot) at submission.
import { evaluateEligibility, reliesOnExtendedAge, type EligibilityResult } from "@/lib/eligibility";
import { rulesForFormation } from "@/lib/eligibility/formation";
import { PROFILE_ELIGIBILITY_SELECT, profileToCandidate, type ProfileForEligibility } from "@/lib/eligibility/profile-candidate";
import type { EligibilityRequest } from "@/lib/eligibility/types";
import { isEducationLevel } from "@/lib/identifiers/education";
import { getSelectionEligibilityConfig, type SelectionEligibilityConfig } from "@/lib/selections/eligibility-config";
import { prisma } from "@/lib/db";

export type ApplicantEligibility = {
  result: EligibilityResult;
  ruleTexts: Record<string, string>;
  /** The applicant relies on the 58-year path: the signed no-MPP statement is then a required document. */
  reliesOnExtendedAge: boolean;
};

export type EligibilityVariant = {
  noMppStatement: boolean;
  /** The formation applied to (or chosen on the form): its own education list replaces the selection-wide one. */
  vacancyId?: string | null;
};

/** One evaluation per variant (the page shows both readings of the no-MPP tick for every formation), from one read. */
export async function evaluateApplicantEligibilityVariants(
  userId: string,
  selectionSlug: string,
  variants: readonly EligibilityVariant[],
): Promise<ApplicantEligibility[] | null> {
  const vacancyIds = [...new Set(variants.flatMap((variant) => (variant.vacancyId ? [variant.vacancyId] : [])))];
  const [config, profile, vacancies] = await Promise.all([
    getSelectionEligibilityConfig(selectionSlug),
    prisma.applicantProfile.findUnique({ where: { userId }, select: PROFILE_ELIGIBILITY_SELECT }),
    vacancyIds.length > 0
      ? prisma.vacancy.findMany({ where: { id: { in: vacancyIds }, selection: { slug: selectionSlug } }, select: { id: true, educationRequired: true } })
      : Promise.resolve([]),
  ]);
  if (!config) return null;
  const educationOf = new Map(vacancies.map((vacancy) => [vacancy.id, vacancy.educationRequired]));
  return variants.map((variant) => {
    const request = applicantRequest(config, profile, { noMppStatement: variant.noMppStatement, educationRequired: variant.vacancyId ? (educationOf.get(variant.vacancyId) ?? []) : [] });
    return { result: evaluateEligibility(request), ruleTexts: config.ruleTexts, reliesOnExtendedAge: reliesOnExtendedAge(request) };
  });
}

/**
 * The engine's request for one applicant on one selection: the CV as a candidate (with the no-MPP answer given
 * on the application) and the selection's rules, with the education rule read against the chosen formation's
 * list when it has one. The one place both the application pages and the CV's preview build it.
 */
export function applicantRequest(
  config: SelectionEligibilityConfig,
  profile: ProfileForEligibility | null,
  variant: { noMppStatement?: boolean; educationRequired: readonly string[] },
): EligibilityRequest {
  const formationEducation = variant.educationRequired.filter(isEducationLevel);
  const candidate = profile
    ? profileToCandidate(profile, { noMppStatement: variant.noMppStatement, ...(formationEducation.length > 0 ? { formationEducation } : {}) })
    : {};
  return { rules: rulesForFormation(config.rules, formationEducation), candidate, referenceDate: config.referenceDate, ageReading: config.ageReading };
}

export async function evaluateApplicantEligibility(
  userId: string,
  selectionSlug: string,
  options: EligibilityVariant,
): Promise<ApplicantEligibility | null> {
  const [evaluation] = (await evaluateApplicantEligibilityVariants(userId, selectionSlug, [options])) ?? [];
  return evaluation ?? null;
}
