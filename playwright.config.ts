import { defineConfig, devices } from "@playwright/test";

const PORT = process.env.E2E_PORT ?? "3100";
const baseURL = `http://127.0.0.1:${PORT}`;
const LAST = /admin-result\.spec\.ts$/;
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
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }]],
  use: {
    baseURL,
    locale: "id-ID",
    timezoneId: "Asia/Pontianak",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "chromium", use: chromium, testIgnore: LAST },
    // Publishing the administrative result freezes the demo applications that the other journeys work on
    // (verification needs them still undecided), so that file runs once all the others have finished.
    { name: "publishing", use: chromium, testMatch: LAST, dependencies: ["chromium"] },
  ],
  webServer: {
    command: "npx tsx --conditions=react-server tests/setup/e2e-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    // Replays the Singkawang 2025 registration window (22 Oct – 6 Nov 2025) on the server's clock.
    env: { E2E_PORT: PORT, PORTAL_FAKE_NOW: "2025-10-28T10:00:00+07:00" },
  },
});
