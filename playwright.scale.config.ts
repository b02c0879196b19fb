// The two-instance test (`npm run test:scale`, #17): the same production build run twice on one database,
// one Redis and one storage folder, behind a round-robin proxy (tests/setup/scale-server.ts). The specs in
// tests/scale use the e2e fixtures, with the proxy as the portal's address.
import path from "node:path";
import { defineConfig } from "@playwright/test";
import e2e from "./playwright.config";

const PORT = process.env.E2E_PORT ?? "3150";
const baseURL = `http://127.0.0.1:${PORT}`;
process.env.E2E_SERVER_INFO = path.resolve(".data/scale", `server-${PORT}.json`);

export default defineConfig({
  ...e2e,
  testDir: "tests/scale",
  fullyParallel: false,
  workers: 1,
  reporter: [["list"], ["json", { outputFile: "test-results/scale-report.json" }]],
  use: { ...e2e.use, baseURL },
  webServer: {
    command: "npx tsx --conditions=react-server tests/setup/scale-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "ignore",
    stderr: "pipe",
    env: { E2E_PORT: PORT, E2E_SERVER_INFO: process.env.E2E_SERVER_INFO, PORTAL_FAKE_NOW: "2025-10-28T10:00:00+07:00" },
  },
});
