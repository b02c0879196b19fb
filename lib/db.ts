import "server-only";
// The only Prisma client of the app (Prisma 7 with the pg driver adapter). Created on first use, so
// that importing a module that uses it (e.g. while `next build` collects pages) needs no database.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export const DB_CONNECT_TIMEOUT_MS = 5_000;
export const TRANSACTION_MAX_WAIT_MS = 15_000;

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  globalForPrisma.prisma ??= new PrismaClient({
    // A new connection that the server does not accept within 5 s (PostgreSQL stopped, paused or
    // unreachable) fails, so a page shows the "gangguan" page instead of hanging; pg waits forever by default.
    // No session state is relied on (no SET, no session advisory lock, no LISTEN), so DATABASE_URL may name a
    // pooler in transaction mode (PgBouncer) as well as the server itself.
    adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: env().DATABASE_POOL_SIZE, connectionTimeoutMillis: DB_CONNECT_TIMEOUT_MS }),
    // A burst of writers (sign-ups, submissions in the last hour) queues for one of the pool's connections
    // instead of failing after Prisma's default 2 s wait; each transaction's own time limit stays 5 s.
    transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS },
  });
  return globalForPrisma.prisma;
}

export const prisma = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real) as unknown;
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(real) : value;
  },
});

/** Closes the pool (scripts and tests; the app keeps it for its lifetime). */
export async function disconnectDb(): Promise<void> {
  if (globalForPrisma.prisma) {
    await globalForPrisma.prisma.$disconnect();
    globalForPrisma.prisma = undefined;
  }
}

export type TransactionClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export { Prisma } from "@/lib/generated/prisma/client";
