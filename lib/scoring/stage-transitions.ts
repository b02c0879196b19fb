import "server-only";
// The one writer of Stage.status: the current status is read under the row's lock in the caller's
// transaction, the move is checked by the state machine (stage-status.ts), and the audit row is written
// with it. Scoring starting on a stage also moves its selection into IN_PROGRESS.
import { writeAudit, type AuditAction } from "@/lib/audit";
import type { TransactionClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { StageStatus } from "@/lib/generated/prisma/enums";
import { transitionSelection } from "@/lib/selections/transitions";
import { assertStageTransition } from "./stage-status";

export type StageTransition = {
  stageId: string;
  to: StageStatus;
  actorId: string;
  ip?: string | null;
  /** Already at `to`: nothing to do. Otherwise a refusal. */
  unlessAlready?: boolean;
  /** The audit row: `stage.status_change` with the cause, or the caller's own action with its details. */
  audit: { cause: string } | { action: AuditAction; details: Record<string, unknown> };
};

export async function transitionStage(tx: TransactionClient, input: StageTransition): Promise<{ from: StageStatus; changed: boolean }> {
  const [row] = await tx.$queryRaw<Array<{ status: StageStatus; name: string }>>`SELECT status, name FROM "Stage" WHERE id = ${input.stageId} FOR UPDATE`;
  if (!row) throw new AppError("NOT_FOUND", "Tahap seleksi tidak ditemukan.");
  if (input.unlessAlready && row.status === input.to) return { from: row.status, changed: false };
  assertStageTransition(row.status, input.to, row.name);
  await tx.stage.update({ where: { id: input.stageId }, data: { status: input.to } });
  const audit = "cause" in input.audit ? { action: "stage.status_change" as const, details: { cause: input.audit.cause } } : input.audit;
  await writeAudit(tx, {
    actorId: input.actorId,
    action: audit.action,
    entityType: "Stage",
    entityId: input.stageId,
    before: { status: row.status },
    after: { status: input.to, ...audit.details },
    ip: input.ip,
  });
  return { from: row.status, changed: true };
}

/**
 * The first score of a stage (submitted, or imported from the assessment institution) puts the stage
 * into SCORING and, with the first scored stage, the selection into IN_PROGRESS. Later scores change nothing.
 */
export async function startScoring(tx: TransactionClient, input: { stageId: string; selectionId: string; actorId: string; ip?: string | null; cause: string }): Promise<void> {
  const stage = await transitionStage(tx, { stageId: input.stageId, to: "SCORING", actorId: input.actorId, ip: input.ip, unlessAlready: true, audit: { cause: input.cause } });
  if (!stage.changed) return;
  await transitionSelection(tx, { selectionId: input.selectionId, to: "IN_PROGRESS", actorId: input.actorId, ip: input.ip, cause: input.cause, unlessAlready: true });
}
