import "server-only";
// The one authority for "may this user do P on selection S". Every staff read and write of a
// selection's data goes through it:
// - writes and single-selection reads call `requireSelectionAccess`, which reads the user's roles and
//   seat fresh from the database (in the caller's transaction when given one);
// - list reads put `staffSelectionWhere(user, P)` in their `where`, so rows of a selection the user
//   has no seat on are never loaded.
// A user with no seat on the selection (and no portal-wide role) gets NOT_FOUND, as an applicant
// does for another applicant's data, so ids cannot be probed; a seated user lacking the permission
// gets FORBIDDEN with the refusal.
import type { TransactionClient } from "@/lib/db";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canOnSelection, canSeeSelection, isPortalWide, PERMISSIONS, type Permission, type RoleName, type Seat, type SeatPosition } from "./permissions";

export type SelectionViewer = { id: string; roles: readonly string[] };

export type SelectionActor = { id: string; name: string; roles: RoleName[]; seat: Seat; position: SeatPosition | null };

const NOT_FOUND_MESSAGE = "Seleksi tidak ditemukan.";

/** The `where` fragment of the selections on which the user may do `permission`. */
export function staffSelectionWhere(user: SelectionViewer, permission: Permission): Prisma.SelectionWhereInput {
  const rule = PERMISSIONS[permission] as { roles: readonly string[]; seats?: readonly SeatPosition[] };
  const held = user.roles.filter((role) => rule.roles.includes(role));
  if (held.some(isPortalWide)) return {};
  if (held.length === 0) return { id: { in: [] } };
  return { committee: { some: { userId: user.id, ...(rule.seats ? { position: { in: [...rule.seats] } } : {}) } } };
}

/** The `where` fragment of the applications whose selection the user may do `permission` on. */
export function staffApplicationWhere(user: SelectionViewer, permission: Permission): Prisma.ApplicationWhereInput {
  return { selection: staffSelectionWhere(user, permission) };
}

/**
 * The actor, fresh from the database, if they may do `permission` on the selection; otherwise throws
 * NOT_FOUND (no seat) or FORBIDDEN with `refusal` (a seat without the permission).
 */
export async function requireSelectionAccess(input: {
  actorId: string;
  selectionId: string;
  permission: Permission;
  refusal?: string;
  db?: TransactionClient;
}): Promise<SelectionActor> {
  const db = input.db ?? prisma;
  const user = await db.user.findUnique({
    where: { id: input.actorId },
    select: { id: true, name: true, roles: true, isActive: true, committeeMemberships: { where: { selectionId: input.selectionId }, select: { position: true } } },
  });
  const seat: Seat = user?.committeeMemberships[0] ?? null;
  if (!user || !user.isActive || !canSeeSelection(user.roles, seat)) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  if (!canOnSelection(user.roles, seat, input.permission)) {
    throw new AppError("FORBIDDEN", input.refusal ?? "Anda tidak memiliki hak untuk tindakan ini pada seleksi ini.");
  }
  return { id: user.id, name: user.name, roles: user.roles, seat, position: seat?.position ?? null };
}

/** What the user may do on one selection, for pages choosing which links and forms to show. */
export type SelectionAccess = { seat: Seat; can: (permission: Permission) => boolean };

export function selectionAccessOf(user: SelectionViewer, seat: Seat): SelectionAccess {
  return { seat, can: (permission) => canOnSelection(user.roles, seat, permission) };
}

/**
 * The access of a signed-in user to the selection with this slug; NOT_FOUND when the selection does
 * not exist or the user may not see it.
 */
export async function getSelectionAccess(user: SelectionViewer, slug: string): Promise<SelectionAccess & { selectionId: string }> {
  const selection = await prisma.selection.findUnique({
    where: { slug },
    select: { id: true, committee: { where: { userId: user.id }, select: { position: true } } },
  });
  const seat: Seat = selection?.committee[0] ?? null;
  if (!selection || !canSeeSelection(user.roles, seat)) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  return { selectionId: selection.id, ...selectionAccessOf(user, seat) };
}
