import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, inject } from "vitest";

// A fresh database for this test file, copied from one of the run's templates (tests/setup/integration-global.ts),
// and throwaway folders for its uploads and mail. Set before any test imports the app's one Prisma client.
// By default the copy is of the seeded template (the Singkawang 2025 selection, demo accounts and the demo
// applications, with the files the seed stored and the mail it sent); a file whose header holds the line
// `// @test-database empty` gets a migrated database with no data (the seed's own tests seed it themselves).
const testFile = expect.getState().testPath ?? "";
const wantsEmpty = /^\/\/ @test-database empty$/m.test(fs.readFileSync(testFile, "utf8").slice(0, 2000));

const template = new URL(inject(wantsEmpty ? "templateDatabaseUrl" : "seededTemplateDatabaseUrl"));
const templateName = decodeURIComponent(template.pathname.slice(1));
const admin = new URL(template);
admin.pathname = "/postgres";
const name = `${templateName}_f${crypto.randomBytes(4).toString("hex")}`;

const client = new pg.Client({ connectionString: admin.toString() });
await client.connect();
await client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`);
await client.end();

const own = new URL(template);
own.pathname = `/${name}`;
process.env.DATABASE_URL = own.toString();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "portal-it-files-"));
process.env.STORAGE_DIR = path.join(scratch, "uploads");
process.env.MAIL_OUTBOX_DIR = path.join(scratch, "outbox");
if (!wantsEmpty) fs.cpSync(inject("seededFilesDir"), scratch, { recursive: true });

afterAll(async () => {
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();
  const { closeRateLimits } = await import("@/lib/rate-limit");
  await closeRateLimits();
  const cleanup = new pg.Client({ connectionString: admin.toString() });
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await cleanup.end();
  fs.rmSync(scratch, { recursive: true, force: true });
});
