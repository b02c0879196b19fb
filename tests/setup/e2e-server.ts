// The server Playwright tests run against: a fresh database (seeded), then `next start` of the
// production build on E2E_PORT. Playwright starts and stops it (playwright.config.ts webServer).
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { createTestDatabase } from "./test-database";

async function main() {
  const port = process.env.E2E_PORT ?? "3100";
  const database = await createTestDatabase("e2e");
  process.env.DATABASE_URL = database.url;
  const { seedDatabase } = await import("@/prisma/seed");
  await seedDatabase();
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();

  const next = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", port], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      STORAGE_DIR: path.resolve(".data/e2e-uploads"),
      MAIL_OUTBOX_DIR: path.resolve(".data/e2e-outbox"),
    },
  });
  const stop = async () => {
    if (next.exitCode === null) next.kill("SIGTERM");
    await database.stop().catch(() => {});
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  next.on("exit", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
