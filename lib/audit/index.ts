import "server-only";
// Every change writes one audit row in the same transaction as the change. The table is append-only
// (a database trigger refuses UPDATE and DELETE). Never put secrets (password hashes) in before/after.
import type { TransactionClient } from "@/lib/db";
import { Prisma } from "@/lib/db";
import { logger } from "@/lib/log";

export const AUDIT_ACTIONS = [
  "user.sign_up",
  "user.create",
  "institution.create",
  "agency_ppk.assign",
  "agency_ppk.unassign",
  "user.update_roles",
  "user.set_active",
  "user.email_verify",
  "user.password_reset_request",
  "user.password_reset",
  "user.password_change",
  "user.email_change_request",
  "user.email_change",
  "profile.update",
  "profile.row_add",
  "profile.row_update",
  "profile.row_delete",
  "selection.create",
  "selection.publish",
  "vacancy.create",
  "vacancy.delete",
  "committee.seat",
  "committee.unseat",
  "selection.update",
  "selection.set_skd_thresholds",

  "selection.correct",
  "rule.create",
  "rule.update",
  "rule.delete",
  "requirement.create",
  "requirement.update",
  "requirement.delete",
  "requirement.correct",
  "stage.update",
  "stage.reschedule",
  "selection.reopen_registration",
  "selection.set_reference_date",
  "application.create",
  "application.update_declarations",
  "application.submit",
  "application.asn_karier_number",
  "application.asn_karier_verify",
  "application.physical_received",
  "application.physical_receipt_undone",
  "document.upload",
  "document.verify",
  "application.admin_decide",
  "application.admin_confirm",
  "application.admin_decision_cleared",
  "track_record.add",
  "announcement.publish",
  "announcement.publish_correction",
  "application.admin_result",
  "application.admin_result_corrected",
  "objection.submit",
  "objection.answer",
  "stage.assign_scorers",
  "stage.assign_substitute",
  "stage.update_weights",
  "stage.confirm_weights",
  "score.declare_conflict",
  "score.submit",
  "score.correct",
  "score.import_assessment",
  "score.import_skd",
  "score.import_skb",
  "stage.close",
  "stage.reopen_for_new_candidates",
  "decision.propose_shortlist",
  "decision.escalate",
  "decision.approve_shortlist",
  "decision.report_bkn",
  "decision.bkn_recommendation",
  "decision.ppk_choice",
  "decision.annul_choice",
  "decision.reopen_round",
  "decision.publish_final",
  "application.shortlist_result",
  "application.final_result",
  "application.withdraw_selected",
  "application.annul_choice",
  "application.enter_stages",
  "selection.status_change",
  "stage.status_change",
  "mail.resend",
  "storage.sweep_abandoned_uploads",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

function toJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (value === undefined || value === null) return Prisma.DbNull;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

function toRow(entry: AuditEntry) {
  return {
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: toJson(entry.before),
    after: toJson(entry.after),
    ip: entry.ip ?? null,
  };
}

/** One row per changed entity in a single insert (publishing a result changes every application). */
export async function writeAuditMany(tx: TransactionClient, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditLog.createMany({ data: entries.map(toRow) });
  for (const entry of entries) logAudit(entry);
}

export async function writeAudit(tx: TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: toRow(entry) });
  logAudit(entry);
}

/** The log line of an audit row: what and who, never the before/after payload (the row has it). */
function logAudit(entry: AuditEntry): void {
  logger.info({ event: "audit", action: entry.action, entityType: entry.entityType, entityId: entry.entityId, actorId: entry.actorId }, entry.action);
}
