import "server-only";
// Reads of the two official channels of one application, for the verification workbench. Staff of
// the application's selection only: the `where` carries the selection access.
import { staffApplicationWhere, type SelectionViewer } from "@/lib/auth/selection-access";
import type { CalendarDate } from "@/lib/dates/calendar";
import { prisma } from "@/lib/db";

export type ApplicationChannels = {
  asnKarierRequired: boolean;
  asnKarierNumber: string | null;
  asnKarierVerifiedAt: Date | null;
  asnKarierVerifiedBy: string | null;
  physicalReceivedOn: CalendarDate | null;
  physicalReceivedBy: string | null;
  physicalRecordedAt: Date | null;
  /** The selection's secretariat members, who may be named as the receiver of the envelope. */
  secretariat: { id: string; name: string }[];
};

export async function getApplicationChannels(applicationId: string, viewer: SelectionViewer): Promise<ApplicationChannels | null> {
  const application = await prisma.application.findFirst({
    where: { id: applicationId, ...staffApplicationWhere(viewer, "view:applications") },
    select: {
      asnKarierNumber: true,
      asnKarierVerifiedAt: true,
      asnKarierVerifiedById: true,
      physicalReceivedOn: true,
      physicalReceivedById: true,
      physicalRecordedAt: true,
      selection: {
        select: {
          asnKarierRequired: true,
          committee: { where: { user: { roles: { has: "SECRETARIAT" }, isActive: true } }, select: { user: { select: { id: true, name: true } } } },
        },
      },
    },
  });
  if (!application) return null;
  const ids = [application.asnKarierVerifiedById, application.physicalReceivedById].filter((id): id is string => Boolean(id));
  const people = ids.length > 0 ? await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const nameOf = (id: string | null) => (id ? (people.find((person) => person.id === id)?.name ?? "Petugas") : null);
  return {
    asnKarierRequired: application.selection.asnKarierRequired,
    asnKarierNumber: application.asnKarierNumber,
    asnKarierVerifiedAt: application.asnKarierVerifiedAt,
    asnKarierVerifiedBy: nameOf(application.asnKarierVerifiedById),
    physicalReceivedOn: application.physicalReceivedOn ? application.physicalReceivedOn.toISOString().slice(0, 10) : null,
    physicalReceivedBy: nameOf(application.physicalReceivedById),
    physicalRecordedAt: application.physicalRecordedAt,
    secretariat: application.selection.committee.map((member) => member.user).sort((a, b) => a.name.localeCompare(b.name, "id")),
  };
}
