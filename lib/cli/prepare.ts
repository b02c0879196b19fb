// What every entry point does before the app or a script can run: a database (DATABASE_URL or the
// embedded one), migrations applied, optionally the seed, and the environment the app reads.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
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

export async function prepareDatabase(options: { seed: boolean; quiet?: boolean }): Promise<DatabaseHandle> {
  const log = options.quiet ? () => {} : (message: string) => console.log(message);
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  const applied = await applyMigrations(database.url);
  log(applied.length ? `Migrasi diterapkan: ${applied.join(", ")}` : "Skema basis data sudah terbaru.");
  if (options.seed) {
    const { seedDatabase } = await import("@/prisma/seed");
    await seedDatabase();
    log("Data awal (seleksi Singkawang 2025 dan akun demo) siap.");
  }
  return database;
}
