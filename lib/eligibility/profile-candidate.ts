/**
 * The bridge from an applicant's stored CV (DRH) to the rule engine's
 * candidate. Pure: the caller reads the profile with PROFILE_ELIGIBILITY_SELECT
 * and passes the row in, so this module never touches the database and the
 * mapping is unit-tested without one.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { type EducationLevel, educationRank, EDUCATION_LEVELS } from "@/lib/identifiers/education";
import { isRankCode } from "@/lib/identifiers/rank";
import type { EligibilityCandidate } from "@/lib/eligibility/types";
import {
  CANDIDATE_POSITION_LEVELS,
  type CandidatePosition,
} from "@/lib/validation/eligibility-input";

export const PROFILE_ELIGIBILITY_SELECT = {
  nip: true,
  birthDate: true,
  gender: true,
  employmentStatus: true,
  institution: { select: { name: true, regionCode: true } },
  currentRank: true,
  educations: { select: { level: true } },
  // Ordered so that reasons listing positions and tests read the same way every time.
  positions: {
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    select: { title: true, level: true, startDate: true, endDate: true },
  },
  appraisals: { orderBy: { year: "asc" }, select: { year: true, allElementsAtLeastGood: true } },
  hasSevereDiscipline: true,
  underDisciplineExam: true,
  hasCriminalRecord: true,
} as const satisfies Prisma.ApplicantProfileSelect;

export type ProfileForEligibility = Prisma.ApplicantProfileGetPayload<{ select: typeof PROFILE_ELIGIBILITY_SELECT }>;

export type ProfileCandidateOptions = {
  /**
   * The statement not to apply for early retirement (MPP) is signed per
   * application, not kept in the CV; absent until the applicant answers.
   */
  noMppStatement?: boolean;
  /**
   * The levels the chosen formation accepts (a CPNS formation's `educationRequired`): the applicant applies
   * with the matching diploma, so a holder of S1 and S2 applying to an S1 formation is read as S1. Without
   * it (or with no matching level) the highest level held is reported, as for JPT.
   */
  formationEducation?: readonly EducationLevel[];
};

/** @db.Date columns come back as UTC midnight, so the ISO date part is the calendar date. */
function calendarDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The highest level by the engine's order; D4 and S1 rank equal, and the later-listed (S1) wins the tie. */
export function highestEducation(levels: readonly EducationLevel[]): EducationLevel | undefined {
  let best: EducationLevel | undefined;
  for (const level of levels) {
    if (
      best === undefined ||
      educationRank(level) > educationRank(best) ||
      (educationRank(level) === educationRank(best) && EDUCATION_LEVELS.indexOf(level) > EDUCATION_LEVELS.indexOf(best))
    ) {
      best = level;
    }
  }
  return best;
}

type CandidateLevel = CandidatePosition["level"];

function isCandidateLevel(level: string): level is CandidateLevel {
  return (CANDIDATE_POSITION_LEVELS as readonly string[]).includes(level);
}

/**
 * Every unknown (null) field is left out, so the rules that need it say
 * `pending` rather than deciding on a guess. An empty history list is read as
 * "not filled in yet" for the same reason; a list holding only JF_OTHER
 * (keterampilan) positions, which never count, becomes an empty list and so a
 * real answer.
 */
export function profileToCandidate(
  profile: ProfileForEligibility,
  options: ProfileCandidateOptions = {},
): EligibilityCandidate {
  const candidate: EligibilityCandidate = {};

  if (profile.nip !== null) candidate.nip = profile.nip;
  if (profile.birthDate !== null) candidate.birthDate = calendarDateOf(profile.birthDate);
  if (profile.gender !== null) candidate.gender = profile.gender;
  if (profile.employmentStatus !== null) candidate.employmentStatus = profile.employmentStatus;
  if (profile.institution) {
    candidate.instansi = { name: profile.institution.name, regionCode: profile.institution.regionCode };
  }

  const held = profile.educations.map((entry) => entry.level);
  const matching = options.formationEducation ? held.filter((level) => options.formationEducation?.includes(level)) : [];
  const education = highestEducation(matching.length > 0 ? matching : held);
  if (education) candidate.education = education;

  // A free-text rank that is not a known code is unknown, not a low rank.
  const rank = profile.currentRank?.trim();
  if (isRankCode(rank)) candidate.rank = rank;

  // A non-ASN holds no civil-service position: an empty history is then a real answer ("none"), so a
  // position-experience rule fails with its reason instead of waiting for rows that cannot exist.
  if (profile.positions.length === 0 && profile.employmentStatus === "NON_ASN") candidate.positions = [];
  if (profile.positions.length > 0) {
    candidate.positions = profile.positions.flatMap((position) => {
      const level = position.level;
      if (!isCandidateLevel(level)) return [];
      return [
        {
          title: position.title,
          level,
          start: calendarDateOf(position.startDate),
          end: position.endDate ? calendarDateOf(position.endDate) : null,
        },
      ];
    });
  }

  if (options.noMppStatement !== undefined) candidate.noMppStatement = options.noMppStatement;

  if (profile.appraisals.length > 0) {
    candidate.performance = profile.appraisals.map((appraisal) => ({
      year: appraisal.year,
      allElementsAtLeastGood: appraisal.allElementsAtLeastGood,
    }));
  }

  if (profile.hasSevereDiscipline !== null || profile.underDisciplineExam !== null) {
    candidate.discipline = {};
    if (profile.hasSevereDiscipline !== null) candidate.discipline.moderateOrSevere = profile.hasSevereDiscipline;
    if (profile.underDisciplineExam !== null) candidate.discipline.underExamination = profile.underDisciplineExam;
  }
  if (profile.hasCriminalRecord !== null) candidate.criminalConviction = profile.hasCriminalRecord;

  return candidate;
}
