import "server-only";
// E-mail through nodemailer: SMTP when SMTP_URL is set, otherwise each message is written as an .eml
// file to MAIL_OUTBOX_DIR (development and tests read it; nothing is silently dropped).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";

export type MailMessage = { to: string; subject: string; text: string };

let transporter: nodemailer.Transporter | undefined;

function transport(): nodemailer.Transporter {
  // An SMTP server that does not answer fails the attempt within seconds (nodemailer waits 2 minutes by
  // default); the job queue retries it later.
  transporter ??= env().SMTP_URL
    ? nodemailer.createTransport({ url: env().SMTP_URL, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 })
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return transporter;
}

/**
 * Sends one message now. Only the mail worker calls it (lib/mail/mutations.ts deliverOutgoingMail):
 * the app enqueues mail in the transaction of its change (enqueueMail). `messageId` is stable per
 * queued mail, so a receiving server can recognise a message sent twice.
 */
export async function sendMail(message: MailMessage, options: { messageId?: string } = {}): Promise<void> {
  const info = await transport().sendMail({ from: env().MAIL_FROM, ...message, ...(options.messageId ? { messageId: options.messageId } : {}) });
  logger.info({ event: "mail.sent", to: message.to }, "E-mail terkirim");
  if (!env().SMTP_URL) {
    const dir = path.resolve(env().MAIL_OUTBOX_DIR);
    fs.mkdirSync(dir, { recursive: true });
    const safeTo = message.to.replace(/[^a-z0-9@._-]/gi, "_");
    fs.writeFileSync(path.join(dir, `${Date.now()}-${crypto.randomBytes(3).toString("hex")}-${safeTo}.eml`), (info as { message: Buffer }).message);
  }
}

/**
 * Messages written to the outbox for one address (tests and development). Mail is sent by the job
 * queue's worker; where none runs (integration tests), the mail that is due is delivered first, through
 * the queue, so the outbox holds what a worker would have sent by now.
 */
export async function readOutbox(to: string): Promise<string[]> {
  const { deliverDueMail } = await import("@/lib/mail/mutations");
  await deliverDueMail();
  const dir = path.resolve(env().MAIL_OUTBOX_DIR);
  if (!fs.existsSync(dir)) return [];
  const safeTo = to.replace(/[^a-z0-9@._-]/gi, "_");
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(`-${safeTo}.eml`))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), "utf8"));
}
