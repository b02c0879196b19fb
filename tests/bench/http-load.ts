// HTTP load through autocannon's programmatic API (loopback only, bounded in time or count).
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";

export type LoadResult = { requests: number; non2xx: number; errors: number; rps: number; p50: number; p99: number; bytesPerRequest: number };

export type LoadOptions = {
  connections: number;
  /** Seconds; ignored when `amount` is given. */
  seconds?: number;
  amount?: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** Called per request: may give it its own body and headers (e.g. one distinct sign-up each). */
  setupRequest?: (request: { body?: string | Buffer; headers?: Record<string, string> }) => { body?: string | Buffer; headers?: Record<string, string> };
  /** Called per response with its body (only when given: collecting bodies costs time). */
  onResponse?: (status: number, body: string) => void;
};

export async function runLoad(url: string, options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 10 }),
    method: options.method ?? "GET",
    headers: options.headers,
    timeout: 60,
    requests: options.setupRequest || options.onResponse
      ? [
          {
            method: options.method ?? "GET",
            setupRequest: options.setupRequest as never,
            onResponse: options.onResponse ? (status: number, body: string) => options.onResponse!(status, body) : undefined,
          },
        ]
      : undefined,
  });
  const total = result.requests.total;
  return {
    requests: total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytesPerRequest: total > 0 ? result.throughput.total / total : 0,
  };
}

/** A `/_next/static` file of this build, the one nearest 20 KB (a typical chunk). */
export function staticFilePath(): string {
  const dir = ".next/static/chunks";
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".js"))
    .map((name) => ({ name, size: fs.statSync(path.join(dir, name)).size }))
    .sort((a, b) => Math.abs(a.size - 20_000) - Math.abs(b.size - 20_000));
  if (!files[0]) throw new Error("No chunk in .next/static/chunks");
  return `/_next/static/chunks/${files[0].name}`;
}
