import "server-only";
// Reads of the administrative result: the staff draft (before publishing), the published result with its objections,
// and the applicant's own result. Explicit selects; a constant number of queries per call.
import { prisma, type TransactionClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { staffSelectionWhere, type SelectionViewer } from "@/lib/auth/selection-access";
import { adminDecisionStateOf, isAdminDecided, splitReasons, type AdminDecisionState } from "./admin-decision";
import { objectionPeriods, objectionState, type ObjectionPeriods } from "./objection-window";
import { blockersOf, type Blocker } from "./draft";
import { parseResultSnapshot, type ResultCode } from "./snapshot";

export type DraftItem = {
  id: string;
  registrationNumber: string;
  name: string;
  nip: string | null;
  vacancy: string;
  state: AdminDecisionState;
  reasons: string[];
};

export type PublishedResult = { id: string; slug: string; number: string | null; title: string; publishedAt: Date };

async function findSelectionForResult(slug: string, scope: Prisma.SelectionWhereInput) {
  return prisma.selection.findFirst({
    where: { slug, ...scope },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      documentDeadlineAt: true,
      rejectionNeedsSecondCheck: true,
      objectionEnabled: true,
      objectionWindowDays: true,
    },
  });
}

const PUBLISHED_RESULT_SELECT = { id: true, slug: true, number: true, title: true, publishedAt: true } as const;

function toPublished(row: { id: string; slug: string; number: string | null; title: string; publishedAt: Date | null } | null): PublishedResult | null {
  return row?.publishedAt ? { ...row, publishedAt: row.publishedAt } : null;
}

/** The selection's administrative results, oldest first: the first, then an addendum per reopening of registration (#15). */
async function findPublishedResults(selectionId: string): Promise<PublishedResult[]> {
  const rows = await prisma.announcement.findMany({
    where: { selectionId, kind: "ADMIN_RESULT", publishedAt: { not: null } },
    // Insertion order: a rehearsal's fake clock may date a later result earlier.
    orderBy: { createdAt: "asc" },
    select: PUBLISHED_RESULT_SELECT,
  });
  return rows.map(toPublished).filter((row): row is PublishedResult => row !== null);
}

/**
 * The administrative result that decided this application: the one whose frozen list names it (an addendum lists
 * only the applications sent after registration was reopened). Without such a list, the selection's first result.
 */
export async function findApplicationResult(selectionId: string, registrationNumber: string, db: TransactionClient = prisma): Promise<PublishedResult | null> {
  const where = { selectionId, kind: "ADMIN_RESULT" as const, publishedAt: { not: null } };
  const listed = await db.announcement.findFirst({
    where: { ...where, snapshot: { path: ["rows"], array_contains: [{ registrationNumber }] } },
    orderBy: { createdAt: "asc" },
    select: PUBLISHED_RESULT_SELECT,
  });
  return toPublished(listed ?? (await db.announcement.findFirst({ where, orderBy: { createdAt: "asc" }, select: PUBLISHED_RESULT_SELECT })));
}

/** The announcement whose list is in force: the latest published correction of the result, or the result itself. */
export async function findResultInForce(originalId: string, db: TransactionClient = prisma) {
  return db.announcement.findFirst({
    where: { OR: [{ id: originalId }, { correctsId: originalId, kind: "CORRECTION" }], publishedAt: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
    select: { slug: true, number: true, kind: true, snapshot: true },
  });
}

/**
 * Every SUBMITTED application of the selection with its decision state. Publishing is possible only
 * when nothing blocks (every application decided, every TMS confirmed and reasoned) and no result
 * has been published yet, or registration was reopened since (an addendum: `isAddendum`).
 */
export async function getAdministrativeResultDraft(slug: string, viewer: SelectionViewer) {
  const selection = await findSelectionForResult(slug, staffSelectionWhere(viewer, "view:applications"));
  if (!selection) return null;
  const [rows, published] = await Promise.all([
    prisma.application.findMany({
      where: { selectionId: selection.id, status: "SUBMITTED" },
      orderBy: [{ vacancy: { order: "asc" } }, { registrationNumber: "asc" }],
      select: {
        id: true,
        registrationNumber: true,
        adminDecision: true,
        adminDecisionReason: true,
        adminDecidedById: true,
        adminConfirmedById: true,
        vacancy: { select: { title: true } },
        applicant: { select: { name: true, nip: true, profile: { select: { fullName: true, nip: true } } } },
      },
    }),
    findPublishedResults(selection.id),
  ]);
  const items: DraftItem[] = rows.map((row) => ({
    id: row.id,
    registrationNumber: row.registrationNumber,
    name: row.applicant.profile?.fullName ?? row.applicant.name,
    nip: row.applicant.profile?.nip ?? row.applicant.nip,
    vacancy: row.vacancy.title,
    state: adminDecisionStateOf(row, selection.rejectionNeedsSecondCheck),
    reasons: splitReasons(row.adminDecisionReason),
  }));
  const blockers: Blocker[] = blockersOf(items);
  const counts = { UNDECIDED: 0, AWAITING_SECOND_CHECK: 0, DECIDED_MS: 0, DECIDED_TMS: 0 } satisfies Record<AdminDecisionState, number>;
  for (const item of items) counts[item.state] += 1;
  // A result moves the selection OPEN → CLOSED; only the chair's reopening makes it OPEN again.
  const isAddendum = published.length > 0;
  const isOpenForResult = !isAddendum || selection.status === "OPEN";
  return {
    selection,
    items,
    counts,
    decided: items.filter((item) => isAdminDecided(item.state)).length,
    blockers,
    published,
    isAddendum,
    isOpenForResult,
    canPublish: isOpenForResult && items.length > 0 && blockers.length === 0,
  };
}
export type AdministrativeResultDraft = NonNullable<Awaited<ReturnType<typeof getAdministrativeResultDraft>>>;

/** The staff view after publishing (`published` as the draft found it): its corrections and every objection with its answer. */
export async function getPublishedResultOverview(published: PublishedResult, objectionWindowDays: number, now: Date) {
  const [corrections, objections] = await Promise.all([
    prisma.announcement.findMany({
      where: { correctsId: published.id, kind: "CORRECTION", publishedAt: { not: null } },
      orderBy: { publishedAt: "asc" },
      select: { slug: true, number: true, title: true, publishedAt: true },
    }),
    prisma.objection.findMany({
      where: { announcementId: published.id },
      orderBy: { submittedAt: "asc" },
      select: {
        id: true,
        reason: true,
        submittedAt: true,
        outcome: true,
        answer: true,
        answeredAt: true,
        application: {
          select: { id: true, registrationNumber: true, status: true, applicant: { select: { name: true, profile: { select: { fullName: true } } } } },
        },
      },
    }),
  ]);
  const periods: ObjectionPeriods = objectionPeriods(published.publishedAt, objectionWindowDays);
  return {
    published,
    corrections,
    periods,
    objectionState: objectionState(periods, now),
    objections: objections.map((objection) => ({
      id: objection.id,
      reason: objection.reason,
      submittedAt: objection.submittedAt,
      outcome: objection.outcome,
      answer: objection.answer,
      answeredAt: objection.answeredAt,
      applicationId: objection.application.id,
      registrationNumber: objection.application.registrationNumber,
      name: objection.application.applicant.profile?.fullName ?? objection.application.applicant.name,
      // Accepted and still TMS: waits for the next correction.
      isAwaitingCorrection: objection.outcome === "ACCEPTED" && objection.application.status === "ADMIN_FAILED",
    })),
  };
}
export type PublishedResultOverview = Awaited<ReturnType<typeof getPublishedResultOverview>>;

/**
 * The applicant's own result: read from the announcement in force (the frozen list), with the
 * reasons as they were published to the applicant (the event written when publishing), never from
 * decisions edited later. Null until a result is published or when the applicant is not in it.
 */
export async function getOwnAdministrativeResult(userId: string, applicationId: string, now: Date) {
  const application = await prisma.application.findFirst({
    where: { id: applicationId, applicantId: userId },
    select: {
      id: true,
      status: true,
      registrationNumber: true,
      selectionId: true,
      selection: { select: { objectionEnabled: true, objectionWindowDays: true } },
      events: {
        where: { kind: "admin_result.published" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { data: true },
      },
    },
  });
  if (!application) return null;
  const original = await findApplicationResult(application.selectionId, application.registrationNumber);
  if (!original) return null;
  const [inForce, objection] = await Promise.all([
    findResultInForce(original.id),
    prisma.objection.findUnique({
      where: { applicationId_announcementId: { applicationId: application.id, announcementId: original.id } },
      select: { reason: true, submittedAt: true, outcome: true, answer: true, answeredAt: true },
    }),
  ]);
  const snapshot = parseResultSnapshot(inForce?.snapshot);
  const row = snapshot?.rows.find((candidate) => candidate.registrationNumber === application.registrationNumber);
  if (!inForce || !snapshot || !row) return null;
  const eventData = (application.events[0]?.data ?? null) as { reasons?: unknown } | null;
  const reasons = Array.isArray(eventData?.reasons) ? eventData.reasons.filter((reason): reason is string => typeof reason === "string") : [];
  const { objectionEnabled, objectionWindowDays } = application.selection;
  const periods = objectionEnabled ? objectionPeriods(original.publishedAt, objectionWindowDays) : null;
  const result: ResultCode = row.result;
  return {
    result,
    resultLabel: row.resultLabel,
    reasons: result === "TMS" ? reasons : [],
    announcement: { slug: inForce.slug, number: inForce.number, isCorrection: inForce.kind === "CORRECTION" },
    original: { slug: original.slug, number: original.number, publishedAt: original.publishedAt },
    objection,
    objectionPeriods: periods,
    canObject: periods !== null && application.status === "ADMIN_FAILED" && !objection && objectionState(periods, now) === "OPEN",
  };
}
export type OwnAdministrativeResult = NonNullable<Awaited<ReturnType<typeof getOwnAdministrativeResult>>>;
