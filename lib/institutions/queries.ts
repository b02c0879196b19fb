import "server-only";
// Reference list of government institutions (instansi) with their BPS region codes. Public and rarely
// changed, so it is cached; whatever edits institutions expires the `institutions` tag.
import { unstable_cache } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { prisma } from "@/lib/db";

export type InstitutionOption = { name: string; regionCode: string };

async function loadInstitutionOptions(): Promise<InstitutionOption[]> {
  return prisma.institution.findMany({
    orderBy: [{ regionCode: "asc" }, { name: "asc" }],
    select: { name: true, regionCode: true },
  });
}

export const listInstitutionOptions = unstable_cache(loadInstitutionOptions, ["institution-options"], {
  tags: [CACHE_TAGS.institutions],
  revalidate: 3600,
});
