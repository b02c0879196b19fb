import "server-only";
// What the administrator sees of the mail queue: the mails that failed for good (retries exhausted).
import { prisma } from "@/lib/db";
import { maskRecipient } from "@/lib/mail/errors";

export type FailedMailRow = { id: string; kind: string; recipient: string; subject: string; lastError: string; attempts: number; createdAt: Date; failedAt: Date | null };

/** Newest first; the recipient masked, the error as recorded (it holds no personal data). */
export async function listFailedMails(limit = 100): Promise<FailedMailRow[]> {
  const rows = await prisma.outgoingMail.findMany({
    where: { status: "FAILED" },
    orderBy: { failedAt: "desc" },
    take: limit,
    select: { id: true, kind: true, to: true, subject: true, lastError: true, attempts: true, createdAt: true, failedAt: true },
  });
  return rows.map(({ to, lastError, ...row }) => ({ ...row, recipient: maskRecipient(to), lastError: lastError ?? "" }));
}
