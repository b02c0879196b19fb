/**
 * A selection's rules as they apply to one chosen formation (vacancy). Pure. A CPNS formation names the
 * education it accepts (`Vacancy.educationRequired`); the selection's `education_in_formation` rule then
 * checks against that formation's list, not the selection-wide one stored with the rule. A formation with
 * no list of its own, and every other rule, stay as the selection stores them.
 */
import type { RuleConfig } from "@/lib/eligibility/types";

export const FORMATION_EDUCATION_RULE = "education_in_formation";

export function rulesForFormation(rules: readonly RuleConfig[], educationRequired: readonly string[] | null): RuleConfig[] {
  if (!educationRequired || educationRequired.length === 0) return [...rules];
  return rules.map((rule) => (rule.ruleId === FORMATION_EDUCATION_RULE ? { ruleId: rule.ruleId, params: { accepted: [...educationRequired] } } : rule));
}

/** Whether the selection checks education per formation (then the applicant's choice changes the verdict). */
export function checksFormationEducation(rules: readonly RuleConfig[]): boolean {
  return rules.some((rule) => rule.ruleId === FORMATION_EDUCATION_RULE);
}
