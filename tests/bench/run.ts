// npm run bench: every figure of issue #16 measured side by side in one run against one production
// build on this machine; prints each with its goal and whether it is met, and writes bench-results.json
// (CONTRACTS.md, "Benchmarks"). HTTP load is autocannon's (tests/bench/http-load.ts). Run `npm run build`
// first if .next is missing (done here). Takes some 17 minutes on 2 cores, 4 of them the argon2-bound sign-ups and 6 the
// two-instance part (tests/bench/scale.ts).
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { encode } from "next-auth/jwt";
import { freePort } from "@/lib/cli/pg-server";
import { startAppServer, type AppServer } from "../setup/app-server";
import { countStatements } from "../fixtures/sql-statements";
import { runLoad, staticFilePath, type LoadResult } from "./http-load";
import { formatTable, metric, percentile, ratioOf, type Metric } from "./metrics";
import { benchmarkDrhPdf, benchmarkMinutesPdf, benchmarkRegistrationProofs } from "./pdf";
import { benchmarkCpns, benchmarkRanking } from "./ranking";
import { seedQueueLoad } from "./queue-load";
import { argon2Rate, signUpBurst } from "./signups";

const MB = 1024 * 1024;
const CONNECTIONS = 64;
const PAGE_SECONDS = Number(process.env.BENCH_PAGE_SECONDS ?? 10);
const SIGNUPS = 1000;
const SIGNUP_CLIENTS = 50;
const UPLOADS = 50;
const UPLOAD_BYTES = 5 * MB;
const SESSION_COOKIE = "authjs.session-token"; // Auth.js v5 on plain http (tests/e2e/fixtures.ts)

/** The server's resident memory: `next start` and any process it started (from /proc). */
function rssMb(pid: number): number {
  let kb = 0;
  const visit = (id: number) => {
    try {
      const status = fs.readFileSync(`/proc/${id}/status`, "utf8");
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      for (const task of fs.readdirSync(`/proc/${id}/task`)) {
        const children = fs.readFileSync(`/proc/${id}/task/${task}/children`, "utf8").trim();
        for (const child of children ? children.split(/\s+/) : []) visit(Number(child));
      }
    } catch {
      // the process ended
    }
  };
  visit(pid);
  return kb / 1024;
}


async function sessionCookie(userId: string, secret: string): Promise<string> {
  const { prisma } = await import("@/lib/db");
  const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const token = await encode({ token: { sub: userId, sv: sessionVersion }, secret, salt: SESSION_COOKIE, maxAge: 8 * 60 * 60 });
  return `${SESSION_COOKIE}=${token}`;
}

// What a browser sends with every request: the server may answer compressed (pages and static files alike).
const BROWSER_HEADERS = { accept: "text/html,application/xhtml+xml,*/*;q=0.8", "accept-encoding": "gzip, deflate, br" };

async function loadPage(server: AppServer, pathName: string, extraHeaders?: Record<string, string>): Promise<LoadResult> {
  const url = `${server.baseUrl}${pathName}`;
  const headers = { ...BROWSER_HEADERS, ...extraHeaders };
  await runLoad(url, { connections: 8, seconds: 2, headers }); // warm-up: compile caches, JIT, connections
  const result = await runLoad(url, { connections: CONNECTIONS, seconds: PAGE_SECONDS, headers });
  console.log(`${pathName}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99} ms, ${result.non2xx} non-2xx, ${result.errors} errors, ${(result.bytesPerRequest / 1024).toFixed(0)} KB`);
  return result;
}

/** Public and signed-in pages at 64 connections, between two runs of a static file of the same server. */
async function measurePages(server: AppServer): Promise<Metric[]> {
  const { prisma } = await import("@/lib/db");
  const applicant = await prisma.user.findUniqueOrThrow({ where: { email: "pelamar@demo.seleksi.id" }, select: { id: true } });
  const cookie = await sessionCookie(applicant.id, server.authSecret);
  const staticPath = staticFilePath();
  const metrics: Metric[] = [];
  const rssBefore = rssMb(server.pid);
  const staticBefore = await loadPage(server, staticPath);
  const pages = [
    { key: "public.selection", path: "/seleksi/sekda-singkawang-2025", ratio: 0.5, p99: 50 },
    { key: "public.home", path: "/", ratio: 0.5, p99: 50 },
    { key: "public.announcements", path: "/pengumuman", ratio: 0.5, p99: 50 },
    { key: "auth.sign_in_page", path: "/masuk", ratio: 0.2, p99: 200 },
    { key: "applicant.dashboard", path: "/akun", ratio: 0.2, p99: 200, headers: { cookie } },
    // The floor of any page Next renders per request: a page without data of its own, signed out, past the page
    // cache (it takes no query, so one with a query is never stored). What the dashboard is compared with.
    { key: "floor.dynamic_page", path: "/aksesibilitas?tanpa-cache=1" },
  ];
  const results: { page: (typeof pages)[number]; result: LoadResult }[] = [];
  for (const page of pages) results.push({ page, result: await loadPage(server, page.path, page.headers) });
  const staticAfter = await loadPage(server, staticPath);
  const rssAfter = rssMb(server.pid);
  const reference = (staticBefore.rps + staticAfter.rps) / 2;
  metrics.push(
    metric("static.before.rps", staticBefore.rps, "req/s"),
    metric("static.before.p99_ms", staticBefore.p99, "ms"),
    metric("static.after.rps", staticAfter.rps, "req/s"),
    metric("static.after.p99_ms", staticAfter.p99, "ms"),
    metric("static.reference_rps", reference, "req/s"),
    metric("static.bytes", staticBefore.bytesPerRequest, "B"),
  );
  for (const { page, result } of results) {
    metrics.push(
      metric(`${page.key}.ratio`, ratioOf(result.rps, reference), "× static", page.ratio === undefined ? null : { op: ">=", target: page.ratio }, { ratio: true }),
      metric(`${page.key}.p99_ms`, result.p99, "ms", page.p99 === undefined ? null : { op: "<=", target: page.p99 }),
      metric(`${page.key}.rps`, result.rps, "req/s"),
      metric(`${page.key}.failures`, result.non2xx + result.errors, "count", { op: "==", target: 0 }),
      metric(`${page.key}.bytes`, result.bytesPerRequest, "B"),
    );
  }
  const rpsOf = (key: string) => results.find((entry) => entry.page.key === key)!.result.rps;
  // The dashboard's cost beyond rendering at all: its session check and queries (DECISIONS.md, #16).
  metrics.push(metric("applicant.dashboard.of_floor", ratioOf(rpsOf("applicant.dashboard"), rpsOf("floor.dynamic_page")), "× floor", null, { ratio: true }));
  metrics.push(metric("server.rss_before_pages_mb", rssBefore, "MB"), metric("server.rss_after_pages_mb", rssAfter, "MB"));
  return metrics;
}

/** 1,000 sign-ups from 50 concurrent clients through the sign-up page's server action over HTTP. */
async function measureSignUps(server: AppServer): Promise<Metric[]> {
  const { prisma } = await import("@/lib/db");
  const prefix = `daftar-${crypto.randomBytes(3).toString("hex")}-`;
  const burst = await signUpBurst(server.baseUrl, { count: SIGNUPS, clients: SIGNUP_CLIENTS, emailPrefix: prefix });
  const rows = await prisma.user.groupBy({ by: ["email"], where: { email: { startsWith: prefix } }, _count: { _all: true } });
  const accounts = rows.reduce((sum, row) => sum + row._count._all, 0);
  const duplicates = accounts - rows.length;
  const rate = rows.length / burst.seconds;
  const reference = await argon2Rate();
  console.log(`sign-up: ${burst.answered} answered, ${rows.length} accounts in ${burst.seconds.toFixed(1)} s (${rate.toFixed(1)}/s); argon2id ${reference.toFixed(1)}/s`);
  return [
    metric("signup.errors", burst.errors, "count", { op: "==", target: 0 }),
    metric("signup.duplicates", duplicates, "count", { op: "==", target: 0 }),
    metric("signup.accounts_created", rows.length, "count", { op: "==", target: SIGNUPS }),
    metric("signup.per_s", rate, "/s"),
    metric("signup.p99_ms", burst.p99, "ms"),
    metric("signup.argon2_hashes_per_s", reference, "/s"),
    metric("signup.argon2_ratio", ratioOf(rate, reference), "× argon2id", { op: ">=", target: 0.6 }, { ratio: true }),
  ];
}

/** 50 signed-in applicants, each with a draft application, upload one 5 MB PDF at the same time. */
export async function measureUploads(server: AppServer): Promise<Metric[]> {
  const { prisma } = await import("@/lib/db");
  const { makeLargePdf } = await import("../fixtures/pdf-files");
  const selection = await prisma.selection.findUniqueOrThrow({
    where: { slug: "sekda-singkawang-2025" },
    select: { id: true, vacancies: { select: { id: true } }, documents: { where: { number: 1 }, select: { id: true } } },
  });
  const requirementId = selection.documents[0]!.id;
  // The seed allows 1–5 MB per item; this throwaway database lets item 1 take the 5 MB file with room to spare.
  await prisma.documentRequirement.update({ where: { id: requirementId }, data: { maxSizeBytes: UPLOAD_BYTES + MB } });
  const tag = crypto.randomBytes(3).toString("hex");
  const applicants = await Promise.all(
    Array.from({ length: UPLOADS }, async (_, index) => {
      const user = await prisma.user.create({
        data: { email: `unggah-${tag}-${index}@bench.seleksi.id`, name: `Pengunggah ${index + 1}`, passwordHash: "-", roles: ["APPLICANT"] },
        select: { id: true },
      });
      const application = await prisma.application.create({
        data: { registrationNumber: `BENCH-UP-${tag}-${index}`, selectionId: selection.id, vacancyId: selection.vacancies[0]!.id, applicantId: user.id },
        select: { id: true },
      });
      return { cookie: await sessionCookie(user.id, server.authSecret), applicationId: application.id };
    }),
  );
  const file = await makeLargePdf(UPLOAD_BYTES);
  const body = new Uint8Array(file);
  const upload = (who: (typeof applicants)[number], name: string) =>
    fetch(`${server.baseUrl}/api/dokumen/unggah?applicationId=${who.applicationId}&requirementId=${requirementId}&fileName=${name}`, {
      method: "POST",
      headers: { cookie: who.cookie, "content-type": "application/pdf" },
      body,
    });
  // Warm-up: the route's code and a first write.
  await (await upload(applicants[0]!, "pemanasan.pdf")).arrayBuffer();

  const rssBefore = rssMb(server.pid);
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid))), 20);
  const started = performance.now();
  const statuses = await Promise.all(
    applicants.map(async (who) => {
      try {
        const response = await upload(who, "berkas-besar.pdf");
        await response.arrayBuffer();
        return response.status;
      } catch {
        return 0;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, rssMb(server.pid));
  const failed = statuses.filter((status) => status !== 201).length;
  if (failed > 0) console.log(`uploads: ${failed} failed (statuses ${[...new Set(statuses)].join(", ")})`);
  const httpMbPerS = ((UPLOADS - failed) * file.length) / MB / seconds;

  // The reference: the same bytes, the same 50 at once, written to disk with fs by this process.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "bench-disk-"));
  try {
    const diskStarted = performance.now();
    await Promise.all(applicants.map((_, index) => fs.promises.writeFile(path.join(scratch, `f${index}.pdf`), file)));
    const diskMbPerS = (UPLOADS * file.length) / MB / ((performance.now() - diskStarted) / 1000);
    // The same with the durability the storage gives each document: flushed to the disk (fsync) before close.
    const durableStarted = performance.now();
    await Promise.all(
      applicants.map(
        (_, index) =>
          new Promise<void>((resolve, reject) => {
            const out = fs.createWriteStream(path.join(scratch, `d${index}.pdf`), { flush: true });
            out.once("error", reject).once("close", () => resolve());
            out.end(file);
          }),
      ),
    );
    const durableMbPerS = (UPLOADS * file.length) / MB / ((performance.now() - durableStarted) / 1000);
    console.log(`uploads: ${httpMbPerS.toFixed(0)} MB/s over HTTP, disk ${diskMbPerS.toFixed(0)} MB/s (flushed ${durableMbPerS.toFixed(0)} MB/s), RSS ${rssBefore.toFixed(0)} → peak ${peak.toFixed(0)} MB`);
    return [
      metric("upload.failures", failed, "count", { op: "==", target: 0 }),
      metric("upload.mb_per_s", httpMbPerS, "MB/s"),
      metric("upload.disk_mb_per_s", diskMbPerS, "MB/s"),
      metric("upload.disk_ratio", ratioOf(httpMbPerS, diskMbPerS), "× disk", null, { ratio: true }),
      metric("upload.disk_flushed_mb_per_s", durableMbPerS, "MB/s"),
      // The goal's reference: the storage flushes every document to the disk before it is kept (DECISIONS.md, #16).
      metric("upload.disk_flushed_ratio", ratioOf(httpMbPerS, durableMbPerS), "× flushed disk", { op: ">=", target: 0.3 }, { ratio: true }),
      metric("upload.rss_growth_mb", peak - rssBefore, "MB", { op: "<=", target: 100 }),
    ];
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}


/** The secretariat's queue first page (lib/verification/queries.ts listQueue, in-process): p95 and statements. */
async function queuePage(): Promise<{ p95: number; statements: number; total: number }> {
  const { listQueue } = await import("@/lib/verification/queries");
  const { QUEUE_PAGE_SIZE } = await import("@/lib/validation/verification");
  const query = { slug: "sekda-singkawang-2025", page: 1, pageSize: QUEUE_PAGE_SIZE };
  const viewer = { id: "bench-admin", roles: ["ADMIN"] }; // the administrator reaches every selection
  for (let i = 0; i < 3; i += 1) await listQueue(query, viewer); // warm-up: connections, plans, config
  const { value: first, statements } = await countStatements(() => listQueue(query, viewer));
  const timings: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    const started = performance.now();
    await listQueue(query, viewer);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return { p95: percentile(timings, 95), statements, total: first?.total ?? 0 };
}

async function measureQueue(databaseUrl: string): Promise<Metric[]> {
  const small = await seedQueueLoad(databaseUrl, { count: 5000 });
  console.log(`queue: 5,000 applications seeded in ${small.seconds.toFixed(1)} s`);
  const at5k = await queuePage();
  // 45,000 more with the same statements (tests/bench/queue-load.ts: set-based, some 10 × the first 5,000's time).
  const large = await seedQueueLoad(databaseUrl, { count: 45_000, firstIndex: 5000 });
  console.log(`queue: 45,000 more seeded in ${large.seconds.toFixed(1)} s`);
  const atLarge = await queuePage();
  if (at5k.statements === 0) throw new Error("No SQL statement counted: the pg module the app uses is not the one patched");
  if (atLarge.total < 50_000) throw new Error(`The queue lists ${atLarge.total} applications, expected at least 50,000`);
  return [
    metric("queue.p95_ms_5k", at5k.p95, "ms"),
    metric("queue.sql_per_page_5k", at5k.statements, "statements"),
    metric("queue.p95_ms_50k", atLarge.p95, "ms"),
    metric("queue.sql_per_page_50k", atLarge.statements, "statements", { op: "==", target: at5k.statements }),
  ];
}

/** What startAppServer overwrites in this process, as it was when the bench started. */
const STARTING_ENV: Record<string, string | undefined> = Object.fromEntries(["DATABASE_URL", "STORAGE_DIR", "MAIL_OUTBOX_DIR"].map((name) => [name, process.env[name]]));

/**
 * One instance vs two behind a proxy (tests/bench/scale.ts), in a process of its own: it starts its own
 * servers on another database, and lib/env keeps the first DATABASE_URL a process reads.
 */
function measureScaleInChild(): Metric[] {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-scale-")), "metrics.json");
  // The environment the bench started with: the page server above set DATABASE_URL (and its folders) to
  // its own database, stopped by now; the child would otherwise connect to it and be refused.
  const env = { ...process.env, ...STARTING_ENV };
  for (const name of Object.keys(STARTING_ENV)) if (STARTING_ENV[name] === undefined) delete env[name];
  const child = spawnSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "tests/bench/scale.ts", out], { stdio: "inherit", env });
  if (child.status !== 0) throw new Error(`The scale bench failed (exit ${child.status})`);
  const metrics = JSON.parse(fs.readFileSync(out, "utf8")) as Metric[];
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return metrics;
}

// BENCH_ONLY=pages,uploads measures just those parts (ranking, pdf, pages, signups, uploads, queue, scale) and writes
// no bench-results.json: for checking one figure after a change; the file always holds a whole run.
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",").map((part) => part.trim())) : null;
const runs = (part: string) => !only || only.has(part);

async function main() {
  if (!fs.existsSync(".next/BUILD_ID")) {
    const build = spawnSync("npm", ["run", "-s", "build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const benchStarted = performance.now();
  const metrics: Metric[] = [];
  // CPU-bound and in-process: measured before the server starts competing for the two cores.
  if (runs("ranking")) {
    metrics.push(metric("ranking.jpt_100k_ms", benchmarkRanking(), "ms", { op: "<=", target: 2000 }));
    metrics.push(metric("ranking.cpns_100k_ms", benchmarkCpns(), "ms", { op: "<=", target: 2000 }));
  }
  if (runs("pdf")) {
    metrics.push(metric("pdf.drh_median_ms", await benchmarkDrhPdf(), "ms"));
    metrics.push(metric("pdf.cards_per_s", await benchmarkRegistrationProofs(), "/s", { op: ">=", target: 50 }));
    metrics.push(metric("pdf.minutes_median_ms", await benchmarkMinutesPdf(), "ms"));
  }
  console.log(formatTable(metrics));

  // The registration window is open (uploads to a draft application need it): the seed's 2025 selection.
  process.env.PORTAL_FAKE_NOW ??= "2025-11-01T10:00:00+07:00";
  // The sign-up burst comes from 50 clients on one IP (127.0.0.1): its requests get the rate limits
  // multiplied (lib/rate-limit), still counted in PostgreSQL, so the figure includes the limiter's cost.
  process.env.RATE_LIMIT_RELAXED_IPS ??= "127.0.0.1,::1";
  process.env.RATE_LIMIT_RELAXED_FACTOR ??= "1000";
  if (["pages", "signups", "uploads", "queue"].some(runs)) {
    const server = await startAppServer({ port: await freePort(), label: "bench", stdio: "ignore", wait: true });
    try {
      if (runs("pages")) metrics.push(...(await measurePages(server)));
      if (runs("signups")) metrics.push(...(await measureSignUps(server)));
      if (runs("uploads")) metrics.push(...(await measureUploads(server)));
      metrics.push(metric("server.rss_end_mb", rssMb(server.pid), "MB"));
      if (runs("queue")) metrics.push(...(await measureQueue(server.databaseUrl)));
    } finally {
      const { disconnectDb } = await import("@/lib/db");
      await disconnectDb().catch(() => {});
      await server.stop();
    }
  }
  if (runs("scale")) metrics.push(...measureScaleInChild());
  const output = {
    machine: { cpus: os.cpus().length, node: process.version, model: os.cpus()[0]?.model ?? "unknown" },
    seconds: Math.round((performance.now() - benchStarted) / 1000),
    metrics,
  };
  if (!only) fs.writeFileSync("bench-results.json", `${JSON.stringify(output, null, 2)}\n`);
  console.log(`\n${formatTable(metrics)}`);
  const missed = metrics.filter((m) => m.met === false).length;
  console.log(`\n${metrics.length} figures, ${missed} goals not met${only ? "" : "; written to bench-results.json"} (${output.seconds} s)`);
}

// Run as `npm run bench`; imported (tests/bench/profile-page.ts) for one of its measurements.
if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? "")).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
