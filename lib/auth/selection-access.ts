import "server-only";
// The one authority for "may this user do P on selection S". Every staff read and write of a
// selection's data goes through it:
// - writes and single-selection reads call `requireSelectionAccess`, which reads the user's roles and
//   seat fresh from the database (in the caller's transaction when given one);
// - list reads put `staffSelectionWhere(user, P)` in their `where`, so rows of a selection the user
//   has no seat on are never loaded.
// A PPK reaches the selections its agency organises (`AgencyPpk`), not a seat.
// A staff account with no standing on an existing selection (no seat, not its agency's PPK) gets
// FORBIDDEN, saying it is not on that selection's Pansel; anyone else (an applicant, a stranger) gets
// NOT_FOUND, as for another applicant's data; a seated user lacking the permission gets FORBIDDEN
// with the refusal.
import type { TransactionClient } from "@/lib/db";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canOnSelection, canSeeSelection, isAgencyRole, isPortalWide, isStaff, PERMISSIONS, rolesOnSelection, type Permission, type RoleName, type Seat, type SeatPosition } from "./permissions";

export type SelectionViewer = { id: string; roles: readonly string[] };

/** `roles` are the actor's roles on this selection (`rolesOnSelection`: a PPK of another agency holds none). */
export type SelectionActor = { id: string; name: string; roles: RoleName[]; seat: Seat; position: SeatPosition | null };

const NOT_FOUND_MESSAGE = "Seleksi tidak ditemukan.";
export const NOT_ON_PANSEL_MESSAGE = "Anda tidak termasuk Pansel seleksi ini, sehingga tidak dapat membuka datanya.";

/**
 * The refusal of a user who may not see an existing selection at all: a staff account learns that it is
 * not on this selection's Pansel (403); an applicant is told nothing exists (404).
 */
function withoutStanding(roles: readonly string[]): AppError {
  return isStaff(roles) ? new AppError("FORBIDDEN", NOT_ON_PANSEL_MESSAGE) : new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
}

/** The `where` fragment of the selections on which the user may do `permission`. */
export function staffSelectionWhere(user: SelectionViewer, permission: Permission): Prisma.SelectionWhereInput {
  const rule = PERMISSIONS[permission] as { roles: readonly string[]; seats?: readonly SeatPosition[] };
  const held = user.roles.filter((role) => rule.roles.includes(role));
  if (held.some(isPortalWide)) return {};
  const reaches: Prisma.SelectionWhereInput[] = [];
  if (held.some(isAgencyRole)) reaches.push({ organiser: { ppks: { some: { userId: user.id } } } });
  if (held.some((role) => !isAgencyRole(role))) reaches.push({ committee: { some: { userId: user.id, ...(rule.seats ? { position: { in: [...rule.seats] } } : {}) } } });
  if (reaches.length === 0) return { id: { in: [] } };
  return reaches.length === 1 ? reaches[0]! : { OR: reaches };
}

/** What a selection query selects to know the user's standing on it: their seat and their agency assignment. */
export function standingSelect(userId: string) {
  return {
    committee: { where: { userId }, select: { position: true } },
    organiser: { select: { ppks: { where: { userId }, select: { id: true } } } },
  } satisfies Prisma.SelectionSelect;
}

/** The seat and agency assignment a `standingSelect` read returned. */
export type Standing = { seat: Seat; assignedToAgency: boolean };

export function standingOf(row: { committee: { position: SeatPosition }[]; organiser: { ppks: { id: string }[] } }): Standing {
  return { seat: row.committee[0] ?? null, assignedToAgency: row.organiser.ppks.length > 0 };
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
    select: {
      id: true,
      name: true,
      roles: true,
      isActive: true,
      committeeMemberships: { where: { selectionId: input.selectionId }, select: { position: true } },
      agencyPpks: { where: { institution: { organisedSelections: { some: { id: input.selectionId } } } }, select: { id: true } },
    },
  });
  if (!user || !user.isActive) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const seat: Seat = user.committeeMemberships[0] ?? null;
  const roles = rolesOnSelection(user.roles, user.agencyPpks.length > 0);
  if (!canSeeSelection(roles, seat)) {
    const exists = (await db.selection.count({ where: { id: input.selectionId } })) > 0;
    throw exists ? withoutStanding(user.roles) : new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  }
  if (!canOnSelection(roles, seat, input.permission)) {
    throw new AppError("FORBIDDEN", input.refusal ?? "Anda tidak memiliki hak untuk tindakan ini pada seleksi ini.");
  }
  return { id: user.id, name: user.name, roles, seat, position: seat?.position ?? null };
}

/** What the user may do on one selection, for pages choosing which links and forms to show. */
export type SelectionAccess = { seat: Seat; can: (permission: Permission) => boolean };

export function selectionAccessOf(user: SelectionViewer, standing: Standing): SelectionAccess {
  const roles = rolesOnSelection(user.roles, standing.assignedToAgency);
  return { seat: standing.seat, can: (permission) => canOnSelection(roles, standing.seat, permission) };
}

/**
 * The access of a signed-in user to the selection with this slug; NOT_FOUND when the selection does
 * not exist, the refusal of `withoutStanding` when the user may not see it.
 */
export async function getSelectionAccess(user: SelectionViewer, slug: string): Promise<SelectionAccess & { selectionId: string }> {
  const selection = await prisma.selection.findUnique({
    where: { slug },
    select: { id: true, ...standingSelect(user.id) },
  });
  if (!selection) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const standing = standingOf(selection);
  if (!canSeeSelection(rolesOnSelection(user.roles, standing.assignedToAgency), standing.seat)) throw withoutStanding(user.roles);
  return { selectionId: selection.id, ...selectionAccessOf(user, standing) };
}

/**
 * Why a scoped read (`staffSelectionWhere` / `staffApplicationWhere` in its `where`) found nothing, thrown:
 * NOT_FOUND when the selection (or the submitted application) does not exist; the refusal of
 * `withoutStanding` when the user has no standing on its selection; otherwise FORBIDDEN (a standing
 * without the permission the read asked). Pages call it on a miss, so a member of another selection's
 * Pansel reads 403 and not 404.
 */
export async function refuseScopedMiss(user: SelectionViewer, target: { slug: string } | { applicationId: string }): Promise<never> {
  const slug =
    "slug" in target
      ? target.slug
      : (await prisma.application.findFirst({ where: { id: target.applicationId, status: { not: "DRAFT" } }, select: { selection: { select: { slug: true } } } }))?.selection.slug;
  if (!slug) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  await getSelectionAccess(user, slug);
  throw new AppError("FORBIDDEN", "Anda tidak memiliki hak untuk membuka halaman ini pada seleksi ini.");
}
