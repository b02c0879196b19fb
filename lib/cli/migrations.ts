// Applies prisma/migrations/*/migration.sql in order, each in its own transaction, recording them in
// Prisma's standard `_prisma_migrations` table (so `prisma migrate deploy` on a machine that has the
// native engine accepts the same history). An advisory lock keeps two starters from racing.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { installJobSchema } from "../jobs/config";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const LOCK_KEY = 72_202_511; // any constant shared by every starter of this app

/** The migrations of this version of the portal, in order, with the checksum the runner records. */
export function listMigrations(): Array<{ name: string; checksum: string }> {
  return fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(MIGRATIONS_DIR, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, checksum: crypto.createHash("sha256").update(fs.readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8")).digest("hex") }));
}

const CREATE_HISTORY = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

/**
 * Applies the pending migrations; with `only`, just those of the set (a restore brings the schema to its
 * backup's first). Each migration is one transaction that takes the advisory lock for itself
 * (pg_advisory_xact_lock) and checks again that no other starter applied it meanwhile: no lock outlives a
 * transaction, so the migrations also run through a pooler in transaction mode (PgBouncer), where two
 * statements of one session may reach two server connections.
 */
export async function applyMigrations(url: string, options: { only?: ReadonlySet<string> } = {}): Promise<string[]> {
  const names = listMigrations()
    .map((migration) => migration.name)
    .filter((name) => !options.only || options.only.has(name));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const inLockedTransaction = async <T>(work: () => Promise<T>): Promise<T> => {
    await client.query("BEGIN");
    try {
      await client.query("SELECT pg_advisory_xact_lock($1)", [LOCK_KEY]);
      const result = await work();
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  };
  const applied: string[] = [];
  try {
    await inLockedTransaction(() => client.query(CREATE_HISTORY));
    for (const name of names) {
      const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");
      const checksum = crypto.createHash("sha256").update(sql).digest("hex");
      const done = await inLockedTransaction(async () => {
        const recorded = await client.query<{ checksum: string }>(
          `SELECT checksum FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
          [name],
        );
        if (recorded.rows[0]) return recorded.rows[0].checksum;
        try {
          await client.query(sql);
        } catch (error) {
          throw new Error(`Migration ${name} failed: ${String(error)}`);
        }
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
           VALUES ($1, $2, now(), $3, 1)`,
          [crypto.randomUUID(), checksum, name],
        );
        return null;
      });
      if (done === null) applied.push(name);
      else if (done !== checksum) throw new Error(`Migration ${name} was edited after it was applied.`);
    }
  } finally {
    await client.end();
  }
  // The job queue's schema (pgboss) after the portal's own: a restore that brings the schema to its
  // backup's migrations first (`only`) gets it on its second, complete call.
  if (!options.only) await installJobSchema(url);
  return applied;
}
