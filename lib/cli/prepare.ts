// What every entry point does before the app or a script can run: a database (DATABASE_URL or the
// embedded one), migrations applied, optionally the seed, and the environment the app reads.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "./migrations";
import { openDatabase, type DatabaseHandle } from "./pg-server";

/** A stable secret for local runs, made on first start and kept (git-ignored) under .data/. */
export function localAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.resolve(".data/auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** True when the migrated database holds no user and no selection (a fresh clone, a new data folder). */
export async function isDatabaseEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ used: boolean }>(`SELECT EXISTS (SELECT 1 FROM "User") OR EXISTS (SELECT 1 FROM "Selection") AS used`);
    return !rows[0]?.used;
  } finally {
    await client.end();
  }
}

/**
 * `seed: "if-empty"` (the JSON command-line tools): the seed is loaded only into an empty database, so that
 * `npm run -s eligibility` works right after `npm install`; its progress goes to stderr (stdout is the JSON's).
 */
export async function prepareDatabase(options: { seed: boolean | "if-empty"; quiet?: boolean; demoApplicants?: boolean }): Promise<DatabaseHandle> {
  const log = options.quiet ? () => {} : (message: string) => console.log(message);
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  const applied = await applyMigrations(database.url);
  log(applied.length ? `Migrasi diterapkan: ${applied.join(", ")}` : "Skema basis data sudah terbaru.");
  const seed = options.seed === "if-empty" ? await isDatabaseEmpty(database.url) : options.seed;
  if (seed) {
    if (options.seed === "if-empty") console.error("Basis data masih kosong: mengisi data awal (seleksi Singkawang 2025 dan akun demo)…");
    const { seedDatabase } = await import("@/prisma/seed");
    const started = Date.now();
    await seedDatabase({ demoApplicants: options.demoApplicants ?? false });
    if (options.demoApplicants) log(`Data awal dengan pelamar CPNS demo (data buatan) siap dalam ${Math.round((Date.now() - started) / 1000)} detik.`);
    if (options.seed === "if-empty") console.error("Data awal siap.");
    else if (!options.demoApplicants) log("Data awal (seleksi Singkawang 2025 dan akun demo) siap.");
  }
  return database;
}
