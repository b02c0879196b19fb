import "server-only";
// The ticket of a direct upload (storage: S3): what the server allowed when it signed the upload URL, signed
// in turn with the portal's secret, so that completing the upload needs no table of pending uploads and
// cannot be pointed at another key, application or size than the one allowed.
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";

const ticketSchema = z.object({
  userId: z.string().min(1),
  applicationId: z.string().min(1),
  requirementId: z.string().min(1),
  key: z.string().min(1),
  fileName: z.string().min(1),
  contentType: z.enum(["application/pdf", "image/jpeg", "image/png"]),
  sizeBytes: z.number().int().positive(),
  /** Milliseconds since the epoch. */
  expiresAt: z.number().int(),
});

export type UploadTicket = z.infer<typeof ticketSchema>;

const PURPOSE = "portal.direct-upload.v1";

function mac(payload: string): Buffer {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is required to sign direct uploads");
  return createHmac("sha256", secret).update(`${PURPOSE}\n${payload}`).digest();
}

export function signUploadTicket(ticket: UploadTicket): string {
  const payload = Buffer.from(JSON.stringify(ticket)).toString("base64url");
  return `${payload}.${mac(payload).toString("base64url")}`;
}

/** The ticket when the signature holds and it has not expired at `now`; otherwise null. */
export function readUploadTicket(token: string, now: Date): UploadTicket | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = mac(payload);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const ticket = ticketSchema.safeParse(parsed);
  if (!ticket.success || ticket.data.expiresAt <= now.getTime()) return null;
  return ticket.data;
}
