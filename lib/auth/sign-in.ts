import "server-only";
// Credential checking with throttling. Every attempt is counted BEFORE the password is verified, in one
// atomic statement per counter, so a burst of parallel guesses cannot all read the same old count; only
// attempts the counters let through reach argon2. Three counters (see DECISIONS.md, "Sign-in throttling per
// IP, per account and IP, and a delay per account"):
// - per client IP: MAX_IP_FAILURES failures lock that IP out of every account for LOCK_MINUTES;
// - per account AND IP: MAX_FAILURES failures lock that pair for LOCK_MINUTES. A stranger who types wrong
//   passwords for someone else's account locks only themselves, not the owner signing in from elsewhere;
// - per account across IPs: beyond ACCOUNT_FREE_FAILURES failures in a window (a guesser spread over many
//   IPs), attempts are let through one at a time, spaced by a delay that doubles up to ACCOUNT_MAX_DELAY_SECONDS.
//   It slows guessing without ever locking the owner out for long.
// An identifier without an account is throttled by the same rules under its own name, so the answers never
// tell whether an account exists; e-mail and NIP of one account share its counters.
import { prisma } from "@/lib/db";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import type { RateLimitCheck } from "@/lib/rate-limit/rules";
import { IDENTIFIER_MAX_LENGTH, normalizeIdentifier } from "@/lib/validation/auth";

export const MAX_FAILURES = 5;
export const MAX_IP_FAILURES = 20;
export const LOCK_MINUTES = 15;
export const ACCOUNT_FREE_FAILURES = 10;
export const ACCOUNT_MAX_DELAY_SECONDS = 60;

/**
 * The request limits of a sign-in attempt (lib/rate-limit), taken by both ways in: the sign-in form's
 * action and Auth.js's own credentials endpoint. They count every attempt, before the lockout below.
 */
export function signInRateLimits(ip: string | null, rawIdentifier: string | null | undefined): RateLimitCheck[] {
  const identifier = rawIdentifier ? normalizeIdentifier(rawIdentifier).slice(0, IDENTIFIER_MAX_LENGTH) : null;
  return [
    { limit: "sign-in:ip", key: ip },
    { limit: "sign-in:identifier", key: identifier },
  ];
}

export type CredentialCheck =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" | "locked" | "slowed"; lockedUntil?: Date };

export type AttemptContext = { ip?: string | null; now?: Date };

/**
 * Takes the next attempt number of the throttle key, starting again at 1 once an earlier lock has
 * expired or, without a lock, after LOCK_MINUTES without attempts; returns it with the lock in force, if any.
 */
async function takeAttempt(key: string, now: Date): Promise<{ attempt: number; lockedUntil: Date | null }> {
  const windowStart = new Date(now.getTime() - LOCK_MINUTES * 60_000);
  const rows = await prisma.$queryRaw<Array<{ failures: number; lockedUntil: Date | null }>>`
    INSERT INTO "LoginThrottle" ("identifier", "failures", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, NULL, ${now})
    ON CONFLICT ("identifier") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."lockedUntil" IS NOT NULL AND "LoginThrottle"."lockedUntil" <= ${now} THEN 1
                        WHEN "LoginThrottle"."lockedUntil" IS NULL AND "LoginThrottle"."updatedAt" <= ${windowStart} THEN 1
                        ELSE "LoginThrottle"."failures" + 1 END,
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

/** A fixed-limit counter (per IP, per account and IP): null when the attempt may go on, else the lock's end. */
async function takeLimited(key: string, limit: number, now: Date): Promise<{ lockedUntil: Date | null; isLast: boolean }> {
  const { attempt, lockedUntil } = await takeAttempt(key, now);
  if (lockedUntil) return { lockedUntil, isLast: false };
  if (attempt > limit) return { lockedUntil: await lock(key, now), isLast: false };
  return { lockedUntil: null, isLast: attempt >= limit };
}

/**
 * The account-wide counter: failures within a window of LOCK_MINUTES since the last attempt. Past the free
 * allowance, an attempt goes on only if it wins the next slot (a compare-and-set on `lockedUntil`, so of
 * parallel attempts exactly one wins), and pushes the following slot out by a doubling delay.
 */
async function takeAccountSlot(key: string, now: Date): Promise<Date | null> {
  const windowStart = new Date(now.getTime() - LOCK_MINUTES * 60_000);
  const rows = await prisma.$queryRaw<Array<{ failures: number }>>`
    INSERT INTO "LoginThrottle" ("identifier", "failures", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, NULL, ${now})
    ON CONFLICT ("identifier") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."updatedAt" <= ${windowStart} THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "lockedUntil" = CASE WHEN "LoginThrottle"."updatedAt" <= ${windowStart} THEN NULL ELSE "LoginThrottle"."lockedUntil" END,
      "updatedAt" = ${now}
    RETURNING "failures"`;
  const failures = rows[0]!.failures;
  if (failures <= ACCOUNT_FREE_FAILURES) return null;
  const delaySeconds = Math.min(ACCOUNT_MAX_DELAY_SECONDS, 2 ** Math.min(failures - ACCOUNT_FREE_FAILURES - 1, 16));
  const next = new Date(now.getTime() + delaySeconds * 1000);
  const won = await prisma.$executeRaw`
    UPDATE "LoginThrottle" SET "lockedUntil" = ${next}
    WHERE "identifier" = ${key} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})`;
  if (won === 1) return null;
  const row = await prisma.loginThrottle.findUnique({ where: { identifier: key }, select: { lockedUntil: true } });
  return row?.lockedUntil ?? next;
}

export async function checkCredentials(rawIdentifier: string, password: string, context: AttemptContext = {}): Promise<CredentialCheck> {
  const now = context.now ?? new Date();
  const ip = context.ip ?? null;
  const identifier = normalizeIdentifier(rawIdentifier);
  // The schema bounds it already; this keeps junk out of the throttle table whoever calls.
  if (identifier.length === 0 || identifier.length > IDENTIFIER_MAX_LENGTH) {
    await burnPasswordCheck(password);
    return { ok: false, reason: "invalid" };
  }

  const ipKey = ip ? `ip:${ip}` : null;
  if (ipKey) {
    const { lockedUntil } = await takeLimited(ipKey, MAX_IP_FAILURES, now);
    if (lockedUntil) return { ok: false, reason: "locked", lockedUntil };
  }

  const user = await prisma.user.findFirst({
    where: identifier.includes("@") ? { email: identifier } : { nip: identifier },
    select: { id: true, passwordHash: true, isActive: true },
  });
  // One subject per account, so its e-mail and its NIP do not give twice the guesses.
  const subject = user ? `account:${user.id}` : identifier;
  const pairKey = `${subject}|${ip ?? "?"}`;
  const pair = await takeLimited(pairKey, MAX_FAILURES, now);
  if (pair.lockedUntil) return { ok: false, reason: "locked", lockedUntil: pair.lockedUntil };
  const nextSlot = await takeAccountSlot(subject, now);
  if (nextSlot) return { ok: false, reason: "slowed", lockedUntil: nextSlot };

  const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (valid && user?.isActive) {
    await prisma.$transaction([
      prisma.loginThrottle.deleteMany({ where: { identifier: { in: [pairKey, subject] } } }),
      // The IP counter counts failures: a success gives its own attempt back.
      ...(ipKey ? [prisma.$executeRaw`UPDATE "LoginThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "identifier" = ${ipKey}`] : []),
      prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: now } }),
    ]);
    return { ok: true, userId: user.id };
  }
  if (pair.isLast) return { ok: false, reason: "locked", lockedUntil: await lock(pairKey, now) };
  return { ok: false, reason: "invalid" };
}
