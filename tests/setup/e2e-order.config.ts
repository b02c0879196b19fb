// The end-to-end specs one file after another in a chosen order, to show that no spec depends on another
// having run before or after it. Playwright itself runs files in alphabetical order whatever the command
// line lists, so each file here is a project that depends on the previous one.
//
//   E2E_ORDER=reverse   npx playwright test -c tests/setup/e2e-order.config.ts --workers=1
//   E2E_ORDER=shuffle:7 npx playwright test -c tests/setup/e2e-order.config.ts --workers=1
//   E2E_ORDER=verification,admin-result,...   (file names without .spec.ts)
//
// Everything else (server, browser, timeouts) is playwright.config.ts.
import fs from "node:fs";
import path from "node:path";
import { defineConfig, type PlaywrightTestConfig } from "@playwright/test";
import { seededRandom, shuffle } from "../factories/ranking";
import base from "../../playwright.config";

const root = path.resolve(import.meta.dirname, "../..");
const testDir = path.join(root, "tests/e2e");
const alphabetical = fs
  .readdirSync(testDir)
  .filter((file) => file.endsWith(".spec.ts"))
  .map((file) => file.slice(0, -".spec.ts".length))
  .sort();

function chosenOrder(spec: string): string[] {
  if (spec === "reverse") return [...alphabetical].reverse();
  const shuffled = /^shuffle:(\d+)$/.exec(spec);
  if (shuffled) return shuffle(seededRandom(Number(shuffled[1])), alphabetical);
  const listed = spec.split(",").map((name) => name.trim()).filter(Boolean);
  const unknown = listed.filter((name) => !alphabetical.includes(name));
  if (unknown.length > 0) throw new Error(`E2E_ORDER names unknown specs: ${unknown.join(", ")}`);
  return listed;
}

const order = chosenOrder(process.env.E2E_ORDER ?? "reverse");
if (process.env.TEST_WORKER_INDEX === undefined) console.log(`E2E order: ${order.join(" → ")}`);
const use = base.projects?.[0]?.use;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export default defineConfig({
  ...base,
  testDir,
  outputDir: path.join(root, "test-results"),
  reporter: [["list"], ["json", { outputFile: path.join(root, "test-results/e2e-order-report.json") }]],
  projects: order.map((name, index) => ({
    name: `${index + 1}-${name}`,
    use,
    testMatch: new RegExp(`/${escape(name)}\\.spec\\.ts$`),
    dependencies: index === 0 ? [] : [`${index}-${order[index - 1]}`],
  })),
  webServer: { ...(base.webServer as NonNullable<PlaywrightTestConfig["webServer"]> & object), cwd: root },
});
