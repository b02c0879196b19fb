import "server-only";
// The app's side of pg-boss: jobs are written through Prisma, so a job enqueued inside a Prisma
// interactive transaction commits or rolls back with the change that caused it (pg-boss's `db` option:
// any object with executeSql(text, values)). The worker (lib/jobs/worker.ts) has a connection of its own.
import PgBoss from "pg-boss";
import type { TransactionClient } from "@/lib/db";
import { bossOptions } from "@/lib/jobs/config";

type SqlRunner = Pick<TransactionClient, "$queryRawUnsafe">;

/** pg-boss's database interface over a Prisma client or transaction. Objects (job data) go as JSON text; arrays (job ids) as arrays. */
export function prismaJobDb(client: SqlRunner): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const params = values.map((value) => (value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date) ? JSON.stringify(value) : value));
      const rows = await client.$queryRawUnsafe<Array<Record<string, unknown>>>(text, ...params);
      return { rows };
    },
  };
}

const globalForBoss = globalThis as unknown as { jobProducer?: PgBoss };

/**
 * A pg-boss instance that is never started: it only builds the SQL of send/insert/fetch/complete/fail,
 * which run on the `db` each call passes (a transaction, or the Prisma pool). The connection string is
 * not used (every call passes its db); it only satisfies the constructor.
 */
export function jobProducer(): PgBoss {
  globalForBoss.jobProducer ??= new PgBoss(bossOptions("postgres://unused", { db: { executeSql: () => Promise.reject(new Error("pass a db")) } }));
  return globalForBoss.jobProducer;
}
