// npm test: every check in order — lint, typecheck, unit, integration (real PostgreSQL), end-to-end
// (Chromium against a production build), then two instances of that build behind a proxy (scale). Stops
// at the first failing step; prints a closing count.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

type Step = { name: string; command: string; args: string[]; report?: string; kind?: "vitest" | "playwright" };

const steps: Step[] = [
  { name: "lint", command: "npm", args: ["run", "-s", "lint"] },
  { name: "typecheck", command: "npm", args: ["run", "-s", "typecheck"] },
  {
    name: "unit",
    command: "npx",
    args: ["vitest", "run", "--project", "unit", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/unit.json"],
    report: "test-results/unit.json",
    kind: "vitest",
  },
  {
    name: "integration",
    command: "npx",
    args: ["vitest", "run", "--project", "integration", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/integration.json"],
    report: "test-results/integration.json",
    kind: "vitest",
  },
  { name: "build", command: "npm", args: ["run", "-s", "build"] },
  { name: "e2e", command: "npx", args: ["playwright", "test"], report: "test-results/e2e-report.json", kind: "playwright" },
  // Two instances of the same build behind a proxy, sharing PostgreSQL, Redis and storage (#17).
  { name: "scale", command: "npx", args: ["playwright", "test", "--config", "playwright.scale.config.ts"], report: "test-results/scale-report.json", kind: "playwright" },
];

function counts(step: Step): { passed: number; failed: number; skipped: number } {
  if (!step.report || !fs.existsSync(step.report)) return { passed: 0, failed: 0, skipped: 0 };
  const data = JSON.parse(fs.readFileSync(step.report, "utf8")) as Record<string, unknown>;
  if (step.kind === "vitest") {
    return {
      passed: Number(data.numPassedTests ?? 0),
      failed: Number(data.numFailedTests ?? 0),
      skipped: Number(data.numPendingTests ?? 0) + Number(data.numTodoTests ?? 0),
    };
  }
  const stats = (data.stats ?? {}) as Record<string, number>;
  // A "flaky" test (failed, then passed on a retry) counts as failed: retries are off, and a retry that
  // hides a failure must not pass the run.
  return { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0), skipped: stats.skipped ?? 0 };
}

fs.mkdirSync("test-results", { recursive: true });
const only = process.argv.slice(2);
const total = { passed: 0, failed: 0, skipped: 0 };
const timings: string[] = [];
let failedStep: string | null = null;

for (const step of steps) {
  if (only.length > 0 && !only.includes(step.name)) continue;
  if (step.report) fs.rmSync(step.report, { force: true });
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const result = spawnSync(step.command, step.args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${step.name} ${seconds} s`);
  console.log(`=== ${step.name}: ${result.status === 0 ? "ok" : "FAILED"} in ${seconds} s ===`);
  const stepCounts = counts(step);
  total.passed += stepCounts.passed;
  total.failed += stepCounts.failed;
  total.skipped += stepCounts.skipped;
  // A runner's report of failed tests counts even if its exit code said otherwise.
  if (result.status !== 0 || stepCounts.failed > 0) {
    failedStep = step.name;
    if (stepCounts.failed === 0) total.failed += 1; // a failing lint/typecheck/build counts as one failure
    break;
  }
}

console.log(`\nTimings: ${timings.join(", ")}`);
if (failedStep) console.log(`Failed step: ${failedStep}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
