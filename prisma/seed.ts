// Idempotent seed: the Singkawang 2025 selection and the CPNS demo (Sawahlunto 2019 guideline) as data,
// reference institutions, demo accounts (each Pansel account seated on one selection) and a few demo applicants;
// for `npm run demo` also a few hundred generated CPNS demo applicants. Running it twice changes nothing; it
// never overwrites a password or anything an applicant typed.
import { writeAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import type { RoleName } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { insertSelection } from "@/lib/selection-setup/mutations";
import { DEMO_APPLICANTS, DEMO_PASSWORD, DEMO_STAFF, INSTITUTIONS } from "./seed-data/demo";
import { seedDemoApplications } from "./seed-data/demo-applications";
import { seedCpnsDemoApplications } from "./seed-data/demo-cpns-applications";
import { sawahlunto2019 } from "./seed-data/sawahlunto-2019";
import { singkawang2025 } from "./seed-data/singkawang-2025";
import type { SelectionSeed } from "@/lib/selection-setup/types";

// The CPNS demo's secretariat member: the generated applications' documents are verified in that name.
const CPNS_DEMO_SECRETARIAT = "sekretariat.cpns@demo.seleksi.id";

const calendarDate = (value: string) => new Date(`${value}T00:00:00.000Z`);

async function seedInstitutions(): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const institution of INSTITUTIONS) {
    const row = await prisma.institution.upsert({
      where: { name: institution.name },
      create: institution,
      update: { regionCode: institution.regionCode, level: institution.level },
      select: { id: true, name: true },
    });
    ids.set(row.name, row.id);
  }
  return ids;
}

/** The seed's selection, written once: a re-seed keeps whatever the staff changed since. */
async function seedSelection(seed: SelectionSeed): Promise<string> {
  const existing = await prisma.selection.findUnique({ where: { slug: seed.slug }, select: { id: true } });
  if (existing) return existing.id;
  return prisma.$transaction((tx) => insertSelection(tx, seed, { actorId: null, source: "seed" }), { timeout: 60_000 });
}

async function upsertUser(email: string, name: string, roles: RoleName[], nip: string | null, passwordHash: string) {
  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return existing.id;
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email, name, roles, nip, passwordHash }, select: { id: true } });
    await writeAudit(tx, { actorId: null, action: "user.create", entityType: "User", entityId: user.id, after: { roles, by: "seed" } });
    return user.id;
  });
}

export type SeedOptions = {
  /**
   * The few hundred generated applicants of the CPNS demo selection (seed-data/demo-cpns-applicants.ts):
   * `npm run demo` only; the tests' seeds leave them out and stay fast.
   */
  demoApplicants?: boolean;
};

export async function seedDatabase(options: SeedOptions = {}): Promise<void> {
  const institutionIds = await seedInstitutions();
  const selectionIds = new Map<string, string>();
  for (const seed of [singkawang2025, sawahlunto2019]) selectionIds.set(seed.slug, await seedSelection(seed));
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  for (const staff of DEMO_STAFF) {
    const userId = await upsertUser(staff.email, staff.name, staff.roles, staff.nip, passwordHash);
    if (staff.committee) {
      const selectionId = selectionIds.get(staff.committee.selection);
      if (!selectionId) throw new Error(`Demo account ${staff.email} sits on an unknown selection "${staff.committee.selection}"`);
      await prisma.committeeMember.upsert({
        where: { selectionId_userId: { selectionId, userId } },
        create: { selectionId, userId, position: staff.committee.position },
        update: {},
      });
    }
    for (const agency of staff.ppkOf ?? []) {
      const institution = await prisma.institution.findUniqueOrThrow({ where: { name: agency }, select: { id: true } });
      await prisma.agencyPpk.upsert({
        where: { institutionId_userId: { institutionId: institution.id, userId } },
        create: { institutionId: institution.id, userId },
        update: {},
      });
    }
  }

  for (const applicant of DEMO_APPLICANTS) {
    const userId = await upsertUser(applicant.email, applicant.profile.fullName, ["APPLICANT"], applicant.profile.nip, passwordHash);
    const { positions, ranks, educations, appraisals, institution, ...profile } = applicant.profile;
    const hasProfile = await prisma.applicantProfile.findUnique({ where: { userId }, select: { id: true } });
    if (hasProfile) continue;
    await prisma.applicantProfile.create({
      data: {
        ...profile,
        userId,
        email: applicant.email,
        birthDate: calendarDate(profile.birthDate),
        tmtCpns: calendarDate(profile.tmtCpns),
        institutionId: institutionIds.get(institution) ?? null,
        positions: {
          create: positions.map((position) => ({
            ...position,
            startDate: calendarDate(position.startDate),
            endDate: position.endDate ? calendarDate(position.endDate) : null,
          })),
        },
        ranks: { create: ranks.map((rank) => ({ ...rank, tmt: calendarDate(rank.tmt) })) },
        educations: { create: educations },
        appraisals: { create: appraisals },
      },
    });
  }

  await seedDemoApplications(singkawang2025.slug);
  if (options.demoApplicants) await seedCpnsDemoApplications(sawahlunto2019.slug, CPNS_DEMO_SECRETARIAT, passwordHash);
}
