import "server-only";
// The one writer of Selection.status: the current status is read under the row's lock in the caller's
// transaction, the move is checked by the state machine (status.ts) and the audit row is written with it.
import { writeAudit, type AuditAction } from "@/lib/audit";
import type { TransactionClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SelectionStatus } from "@/lib/generated/prisma/enums";
import { assertSelectionTransition } from "./status";

/**
 * The per-selection row lock: publishing, the decision flow and status moves of one selection take it,
 * so two clicks at once run one after the other and the second sees the first's result.
 */
export async function lockSelection(tx: TransactionClient, selectionId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Selection" WHERE id = ${selectionId} FOR UPDATE`;
}

export type SelectionTransition = {
  selectionId: string;
  to: SelectionStatus;
  actorId: string | null;
  ip?: string | null;
  /** What moved it, for the audit row (e.g. "announcement.publish"). */
  cause: string;
  /** Already at `to`: nothing to do (the first of several events moves it). Otherwise a refusal. */
  unlessAlready?: boolean;
  action?: AuditAction;
};

export async function transitionSelection(tx: TransactionClient, input: SelectionTransition): Promise<{ from: SelectionStatus; changed: boolean }> {
  const [row] = await tx.$queryRaw<Array<{ status: SelectionStatus }>>`SELECT status FROM "Selection" WHERE id = ${input.selectionId} FOR UPDATE`;
  if (!row) throw new AppError("NOT_FOUND", "Seleksi tidak ditemukan.");
  if (input.unlessAlready && row.status === input.to) return { from: row.status, changed: false };
  assertSelectionTransition(row.status, input.to);
  await tx.selection.update({ where: { id: input.selectionId }, data: { status: input.to } });
  await writeAudit(tx, {
    actorId: input.actorId,
    action: input.action ?? "selection.status_change",
    entityType: "Selection",
    entityId: input.selectionId,
    before: { status: row.status },
    after: { status: input.to, cause: input.cause },
    ip: input.ip,
  });
  return { from: row.status, changed: true };
}
