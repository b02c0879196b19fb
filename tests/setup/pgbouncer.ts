// A throwaway PgBouncer (Debian's `pgbouncer` package) in transaction mode in front of a test's PostgreSQL
// database, as a managed deployment puts one between the app instances and the database (README, "Berjalan
// dalam skala besar"). Started on a free port in a temp folder, stopped by the caller.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/lib/cli/pg-server";

export const PGBOUNCER_BIN = "/usr/sbin/pgbouncer";

export type PgBouncer = {
  /** The database through the pooler, for the app. */
  url: string;
  /** PgBouncer's admin console (SHOW POOLS, SHOW CLIENTS), reached with the simple query protocol. */
  adminUrl: string;
  stop: () => Promise<void>;
};

function waitForPort(port: number, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`pgbouncer exited: ${fs.readFileSync(logFile, "utf8")}`));
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`pgbouncer did not listen on ${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** PgBouncer in transaction mode in front of the server of `target`, with `poolSize` server connections per database. */
export async function startPgBouncer(target: string, options: { poolSize: number }): Promise<PgBouncer> {
  if (!fs.existsSync(PGBOUNCER_BIN)) throw new Error("PgBouncer is missing. Run as root: apt-get install -y pgbouncer");
  const upstream = new URL(target);
  const user = decodeURIComponent(upstream.username);
  const password = decodeURIComponent(upstream.password);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pgbouncer-"));
  const port = await freePort();
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  fs.writeFileSync(path.join(dir, "userlist.txt"), `${quote(user)} ${quote(password)}\n`);
  fs.writeFileSync(
    path.join(dir, "pgbouncer.ini"),
    [
      "[databases]",
      // Any database of the server, under its own name.
      `* = host=${upstream.hostname} port=${upstream.port || 5432}`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      `unix_socket_dir =`,
      "auth_type = plain",
      `auth_file = ${path.join(dir, "userlist.txt")}`,
      `admin_users = ${user}`,
      "pool_mode = transaction",
      `default_pool_size = ${options.poolSize}`,
      "max_client_conn = 200",
      // node-postgres may send these at start-up; a pooler in transaction mode cannot keep them per client.
      "ignore_startup_parameters = extra_float_digits,options",
      `logfile = ${path.join(dir, "pgbouncer.log")}`,
      `pidfile = ${path.join(dir, "pgbouncer.pid")}`,
    ].join("\n") + "\n",
  );
  // PgBouncer refuses to run as root; as root (CI) it runs as the `postgres` user the embedded server uses.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    fs.chmodSync(dir, 0o777);
    for (const file of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, file), 0o644);
  }
  const args = [...(asRoot ? ["-u", "postgres"] : []), path.join(dir, "pgbouncer.ini")];
  const logFile = path.join(dir, "pgbouncer.log");
  fs.writeFileSync(logFile, "");
  if (asRoot) fs.chmodSync(logFile, 0o666);
  const child = spawn(PGBOUNCER_BIN, args, { stdio: "ignore" });
  await waitForPort(port, child, logFile);
  const url = new URL(target);
  url.port = String(port);
  url.hostname = "127.0.0.1";
  const adminUrl = new URL(url);
  adminUrl.pathname = "/pgbouncer";
  return {
    url: url.toString(),
    adminUrl: adminUrl.toString(),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

