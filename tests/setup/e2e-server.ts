// The server Playwright tests run against (playwright.config.ts webServer starts and stops it). It writes
// its URL, database, AUTH_SECRET and folders to E2E_SERVER_INFO, which the specs read to create their own
// data and to mint session cookies (tests/e2e/fixtures.ts).
import { startAppServer } from "./app-server";

async function main() {
  // The specs sign in, sign up and upload a great deal from 127.0.0.1: requests from there get every rate
  // limit multiplied (lib/rate-limit). rate-limits.spec.ts proves the real limits over IPv6 loopback (::1),
  // which the server sees as another client.
  process.env.RATE_LIMIT_RELAXED_IPS ??= "127.0.0.1";
  process.env.RATE_LIMIT_RELAXED_FACTOR ??= "1000";
  const infoFile = process.env.E2E_SERVER_INFO;
  if (!infoFile) throw new Error("E2E_SERVER_INFO is not set (playwright.config.ts sets it)");
  const port = Number(process.env.E2E_PORT ?? 3100);
  // Its twin on the same database with S3 storage, for the direct-upload spec: 50 ports up.
  const server = await startAppServer({ port, label: "e2e", infoFile, s3TwinPort: port + 50 });
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
