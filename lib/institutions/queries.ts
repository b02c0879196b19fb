import "server-only";
// Reference list of government institutions (instansi) with their BPS region codes. Public and rarely
// changed, so it is cached; whatever edits institutions expires the `institutions` tag.
import { CACHE_TAGS, cachePublicData } from "@/lib/cache-tags";
import { prisma } from "@/lib/db";

export type InstitutionOption = { name: string; regionCode: string };

async function loadInstitutionOptions(): Promise<InstitutionOption[]> {
  return prisma.institution.findMany({
    orderBy: [{ regionCode: "asc" }, { name: "asc" }],
    select: { name: true, regionCode: true },
  });
}

export const listInstitutionOptions = cachePublicData(loadInstitutionOptions, "institution-options", {
  tags: [CACHE_TAGS.institutions],
  revalidate: 3600,
});

export type InstitutionRow = { id: string; name: string; regionCode: string; level: "CENTRAL" | "PROVINCE" | "REGENCY" | "CITY"; profiles: number };

/** The administrator's list: every institution with the number of CVs that name it. */
export async function listInstitutionsForAdmin(): Promise<InstitutionRow[]> {
  const rows = await prisma.institution.findMany({
    orderBy: [{ regionCode: "asc" }, { name: "asc" }],
    select: { id: true, name: true, regionCode: true, level: true, _count: { select: { profiles: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, profiles: _count.profiles }));
}

export type AgencyPpkRow = { institutionId: string; institutionName: string; userId: string; name: string; email: string; isActive: boolean };

/** The administrator's list of each agency's PPK accounts. */
export async function listAgencyPpks(): Promise<AgencyPpkRow[]> {
  const rows = await prisma.agencyPpk.findMany({
    orderBy: [{ institution: { regionCode: "asc" } }, { user: { name: "asc" } }],
    select: { institution: { select: { id: true, name: true } }, user: { select: { id: true, name: true, email: true, isActive: true } } },
  });
  return rows.map((row) => ({ institutionId: row.institution.id, institutionName: row.institution.name, userId: row.user.id, name: row.user.name, email: row.user.email, isActive: row.user.isActive }));
}
