import type { z } from "zod";

import type { RuleId } from "@/lib/eligibility/catalog";
import { ageMaxParamsSchema, ageRangeParamsSchema, evaluateAgeMax, evaluateAgeRange } from "@/lib/eligibility/rules/age";
import {
  criminalRecordParamsSchema,
  disciplineParamsSchema,
  evaluateCriminalRecord,
  evaluateDiscipline,
  evaluatePerformanceRating,
  performanceRatingParamsSchema,
} from "@/lib/eligibility/rules/conduct";
import {
  evaluateNotCivilServant,
  evaluateOutsidePpkApproval,
  evaluatePnsStatus,
  evaluateRegionScope,
  notCivilServantParamsSchema,
  outsidePpkApprovalParamsSchema,
  pnsStatusParamsSchema,
  regionScopeParamsSchema,
} from "@/lib/eligibility/rules/employment";
import { evaluatePositionExperience, positionExperienceParamsSchema } from "@/lib/eligibility/rules/experience";
import { evaluateNipConsistency, nipConsistencyParamsSchema } from "@/lib/eligibility/rules/identity";
import {
  educationInFormationParamsSchema,
  educationMinParamsSchema,
  evaluateEducationInFormation,
  evaluateEducationMin,
  evaluateRankMin,
  rankMinParamsSchema,
} from "@/lib/eligibility/rules/qualification";
import { evaluateByVerification, verificationParamsSchema } from "@/lib/eligibility/rules/verification";
import type { RuleContext, RuleEvaluation } from "@/lib/eligibility/types";

/** The params of each rule as a selection stores them; the seed and the admin form validate against these. */
export const RULE_PARAM_SCHEMAS = {
  pns_status: pnsStatusParamsSchema,
  region_scope: regionScopeParamsSchema,
  education_min: educationMinParamsSchema,
  rank_min: rankMinParamsSchema,
  position_experience: positionExperienceParamsSchema,
  age_max: ageMaxParamsSchema,
  nip_consistency: nipConsistencyParamsSchema,
  performance_rating: performanceRatingParamsSchema,
  discipline: disciplineParamsSchema,
  criminal_record: criminalRecordParamsSchema,
  outside_ppk_approval: outsidePpkApprovalParamsSchema,
  competency: verificationParamsSchema,
  track_record: verificationParamsSchema,
  health: verificationParamsSchema,
  drug_free: verificationParamsSchema,
  lhkpn: verificationParamsSchema,
  spt: verificationParamsSchema,
  willingness: verificationParamsSchema,
  age_range: ageRangeParamsSchema,
  not_civil_servant: notCivilServantParamsSchema,
  education_in_formation: educationInFormationParamsSchema,
} as const satisfies Record<RuleId, z.ZodType>;

export type RuleParams<K extends RuleId> = z.output<(typeof RULE_PARAM_SCHEMAS)[K]>;

type RuleEvaluators = { [K in RuleId]: (params: RuleParams<K>, context: RuleContext) => RuleEvaluation };

export const RULE_EVALUATORS: RuleEvaluators = {
  pns_status: evaluatePnsStatus,
  region_scope: evaluateRegionScope,
  education_min: evaluateEducationMin,
  rank_min: evaluateRankMin,
  position_experience: evaluatePositionExperience,
  age_max: evaluateAgeMax,
  nip_consistency: evaluateNipConsistency,
  performance_rating: evaluatePerformanceRating,
  discipline: evaluateDiscipline,
  criminal_record: evaluateCriminalRecord,
  outside_ppk_approval: evaluateOutsidePpkApproval,
  competency: evaluateByVerification,
  track_record: evaluateByVerification,
  health: evaluateByVerification,
  drug_free: evaluateByVerification,
  lhkpn: evaluateByVerification,
  spt: evaluateByVerification,
  willingness: evaluateByVerification,
  age_range: evaluateAgeRange,
  not_civil_servant: evaluateNotCivilServant,
  education_in_formation: evaluateEducationInFormation,
};
