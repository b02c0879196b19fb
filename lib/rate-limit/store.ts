import "server-only";
// Where the rate-limit counters live. chooseRateLimitStore is the one place that picks the store for the
// running app: PostgreSQL, the app's own database (table "RateLimitCounter", created by a migration), so
// every instance shares the counts with nothing else to install; with REDIS_URL, Redis (the at-scale shape,
// behind PgBouncer). Memory is for unit tests only: each process would count on its own.
import { Pool } from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import { createRedisClient, redisUrl } from "@/lib/redis";

export const RATE_LIMIT_TABLE = "RateLimitCounter";
/** Connections the limiter's own pool may hold, beside Prisma's 10 (lib/db.ts): one upsert per check. */
export const RATE_LIMIT_POOL_MAX = 4;
const CONNECT_TIMEOUT_MS = 5_000;

export type LimiterSpec = { keyPrefix: string; points: number; windowSeconds: number };

export type RateLimitStore = {
  readonly kind: "postgres" | "redis" | "memory";
  /** A limiter counting under keyPrefix; limiters with the same prefix share their counters. */
  limiter(spec: LimiterSpec): RateLimiterAbstract;
  close(): Promise<void>;
};

/** Counters in PostgreSQL through a small pg pool; if the database fails, a memory limiter counts meanwhile. */
export function postgresRateLimitStore(connectionString: string, options: { poolMax?: number } = {}): RateLimitStore {
  const pool = new Pool({ connectionString, max: options.poolMax ?? RATE_LIMIT_POOL_MAX, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // An idle connection the server drops must not crash the process; the next query opens a new one.
  pool.on("error", () => {});
  let sweeperStarted = false;
  return {
    kind: "postgres",
    limiter({ keyPrefix, points, windowSeconds }) {
      // Expired rows are deleted every 5 minutes by one limiter per process (the table is shared by all).
      const clearExpiredByTimeout = !sweeperStarted;
      sweeperStarted = true;
      return new RateLimiterPostgres({
        storeClient: pool,
        storeType: "pool",
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true,
        clearExpiredByTimeout,
        keyPrefix,
        points,
        duration: windowSeconds,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: windowSeconds }),
      });
    },
    close: () => pool.end(),
  };
}

/**
 * Counters in Redis (with REDIS_URL: several instances behind a pooler, #17). Its own connection, since a
 * limiter must not wait behind the data cache's traffic; while Redis is unreachable a memory limiter counts.
 * Also the store to use behind PgBouncer 1.18 in transaction mode, which cannot pass the PostgreSQL store's
 * named prepared statements.
 */
export function redisRateLimitStore(url: string): RateLimitStore & { connected: Promise<void> } {
  const client = createRedisClient(url, "portal-rate-limit");
  const connecting = client.connect().then(
    () => {},
    () => {},
  );
  return {
    kind: "redis",
    connected: connecting,
    limiter: ({ keyPrefix, points, windowSeconds }) =>
      new RateLimiterRedis({
        storeClient: client,
        useRedisPackage: true,
        rejectIfRedisNotReady: true,
        keyPrefix,
        points,
        duration: windowSeconds,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: windowSeconds }),
      }),
    close: async () => {
      await connecting;
      await client.quit().catch(() => {});
    },
  };
}

/** Counters in this process's memory: unit tests only. */
export function memoryRateLimitStore(): RateLimitStore {
  return {
    kind: "memory",
    limiter: ({ keyPrefix, points, windowSeconds }) => new RateLimiterMemory({ keyPrefix, points, duration: windowSeconds }),
    close: async () => {},
  };
}

/** The store of the running app, from its configuration: Redis when REDIS_URL is set, else its PostgreSQL. */
export function chooseRateLimitStore(config: { DATABASE_URL: string }): RateLimitStore {
  const url = redisUrl();
  return url ? redisRateLimitStore(url) : postgresRateLimitStore(config.DATABASE_URL);
}
