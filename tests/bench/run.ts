// npm run bench: every benchmark against a production build on this machine; prints a table and
// writes bench-results.json (CONTRACTS.md). Run `npm run build` first if .next is missing (done here).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { freePort } from "@/lib/cli/pg-server";
import { startAppServer } from "../setup/app-server";
import { runLoad } from "./http-load";

type Metric = { name: string; value: number; unit: string; goal: string };

async function main() {
  if (!fs.existsSync(".next/BUILD_ID")) {
    const build = spawnSync("npm", ["run", "-s", "build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const metrics: Metric[] = [];
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
