import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** Migrated, no data: for files that test the seed itself (`// @test-database empty`). */
    templateDatabaseUrl: string;
    /** Migrated and seeded once per run (the Singkawang 2025 selection, demo accounts and applications). */
    seededTemplateDatabaseUrl: string;
    /** The uploads and outbox the seed wrote; copied into each seeded file's own folders. */
    seededFilesDir: string;
  }
}

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs the seed in this process against `url`, writing its files under `filesDir`; restores the environment. */
async function seedTemplate(url: string, filesDir: string): Promise<void> {
  const saved = { DATABASE_URL: process.env.DATABASE_URL, STORAGE_DIR: process.env.STORAGE_DIR, MAIL_OUTBOX_DIR: process.env.MAIL_OUTBOX_DIR };
  process.env.DATABASE_URL = url;
  process.env.STORAGE_DIR = path.join(filesDir, "uploads");
  process.env.MAIL_OUTBOX_DIR = path.join(filesDir, "outbox");
  try {
    const { seedDatabase } = await import("@/prisma/seed");
    await seedDatabase();
    // The seed's e-mails are delivered now, as the worker would, so every file starts with them sent.
    const { deliverDueMail } = await import("@/lib/mail/mutations");
    await deliverDueMail();
  } finally {
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

// Two templates per run, each made once: the migrated database, and a copy of it with the seed applied.
// Every test file gets its own copy of one of them (tests/setup/integration-env.ts), so files never see
// each other's data and can run in parallel; seeding once here instead of in each file saves a seed per file.
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("it");
  const emptyName = decodeURIComponent(new URL(database.url).pathname.slice(1));
  const seededName = `${emptyName}_seeded`;
  const admin = new pg.Client({ connectionString: databaseUrl(database.url, "postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${seededName}" TEMPLATE "${emptyName}"`);
  await admin.end();

  const seededUrl = databaseUrl(database.url, seededName);
  const seededFilesDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-it-seed-files-"));
  await seedTemplate(seededUrl, seededFilesDir);

  project.provide("templateDatabaseUrl", database.url);
  project.provide("seededTemplateDatabaseUrl", seededUrl);
  project.provide("seededFilesDir", seededFilesDir);
  return async () => {
    // On an external server the seeded template is a database of its own; an embedded cluster goes whole.
    if (process.env.DATABASE_URL) {
      const cleanup = new pg.Client({ connectionString: databaseUrl(database.url, "postgres") });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${seededName}" WITH (FORCE)`);
      await cleanup.end();
    }
    await database.stop();
    fs.rmSync(seededFilesDir, { recursive: true, force: true });
  };
}
