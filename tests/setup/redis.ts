// A throwaway redis-server (Debian's package; .ci/run installs it) on a free port with a temporary folder:
// for the tests of the shared cache and the two-instance test. Nothing is persisted; stop() removes it all.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { freePort } from "@/lib/cli/pg-server";
import os from "node:os";
import path from "node:path";

export type RedisServer = { url: string; port: number; stop: () => Promise<void> };

const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? "redis-server";

async function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.setTimeout(500);
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString().startsWith("+PONG"));
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

export async function startRedisServer(): Promise<RedisServer> {
  if (spawnSync(REDIS_SERVER, ["--version"], { stdio: "ignore" }).status !== 0) {
    throw new Error("redis-server is missing. Run as root: apt-get update && apt-get install -y redis-server");
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-redis-"));
  const port = await freePort();
  const child = spawn(
    REDIS_SERVER,
    ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning"],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10_000;
  while (!(await answersPing(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`redis-server did not start on port ${port}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url: `redis://127.0.0.1:${port}`, port, stop };
}
