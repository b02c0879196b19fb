// Idempotent seed: the Singkawang 2025 selection as data, reference institutions, one demo account
// per role and a few demo applicants. Running it twice changes nothing; it never overwrites a
// password or anything an applicant typed.
import { writeAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import type { RoleName } from "@/lib/auth/permissions";
import { wibToUtc } from "@/lib/dates/wib";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEMO_APPLICANTS, DEMO_PASSWORD, DEMO_STAFF, INSTITUTIONS } from "./seed-data/demo";
import { seedDemoApplications } from "./seed-data/demo-applications";
import { singkawang2025 } from "./seed-data/singkawang-2025";
import type { SelectionSeed } from "./seed-data/types";

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

async function seedSelection(seed: SelectionSeed): Promise<string> {
  const organiser = await prisma.institution.upsert({
    where: { name: seed.organiser.name },
    create: seed.organiser,
    update: {},
    select: { id: true },
  });
  const fields = {
    regime: seed.regime,
    title: seed.title,
    summary: seed.summary,
    organiserId: organiser.id,
    committeeName: seed.committeeName,
    committeeAddress: seed.committeeAddress,
    announcementNumber: seed.announcementNumber,
    announcementDate: calendarDate(seed.announcementDate),
    announcementPlace: seed.announcementPlace,
    chairName: seed.chairName,
    legalBasis: seed.legalBasis,
    registrationOpensAt: wibToUtc(seed.registrationOpensAt),
    registrationClosesAt: wibToUtc(seed.registrationClosesAt),
    documentDeadlineAt: wibToUtc(seed.documentDeadlineAt),
    referenceDatePlanned: calendarDate(seed.referenceDatePlanned),
    ageReading: seed.ageReading,
    minApplicantsPerVacancy: seed.minApplicantsPerVacancy,
    shortlistPerQuota: seed.shortlistPerQuota,
    shortlistOrder: seed.shortlistOrder,
    rejectionNeedsSecondCheck: seed.rejectionNeedsSecondCheck,
    asnKarierRequired: seed.asnKarierRequired ?? false,
    objectionEnabled: seed.objectionEnabled,
    objectionWindowDays: seed.objectionWindowDays,
    registrationTerms: seed.registrationTerms,
    otherTerms: seed.otherTerms,
    scheduleNote: seed.scheduleNote,
  };
  // Create with the seed's status (a draft or published: InitialSelectionStatus); on re-seed keep the
  // status the staff have moved on since through the state machine.
  const selection = await prisma.selection.upsert({
    where: { slug: seed.slug },
    create: { slug: seed.slug, status: seed.status, ...fields },
    update: {},
    select: { id: true },
  });
  const selectionId = selection.id;

  for (const [order, vacancy] of seed.vacancies.entries()) {
    await prisma.vacancy.upsert({
      where: { selectionId_code: { selectionId, code: vacancy.code } },
      create: { selectionId, order, ...vacancy },
      update: {},
    });
  }
  for (const [index, stage] of seed.stages.entries()) {
    const data = {
      ...stage,
      startsAt: wibToUtc(stage.startsAt),
      endsAt: wibToUtc(stage.endsAt),
    };
    await prisma.stage.upsert({
      where: { selectionId_order: { selectionId, order: index + 1 } },
      create: { selectionId, order: index + 1, ...data },
      update: {},
    });
  }
  for (const [index, rule] of seed.rules.entries()) {
    await prisma.eligibilityRule.upsert({
      where: { selectionId_ruleId: { selectionId, ruleId: rule.ruleId } },
      create: { selectionId, order: index + 1, ...rule, params: rule.params as Prisma.InputJsonValue },
      update: {},
    });
  }
  for (const document of seed.documents) {
    await prisma.documentRequirement.upsert({
      where: { selectionId_number: { selectionId, number: document.number } },
      create: { selectionId, ...document },
      update: {},
    });
  }
  for (const form of seed.forms) {
    await prisma.formTemplate.upsert({
      where: { selectionId_code: { selectionId, code: form.code } },
      create: { selectionId, ...form },
      update: {},
    });
  }
  await prisma.announcement.upsert({
    where: { slug: `${seed.slug}-pengumuman` },
    create: {
      slug: `${seed.slug}-pengumuman`,
      selectionId,
      kind: "CALL",
      number: seed.announcementNumber,
      title: `Pengumuman ${seed.title}`,
      body: seed.summary,
      publishedAt: calendarDate(seed.announcementDate),
    },
    update: {},
  });
  return selectionId;
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

export async function seedDatabase(): Promise<void> {
  const institutionIds = await seedInstitutions();
  const selectionId = await seedSelection(singkawang2025);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  for (const staff of DEMO_STAFF) {
    const userId = await upsertUser(staff.email, staff.name, staff.roles, staff.nip, passwordHash);
    if (staff.committee) {
      await prisma.committeeMember.upsert({
        where: { selectionId_userId: { selectionId, userId } },
        create: { selectionId, userId, position: staff.committee },
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
}
