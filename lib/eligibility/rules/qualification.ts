import { z } from "zod";

import { fail, joinWords, pass, pending } from "@/lib/eligibility/text";
import type { RuleContext, RuleEvaluation } from "@/lib/eligibility/types";
import {
  EDUCATION_LEVELS,
  educationLabel,
  educationRank,
  equivalentEducationLevels,
} from "@/lib/identifiers/education";
import { RANK_CODES, rankLabel, rankOrdinal } from "@/lib/identifiers/rank";

export const educationMinParamsSchema = z.strictObject({
  minimum: z.enum(EDUCATION_LEVELS),
});

export function evaluateEducationMin(
  params: z.output<typeof educationMinParamsSchema>,
  { candidate }: RuleContext,
): RuleEvaluation {
  const level = candidate.education;
  if (!level) return pending("Pendidikan terakhir belum diisi");
  // "Minimal S-1" reads "S-1 atau D-IV": name every level of equal rank.
  const minimum = joinWords(equivalentEducationLevels(params.minimum).map(educationLabel).reverse(), "atau");
  return educationRank(level) >= educationRank(params.minimum)
    ? pass(`Pendidikan ${educationLabel(level)} memenuhi minimal ${minimum}`)
    : fail(`Pendidikan ${educationLabel(level)} di bawah minimal ${minimum}`);
}

export const rankMinParamsSchema = z.strictObject({
  minimum: z.enum(RANK_CODES),
});

export function evaluateRankMin(
  params: z.output<typeof rankMinParamsSchema>,
  { candidate }: RuleContext,
): RuleEvaluation {
  const rank = candidate.rank;
  if (!rank) return pending("Pangkat/golongan belum diisi");
  const minimum = rankLabel(params.minimum);
  return rankOrdinal(rank) >= rankOrdinal(params.minimum)
    ? pass(`Pangkat ${rankLabel(rank)} memenuhi minimal ${minimum}`)
    : fail(`Pangkat ${rankLabel(rank)} di bawah minimal ${minimum}`);
}

export const educationInFormationParamsSchema = z.strictObject({
  accepted: z.array(z.enum(EDUCATION_LEVELS)).min(1),
});

/** CPNS formations name exact qualifications: a higher degree is not a substitute. */
export function evaluateEducationInFormation(
  params: z.output<typeof educationInFormationParamsSchema>,
  { candidate }: RuleContext,
): RuleEvaluation {
  const level = candidate.education;
  if (!level) return pending("Pendidikan terakhir belum diisi");
  const accepted = joinWords(params.accepted.map(educationLabel), "atau");
  return params.accepted.includes(level)
    ? pass(`Pendidikan ${educationLabel(level)} sesuai kualifikasi formasi`)
    : fail(`Pendidikan ${educationLabel(level)} tidak sesuai kualifikasi formasi (${accepted})`);
}
