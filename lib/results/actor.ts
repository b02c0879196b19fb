// Who may act on a selection's result. The role comes from the database (not from the session the
// caller believes it has), and the person must sit on this selection's committee: being a chair of
// one selection does not make anyone the chair of another.
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import type { TransactionClient } from "@/lib/db";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CommitteePosition } from "@/lib/generated/prisma/enums";

export type CommitteeActor = { id: string; name: string; position: CommitteePosition };

export async function requireCommitteeActor(
  actorId: string,
  selectionId: string,
  permission: Permission,
  options: { positions?: readonly CommitteePosition[]; refusal: string },
  db: TransactionClient = prisma,
): Promise<CommitteeActor> {
  const user = await db.user.findUnique({
    where: { id: actorId },
    select: { id: true, name: true, roles: true, isActive: true, committeeMemberships: { where: { selectionId }, select: { position: true } } },
  });
  const membership = user?.committeeMemberships[0];
  if (!user || !user.isActive || !hasPermission(user.roles, permission) || !membership) {
    throw new AppError("FORBIDDEN", options.refusal);
  }
  if (options.positions && !options.positions.includes(membership.position)) throw new AppError("FORBIDDEN", options.refusal);
  return { id: user.id, name: user.name, position: membership.position };
}
