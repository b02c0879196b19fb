import "server-only";
// Reads of the applicant's own CV. Every read is filtered on the caller's user id, never on an id
// from the browser.
import { prisma } from "@/lib/db";
import { EligibilityConfigError, evaluateEligibility, type EligibilityResult } from "@/lib/eligibility";
import { PROFILE_ELIGIBILITY_SELECT } from "@/lib/eligibility/profile-candidate";
import { applicantRequest } from "@/lib/applications/eligibility";
import { getSelectionEligibilityConfig, listSelectionsForSelfCheck } from "@/lib/selections/eligibility-config";
import { PERSONAL_SELECT, ROW_SELECTS, toPlain, type StoredPersonalData, type StoredRows } from "@/lib/profile/row-tables";
import { logger } from "@/lib/log";
import { now } from "@/lib/clock";
import { defaultSelection } from "@/lib/selections/registration-window";

export type { StoredPersonalData, StoredRow, StoredRows } from "@/lib/profile/row-tables";

export type OwnProfile = {
  id: string;
  /** Optimistic concurrency: the personal-data form sends it back. */
  version: number;
  nip: string | null;
  /** The account's e-mail; the CV shows it and cannot change it. */
  email: string;
  institution: { id: string; name: string; regionCode: string } | null;
  personal: StoredPersonalData;
  rows: StoredRows;
};

// Rows in the order a reader of a CV expects: newest first for careers and events; schooling from
// the lowest level up as Lampiran II lists it; the spouse before the children, eldest first.
// Ties fall back to the id, so the order never flickers between requests.
const byId = { id: "asc" } as const;

function findProfile(userId: string) {
  return prisma.applicantProfile.findUnique({
    where: { userId },
    select: {
      id: true,
      version: true,
      nip: true,
      user: { select: { email: true } },
      institution: { select: { id: true, name: true, regionCode: true } },
      ...PERSONAL_SELECT,
      ranks: { select: ROW_SELECTS.ranks, orderBy: [{ tmt: "desc" }, byId] },
      positions: { select: ROW_SELECTS.positions, orderBy: [{ startDate: "desc" }, byId] },
      educations: { select: ROW_SELECTS.educations, orderBy: [{ level: "asc" }, { graduationYear: { sort: "asc", nulls: "last" } }, byId] },
      trainings: { select: ROW_SELECTS.trainings, orderBy: [{ year: { sort: "desc", nulls: "last" } }, byId] },
      assignments: { select: ROW_SELECTS.assignments, orderBy: [{ year: { sort: "desc", nulls: "last" } }, byId] },
      achievements: { select: ROW_SELECTS.achievements, orderBy: [{ year: { sort: "desc", nulls: "last" } }, byId] },
      publications: { select: ROW_SELECTS.publications, orderBy: [{ year: { sort: "desc", nulls: "last" } }, byId] },
      // "Tahun" is free text here ("2015–2020"), so the rows keep the order they were added in.
      organizations: { select: ROW_SELECTS.organizations, orderBy: [byId] },
      family: { select: ROW_SELECTS.family, orderBy: [{ relation: "asc" }, { birthDate: { sort: "asc", nulls: "last" } }, byId] },
      appraisals: { select: ROW_SELECTS.appraisals, orderBy: [{ year: "desc" }] },
    },
  });
}

/** The caller's CV with every section; null when the applicant has none yet. */
export async function getOwnProfile(userId: string): Promise<OwnProfile | null> {
  const profile = await findProfile(userId);
  if (!profile) return null;
  const { id, version, nip, user, institution, ranks, positions, educations, trainings, assignments, achievements, publications, organizations, family, appraisals, ...personal } = profile;
  return {
    id,
    version,
    nip,
    email: user.email,
    institution,
    personal: toPlain(personal),
    rows: {
      ranks: ranks.map(toPlain),
      positions: positions.map(toPlain),
      educations: educations.map(toPlain),
      trainings: trainings.map(toPlain),
      assignments: assignments.map(toPlain),
      achievements: achievements.map(toPlain),
      publications: publications.map(toPlain),
      organizations: organizations.map(toPlain),
      family: family.map(toPlain),
      appraisals: appraisals.map(toPlain),
    },
  };
}

export type InstitutionOption = { id: string; name: string; regionCode: string };

/** The home institutions an applicant can choose from (reference data). */
export async function listInstitutions(): Promise<InstitutionOption[]> {
  return prisma.institution.findMany({ orderBy: [{ name: "asc" }], select: { id: true, name: true, regionCode: true } });
}

/** The account's identity shown beside a CV that does not exist yet (a first save creates it). */
export async function getAccountIdentity(userId: string): Promise<{ name: string; email: string; nip: string | null } | null> {
  return prisma.user.findUnique({ where: { id: userId }, select: { name: true, email: true, nip: true } });
}

export type EligibilityPreview = {
  slug: string;
  title: string;
  /** true: the applicant applied to it; false: the newest selection whose registration has opened, for orientation. */
  hasApplied: boolean;
  result: EligibilityResult;
  ruleTexts: Record<string, string>;
};

/**
 * The CV checked against the selections the applicant applied to (with the no-MPP statement given
 * there), or, before any application, against the newest selection whose registration has opened. What is missing from
 * the CV shows up as "pending" rules, which is what the DRH page wants the applicant to see.
 */
export async function getOwnEligibilityPreviews(userId: string): Promise<EligibilityPreview[]> {
  const [profile, applications] = await Promise.all([
    prisma.applicantProfile.findUnique({ where: { userId }, select: PROFILE_ELIGIBILITY_SELECT }),
    prisma.application.findMany({
      where: { applicantId: userId, status: { not: "WITHDRAWN" } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: { noMppStatement: true, vacancy: { select: { educationRequired: true } }, selection: { select: { slug: true } } },
    }),
  ]);
  const targets = new Map<string, { hasApplied: boolean; noMppStatement?: boolean; educationRequired?: string[] }>();
  for (const application of applications) {
    if (!targets.has(application.selection.slug)) {
      targets.set(application.selection.slug, { hasApplied: true, noMppStatement: application.noMppStatement, educationRequired: application.vacancy.educationRequired });
    }
  }
  if (targets.size === 0) {
    const newest = defaultSelection(await listSelectionsForSelfCheck(), now());
    if (newest) targets.set(newest.slug, { hasApplied: false });
  }
  const previews = await Promise.all(
    [...targets].map(async ([slug, target]): Promise<EligibilityPreview | null> => {
      const config = await getSelectionEligibilityConfig(slug);
      if (!config) return null;
      // The formation applied to decides the education rule, as on the application's own page.
      const request = applicantRequest(config, profile, { noMppStatement: target.noMppStatement, educationRequired: target.educationRequired ?? [] });
      try {
        const result = evaluateEligibility(request);
        return { slug, title: config.title, hasApplied: target.hasApplied, result, ruleTexts: config.ruleTexts };
      } catch (error) {
        // A misconfigured selection must not keep the applicant from editing the CV.
        if (error instanceof EligibilityConfigError) {
          logger.error({ event: "eligibility.misconfigured", slug, err: error }, `Eligibility rules of ${slug} are misconfigured`);
          return null;
        }
        throw error;
      }
    }),
  );
  return previews.filter((preview): preview is EligibilityPreview => preview !== null);
}
