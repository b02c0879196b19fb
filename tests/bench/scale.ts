// `npm run bench` (BENCH_ONLY=scale): one instance vs two (#17). One Redis, one seeded PostgreSQL, two
// production servers of the same build sharing them (tests/setup/app-server.ts, as the two-instance test),
// behind the round-robin proxy (tests/scale/round-robin-proxy.ts) in a process of its own. The same load goes
// through the proxy pinned to instance A (x-scale-instance: A), then shared between A and B: the public
// selection page and the sign-ups. Per-process CPU is sampled from /proc during each run, so a ratio below
// the goal shows where the cores went. Then, when `taskset` is there, the same with A pinned to core 0 and B
// to core 1: per-core scaling, with the proxy, load generator and database free to use both cores.
// Run by run.ts in a process of its own (lib/env caches the first DATABASE_URL it sees):
//   tsx --conditions=react-server tests/bench/scale.ts <metrics.json>
// With BENCH_SCALE_ONLY=audit_chain it measures only the audit log's hash chains (scale.audit_chain.*), on a
// new migrated database of its own: no build and no servers, so a change to the chain is checked in seconds.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "@/lib/cli/pg-server";
import { startAppServer } from "../setup/app-server";
import { createTestDatabase } from "../setup/test-database";
import { startRedisServer } from "../setup/redis";
import { INSTANCE_HEADER } from "../scale/round-robin-proxy";
import { runLoad, staticFilePath, type LoadResult } from "./http-load";
import { metric, ratioOf, type Metric } from "./metrics";
import { argon2Rate, signUpBurst } from "./signups";

const CONNECTIONS = 64;
const PAGE_SECONDS = Number(process.env.BENCH_PAGE_SECONDS ?? 10);
const SIGNUPS = Number(process.env.BENCH_SCALE_SIGNUPS ?? 300);
const SIGNUP_CLIENTS = 50;
const PUBLIC_PAGE = "/seleksi/sekda-singkawang-2025";
const BROWSER_HEADERS = { accept: "text/html,application/xhtml+xml,*/*;q=0.8", "accept-encoding": "gzip, deflate, br" };
const TICKS = 100; // USER_HZ: /proc times are in 1/100 s on Linux

/** CPU seconds (user + system, all threads) of a process and every process under it, from /proc. */
function cpuSeconds(pid: number): number {
  let ticks = 0;
  const visit = (id: number) => {
    try {
      const stat = fs.readFileSync(`/proc/${id}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // after "pid (comm) ": field 3 onwards
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
      for (const task of fs.readdirSync(`/proc/${id}/task`)) {
        const children = fs.readFileSync(`/proc/${id}/task/${task}/children`, "utf8").trim();
        for (const child of children ? children.split(/\s+/) : []) visit(Number(child));
      }
    } catch {
      // the process ended
    }
  };
  visit(pid);
  return ticks / TICKS;
}

/** The whole machine's busy and total CPU seconds so far (/proc/stat's first line). */
function machineSeconds(): { busy: number; total: number } {
  const [, ...values] = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
  const numbers = values.map(Number);
  const total = numbers.slice(0, 8).reduce((sum, value) => sum + value, 0); // user..steal (guest is inside user)
  const idle = numbers[3]! + numbers[4]!; // idle + iowait
  return { busy: (total - idle) / TICKS, total: total / TICKS };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

type CpuShare = { instances: number[]; proxy: number; loadGenerator: number; services: number; machineBusy: number; other: number };

/** The first process whose command line (arguments joined by spaces) passes `test` (from /proc). */
function findProcess(test: (commandLine: string) => boolean): number | null {
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (test(fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").join(" "))) return Number(entry);
    } catch {
      // ended meanwhile
    }
  }
  return null;
}

/** Runs `work` and tells how many cores each part used meanwhile (CPU seconds / wall seconds). */
async function withCpu<T>(pids: Pids, work: () => Promise<T>): Promise<{ value: T; cpu: CpuShare }> {
  const servicesSeconds = () => sum(pids.services.map(cpuSeconds));
  const before = { instances: pids.instances.map(cpuSeconds), proxy: cpuSeconds(pids.proxy), services: servicesSeconds(), self: process.cpuUsage(), machine: machineSeconds() };
  const started = performance.now();
  const value = await work();
  const wall = (performance.now() - started) / 1000;
  const self = process.cpuUsage(before.self);
  const machine = machineSeconds();
  const instances = pids.instances.map((pid, index) => (cpuSeconds(pid) - before.instances[index]!) / wall);
  const proxy = (cpuSeconds(pids.proxy) - before.proxy) / wall;
  // Backends that ended meanwhile take their CPU with them: never below zero.
  const services = Math.max(0, (servicesSeconds() - before.services) / wall);
  const loadGenerator = (self.user + self.system) / 1e6 / wall;
  const busyCores = (machine.busy - before.machine.busy) / wall;
  const machineBusy = (machine.busy - before.machine.busy) / (machine.total - before.machine.total);
  // Whatever else runs on the machine: other work sharing it shows here.
  const other = Math.max(0, busyCores - sum(instances) - proxy - loadGenerator - services);
  return { value, cpu: { instances, proxy, loadGenerator, services, machineBusy, other } };
}

function cpuText(cpu: CpuShare): string {
  const cores = (value: number) => value.toFixed(2);
  return `instances ${cpu.instances.map(cores).join(" + ")} cores, proxy ${cores(cpu.proxy)}, load generator ${cores(cpu.loadGenerator)}, PostgreSQL + Redis ${cores(cpu.services)}, other ${cores(cpu.other)}; machine ${(cpu.machineBusy * 100).toFixed(0)}% busy`;
}

function cpuMetrics(prefix: string, cpu: CpuShare): Metric[] {
  return [
    // What the other processes on the machine left: the cores this part could have used at most.
    metric(`${prefix}.cpu.cores_left_by_others`, os.cpus().length - cpu.other, "cores"),
    metric(`${prefix}.cpu.instances_cores`, sum(cpu.instances), "cores"),
    metric(`${prefix}.cpu.proxy_cores`, cpu.proxy, "cores"),
    metric(`${prefix}.cpu.load_generator_cores`, cpu.loadGenerator, "cores"),
    metric(`${prefix}.cpu.postgres_redis_cores`, cpu.services, "cores"),
    metric(`${prefix}.cpu.other_cores`, cpu.other, "cores"),
    metric(`${prefix}.cpu.machine_busy`, cpu.machineBusy, "fraction"),
  ];
}

async function startProxy(port: number, targets: string[]): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.resolve("tests/bench/proxy-process.ts"), String(port), ...targets], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`The proxy exited with code ${code}`)));
    child.stdout!.on("data", (data: Buffer) => {
      if (data.toString().includes("ready")) resolve();
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? -1,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((resolve) => child.once("exit", resolve));
      }
    },
  };
}


/** The bench's own processes: instances, proxy, and its PostgreSQL server and Redis (with their children). */
type Pids = { instances: number[]; proxy: number; services: number[] };

async function pageLoad(url: string, label: string, pids: Pids, pin?: string): Promise<{ result: LoadResult; cpu: CpuShare }> {
  const headers = { ...BROWSER_HEADERS, ...(pin ? { [INSTANCE_HEADER]: pin } : {}) };
  await runLoad(url, { connections: 8, seconds: 2, headers }); // warm-up
  const { value: result, cpu } = await withCpu(pids, () => runLoad(url, { connections: CONNECTIONS, seconds: PAGE_SECONDS, headers }));
  console.log(`${label}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99} ms, ${result.non2xx + result.errors} failures; ${cpuText(cpu)}`);
  return { result, cpu };
}

async function countAccounts(databaseUrl: string, emailPrefix: string): Promise<{ accounts: number; distinct: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ accounts: string; distinct: string }>(
      `SELECT count(*) AS accounts, count(DISTINCT email) AS distinct FROM "User" WHERE email LIKE $1`,
      [`${emailPrefix}%`],
    );
    return { accounts: Number(rows[0]!.accounts), distinct: Number(rows[0]!.distinct) };
  } finally {
    await client.end();
  }
}

let nextIdentity = 0; // sign-up identities are unique across the runs on the one database

async function signUps(baseUrl: string, databaseUrl: string, label: string, pids: Pids, pin?: string) {
  const emailPrefix = `skala-${crypto.randomBytes(3).toString("hex")}-`;
  const first = nextIdentity;
  nextIdentity += SIGNUPS;
  const { value: burst, cpu } = await withCpu(pids, () =>
    signUpBurst(baseUrl, { count: SIGNUPS, clients: SIGNUP_CLIENTS, first, emailPrefix, headers: pin ? { [INSTANCE_HEADER]: pin } : undefined }),
  );
  const { accounts, distinct } = await countAccounts(databaseUrl, emailPrefix);
  const rate = distinct / burst.seconds;
  console.log(`${label}: ${distinct} accounts in ${burst.seconds.toFixed(1)} s (${rate.toFixed(1)}/s), ${burst.errors} errors; ${cpuText(cpu)}`);
  // Failures: sign-ups that made no account (refused or lost), and duplicate accounts.
  return { rate, failures: SIGNUPS - distinct + (accounts - distinct), cpu };
}

/**
 * Audited transactions per second from 20 connections at once, straight to PostgreSQL: `before` round trips,
 * the audit row (whose trigger locks its chain's AuditChainHead row until commit), `after` round trips, commit; or
 * the same round trips without an audit row. What every audited change of every instance goes through.
 */
async function auditedTransactions(databaseUrl: string, shape: { before: number; after: number; audit: boolean }, seconds = 5): Promise<number> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
  let done = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (performance.now() < until) {
          const client = await pool.connect();
          try {
            await client.query("BEGIN");
            for (let i = 0; i < shape.before; i += 1) await client.query("SELECT 1");
            if (shape.audit) await client.query(`INSERT INTO "AuditLog" (action, "entityType", "entityId") VALUES ('bench.audit_chain', 'Bench', 'x')`);
            for (let i = 0; i < shape.after; i += 1) await client.query("SELECT 1");
            await client.query("COMMIT");
            done += 1;
          } finally {
            client.release();
          }
        }
      }),
    );
  } finally {
    await pool.end();
  }
  return done / ((performance.now() - started) / 1000);
}

/**
 * The audit log's hash chains: a lock per chain (16, chosen by transaction) for every audited change of every
 * instance, held from the audit row to the commit. A sign-up writes its audit row and then three more
 * statements (token, token, mail job).
 */
export async function measureAuditChain(databaseUrl: string): Promise<Metric[]> {
  const plain = await auditedTransactions(databaseUrl, { before: 1, after: 3, audit: false });
  const auditFirst = await auditedTransactions(databaseUrl, { before: 1, after: 3, audit: true });
  const auditLast = await auditedTransactions(databaseUrl, { before: 4, after: 0, audit: true });
  console.log(`audited transactions (20 connections): ${auditFirst.toFixed(0)}/s with 3 statements after the audit row, ${auditLast.toFixed(0)}/s with it last, ${plain.toFixed(0)}/s without audit`);
  return [
    metric("scale.audit_chain.tx_per_s", auditFirst, "/s"),
    metric("scale.audit_chain.lock_hold_ms", 1000 / auditFirst, "ms"),
    metric("scale.audit_chain.audit_last_tx_per_s", auditLast, "/s"),
    metric("scale.audit_chain.unaudited_tx_per_s", plain, "/s"),
    metric("scale.audit_chain.of_unaudited", ratioOf(auditFirst, plain), "× unaudited", null, { ratio: true }),
  ];
}

/** BENCH_SCALE_ONLY=audit_chain: only the audit-chain figures, on a new migrated database (no build, no servers). */
async function measureAuditChainAlone(): Promise<Metric[]> {
  const database = await createTestDatabase("bench-audit");
  try {
    return await measureAuditChain(database.url);
  } finally {
    await database.stop();
  }
}

function pin(pid: number, core: number): void {
  // -a: every thread (argon2's libuv pool included); children (if any) inherit the affinity they start with.
  const result = spawnSync("taskset", ["-a", "-p", "-c", String(core), String(pid)], { stdio: "ignore" });
  if (result.status !== 0) throw new Error(`taskset failed for ${pid}`);
}

export async function measureScale(): Promise<Metric[]> {
  process.env.PORTAL_FAKE_NOW ??= "2025-11-01T10:00:00+07:00";
  process.env.LOG_LEVEL ??= "warn";
  process.env.RATE_LIMIT_RELAXED_IPS ??= "127.0.0.1,::1";
  process.env.RATE_LIMIT_RELAXED_FACTOR ??= "1000";
  const redis = await startRedisServer();
  // BENCH_SCALE_PORT=n: instances on n and n+1, the proxy on n+2 (a machine shared with fixed ports); else free ones.
  const base = Number(process.env.BENCH_SCALE_PORT ?? 0);
  const ports = base ? [base, base + 1, base + 2] : [await freePort(), await freePort(), await freePort()];
  const targets = ports.slice(0, 2).map((port) => `http://127.0.0.1:${port}`);
  const proxy = await startProxy(ports[2]!, targets);
  const stops: (() => Promise<void>)[] = [proxy.stop, redis.stop];
  try {
    const server = await startAppServer({
      port: ports[0]!,
      extraPorts: [ports[1]!],
      publicBaseUrl: proxy.url,
      label: "bench-scale",
      // Warnings and errors only (a refused sign-up says why); the seed's audit lines are info.
      stdio: "inherit",
      wait: true,
      // As in production behind a load balancer: the shared cache and limits in Redis, the proxy trusted.
      env: { REDIS_URL: redis.url, TRUSTED_PROXY: "1" },
    });
    stops.unshift(server.stop);
    const pgPort = new URL(server.databaseUrl).port;
    const postgres = findProcess((line) => /postgres/.test(line) && line.includes(`-p ${pgPort}`));
    const redisServer = findProcess((line) => line.startsWith("redis-server") && line.includes(`:${redis.port}`));
    if (postgres === null) console.log(`PostgreSQL on port ${pgPort} not found: its CPU counts as "other"`);
    const pids: Pids = { instances: server.pids, proxy: proxy.pid, services: [postgres, redisServer].filter((pid): pid is number => pid !== null) };
    const metrics: Metric[] = [];
    const page = `${proxy.url}${PUBLIC_PAGE}`;

    // Reference: a static file of instance A through the proxy, as the rest of the bench compares pages.
    const staticOne = await pageLoad(`${proxy.url}${staticFilePath()}`, "scale static file, one instance", pids, "A");
    const pageOne = await pageLoad(page, "scale public page, one instance", pids, "A");
    const pageTwo = await pageLoad(page, "scale public page, two instances", pids);
    // Warm-up: each instance's first sign-ups compile the action's code paths.
    await signUpBurst(proxy.url, { count: 20, clients: 4, first: 6000, emailPrefix: "skala-pemanasan-" });
    const signOne = await signUps(proxy.url, server.databaseUrl, "scale sign-up, one instance", pids, "A");
    const signTwo = await signUps(proxy.url, server.databaseUrl, "scale sign-up, two instances", pids);
    const argon2 = await argon2Rate();
    console.log(`argon2id in this process: ${argon2.toFixed(1)}/s`);
    metrics.push(
      metric("scale.public_page.one.rps", pageOne.result.rps, "req/s"),
      metric("scale.public_page.one.static_ratio", ratioOf(pageOne.result.rps, staticOne.result.rps), "× static", null, { ratio: true }),
      metric("scale.public_page.two.rps", pageTwo.result.rps, "req/s"),
      metric("scale.public_page.two_vs_one", ratioOf(pageTwo.result.rps, pageOne.result.rps), "× one", { op: ">=", target: 1.6 }, { ratio: true }),
      metric("scale.public_page.failures", pageOne.result.non2xx + pageOne.result.errors + pageTwo.result.non2xx + pageTwo.result.errors, "count", { op: "==", target: 0 }),
      ...cpuMetrics("scale.public_page.one", pageOne.cpu),
      ...cpuMetrics("scale.public_page.two", pageTwo.cpu),
      // Throughput per core the instances used: flat from one to two instances means they scale with the cores they get.
      metric("scale.public_page.one.rps_per_instance_core", ratioOf(pageOne.result.rps, sum(pageOne.cpu.instances)), "req/s per core"),
      metric("scale.public_page.two.rps_per_instance_core", ratioOf(pageTwo.result.rps, sum(pageTwo.cpu.instances)), "req/s per core"),
      metric("scale.signup.one.per_s", signOne.rate, "/s"),
      metric("scale.signup.one.per_instance_core", ratioOf(signOne.rate, sum(signOne.cpu.instances)), "/s per core"),
      metric("scale.signup.two.per_instance_core", ratioOf(signTwo.rate, sum(signTwo.cpu.instances)), "/s per core"),
      metric("scale.signup.one.argon2_ratio", ratioOf(signOne.rate, argon2), "× argon2id", null, { ratio: true }),
      metric("scale.signup.two.per_s", signTwo.rate, "/s"),
      metric("scale.signup.two_vs_one", ratioOf(signTwo.rate, signOne.rate), "× one", { op: ">=", target: 1.6 }, { ratio: true }),
      metric("scale.signup.failures", signOne.failures + signTwo.failures, "count", { op: "==", target: 0 }),
      ...cpuMetrics("scale.signup.one", signOne.cpu),
      ...cpuMetrics("scale.signup.two", signTwo.cpu),
    );

    // Per-core scaling: A on core 0 alone, then A on core 0 and B on core 1 (the rest unpinned).
    if (os.cpus().length >= 2 && spawnSync("taskset", ["-V"], { stdio: "ignore" }).status === 0) {
      server.pids.forEach((pid, index) => pin(pid, index));
      const pinnedPageOne = await pageLoad(page, "scale public page, one instance on core 0", pids, "A");
      const pinnedPageTwo = await pageLoad(page, "scale public page, two instances on cores 0 and 1", pids);
      const pinnedSignOne = await signUps(proxy.url, server.databaseUrl, "scale sign-up, one instance on core 0", pids, "A");
      const pinnedSignTwo = await signUps(proxy.url, server.databaseUrl, "scale sign-up, two instances on cores 0 and 1", pids);
      metrics.push(
        metric("scale.pinned.public_page.one.rps", pinnedPageOne.result.rps, "req/s"),
        metric("scale.pinned.public_page.two_vs_one", ratioOf(pinnedPageTwo.result.rps, pinnedPageOne.result.rps), "× one", null, { ratio: true }),
        metric("scale.pinned.signup.one.per_s", pinnedSignOne.rate, "/s"),
        metric("scale.pinned.signup.two_vs_one", ratioOf(pinnedSignTwo.rate, pinnedSignOne.rate), "× one", null, { ratio: true }),
        ...cpuMetrics("scale.pinned.signup.two", pinnedSignTwo.cpu),
      );
    }

    metrics.push(...(await measureAuditChain(server.databaseUrl)));
    return metrics;
  } finally {
    for (const stop of stops) await stop().catch(() => {});
  }
}

const out = process.argv[2];
if (out) {
  (process.env.BENCH_SCALE_ONLY === "audit_chain" ? measureAuditChainAlone() : measureScale())
    .then((metrics) => {
      fs.writeFileSync(out, JSON.stringify(metrics));
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
