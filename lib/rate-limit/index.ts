import "server-only";
// The one way to rate-limit a request (DECISIONS.md, "Rate limits with rate-limiter-flexible"): the entry
// point (a server action, a route handler, the proxy, or the account-recovery functions that already did)
// lists the limits the request counts against, with its client IP (lib/auth/client-ip.ts) and the identifier
// the form carries; the first limit exceeded refuses it. Server actions get the AppError RATE_LIMITED with
// "Terlalu banyak percobaan. Coba lagi dalam N menit." (defineAction returns it to the form), route handlers
// and the proxy answer 429 with Retry-After (tooManyRequests).
import crypto from "node:crypto";
import type { RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";
import { RATE_LIMITS, type RateLimitCheck, type RateLimitName, type RateLimitRule } from "@/lib/rate-limit/rules";
import { chooseRateLimitStore, type RateLimitStore } from "@/lib/rate-limit/store";

export { RATE_LIMITS, type RateLimitCheck, type RateLimitName };

/**
 * A limiter refuses by rejecting with a RateLimiterRes, and fails with an Error. By shape, not instanceof: the
 * server bundle may hold the class of another copy of the package than the one the limiter was built from.
 */
function isLimiterRes(value: unknown): value is RateLimiterRes {
  return !(value instanceof Error) && typeof (value as { msBeforeNext?: unknown } | null)?.msBeforeNext === "number";
}

export type RateLimitVerdict = { limited: false } | { limited: true; limit: RateLimitName; retryAfterSeconds: number };

export type RateLimitOptions = {
  /**
   * Client addresses whose requests get every limit multiplied by relaxedFactor (RATE_LIMIT_RELAXED_IPS): a
   * load-test runner, the end-to-end suite on 127.0.0.1. Their requests still count, in the same counters.
   */
  relaxedIps?: Iterable<string>;
  relaxedFactor?: number;
  /** Identifiers are stored as an HMAC under this secret, never as typed (an e-mail, a NIK). */
  keySecret?: string;
  rules?: Record<RateLimitName, RateLimitRule>;
};

/** The limits over one store. The app has one (rateLimits()); tests make several, as instances would be. */
export class RateLimits {
  private readonly limiters = new Map<string, RateLimiterAbstract>();
  private readonly relaxedIps: ReadonlySet<string>;
  private readonly relaxedFactor: number;
  private readonly keySecret: string;
  private readonly rules: Record<RateLimitName, RateLimitRule>;

  constructor(
    readonly store: RateLimitStore,
    options: RateLimitOptions = {},
  ) {
    this.relaxedIps = new Set([...(options.relaxedIps ?? [])].map((ip) => ip.trim().toLowerCase()).filter(Boolean));
    this.relaxedFactor = Math.max(1, options.relaxedFactor ?? 1);
    this.keySecret = options.keySecret ?? "portal-rate-limit";
    this.rules = options.rules ?? RATE_LIMITS;
  }

  /** The limit as it applies to a request from `ip`. */
  pointsFor(limit: RateLimitName, ip: string | null): number {
    const points = this.rules[limit].points;
    return ip !== null && this.relaxedIps.has(ip) ? points * this.relaxedFactor : points;
  }

  private limiter(limit: RateLimitName, points: number): RateLimiterAbstract {
    const id = `${limit}/${points}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      // The same prefix for the strict and the relaxed limiter of a rule: one counter per key.
      limiter = this.store.limiter({ keyPrefix: `rl:${limit}`, points, windowSeconds: this.rules[limit].windowSeconds });
      this.limiters.set(id, limiter);
    }
    return limiter;
  }

  private storedKey(limit: RateLimitName, key: string): string {
    if (this.rules[limit].by === "ip") return key;
    return crypto.createHmac("sha256", this.keySecret).update(key, "utf8").digest("base64url");
  }

  /** Counts the request against each limit in turn; the first one exceeded refuses it (later ones are not counted). */
  async take(checks: readonly RateLimitCheck[], ip: string | null): Promise<RateLimitVerdict> {
    for (const check of checks) {
      if (!check.key) continue;
      try {
        await this.limiter(check.limit, this.pointsFor(check.limit, ip)).consume(this.storedKey(check.limit, check.key));
      } catch (rejection) {
        if (!isLimiterRes(rejection)) throw rejection;
        return { limited: true, limit: check.limit, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      }
    }
    return { limited: false };
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

// One instance per process, kept on globalThis: the proxy and the app are separate bundles, each with its own
// copy of this module, and they share one pool. For the same reason the shared instance only returns plain
// verdicts; the error is made by the caller's copy (enforceRateLimits), whose AppError its wrapper knows.
const globalForLimits = globalThis as unknown as { portalRateLimits?: RateLimits };

/** The app's limits, over the store chooseRateLimitStore picks, relaxed as RATE_LIMIT_RELAXED_* say. */
export function rateLimits(): RateLimits {
  if (!globalForLimits.portalRateLimits) {
    const config = env();
    globalForLimits.portalRateLimits = new RateLimits(chooseRateLimitStore(config), {
      relaxedIps: config.RATE_LIMIT_RELAXED_IPS.split(","),
      relaxedFactor: config.RATE_LIMIT_RELAXED_FACTOR,
      keySecret: config.AUTH_SECRET,
    });
  }
  return globalForLimits.portalRateLimits;
}

/** Counts the request; throws RateLimitedError (AppError RATE_LIMITED) when a limit is exceeded. */
export async function enforceRateLimits(checks: readonly RateLimitCheck[], ip: string | null, limits: RateLimits = rateLimits()): Promise<void> {
  const verdict = await limits.take(checks, ip);
  if (verdict.limited) throw new RateLimitedError(verdict.retryAfterSeconds);
}

/** Counts the request and tells whether it may go on (route handlers and the proxy answer tooManyRequests). */
export function takeRateLimits(checks: readonly RateLimitCheck[], ip: string | null): Promise<RateLimitVerdict> {
  return rateLimits().take(checks, ip);
}

/** Closes the store's connections (scripts and tests). */
export async function closeRateLimits(): Promise<void> {
  const limits = globalForLimits.portalRateLimits;
  globalForLimits.portalRateLimits = undefined;
  await limits?.close();
}
