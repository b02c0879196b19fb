import "server-only";
// Creating a selection from data: a template (JPT Pratama as Singkawang 2025, CPNS as Sawahlunto 2019),
// the seed, or a copy of an existing selection. One writer of a whole selection, so the seed, the admin
// screens and the test factories make selections the same way.
import { writeAudit } from "@/lib/audit";
import { wibToUtc } from "@/lib/dates/wib";
import type { TransactionClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SelectionSeed } from "./types";

const calendarDate = (value: string) => new Date(`${value}T00:00:00.000Z`);

/** The Prisma create data of a whole selection described by `seed` (its organiser must exist). */
export function selectionCreateData(seed: SelectionSeed, organiserId: string): Prisma.SelectionCreateInput {
  return {
    slug: seed.slug,
    status: seed.status,
    regime: seed.regime,
    title: seed.title,
    summary: seed.summary,
    organiser: { connect: { id: organiserId } },
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
    vacancies: { create: seed.vacancies.map((vacancy, order) => ({ ...vacancy, order })) },
    stages: {
      create: seed.stages.map((stage, index) => ({ ...stage, order: index + 1, startsAt: wibToUtc(stage.startsAt), endsAt: wibToUtc(stage.endsAt) })),
    },
    rules: { create: seed.rules.map((rule, index) => ({ ...rule, order: index + 1, params: rule.params as Prisma.InputJsonValue })) },
    documents: { create: seed.documents },
    forms: { create: seed.forms },
  };
}

/**
 * Writes a whole selection (vacancies, stages, rules, documents, forms) in the caller's transaction, with
 * an audit row; published selections also get their call announcement. Returns the new id.
 */
export async function insertSelection(
  tx: TransactionClient,
  seed: SelectionSeed,
  audit: { actorId: string | null; ip?: string | null; source: string },
): Promise<string> {
  const organiser = await tx.institution.upsert({ where: { name: seed.organiser.name }, create: seed.organiser, update: {}, select: { id: true } });
  const selection = await tx.selection.create({ data: selectionCreateData(seed, organiser.id), select: { id: true } });
  if (seed.status === "OPEN") {
    await tx.announcement.create({
      data: {
        slug: `${seed.slug}-pengumuman`,
        selectionId: selection.id,
        kind: "CALL",
        number: seed.announcementNumber,
        title: `Pengumuman ${seed.title}`,
        body: seed.summary,
        publishedAt: calendarDate(seed.announcementDate),
      },
    });
  }
  await writeAudit(tx, {
    actorId: audit.actorId,
    action: "selection.create",
    entityType: "Selection",
    entityId: selection.id,
    after: { slug: seed.slug, regime: seed.regime, title: seed.title, status: seed.status, source: audit.source },
    ip: audit.ip,
  });
  return selection.id;
}
