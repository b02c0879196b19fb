import "server-only";
import { selectionAccessOf, staffSelectionWhere, standingOf, standingSelect, type SelectionViewer } from "@/lib/auth/selection-access";
import { prisma } from "@/lib/db";

/**
 * Staff overview of the selections the viewer sits on (every selection for a portal-wide role), with
 * what the viewer may do on each: one grouped count query for all of them, not one per selection.
 */
export async function listStaffSelections(viewer: SelectionViewer) {
  const scope = staffSelectionWhere(viewer, "view:staff-area");
  const [selections, counts] = await Promise.all([
    prisma.selection.findMany({
      where: scope,
      orderBy: { registrationOpensAt: "desc" },
      select: { id: true, slug: true, title: true, status: true, registrationOpensAt: true, registrationClosesAt: true, ...standingSelect(viewer.id) },
    }),
    prisma.application.groupBy({ by: ["selectionId", "status"], where: { selection: scope }, _count: { _all: true } }),
  ]);
  return selections.map((selection) => {
    const own = counts.filter((row) => row.selectionId === selection.id);
    return {
      slug: selection.slug,
      title: selection.title,
      status: selection.status,
      access: selectionAccessOf(viewer, standingOf(selection)),
      registration: { opensAt: selection.registrationOpensAt, closesAt: selection.registrationClosesAt },
      applicationCount: own.reduce((sum, row) => sum + row._count._all, 0),
      submittedCount: own.filter((row) => row.status !== "DRAFT" && row.status !== "WITHDRAWN").reduce((sum, row) => sum + row._count._all, 0),
    };
  });
}

/** The schedule as staff edit it: every stage with its change history; null unless the viewer may manage the selection. */
export async function getStaffSchedule(slug: string, viewer: SelectionViewer) {
  return prisma.selection.findFirst({
    where: { slug, ...staffSelectionWhere(viewer, "manage:selection") },
    select: {
      slug: true,
      title: true,
      referenceDatePlanned: true,
      referenceDateActual: true,
      stages: {
        orderBy: { order: "asc" },
        select: {
          id: true,
          kind: true,
          scheduleNo: true,
          name: true,
          startsAt: true,
          endsAt: true,
          isAllDay: true,
          changes: { orderBy: { changedAt: "desc" }, select: { id: true, reason: true, changedAt: true, previousStartsAt: true, previousEndsAt: true } },
        },
      },
    },
  });
}
