import "server-only";
// E-mail through nodemailer: SMTP when SMTP_URL is set, otherwise each message is written as an .eml
// file to MAIL_OUTBOX_DIR (development and tests read it; nothing is silently dropped).
import fs from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";

export type MailMessage = { to: string; subject: string; text: string };

let transporter: nodemailer.Transporter | undefined;

function transport(): nodemailer.Transporter {
  transporter ??= env().SMTP_URL
    ? nodemailer.createTransport(env().SMTP_URL)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return transporter;
}

export async function sendMail(message: MailMessage): Promise<void> {
  const info = await transport().sendMail({ from: env().MAIL_FROM, ...message });
  logger.info({ event: "mail.sent", to: message.to }, "E-mail terkirim");
  if (!env().SMTP_URL) {
    const dir = path.resolve(env().MAIL_OUTBOX_DIR);
    fs.mkdirSync(dir, { recursive: true });
    const safeTo = message.to.replace(/[^a-z0-9@._-]/gi, "_");
    fs.writeFileSync(path.join(dir, `${Date.now()}-${safeTo}.eml`), (info as { message: Buffer }).message);
  }
}

/** Messages written to the outbox for one address (tests and development). */
export function readOutbox(to: string): string[] {
  const dir = path.resolve(env().MAIL_OUTBOX_DIR);
  if (!fs.existsSync(dir)) return [];
  const safeTo = to.replace(/[^a-z0-9@._-]/gi, "_");
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(`-${safeTo}.eml`))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), "utf8"));
}
