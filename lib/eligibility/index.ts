export { RULE_CATALOG, RULE_IDS, type RuleCatalogEntry, type RuleId, isRuleId, ruleLabel } from "@/lib/eligibility/catalog";
export {
  EligibilityConfigError,
  deriveVerdict,
  evaluateEligibility,
  parseRuleParams,
  reliesOnExtendedAge,
  validateRuleConfig,
} from "@/lib/eligibility/engine";
export { RULE_PARAM_SCHEMAS, type RuleParams } from "@/lib/eligibility/registry";
export { ageOn, lastDateWithinAgeLimit, resolveAgeLimit } from "@/lib/eligibility/rules/age";
export { type ExperienceMeasure, type Period, measureExperience, mergePeriods } from "@/lib/eligibility/rules/experience";
export { requiredPerformanceYears } from "@/lib/eligibility/rules/conduct";
export type {
  AgeReading,
  AgeSummary,
  EligibilityCandidate,
  EligibilityRequest,
  EligibilityResult,
  EligibilityVerdict,
  ExternalDecision,
  RuleConfig,
  RuleEvaluation,
  RuleResult,
  RuleStatus,
} from "@/lib/eligibility/types";
