import "server-only";
// What /api/health reports: whether the database answers, within a bound. The probe opens its own
// short-lived connection with a connect and a read timeout instead of borrowing from the app's pool:
// against a paused or hung PostgreSQL (the port accepts, nothing answers) the pool's query would wait
// until the database came back, and every monitor probe would pin one more pooled connection.
import pg from "pg";
import { env } from "@/lib/env";

/** The probe's budget: connect and answer `SELECT 1` within this, so that /api/health answers in < 2 s. */
export const HEALTH_PROBE_TIMEOUT_MS = 1_500;

export async function isDatabaseReachable(options: { connectionString?: string; timeoutMs?: number } = {}): Promise<boolean> {
  const timeoutMs = options.timeoutMs ?? HEALTH_PROBE_TIMEOUT_MS;
  const client = new pg.Client({
    connectionString: options.connectionString ?? env().DATABASE_URL,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    application_name: "portal-health",
  });
  // A socket error after the probe has given up must not crash the process.
  client.on("error", () => {});
  // One deadline for connect + query together; on expiry the socket is destroyed (end() could wait on a
  // server that never answers).
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = (async () => {
    await client.connect();
    await client.query("SELECT 1");
    return true as const;
  })().catch(() => false as const);
  try {
    return await Promise.race([probe, deadline]);
  } finally {
    clearTimeout(timer);
    (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
  }
}
