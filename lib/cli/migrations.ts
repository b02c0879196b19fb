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

/** Applies the pending migrations; with `only`, just those of the set (a restore brings the schema to its backup's first). */
export async function applyMigrations(url: string, options: { only?: ReadonlySet<string> } = {}): Promise<string[]> {
  const names = listMigrations()
    .map((migration) => migration.name)
    .filter((name) => !options.only || options.only.has(name));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const done = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const doneByName = new Map(done.rows.map((row) => [row.migration_name, row.checksum]));
    for (const name of names) {
      const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");
      const checksum = crypto.createHash("sha256").update(sql).digest("hex");
      const recorded = doneByName.get(name);
      if (recorded) {
        if (recorded !== checksum) throw new Error(`Migration ${name} was edited after it was applied.`);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
           VALUES ($1, $2, now(), $3, 1)`,
          [crypto.randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
        applied.push(name);
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${name} failed: ${String(error)}`);
      }
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
  // The job queue's schema (pgboss) after the portal's own: a restore that brings the schema to its
  // backup's migrations first (`only`) gets it on its second, complete call.
  if (!options.only) await installJobSchema(url);
  return applied;
}
