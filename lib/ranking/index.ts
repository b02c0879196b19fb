export { SKD_MAXIMUMS, GPA_MAXIMUM, rankCpns } from "@/lib/ranking/cpns";
export { type CutOff, competitionRanks, takeWithTies } from "@/lib/ranking/cut-off";
export { RankingInputError } from "@/lib/ranking/errors";
export { hasAtMostThreeDecimals, roundHalfAwayFromZero, thousandthsToNumber, toThousandths } from "@/lib/ranking/exact";
export { rankJpt } from "@/lib/ranking/jpt";
export { DEFAULT_STAGE_LABELS, stageLabel } from "@/lib/ranking/labels";
export {
  type CpnsCandidateInput,
  type CpnsRankedCandidate,
  type CpnsRankingInput,
  type CpnsRankingResult,
  DEFAULT_SHORTLIST_MULTIPLIER,
  type JptCandidateInput,
  type JptRankedCandidate,
  type JptRankingInput,
  type JptRankingResult,
  type JptStageScore,
  SKD_SUBTESTS,
  type SkdScores,
  type SkdSubtest,
} from "@/lib/ranking/types";
