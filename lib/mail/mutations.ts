import "server-only";
// Outgoing e-mail through the job queue. A change enqueues its mail in its own transaction (an
// OutgoingMail row and a pg-boss job pointing at it), so a rolled-back change leaves no mail behind and a
// committed one cannot lose it; the worker (lib/jobs/worker.ts) delivers it with deliverOutgoingMail.
import crypto from "node:crypto";
import type { TransactionClient } from "@/lib/db";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { jobProducer, prismaJobDb } from "@/lib/jobs/boss";
import { MAIL_DEAD_LETTER_QUEUE, MAIL_QUEUE } from "@/lib/jobs/config";
import { logger } from "@/lib/log";
import { sendMail, type MailMessage } from "@/lib/mail";
import { mailErrorSummary } from "@/lib/mail/errors";

/** What caused a mail: a notification (with its id), or an account message (sign-up, reset, verification). */
export type MailKind = "notification" | "account";

export type QueuedMail = MailMessage & { kind: MailKind; notificationId?: string };

/** Enqueues mails inside the caller's transaction: rows and jobs commit or roll back with the change. */
export async function enqueueMails(tx: TransactionClient, mails: readonly QueuedMail[]): Promise<string[]> {
  if (mails.length === 0) return [];
  const rows = await tx.outgoingMail.createManyAndReturn({
    data: mails.map((mail) => ({ id: crypto.randomUUID(), kind: mail.kind, to: mail.to, subject: mail.subject, text: mail.text, notificationId: mail.notificationId ?? null })),
    select: { id: true },
  });
  // singletonKey: one live job per mail, even if a mail is queued again while its first job still runs.
  await jobProducer().insert(
    rows.map((row) => ({ name: MAIL_QUEUE, data: { mailId: row.id }, singletonKey: row.id })),
    { db: prismaJobDb(tx) },
  );
  return rows.map((row) => row.id);
}

export async function enqueueMail(tx: TransactionClient, mail: QueuedMail): Promise<string> {
  const [id] = await enqueueMails(tx, [mail]);
  return id!;
}

/** For a change that has no transaction of its own (a notice to an account owner): a transaction of one mail. */
export async function queueMail(mail: QueuedMail): Promise<void> {
  await prisma.$transaction((tx) => enqueueMail(tx, mail));
}

export type DeliveryOutcome = "sent" | "already-sent" | "missing" | "failed";

/**
 * The worker's step for one job. The row is locked while the message goes to SMTP, so two workers never
 * send the same mail at once, and `sentAt` is committed with the lock released: a later attempt of the
 * same job finds it sent and does nothing. What remains at-least-once: the SMTP server accepted the
 * message but the commit of `sentAt` did not happen (the worker died in between) — see DECISIONS.md.
 * A failure is recorded (attempts, an error without personal data) and thrown so pg-boss retries it;
 * on the last attempt the mail becomes FAILED, for the administrator to send again.
 */
export async function deliverOutgoingMail(mailId: string, attempt: { final: boolean }): Promise<DeliveryOutcome> {
  let failure: unknown;
  const outcome = await prisma.$transaction(
    async (tx): Promise<DeliveryOutcome> => {
      const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "OutgoingMail" WHERE id = ${mailId} FOR UPDATE SKIP LOCKED`;
      const row = await tx.outgoingMail.findUnique({ where: { id: mailId }, select: { id: true, to: true, subject: true, text: true, sentAt: true, notificationId: true } });
      if (!row) return "missing";
      if (row.sentAt) return "already-sent";
      // Another worker holds it (an expired job retried while the first attempt still runs): retry later.
      if (locked.length === 0) throw new Error("mail is being sent by another worker");
      try {
        await sendMail({ to: row.to, subject: row.subject, text: row.text }, { messageId: `<${row.id}@portal-seleksi-terbuka>` });
      } catch (error) {
        failure = error;
        return "failed";
      }
      const now = new Date();
      // Sent: the body (it may hold a one-time link) is no longer kept.
      await tx.outgoingMail.update({ where: { id: row.id }, data: { status: "SENT", sentAt: now, text: "", attempts: { increment: 1 }, lastError: null } });
      if (row.notificationId) await tx.notification.update({ where: { id: row.notificationId }, data: { emailedAt: now } });
      return "sent";
    },
    { timeout: 120_000 },
  );
  if (outcome !== "failed") return outcome;
  const summary = mailErrorSummary(failure);
  await prisma.outgoingMail.update({
    where: { id: mailId },
    data: { attempts: { increment: 1 }, lastError: summary, ...(attempt.final ? { status: "FAILED", failedAt: new Date() } : {}) },
  });
  logger.warn({ event: attempt.final ? "mail.failed" : "mail.retry", mailId, error: summary }, attempt.final ? "E-mail gagal dikirim setelah semua percobaan" : "E-mail gagal dikirim, dicoba lagi");
  throw new Error(`Mail ${mailId} not sent: ${summary}`);
}

/** A mail whose job failed for good (pg-boss's dead letter): FAILED unless it was sent after all. Idempotent. */
export async function markMailFailed(mailId: string): Promise<void> {
  const updated = await prisma.outgoingMail.updateMany({ where: { id: mailId, status: "QUEUED" }, data: { status: "FAILED", failedAt: new Date() } });
  if (updated.count > 0) {
    await prisma.outgoingMail.updateMany({ where: { id: mailId, lastError: null }, data: { lastError: "Waktu pengiriman habis (pekerja berhenti di tengah pengiriman)" } });
    logger.warn({ event: "mail.failed", mailId }, "E-mail gagal dikirim setelah semua percobaan");
  }
}

/**
 * Delivers every mail job that is due now, in this process, through the same pg-boss fetch/complete/fail
 * as the worker (on the Prisma pool). Tests and `readOutbox` use it where no worker runs; returns how
 * many jobs it handled.
 */
export async function deliverDueMail(): Promise<number> {
  const boss = jobProducer();
  const db = prismaJobDb(prisma);
  let handled = 0;
  for (;;) {
    // Without includeMetadata: its interval columns do not pass through Prisma; the two counts are read here.
    const jobs = await boss.fetch<{ mailId: string }>(MAIL_QUEUE, { batchSize: 20, db });
    for (const dead of await boss.fetch<{ mailId: string }>(MAIL_DEAD_LETTER_QUEUE, { batchSize: 20, db })) {
      await markMailFailed(dead.data.mailId);
      await boss.complete(MAIL_DEAD_LETTER_QUEUE, dead.id, {}, { db });
    }
    if (jobs.length === 0) return handled;
    for (const job of jobs) {
      handled += 1;
      try {
        const [meta] = await prisma.$queryRaw<Array<{ retryCount: number; retryLimit: number }>>`
          SELECT retry_count AS "retryCount", retry_limit AS "retryLimit" FROM pgboss.job WHERE name = ${MAIL_QUEUE} AND id = ${job.id}::uuid`;
        await deliverOutgoingMail(job.data.mailId, { final: !meta || meta.retryCount >= meta.retryLimit });
        await boss.complete(MAIL_QUEUE, job.id, {}, { db });
      } catch (error) {
        await boss.fail(MAIL_QUEUE, job.id, { message: error instanceof Error ? error.message : String(error) }, { db });
      }
    }
  }
}

/** "Kirim ulang" (administrator): a FAILED mail queued again with a fresh job and fresh retries, audited. */
export async function resendFailedMail(mailId: string, actorId: string, ip: string | null): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const claimed = await tx.outgoingMail.updateMany({ where: { id: mailId, status: "FAILED" }, data: { status: "QUEUED", failedAt: null, attempts: 0 } });
    if (claimed.count !== 1) throw new AppError("CONFLICT", "E-mail ini tidak lagi berstatus gagal.");
    await jobProducer().insert([{ name: MAIL_QUEUE, data: { mailId }, singletonKey: mailId }], { db: prismaJobDb(tx) });
    await writeAudit(tx, { actorId, action: "mail.resend", entityType: "OutgoingMail", entityId: mailId, before: { status: "FAILED" }, after: { status: "QUEUED" }, ip });
  });
}
