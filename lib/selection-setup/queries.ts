import "server-only";
// Reads of the administrator's selection setup: the sources a new selection can start from, a stored
// selection as data (to copy it), and the setup page of one selection.
import type { TransactionClient } from "@/lib/db";
import { prisma } from "@/lib/db";
import { utcToWibCalendarDate, utcToWibDateTime } from "@/lib/dates/wib";
import { skdThresholdsOf } from "@/lib/cat-results/thresholds";
import type { SelectionSeed } from "./types";

const isoDate = (value: Date) => value.toISOString().slice(0, 10);

/** Every selection, newest first, as a source to copy. */
export async function listCopySources() {
  return prisma.selection.findMany({
    orderBy: { registrationOpensAt: "desc" },
    select: { slug: true, title: true, regime: true, status: true },
  });
}

/**
 * A stored selection as data: everything an applicant applies to (formations, rules, documents, forms,
 * stages with weights and minimums, terms), without its applicants, Pansel, scores or announcements.
 */
export async function selectionSeedFromDb(db: TransactionClient, slug: string): Promise<SelectionSeed | null> {
  const source = await db.selection.findUnique({
    where: { slug },
    select: {
      slug: true,
      regime: true,
      title: true,
      summary: true,
      organiser: { select: { name: true, regionCode: true, level: true } },
      committeeName: true,
      committeeAddress: true,
      announcementNumber: true,
      announcementDate: true,
      announcementPlace: true,
      chairName: true,
      legalBasis: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      documentDeadlineAt: true,
      referenceDatePlanned: true,
      ageReading: true,
      minApplicantsPerVacancy: true,
      shortlistPerQuota: true,
      shortlistOrder: true,
      rejectionNeedsSecondCheck: true,
      asnKarierRequired: true,
      objectionEnabled: true,
      objectionWindowDays: true,
      skdMinTwk: true,
      skdMinTiu: true,
      skdMinTkp: true,
      registrationTerms: true,
      otherTerms: true,
      scheduleNote: true,
      vacancies: { orderBy: { order: "asc" }, select: { code: true, title: true, eselon: true, unit: true, quota: true, educationRequired: true } },
      stages: {
        orderBy: { order: "asc" },
        select: { kind: true, scheduleNo: true, name: true, startsAt: true, endsAt: true, isAllDay: true, responsible: true, note: true, isScored: true, weight: true, minimumScore: true },
      },
      rules: { orderBy: { order: "asc" }, select: { ruleId: true, text: true, sourceItem: true, params: true } },
      documents: {
        orderBy: { number: "asc" },
        select: { number: true, title: true, form: true, requiresStamp: true, copies: true, dueStage: true, condition: true, acceptedTypes: true, maxSizeBytes: true, formCode: true, ruleIds: true, note: true },
      },
      forms: { select: { code: true, title: true, filledBy: true, description: true } },
    },
  });
  if (!source) return null;
  const { organiser, vacancies, stages, rules, documents, forms, skdMinTwk, skdMinTiu, skdMinTkp, ...fields } = source;
  return {
    ...fields,
    skdThresholds: skdThresholdsOf({ skdMinTwk, skdMinTiu, skdMinTkp }),
    status: "DRAFT",
    organiser,
    announcementDate: isoDate(fields.announcementDate),
    registrationOpensAt: utcToWibDateTime(fields.registrationOpensAt),
    registrationClosesAt: utcToWibDateTime(fields.registrationClosesAt),
    documentDeadlineAt: utcToWibDateTime(fields.documentDeadlineAt),
    referenceDatePlanned: isoDate(fields.referenceDatePlanned),
    vacancies,
    stages: stages.map((stage) => ({
      ...stage,
      startsAt: utcToWibDateTime(stage.startsAt),
      endsAt: utcToWibDateTime(stage.endsAt),
      weight: stage.weight === null ? null : Number(stage.weight),
      minimumScore: stage.minimumScore === null ? null : Number(stage.minimumScore),
    })),
    rules: rules.map((rule) => ({ ...rule, params: (rule.params ?? {}) as Record<string, unknown> })),
    documents,
    forms,
  };
}

/** The setup page of one selection (the administrator's): details, formations, Pansel seats. */
export async function getSelectionSetup(slug: string) {
  const selection = await prisma.selection.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      regime: true,
      status: true,
      title: true,
      summary: true,
      announcementNumber: true,
      announcementDate: true,
      announcementPlace: true,
      committeeName: true,
      committeeAddress: true,
      chairName: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      vacancies: { orderBy: { order: "asc" }, select: { id: true, code: true, title: true, unit: true, quota: true, educationRequired: true, _count: { select: { applications: true } } } },
      committee: { orderBy: [{ position: "asc" }, { user: { name: "asc" } }], select: { position: true, user: { select: { id: true, name: true, email: true, roles: true } } } },
      _count: { select: { stages: true, rules: true, documents: true, applications: true } },
    },
  });
  if (!selection) return null;
  return {
    ...selection,
    announcementDate: isoDate(selection.announcementDate),
    registrationOpensOn: utcToWibCalendarDate(selection.registrationOpensAt),
    registrationClosesOn: utcToWibCalendarDate(selection.registrationClosesAt),
  };
}
export type SelectionSetup = NonNullable<Awaited<ReturnType<typeof getSelectionSetup>>>;
