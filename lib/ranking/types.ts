/** Inputs and results of the pure ranking (contract: CONTRACTS.md, "Ranking"). */

export const DEFAULT_SHORTLIST_MULTIPLIER = 3;

// ---------------------------------------------------------------- JPT

export type JptCandidateInput = {
  id: string;
  /** Per stage, each assessor's score (0–100, at most 3 decimals). An absent or empty list: not scored. */
  scores: Readonly<Record<string, readonly number[] | undefined>>;
};

export type JptRankingInput = {
  quota: number;
  /** Names proposed per vacancy (default 3: "tiga nama" to the PPK). */
  shortlistMultiplier?: number;
  /** Stage → weight (≥ 0, at most 3 decimals, not all zero). A stage of weight 0 is not required. */
  weights: Readonly<Record<string, number>>;
  /** Stage → minimum mean score; a stage with a minimum is required even if its weight is 0. */
  minimums?: Readonly<Record<string, number | undefined>>;
  candidates: readonly JptCandidateInput[];
  /** Stage names for reasons (default: Assessment, Makalah, Wawancara, Rekam Jejak). */
  stageLabels?: Readonly<Record<string, string>>;
};

export type JptStageScore = {
  stage: string;
  /** Mean of the assessors' scores rounded to 3 decimals; null when not scored. */
  mean: number | null;
  assessorCount: number;
};

export type JptRankedCandidate = {
  id: string;
  /** Weighted final rounded to 3 decimals (half away from zero); null when a weighted stage is missing. */
  final: number | null;
  /** Competition rank among the qualified candidates; null for an excluded candidate. */
  rank: number | null;
  excluded: boolean;
  /** Why the candidate is excluded (Indonesian, shown to users); null when not excluded. */
  reason: string | null;
  stages: JptStageScore[];
};

export type JptRankingResult = {
  /** Qualified candidates by rank (tied ones by id), then the excluded ones (by final, then id). */
  ranking: JptRankedCandidate[];
  shortlist: string[];
  tieAtCutoff: boolean;
  /** multiplier × quota: the number of names the shortlist should hold. */
  shortlistTarget: number;
  qualifiedCount: number;
  /** Fewer qualified candidates than shortlistTarget: escalate to the oversight body, never proceed silently. */
  shortfall: boolean;
};

// ---------------------------------------------------------------- CPNS

export const SKD_SUBTESTS = ["TWK", "TIU", "TKP"] as const;
export type SkdSubtest = (typeof SKD_SUBTESTS)[number];

export type SkdScores = Readonly<Record<SkdSubtest, number>>;

export type CpnsCandidateInput = {
  id: string;
  /** Calendar date YYYY-MM-DD; the older applicant (earlier date) wins the last tie-break. */
  birthDate: string;
  gpa: number;
  skd: SkdScores;
  /** Absent until the SKB is held (an SKD-only run yields skdPassed and skbShortlist). */
  skb?: number;
};

export type CpnsRankingInput = {
  quota: number;
  /** SKB participants per formation (default 3). */
  shortlistMultiplier?: number;
  thresholds: SkdScores;
  candidates: readonly CpnsCandidateInput[];
};

export type CpnsRankedCandidate = {
  id: string;
  /** 0.4 × SKD/500 × 100 + 0.6 × SKB, rounded to 3 decimals (half away from zero). */
  final: number;
  rank: number;
  skdTotal: number;
};

export type CpnsRankingResult = {
  /** Candidates meeting all three thresholds, best SKD first (total, TKP, TIU, TWK, then id). */
  skdPassed: string[];
  skdFailed: { id: string; reason: string }[];
  skbShortlist: string[];
  skbShortlistTieAtCutoff: boolean;
  ranking: CpnsRankedCandidate[];
  /** Shortlisted candidates without an SKB score (absent from the SKB, or not yet scored). */
  unranked: { id: string; reason: string }[];
  selected: string[];
  /** Candidates equal on every criterion crossed the quota: all are listed in `selected`. */
  selectedTieAtCutoff: boolean;
};
