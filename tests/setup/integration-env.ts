import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, inject } from "vitest";

// A fresh database for this test file, copied from the run's migrated template, and throwaway folders
// for its uploads and mail. Set before any test imports the app's one Prisma client.
const template = new URL(inject("templateDatabaseUrl"));
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

afterAll(async () => {
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();
  const cleanup = new pg.Client({ connectionString: admin.toString() });
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await cleanup.end();
  fs.rmSync(scratch, { recursive: true, force: true });
});
