// Reading the .eml files lib/mail writes to the outbox (no SMTP in tests): the plain-text body, decoded
// from quoted-printable (nodemailer's choice for Indonesian text with long lines), and the links in it.
import fs from "node:fs";
import path from "node:path";

export function mailBody(eml: string): string {
  const separator = eml.search(/\r?\n\r?\n/);
  const headers = eml.slice(0, separator);
  const body = eml.slice(separator).replace(/^\r?\n\r?\n/, "");
  if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
    const bytes = body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  if (/content-transfer-encoding:\s*base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  return body;
}

/** Every http(s) link in a mail's text. */
export function mailLinks(text: string): string[] {
  return text.match(/https?:\/\/[^\s<>"]+/g) ?? [];
}

/** Every mail in the outbox folder (all recipients), decoded. */
export function allOutboxMails(dir: string): Array<{ file: string; text: string }> {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".eml"))
    .sort()
    .map((name) => ({ file: name, text: mailBody(fs.readFileSync(path.join(dir, name), "utf8")) }));
}

/** The path-looking words of a text that are not part of an absolute URL ("Rincian: /akun/lamaran/…"). */
export function relativeLinks(text: string): string[] {
  return [...text.matchAll(/(?:^|[\s(:])(\/[a-z][\w\-./?=&%#]*)/gim)].map((match) => match[1]!);
}

/** The decoded mails to one address in the outbox folder, as they are now (no waiting). */
export function outboxMailsNow(to: string, dir = process.env.MAIL_OUTBOX_DIR ?? ""): string[] {
  const safeTo = to.replace(/[^a-z0-9@._-]/gi, "_");
  return allOutboxMails(dir)
    .filter((mail) => mail.file.endsWith(`-${safeTo}.eml`))
    .map((mail) => mail.text);
}

/**
 * The decoded mails to one address in the outbox folder of MAIL_OUTBOX_DIR (the e2e server's, in the
 * specs). Mail is sent by the server's job worker a moment after the change, so this waits until `until`
 * holds for them (by default: at least one mail whose text includes `containing`, if given) or 20 s pass.
 */
export async function readOutboxMails(
  to: string,
  dir = process.env.MAIL_OUTBOX_DIR ?? "",
  options: { containing?: string; until?: (texts: string[]) => boolean; timeoutMs?: number } = {},
): Promise<string[]> {
  const until = options.until ?? ((texts: string[]) => texts.some((text) => !options.containing || text.includes(options.containing)));
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    const texts = outboxMailsNow(to, dir);
    if (until(texts) || Date.now() > deadline) return texts;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
