import "server-only";
import { prisma } from "@/lib/db";

/** The caller's own sign-in settings: the address, whether it is verified, and a change awaiting confirmation. */
export async function getOwnAccountSecurity(userId: string, now: Date = new Date()) {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      emailVerifiedAt: true,
      accountTokens: {
        where: { purpose: "CHANGE_EMAIL", usedAt: null, expiresAt: { gt: now } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { newEmail: true },
      },
    },
  });
  if (!user) return null;
  return { email: user.email, isVerified: user.emailVerifiedAt !== null, pendingEmail: user.accountTokens[0]?.newEmail ?? null };
}
