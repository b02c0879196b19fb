import "server-only";
// The one writer of Application.status, for one application or many (publishing a result moves every
// candidate): the rows are locked and their current status read in the caller's transaction, every move
// is checked by the state machine (status.ts), then one UPDATE per source status writes the new status,
// one insert writes the audit rows and, when asked, one the timeline entries with their notifications.
import { writeAuditMany, type AuditAction } from "@/lib/audit";
import { Prisma, type TransactionClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { recordApplicationEvents, type ApplicationEventInput } from "@/lib/notifications";
import { assertApplicationTransition } from "./status";

export type ApplicationMove = { id: string; applicantId: string; registrationNumber: string; from: ApplicationStatus; to: ApplicationStatus };

export type ApplicationTransition = {
  to: ApplicationStatus;
  actorId: string;
  ip?: string | null;
  /** Audit row per application: before `{ status, ...before }`, after `{ status, ...after }`. */
  audit: { action: AuditAction; before?: (move: ApplicationMove) => Record<string, unknown>; after?: (move: ApplicationMove) => Record<string, unknown> };
  /** The applicant's timeline entry (and notification, with `notifyTitle`) per application. */
  event?: (move: ApplicationMove) => Omit<ApplicationEventInput, "applicationId" | "actorId">;
  /** Other columns written with the status (the same for every row), e.g. the submission time. */
  data?: Omit<Prisma.ApplicationUpdateManyMutationInput, "status" | "version">;
};

/** Returns the moves made and the notifications to e-mail after commit. */
export async function transitionApplications(
  tx: TransactionClient,
  ids: readonly string[],
  input: ApplicationTransition,
): Promise<{ moves: ApplicationMove[]; notificationIds: string[] }> {
  const unique = [...new Set(ids)].sort();
  if (unique.length === 0) return { moves: [], notificationIds: [] };
  // Locked in id order, so two bulk moves over overlapping rows queue up instead of deadlocking.
  const rows = await tx.$queryRaw<Array<{ id: string; applicantId: string; registrationNumber: string; status: ApplicationStatus }>>`
    SELECT id, "applicantId", "registrationNumber", status FROM "Application" WHERE id IN (${Prisma.join(unique)}) ORDER BY id FOR UPDATE`;
  if (rows.length !== unique.length) throw new AppError("NOT_FOUND", "Lamaran tidak ditemukan.");
  for (const row of rows) assertApplicationTransition(row.status, input.to, rows.length > 1 ? row.registrationNumber : undefined);
  const moves = rows.map((row): ApplicationMove => ({ id: row.id, applicantId: row.applicantId, registrationNumber: row.registrationNumber, from: row.status, to: input.to }));

  for (const from of new Set(moves.map((move) => move.from))) {
    const group = moves.filter((move) => move.from === from).map((move) => move.id);
    await tx.application.updateMany({ where: { id: { in: group }, status: from }, data: { ...input.data, status: input.to, version: { increment: 1 } } });
  }
  await writeAuditMany(
    tx,
    moves.map((move) => ({
      actorId: input.actorId,
      action: input.audit.action,
      entityType: "Application",
      entityId: move.id,
      before: { status: move.from, ...input.audit.before?.(move) },
      after: { status: move.to, ...input.audit.after?.(move) },
      ip: input.ip,
    })),
  );
  const event = input.event;
  const notificationIds = event
    ? await recordApplicationEvents(tx, moves.map((move) => ({ ...event(move), applicationId: move.id, applicantId: move.applicantId, actorId: input.actorId })))
    : [];
  return { moves, notificationIds };
}
