// npm run bench: every benchmark against a production build on this machine; prints a table and
// writes bench-results.json (CONTRACTS.md). Run `npm run build` first if .next is missing (done here).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { freePort } from "@/lib/cli/pg-server";
import { startAppServer } from "../setup/app-server";
import { runLoad } from "./http-load";
import { benchmarkMinutesPdf } from "./pdf";
import { benchmarkRanking } from "./ranking";
import { seedQueueLoad } from "./queue-load";

type Metric = { name: string; value: number; unit: string; goal: string };

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * The secretariat's queue (lib/verification/queries.ts listQueue, what /pansel/seleksi/<slug>/lamaran
 * renders) over 5,000 submitted applications with 22 document rows each, called in-process against
 * the benchmark database after the page benchmarks (so they measure the plain seed).
 */
async function measureQueue(databaseUrl: string): Promise<Metric[]> {
  const load = await seedQueueLoad(databaseUrl, { count: 5000 });
  console.log(`Queue load: ${load.applications} applications, ${load.documents} documents, ${load.versions} versions in ${load.seconds.toFixed(1)} s`);
  const { listQueue } = await import("@/lib/verification/queries");
  const { QUEUE_PAGE_SIZE } = await import("@/lib/validation/verification");
  const query = { slug: "sekda-singkawang-2025", page: 1, pageSize: QUEUE_PAGE_SIZE };
  // The administrator reaches every selection: the same rows the secretariat's seat gives.
  const viewer = { id: "bench-admin", roles: ["ADMIN"] };
  for (let i = 0; i < 3; i += 1) await listQueue(query, viewer); // warm-up: connections, plans, eligibility config
  const timings: number[] = [];
  let total = 0;
  for (let i = 0; i < 30; i += 1) {
    const started = performance.now();
    const page = await listQueue(query, viewer);
    timings.push(performance.now() - started);
    total = page?.total ?? 0;
  }
  if (total < load.applications) throw new Error(`The queue lists ${total} applications, expected at least ${load.applications}`);
  timings.sort((a, b) => a - b);
  const name = "secretariat queue first page (5,000 applications)";
  return [
    { name: `${name}: median`, value: Number(percentile(timings, 50).toFixed(1)), unit: "ms", goal: "≤ 200 ms" },
    { name, value: Number(percentile(timings, 95).toFixed(1)), unit: "ms (p95)", goal: "≤ 300 ms" },
  ];
}

async function main() {
  if (!fs.existsSync(".next/BUILD_ID")) {
    const build = spawnSync("npm", ["run", "-s", "build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const metrics: Metric[] = [];
  // CPU-bound and in-process: measured before the server starts competing for the two cores.
  metrics.push({ name: "ranking 100,000 candidates × 4 stages × 5 assessors", value: Number(benchmarkRanking().toFixed(1)), unit: "ms", goal: "≤ 5000 ms on 2 cores" });
  metrics.push({ name: "stage minutes PDF, 70 candidates × 5 members: median", value: Number((await benchmarkMinutesPdf()).toFixed(1)), unit: "ms", goal: "≤ 2000 ms" });
  const server = await startAppServer({ port: await freePort(), label: "bench", stdio: "ignore", wait: true });
  try {
    const pages = [
      { name: "home", path: "/" },
      { name: "selection page", path: "/seleksi/sekda-singkawang-2025" },
      { name: "announcements", path: "/pengumuman" },
      { name: "blank form PDF (Lampiran II)", path: "/api/formulir/sekda-singkawang-2025/II" },
    ];
    for (const page of pages) {
      const url = `${server.baseUrl}${page.path}`;
      await runLoad(url, { concurrency: 4, seconds: 1 }); // warm-up
      const result = await runLoad(url, { concurrency: 20, seconds: 5 });
      metrics.push(
        { name: `${page.name}: throughput (20 concurrent)`, value: Number(result.rps.toFixed(1)), unit: "req/s", goal: "≥ 100 req/s on 2 cores" },
        { name: `${page.name}: p95 latency (20 concurrent)`, value: Number(result.p95.toFixed(1)), unit: "ms", goal: "≤ 500 ms" },
        { name: `${page.name}: errors`, value: result.errors, unit: "count", goal: "0" },
      );
    }
    metrics.push(...(await measureQueue(server.databaseUrl)));
  } finally {
    await server.stop();
  }
  const output = { machine: { cpus: os.cpus().length, node: process.version, model: os.cpus()[0]?.model ?? "unknown" }, metrics };
  fs.writeFileSync("bench-results.json", `${JSON.stringify(output, null, 2)}\n`);
  console.table(metrics);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
