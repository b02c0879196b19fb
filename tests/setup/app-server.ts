// Starts the production build against a fresh, seeded database: used by the end-to-end tests
// (through Playwright's webServer) and by the benchmarks.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import S3rver from "s3rver";
import { createTestDatabase } from "./test-database";

/**
 * `pid` and `authSecret` serve the benchmarks (server RSS from /proc, minted session cookies); `pids` are every
 * instance's (the first is `pid`), `instanceUrls` their own addresses.
 */
export type AppServer = { baseUrl: string; databaseUrl: string; authSecret: string; pid: number; pids: number[]; instanceUrls: string[]; stop: () => Promise<void> };
export type AppServerInfo = {
  baseUrl: string;
  databaseUrl: string;
  authSecret: string;
  storageDir: string;
  outboxDir: string;
  /** Several instances (the two-instance test): each one's own address; `baseUrl` is then the proxy's. */
  instanceUrls?: string[];
  redisUrl?: string;
  /** A second server on the same database and secret whose documents live in S3 (s3rver): direct uploads. */
  s3BaseUrl?: string;
};

const S3_BUCKET = "portal-e2e";
// Browsers PUT documents to the bucket from the portal's origin (a direct upload): the bucket allows it.
const S3_CORS = `<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>PUT</AllowedMethod><AllowedMethod>GET</AllowedMethod><AllowedHeader>*</AllowedHeader><MaxAgeSeconds>600</MaxAgeSeconds></CORSRule></CORSConfiguration>`;

/** s3rver on a free loopback port with one bucket, and the environment that points the app at it. */
async function startS3(directory: string): Promise<{ env: Record<string, string>; stop: () => Promise<void> }> {
  fs.rmSync(directory, { recursive: true, force: true });
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: S3_BUCKET, configs: [Buffer.from(S3_CORS)] }] });
  const { port } = await server.run();
  return {
    env: { S3_BUCKET, S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER" },
    stop: async () => {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("The app did not become healthy in time");
}

export async function startAppServer(options: {
  port: number;
  label: string;
  stdio?: "inherit" | "ignore";
  wait?: boolean;
  /**
   * Where to write what the test process needs to reach the server as it does itself: its URL, its database,
   * its AUTH_SECRET (end-to-end specs mint session cookies with it) and its file folders. Written before the
   * server starts, so it is there once the server answers; readable by the owner only; removed on stop.
   */
  infoFile?: string;
  /**
   * More instances of the same build on these ports, sharing the database, the secret and the folders (the
   * two-instance test). `publicBaseUrl` is then where they are reached together (a proxy in front of them).
   */
  extraPorts?: number[];
  publicBaseUrl?: string;
  env?: Record<string, string>;
  /**
   * Also start a server on this port, on the same database and AUTH_SECRET, whose documents live in an S3
   * bucket (s3rver, with CORS for browsers): the end-to-end test of direct uploads runs against it.
   */
  s3TwinPort?: number;
}): Promise<AppServer> {
  const database = await createTestDatabase(options.label);
  process.env.DATABASE_URL = database.url;
  const dataDir = path.resolve(`.data/${options.label}`);
  // The seed stores the demo applications' files: in the same folders the server will read.
  const storageDir = path.join(dataDir, "uploads");
  const outboxDir = path.join(dataDir, "outbox");
  process.env.STORAGE_DIR = storageDir;
  process.env.MAIL_OUTBOX_DIR = outboxDir;
  const { seedDatabase } = await import("@/prisma/seed");
  await seedDatabase();
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();

  const ports = [options.port, ...(options.extraPorts ?? [])];
  const instanceUrls = ports.map((port) => `http://127.0.0.1:${port}`);
  const baseUrl = options.publicBaseUrl ?? instanceUrls[0]!;
  const authSecret = crypto.randomBytes(32).toString("base64url");
  const s3 = options.s3TwinPort ? await startS3(path.join(dataDir, "s3")) : null;
  const s3BaseUrl = options.s3TwinPort ? `http://127.0.0.1:${options.s3TwinPort}` : undefined;
  if (options.infoFile) {
    const info: AppServerInfo = { baseUrl, databaseUrl: database.url, authSecret, storageDir, outboxDir };
    if (ports.length > 1) info.instanceUrls = instanceUrls;
    if (options.env?.REDIS_URL) info.redisUrl = options.env.REDIS_URL;
    if (s3BaseUrl) info.s3BaseUrl = s3BaseUrl;
    fs.mkdirSync(path.dirname(options.infoFile), { recursive: true });
    fs.writeFileSync(options.infoFile, JSON.stringify(info, null, 2), { mode: 0o600 });
  }

  // Each instance: its port, the address its links use, and where its documents live.
  const launches = [
    ...ports.map((port) => ({ port, url: baseUrl, storage: { STORAGE_DIR: storageDir } as Record<string, string> })),
    ...(s3 && options.s3TwinPort && s3BaseUrl ? [{ port: options.s3TwinPort, url: s3BaseUrl, storage: s3.env }] : []),
  ];
  const healthUrls = [...instanceUrls, ...(s3BaseUrl ? [s3BaseUrl] : [])];
  const children = launches.map(({ port, url, storage }) =>
    spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
      stdio: options.stdio ?? "inherit",
      env: {
        ...process.env,
        ...options.env,
        NODE_ENV: "production",
        DATABASE_URL: database.url,
        AUTH_SECRET: authSecret,
        AUTH_TRUST_HOST: "true",
        PUBLIC_BASE_URL: url,
        NEXT_TELEMETRY_DISABLED: "1",
        // The real TCP peer for lib/auth/client-ip.ts (Next gives app code no socket address).
        NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import "${pathToFileURL(path.resolve("lib/cli/peer-address.mjs")).href}"`].filter(Boolean).join(" "),
        MAIL_OUTBOX_DIR: outboxDir,
        ...storage,
      },
    }),
  );
  const stop = async () => {
    if (options.infoFile) fs.rmSync(options.infoFile, { force: true });
    await Promise.all(
      children.map(async (child) => {
        if (child.exitCode === null) {
          child.kill("SIGTERM");
          await new Promise((resolve) => child.once("exit", resolve));
        }
      }),
    );
    await s3?.stop().catch(() => {});
    await database.stop().catch(() => {});
  };
  if (options.wait) {
    try {
      await Promise.all(children.map((child, index) => waitForHealth(healthUrls[index]!, child)));
    } catch (error) {
      await stop();
      throw error;
    }
  }
  const pids = children.slice(0, ports.length).map((child) => child.pid ?? -1);
  return { baseUrl, databaseUrl: database.url, authSecret, pid: pids[0]!, pids, instanceUrls, stop };
}
