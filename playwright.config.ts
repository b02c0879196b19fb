import { createRequire } from "node:module";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// The specs' factories call lib's server modules, which start with `import "server-only"`; outside Next that
// package throws unless resolved with the react-server condition. The runner and every worker load this
// config first, so its no-op entry is registered here (as Vitest's alias does).
const require = createRequire(import.meta.url);
const serverOnly = require.resolve("server-only");
require.cache[serverOnly] = Object.assign(Object.create(null), { id: serverOnly, filename: serverOnly, loaded: true, exports: {} });

const PORT = process.env.E2E_PORT ?? "3100";
// On a shared, loaded machine every step takes longer: E2E_SLOWDOWN multiplies the test and expect timeouts
// (long journeys ask for a multiple of the test timeout, so they scale with it). 1 by default.
const SLOWDOWN = Number(process.env.E2E_SLOWDOWN ?? 1);
const baseURL = `http://127.0.0.1:${PORT}`;
// Where the e2e server writes its database URL and AUTH_SECRET for the specs (tests/setup/e2e-server.ts,
// tests/e2e/fixtures.ts). Set here, in the runner's environment, so the server and every worker see it.
process.env.E2E_SERVER_INFO ??= path.resolve(".data/e2e", `server-${PORT}.json`);
const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    // Debian's Chromium; Playwright's own browser download is not possible here.
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  // Every test creates the data it changes (tests/factories, through the e2e database), so tests run in any
  // order and side by side; a journey whose steps follow each other says so (describe.configure serial).
  // Two workers suit a 2-core machine (DECISIONS.md, "A harness that scales"); E2E_WORKERS overrides it.
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // No retries, in CI too: a flaky test must fail and be fixed, never pass silently on a second try.
  retries: 0,
  timeout: 60_000 * SLOWDOWN,
  expect: { timeout: 10_000 * SLOWDOWN },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }]],
  use: {
    baseURL,
    locale: "id-ID",
    timezoneId: "Asia/Pontianak",
    // Reduced motion (app/globals.css then drops transitions): axe reads a button's final colours, not a
    // frame of its 150 ms fade from disabled grey back to brand blue (a contrast failure that was never on screen).
    reducedMotion: "reduce",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [{ name: "chromium", use: chromium }],
  webServer: {
    command: "npx tsx --conditions=react-server tests/setup/e2e-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    // SIGTERM, so tests/setup/e2e-server.ts stops next and PostgreSQL and removes its temporary cluster and
    // server info (Playwright's default is SIGKILL to the process group, which leaves them behind).
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "ignore",
    stderr: "pipe",
    // Replays the Singkawang 2025 registration window (22 Oct – 6 Nov 2025) on the server's clock.
    env: { E2E_PORT: PORT, E2E_SERVER_INFO: process.env.E2E_SERVER_INFO, PORTAL_FAKE_NOW: "2025-10-28T10:00:00+07:00" },
  },
});
