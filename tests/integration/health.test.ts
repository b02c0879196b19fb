// The health probe answers within its budget whatever the database does: up, refusing connections, or
// accepting them and never answering (a paused PostgreSQL, a hung proxy). Before the probe had its own
// timeouts it borrowed from the app's pool and waited until the database came back.
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/cli/pg-server";

// A port that accepts TCP connections and then says nothing, as a SIGSTOPped postmaster does.
const sockets = new Set<net.Socket>();
const silent = net.createServer((socket) => {
  sockets.add(socket);
  socket.on("error", () => {});
});
await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
const silentUrl = `postgresql://postgres:postgres@127.0.0.1:${(silent.address() as net.AddressInfo).port}/portal`;

// The app's own configuration points at the silent server (read on first use), as a portal whose
// database has just been paused; the test database is passed explicitly where it is wanted.
const testDatabaseUrl = process.env.DATABASE_URL!;
process.env.DATABASE_URL = silentUrl;
const { isDatabaseReachable } = await import("@/lib/health/queries");

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
  process.env.DATABASE_URL = testDatabaseUrl;
});

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

describe("the health probe", () => {
  it("reports the test database reachable", async () => {
    expect(await isDatabaseReachable({ connectionString: testDatabaseUrl })).toBe(true);
  });

  it("gives up on a database that accepts connections but never answers, within 2 s", async () => {
    const { value, ms } = await timed(() => isDatabaseReachable());
    expect(value).toBe(false);
    expect(ms).toBeLessThan(2_000);
  });

  it("reports a database that refuses connections unreachable at once", async () => {
    const port = await freePort();
    const { value, ms } = await timed(() => isDatabaseReachable({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/portal` }));
    expect(value).toBe(false);
    expect(ms).toBeLessThan(2_000);
  });

  it("still answers within 2 s when ten monitors probe a silent database at once", async () => {
    const { value, ms } = await timed(() =>
      Promise.all(Array.from({ length: 10 }, () => isDatabaseReachable({ connectionString: silentUrl }))),
    );
    expect(value).toEqual(Array(10).fill(false));
    expect(ms).toBeLessThan(2_000);
  });
});
