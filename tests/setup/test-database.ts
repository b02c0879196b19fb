// A fresh PostgreSQL database for one test run: a new database on DATABASE_URL's server when it is
// set, otherwise a throwaway embedded cluster in a temporary folder. Migrations applied; nothing mocked.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "@/lib/cli/migrations";
import { createDatabaseIfMissing, startEmbeddedPostgres, type DatabaseHandle } from "@/lib/cli/pg-server";

export async function createTestDatabase(label: string): Promise<DatabaseHandle> {
  const name = `portal_${label}_${Date.now()}_${process.pid}`;
  const external = process.env.DATABASE_URL;
  let handle: DatabaseHandle;
  if (external) {
    await createDatabaseIfMissing(external, name);
    const url = new URL(external);
    url.pathname = `/${name}`;
    handle = {
      url: url.toString(),
      stop: async () => {
        const client = new pg.Client({ connectionString: external });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `portal-${label}-`));
    // The cluster runs as the `postgres` user when we are root; it must be able to enter the folder.
    fs.chmodSync(dataDir, 0o777);
    const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: 0, database: name });
    handle = {
      url: server.url,
      stop: async () => {
        await server.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  await applyMigrations(handle.url);
  return handle;
}
