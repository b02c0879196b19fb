import "server-only";
// Credential checking with throttling: after MAX_FAILURES wrong passwords for one identifier, that
// identifier is locked for LOCK_MINUTES, whether or not an account exists for it.
import { prisma } from "@/lib/db";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { normalizeIdentifier } from "@/lib/validation/auth";

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export type CredentialCheck =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" | "locked"; lockedUntil?: Date };

export async function checkCredentials(rawIdentifier: string, password: string, now = new Date()): Promise<CredentialCheck> {
  const identifier = normalizeIdentifier(rawIdentifier);
  const throttle = await prisma.loginThrottle.findUnique({ where: { identifier } });
  if (throttle?.lockedUntil && throttle.lockedUntil > now) {
    return { ok: false, reason: "locked", lockedUntil: throttle.lockedUntil };
  }
  const user = await prisma.user.findFirst({
    where: identifier.includes("@") ? { email: identifier } : { nip: identifier },
    select: { id: true, passwordHash: true, isActive: true },
  });
  const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (valid && user?.isActive) {
    await prisma.$transaction([
      prisma.loginThrottle.deleteMany({ where: { identifier } }),
      prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: now } }),
    ]);
    return { ok: true, userId: user.id };
  }
  const failures = (throttle?.lockedUntil ? 0 : (throttle?.failures ?? 0)) + 1;
  const lockedUntil = failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
  await prisma.loginThrottle.upsert({
    where: { identifier },
    create: { identifier, failures, lockedUntil },
    update: { failures: lockedUntil ? 0 : failures, lockedUntil },
  });
  return lockedUntil ? { ok: false, reason: "locked", lockedUntil } : { ok: false, reason: "invalid" };
}
