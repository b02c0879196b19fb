import "server-only";
// The one rate limit of the account-recovery requests (password reset, verification and e-mail-change
// links, password change): a fixed window per key, counted in one atomic statement like the sign-in
// counters of lib/auth/sign-in.ts, in the same table under a prefixed key. Kept behind this one function
// so that moving to rate-limiter-flexible later changes this file only.
import { prisma } from "@/lib/db";

export type RateLimit = { limit: number; windowMinutes: number };

/**
 * Counts one attempt under `key` and tells whether it may go on: at most `limit` attempts per window of
 * `windowMinutes`, the window starting at the first attempt after the previous one ended.
 */
export async function takeRateLimit(key: string, rule: RateLimit, now: Date = new Date()): Promise<boolean> {
  // lockedUntil holds the end of the current window here (these keys are never "locked").
  const windowEnd = new Date(now.getTime() + rule.windowMinutes * 60_000);
  const rows = await prisma.$queryRaw<Array<{ failures: number }>>`
    INSERT INTO "LoginThrottle" ("identifier", "failures", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, ${windowEnd}, ${now})
    ON CONFLICT ("identifier") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."lockedUntil" IS NULL OR "LoginThrottle"."lockedUntil" <= ${now} THEN 1
                        ELSE "LoginThrottle"."failures" + 1 END,
      "lockedUntil" = CASE WHEN "LoginThrottle"."lockedUntil" IS NULL OR "LoginThrottle"."lockedUntil" <= ${now} THEN ${windowEnd}
                           ELSE "LoginThrottle"."lockedUntil" END,
      "updatedAt" = ${now}
    RETURNING "failures"`;
  return rows[0]!.failures <= rule.limit;
}
