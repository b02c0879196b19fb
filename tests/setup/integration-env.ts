import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";

// Point the app's one Prisma client at this run's fresh database before any test imports it, and keep
// uploads and mail of this run in throwaway folders that tests can read.
process.env.DATABASE_URL = inject("databaseUrl");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "portal-it-files-"));
process.env.STORAGE_DIR = path.join(scratch, "uploads");
process.env.MAIL_OUTBOX_DIR = path.join(scratch, "outbox");

afterAll(async () => {
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();
  fs.rmSync(scratch, { recursive: true, force: true });
});
