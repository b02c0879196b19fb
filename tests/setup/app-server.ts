// Starts the production build against a fresh, seeded database: used by the end-to-end tests
// (through Playwright's webServer) and by the benchmarks.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { createTestDatabase } from "./test-database";

export type AppServer = { baseUrl: string; databaseUrl: string; stop: () => Promise<void> };

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
  /** Adds a second JPT selection at the start of the scored stages (tests/factories/scoring.ts) for the scoring journey. */
  scoringScenario?: boolean;
}): Promise<AppServer> {
  const database = await createTestDatabase(options.label);
  process.env.DATABASE_URL = database.url;
  const dataDir = path.resolve(`.data/${options.label}`);
  // The seed stores the demo applications' files: in the same folders the server will read.
  process.env.STORAGE_DIR = path.join(dataDir, "uploads");
  process.env.MAIL_OUTBOX_DIR = path.join(dataDir, "outbox");
  const { seedDatabase } = await import("@/prisma/seed");
  await seedDatabase();
  if (options.scoringScenario) {
    const { createScoringSelection, SCORING_SCENARIO_CANDIDATES, SCORING_SCENARIO_SLUG } = await import("../factories/scoring");
    await createScoringSelection({ slug: SCORING_SCENARIO_SLUG, candidates: SCORING_SCENARIO_CANDIDATES });
  }
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();

  const child = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(options.port)], {
    stdio: options.stdio ?? "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      STORAGE_DIR: process.env.STORAGE_DIR,
      MAIL_OUTBOX_DIR: process.env.MAIL_OUTBOX_DIR,
    },
  });
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    await database.stop().catch(() => {});
  };
  if (options.wait) {
    try {
      await waitForHealth(baseUrl, child);
    } catch (error) {
      await stop();
      throw error;
    }
  }
  return { baseUrl, databaseUrl: database.url, stop };
}
