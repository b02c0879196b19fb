import "server-only";
// Where the rate-limit counters live. chooseRateLimitStore is the one place that picks the store for the
// running app: PostgreSQL, the app's own database (table "RateLimitCounter", created by a migration), so
// every instance shares the counts with nothing else to install. Another store (Redis, when configured) is
// one more branch there returning a RateLimitStore; nothing else changes. Memory is for unit tests only:
// each process would count on its own.
import { Pool } from "pg";
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";

export const RATE_LIMIT_TABLE = "RateLimitCounter";
/** Connections the limiter's own pool may hold, beside Prisma's 10 (lib/db.ts): one upsert per check. */
export const RATE_LIMIT_POOL_MAX = 4;
const CONNECT_TIMEOUT_MS = 5_000;

export type LimiterSpec = { keyPrefix: string; points: number; windowSeconds: number };

export type RateLimitStore = {
  readonly kind: "postgres" | "memory";
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

/** Counters in this process's memory: unit tests only. */
export function memoryRateLimitStore(): RateLimitStore {
  return {
    kind: "memory",
    limiter: ({ keyPrefix, points, windowSeconds }) => new RateLimiterMemory({ keyPrefix, points, duration: windowSeconds }),
    close: async () => {},
  };
}

/** The store of the running app, from its configuration. */
export function chooseRateLimitStore(config: { DATABASE_URL: string }): RateLimitStore {
  return postgresRateLimitStore(config.DATABASE_URL);
}
