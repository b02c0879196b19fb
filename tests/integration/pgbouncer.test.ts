// The portal behind a pooler in transaction mode, as it runs at scale (README, "Berjalan dalam skala besar"):
// Debian's PgBouncer in front of this file's database, DATABASE_URL pointing at PgBouncer and a small pool per
// instance. The race tests run through it unchanged (interactive transactions, row locks, unique conflicts,
// argon2 sign-ups), the instance never opens more connections than DATABASE_POOL_SIZE, and two starters
// migrate a new database through the pooler at once (the migrations' advisory lock lives in a transaction).
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, listMigrations } from "@/lib/cli/migrations";
import { prisma } from "@/lib/db";
import { startPgBouncer } from "../setup/pgbouncer";
import { describeRaces } from "./shared/races";

const POOL_SIZE = 4;
const direct = process.env.DATABASE_URL!;
// Two server connections per database: fewer than the instance's pool, so transactions queue in PgBouncer
// and consecutive statements of one client connection reach different server connections.
const bouncer = await startPgBouncer(direct, { poolSize: 2 });
process.env.DATABASE_URL = bouncer.url;
process.env.DATABASE_POOL_SIZE = String(POOL_SIZE);

afterAll(async () => {
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();
  await bouncer.stop();
  process.env.DATABASE_URL = direct;
});

async function adminQuery<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  // The admin console speaks only the simple query protocol.
  const client = new pg.Client({ connectionString: bouncer.adminUrl });
  await client.connect();
  try {
    return (await client.query<T>({ text: sql, queryMode: "simple" } as pg.QueryConfig)).rows;
  } finally {
    await client.end();
  }
}

describe("through PgBouncer in transaction mode", () => {
  it("the app's queries reach the database through the pooler", async () => {
    const [row] = await prisma.$queryRaw<{ port: number }[]>`SELECT inet_server_port() AS port`;
    expect(String(row!.port)).toBe(new URL(direct).port);
    const clients = await adminQuery<{ database: string }>("SHOW CLIENTS");
    expect(clients.some((client) => client.database === decodeURIComponent(new URL(direct).pathname.slice(1)))).toBe(true);
  });

  describeRaces();

  it(`an instance opens at most DATABASE_POOL_SIZE (${POOL_SIZE}) connections, however many requests wait`, async () => {
    const database = decodeURIComponent(new URL(direct).pathname.slice(1));
    await Promise.all(Array.from({ length: 30 }, () => prisma.$transaction(async (tx) => tx.$executeRaw`SELECT pg_sleep(0.02)`)));
    const clients = (await adminQuery<{ database: string }>("SHOW CLIENTS")).filter((client) => client.database === database);
    expect(clients.length).toBeGreaterThan(0);
    expect(clients.length).toBeLessThanOrEqual(POOL_SIZE);
  });

  it("two starters migrate a new database through the pooler at once, each migration applied once", async () => {
    const name = `pgb_${crypto.randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: direct });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      const url = new URL(bouncer.url);
      url.pathname = `/${name}`;
      const [first, second] = await Promise.all([applyMigrations(url.toString()), applyMigrations(url.toString())]);
      const all = listMigrations().map((migration) => migration.name);
      // Between them, every migration once; whoever came second found it applied.
      expect([...first, ...second].sort()).toEqual(all);
      const check = new pg.Client({ connectionString: url.toString() });
      await check.connect();
      const { rows } = await check.query<{ count: string }>(`SELECT count(*) FROM "_prisma_migrations"`);
      await check.end();
      expect(Number(rows[0]!.count)).toBe(all.length);
      expect(await applyMigrations(url.toString())).toEqual([]);
    } finally {
      // The pooler keeps server connections to the new database open: close them before dropping it.
      await adminQuery(`KILL "${name}"`).catch(() => {});
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
