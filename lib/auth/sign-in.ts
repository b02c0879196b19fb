import "server-only";
// Credential checking with throttling: after MAX_FAILURES wrong passwords for one account (whether the
// caller typed its e-mail or its NIP), or for one identifier that has no account, it is locked for
// LOCK_MINUTES, so guessing is slowed the same way whether or not the account exists.
//
// The attempt is counted BEFORE the password is verified, in one atomic statement: parallel requests
// each take their own number, and only the first MAX_FAILURES of a window reach the password check.
// (Reading the counter, verifying, then writing let every request of a burst see the old count.)
import { prisma } from "@/lib/db";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { normalizeIdentifier } from "@/lib/validation/auth";

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export type CredentialCheck =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" | "locked"; lockedUntil?: Date };

/**
 * Takes the next attempt number of the throttle key, starting again at 1 once an earlier lock has
 * expired; returns it with the lock in force, if any.
 */
async function takeAttempt(key: string, now: Date): Promise<{ attempt: number; lockedUntil: Date | null }> {
  const rows = await prisma.$queryRaw<Array<{ failures: number; lockedUntil: Date | null }>>`
    INSERT INTO "LoginThrottle" ("identifier", "failures", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, NULL, ${now})
    ON CONFLICT ("identifier") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."lockedUntil" IS NOT NULL AND "LoginThrottle"."lockedUntil" <= ${now}
                        THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "lockedUntil" = CASE WHEN "LoginThrottle"."lockedUntil" IS NOT NULL AND "LoginThrottle"."lockedUntil" <= ${now}
                           THEN NULL ELSE "LoginThrottle"."lockedUntil" END,
      "updatedAt" = ${now}
    RETURNING "failures", "lockedUntil"`;
  const row = rows[0]!;
  return { attempt: row.failures, lockedUntil: row.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null };
}

async function lock(key: string, now: Date): Promise<Date> {
  const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  // Never shorten a lock a parallel request has already set.
  await prisma.loginThrottle.updateMany({ where: { identifier: key, OR: [{ lockedUntil: null }, { lockedUntil: { lt: lockedUntil } }] }, data: { lockedUntil } });
  return lockedUntil;
}

export async function checkCredentials(rawIdentifier: string, password: string, now = new Date()): Promise<CredentialCheck> {
  const identifier = normalizeIdentifier(rawIdentifier);
  const user = await prisma.user.findFirst({
    where: identifier.includes("@") ? { email: identifier } : { nip: identifier },
    select: { id: true, passwordHash: true, isActive: true },
  });
  // One counter per account, so its e-mail and its NIP do not give twice the guesses.
  const key = user ? `account:${user.id}` : identifier;
  const { attempt, lockedUntil } = await takeAttempt(key, now);
  if (lockedUntil) return { ok: false, reason: "locked", lockedUntil };
  if (attempt > MAX_FAILURES) return { ok: false, reason: "locked", lockedUntil: await lock(key, now) };

  const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (valid && user?.isActive) {
    await prisma.$transaction([
      prisma.loginThrottle.deleteMany({ where: { identifier: key } }),
      prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: now } }),
    ]);
    return { ok: true, userId: user.id };
  }
  if (attempt >= MAX_FAILURES) return { ok: false, reason: "locked", lockedUntil: await lock(key, now) };
  return { ok: false, reason: "invalid" };
}
