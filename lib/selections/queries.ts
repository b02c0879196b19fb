import "server-only";
// Public reads of selections. Cached (public pages stay fast under load) and expired by tag when a
// selection, its schedule or its announcements change. Values are plain JSON (dates as ISO strings)
// because the cache serialises them.
import { CACHE_TAGS, cachePublicData } from "@/lib/cache-tags";
import { prisma } from "@/lib/db";
import { formatWibRange } from "@/lib/dates/wib";
import { scheduleChangeEntry, storedFields, type ChangeEntry } from "@/lib/selection-content/history";
import type { AnnouncementKind, SelectionStatus, StageStatus } from "@/lib/generated/prisma/enums";

const iso = (date: Date) => date.toISOString();
const day = (date: Date) => date.toISOString().slice(0, 10);

export type SelectionSummary = {
  slug: string;
  title: string;
  regime: "JPT_PRATAMA" | "CPNS";
  status: SelectionStatus;
  organiserName: string;
  announcementNumber: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  vacancyCount: number;
  quota: number;
  /** For the public status (lib/selections/status.ts, publicSelectionStatus). */
  scoredStages: { name: string; status: StageStatus }[];
  announcementKinds: AnnouncementKind[];
  /** Registration was reopened after an escalation (a REOPENING change of the registration stage). */
  registrationReopened: boolean;
};

// What the public status follows besides the stored status: the scored stages and the announcements published.
const PROGRESS_SELECT = {
  stages: { where: { isScored: true }, orderBy: { order: "asc" }, select: { name: true, status: true } },
  announcements: { where: { publishedAt: { not: null } }, select: { kind: true } },
  _count: { select: { stages: { where: { kind: "REGISTRATION", changes: { some: { kind: "REOPENING" } } } } } },
} as const;

async function loadSelectionSummaries(): Promise<SelectionSummary[]> {
  const rows = await prisma.selection.findMany({
    where: { status: { not: "DRAFT" } },
    orderBy: { registrationOpensAt: "desc" },
    select: {
      slug: true,
      title: true,
      regime: true,
      status: true,
      announcementNumber: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      organiser: { select: { name: true } },
      vacancies: { select: { quota: true } },
      ...PROGRESS_SELECT,
    },
  });
  return rows.map((row) => ({
    slug: row.slug,
    title: row.title,
    regime: row.regime,
    status: row.status,
    organiserName: row.organiser.name,
    announcementNumber: row.announcementNumber,
    registrationOpensAt: iso(row.registrationOpensAt),
    registrationClosesAt: iso(row.registrationClosesAt),
    vacancyCount: row.vacancies.length,
    quota: row.vacancies.reduce((sum, vacancy) => sum + vacancy.quota, 0),
    scoredStages: row.stages,
    announcementKinds: [...new Set(row.announcements.map((announcement) => announcement.kind))],
    registrationReopened: row._count.stages > 0,
  }));
}

export const listPublicSelections = cachePublicData(loadSelectionSummaries, "public-selections", {
  tags: [CACHE_TAGS.selections],
  revalidate: 300,
});

/** The public page of a published selection (uncached; the page reads it through getPublicSelection). */
export async function loadSelectionDetail(slug: string) {
  const row = await prisma.selection.findFirst({
    where: { slug, status: { not: "DRAFT" } },
    select: {
      slug: true,
      title: true,
      summary: true,
      regime: true,
      status: true,
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
      registrationTerms: true,
      otherTerms: true,
      scheduleNote: true,
      organiser: { select: { name: true, regionCode: true } },
      vacancies: { orderBy: { order: "asc" }, select: { code: true, title: true, eselon: true, unit: true, quota: true, educationRequired: true } },
      rules: { orderBy: { order: "asc" }, select: { ruleId: true, text: true, sourceItem: true } },
      documents: {
        orderBy: { number: "asc" },
        select: {
          number: true,
          title: true,
          form: true,
          requiresStamp: true,
          copies: true,
          dueStage: true,
          condition: true,
          note: true,
          formCode: true,
          acceptedTypes: true,
          maxSizeBytes: true,
        },
      },
      forms: { orderBy: { code: "asc" }, select: { code: true, title: true, filledBy: true, description: true } },
      stages: {
        orderBy: { order: "asc" },
        select: {
          order: true,
          scheduleNo: true,
          kind: true,
          name: true,
          startsAt: true,
          endsAt: true,
          isAllDay: true,
          responsible: true,
          note: true,
          status: true,
          isScored: true,
          changes: {
            orderBy: { changedAt: "asc" },
            select: { kind: true, previousStartsAt: true, previousEndsAt: true, newStartsAt: true, newEndsAt: true, reason: true, changedAt: true },
          },
        },
      },
      announcements: PROGRESS_SELECT.announcements,
      // Corrections after publication, shown with the schedule's changes as one history.
      changes: { orderBy: { changedAt: "asc" }, select: { subject: true, fields: true, reason: true, changedAt: true } },
      _count: PROGRESS_SELECT._count,
      // An escalated vacancy is a public notice on the selection page (#14): which vacancy, the follow-up proposed, when;
      // and when registration was reopened after it (ROUND_REOPENED: a new round of the decisions).
      decisions: { where: { kind: { in: ["ESCALATED", "ROUND_REOPENED"] } }, orderBy: { createdAt: "asc" }, select: { kind: true, vacancyId: true, createdAt: true, data: true, vacancy: { select: { title: true } } } },
    },
  });
  if (!row) return null;
  const { announcements, decisions, changes, _count, ...rest } = row;
  const corrections: ChangeEntry[] = changes.map((change) => ({ at: iso(change.changedAt), subject: change.subject, fields: storedFields(change.fields), reason: change.reason }));
  const schedule = row.stages.flatMap((stage) =>
    stage.changes.map((change) =>
      scheduleChangeEntry(
        stage.name,
        { ...change, changedAt: iso(change.changedAt), previousStartsAt: iso(change.previousStartsAt), previousEndsAt: iso(change.previousEndsAt), newStartsAt: iso(change.newStartsAt), newEndsAt: iso(change.newEndsAt) },
        (startsAt, endsAt) => formatWibRange(startsAt, endsAt),
      ),
    ),
  );
  return {
    ...rest,
    registrationReopened: _count.stages > 0,
    /** Every change since publication, newest first. */
    history: [...corrections, ...schedule].sort((a, b) => b.at.localeCompare(a.at)),
    scoredStages: row.stages.filter((stage) => stage.isScored).map((stage) => ({ name: stage.name, status: stage.status })),
    announcementKinds: [...new Set(announcements.map((announcement) => announcement.kind))],
    escalations: decisions
      .filter((decision) => decision.kind === "ESCALATED")
      .map((decision) => {
        const data = decision.data && typeof decision.data === "object" && !Array.isArray(decision.data) ? decision.data : {};
        const reopened = decisions.find((later) => later.kind === "ROUND_REOPENED" && later.vacancyId === decision.vacancyId && later.createdAt > decision.createdAt);
        return {
          vacancyTitle: decision.vacancy?.title ?? "-",
          optionLabel: typeof data.optionLabel === "string" ? data.optionLabel : null,
          at: iso(decision.createdAt),
          reopenedAt: reopened ? iso(reopened.createdAt) : null,
        };
      }),
    announcementDate: day(row.announcementDate),
    registrationOpensAt: iso(row.registrationOpensAt),
    registrationClosesAt: iso(row.registrationClosesAt),
    documentDeadlineAt: iso(row.documentDeadlineAt),
    stages: row.stages.map((stage) => ({
      ...stage,
      startsAt: iso(stage.startsAt),
      endsAt: iso(stage.endsAt),
      changes: stage.changes.map((change) => ({
        kind: change.kind,
        reason: change.reason,
        changedAt: iso(change.changedAt),
        previousStartsAt: iso(change.previousStartsAt),
        previousEndsAt: iso(change.previousEndsAt),
        newStartsAt: iso(change.newStartsAt),
        newEndsAt: iso(change.newEndsAt),
      })),
    })),
  };
}

export type SelectionDetail = NonNullable<Awaited<ReturnType<typeof loadSelectionDetail>>>;

export const getPublicSelection = cachePublicData(loadSelectionDetail, "public-selection", {
  tags: [CACHE_TAGS.selections],
  revalidate: 300,
});
