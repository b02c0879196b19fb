import { prisma } from "@/lib/db";

/** Staff overview: one grouped count query for all selections, not one per selection. */
export async function listStaffSelections() {
  const [selections, counts] = await Promise.all([
    prisma.selection.findMany({
      orderBy: { registrationOpensAt: "desc" },
      select: { id: true, slug: true, title: true, status: true, registrationOpensAt: true, registrationClosesAt: true },
    }),
    prisma.application.groupBy({ by: ["selectionId", "status"], _count: { _all: true } }),
  ]);
  return selections.map((selection) => {
    const own = counts.filter((row) => row.selectionId === selection.id);
    return {
      slug: selection.slug,
      title: selection.title,
      status: selection.status,
      registration: { opensAt: selection.registrationOpensAt, closesAt: selection.registrationClosesAt },
      applicationCount: own.reduce((sum, row) => sum + row._count._all, 0),
      submittedCount: own.filter((row) => row.status !== "DRAFT" && row.status !== "WITHDRAWN").reduce((sum, row) => sum + row._count._all, 0),
    };
  });
}

/** The schedule as staff edit it: every stage with its change history. */
export async function getStaffSchedule(slug: string) {
  return prisma.selection.findUnique({
    where: { slug },
    select: {
      slug: true,
      title: true,
      referenceDatePlanned: true,
      referenceDateActual: true,
      stages: {
        orderBy: { order: "asc" },
        select: {
          id: true,
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
