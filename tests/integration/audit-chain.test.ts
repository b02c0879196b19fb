// The audit log's 16 hash chains: the insert trigger chains every row into its transaction's chain (also
// under concurrent writers, which spread over the chains), the verifier checks each chain against its head
// and finds a row a database administrator edited, deleted or moved to another chain with the append-only
// trigger switched off, and `npm run -s audit:verify` reports it as JSON with a non-zero exit code.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeAudit } from "@/lib/audit";
import { digestChainEnds, verifyAuditChain, GENESIS_HASH } from "@/lib/cli/audit-chain";
import { prisma } from "@/lib/db";
import { runCli, type CliRun } from "../fixtures/run-cli";

let admin: pg.Client;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
});
afterAll(async () => {
  await admin.end();
});

/** What a database administrator can do: switch the append-only trigger off, run `sql`, switch it on again. */
async function tamper(sql: string, values: unknown[]): Promise<void> {
  await admin.query(`ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_no_update_or_delete"`);
  try {
    await admin.query(sql, values);
  } finally {
    await admin.query(`ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_no_update_or_delete"`);
  }
}

type ChainRow = { id: string; chain: number; prevHash: string; hash: string };

/** Every row, grouped by chain, each chain in id order. */
async function rowsByChain(): Promise<Map<number, ChainRow[]>> {
  const { rows } = await admin.query<ChainRow>(`SELECT "id"::text AS id, "chain", "prevHash", "hash" FROM "AuditLog" ORDER BY "AuditLog"."id"`);
  const chains = new Map<number, ChainRow[]>();
  for (const row of rows) chains.set(row.chain, [...(chains.get(row.chain) ?? []), row]);
  return chains;
}

/** The chain holding the most rows (so it has a middle to tamper with). */
async function longestChain(): Promise<ChainRow[]> {
  return [...(await rowsByChain()).values()].sort((a, b) => b.length - a.length)[0] ?? [];
}

function runVerifyCli(): Promise<CliRun> {
  return runCli("lib/cli/audit-verify.ts");
}

describe("audit log hash chains", () => {
  it("chains the seed's rows from the genesis hash in each chain, and the verifier agrees with the 16 heads", async () => {
    const chains = await rowsByChain();
    const total = [...chains.values()].reduce((sum, rows) => sum + rows.length, 0);
    expect(total).toBeGreaterThan(10);
    for (const rows of chains.values()) {
      expect(rows[0]?.prevHash).toBe(GENESIS_HASH);
      for (let index = 1; index < rows.length; index++) expect(rows[index]?.prevHash).toBe(rows[index - 1]?.hash);
    }
    const heads = await admin.query<{ chain: number; lastId: string | null; lastHash: string }>(
      `SELECT "id" AS chain, "lastId"::text AS "lastId", "lastHash" FROM "AuditChainHead" ORDER BY "id"`,
    );
    expect(heads.rows.map((head) => head.chain)).toEqual(Array.from({ length: 16 }, (_, chain) => chain));
    for (const head of heads.rows) {
      const rows = chains.get(head.chain) ?? [];
      expect(head).toEqual({ chain: head.chain, lastId: rows.at(-1)?.id ?? null, lastHash: rows.at(-1)?.hash ?? GENESIS_HASH });
    }
    const report = await verifyAuditChain(admin);
    expect(report).toEqual({ ok: true, rows: total, headHash: digestChainEnds(heads.rows), chains: heads.rows });
  });

  it("ignores a hash and chain the client sends and chains 20 concurrent writers: each transaction in one chain, spread over several", async () => {
    const [row] = await admin.query<{ hash: string; prevHash: string; chain: number }>(
      `INSERT INTO "AuditLog" ("action", "entityType", "entityId", "prevHash", "hash", "chain") VALUES ('user.create', 'User', 'x', 'forged', 'forged', 99) RETURNING "hash", "prevHash", "chain"`,
    ).then((result) => result.rows);
    expect(row?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.prevHash).not.toBe("forged");
    expect(row?.chain).toBeGreaterThanOrEqual(0);
    expect(row?.chain).toBeLessThan(16);

    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        prisma.$transaction(async (tx) => {
          await writeAudit(tx, { actorId: null, action: "selection.update", entityType: "Selection", entityId: `paralel-${index}`, after: { index, nama: "Ujì ✓" } });
          // Hold the transaction open a little, so the writers really overlap.
          await tx.$queryRaw`SELECT pg_sleep(0.02)::text`;
          await tx.auditLog.createMany({
            data: [1, 2].map((part) => ({ action: "stage.close", entityType: "Stage", entityId: `paralel-${index}-${part}` })),
          });
        }),
      ),
    );
    const written = await prisma.auditLog.findMany({ where: { entityId: { startsWith: "paralel-" } }, select: { entityId: true, chain: true } });
    expect(written).toHaveLength(60);
    const chainOf = new Map<string, Set<number | null>>();
    for (const entry of written) {
      const transaction = entry.entityId.split("-").slice(0, 2).join("-");
      chainOf.set(transaction, new Set([...(chainOf.get(transaction) ?? []), entry.chain]));
    }
    expect(chainOf.size).toBe(20);
    for (const chains of chainOf.values()) expect(chains.size).toBe(1);
    expect(new Set(written.map((entry) => entry.chain)).size).toBeGreaterThan(1);

    const report = await verifyAuditChain(admin);
    expect(report.ok).toBe(true);
    expect(report.rows).toBe(await prisma.auditLog.count());
  });

  it("keeps a transaction's rows in one chain across savepoints, and does not make a transaction in another chain wait", async () => {
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    await other.connect();
    try {
      const insert = (client: pg.Client, entityId: string) =>
        client.query<{ chain: number }>(`INSERT INTO "AuditLog" ("action", "entityType", "entityId") VALUES ('stage.close', 'Stage', $1) RETURNING "chain"`, [entityId]).then((result) => result.rows[0]?.chain);
      await holder.query("BEGIN");
      const held = await insert(holder, "simpan-1");
      await holder.query("SAVEPOINT bagian");
      const inSavepoint = await insert(holder, "simpan-2");
      await holder.query("RELEASE SAVEPOINT bagian");
      const after = await insert(holder, "simpan-3");
      expect([inSavepoint, after]).toEqual([held, held]);

      // The holder keeps its chain's head locked. Other transactions take the next chains: one of them
      // commits while the holder is still open (a transaction landing in the held chain gives up after 1 s).
      await other.query("SET lock_timeout = '1s'");
      let committedIn: number | undefined;
      for (let attempt = 0; attempt < 5 && committedIn === undefined; attempt++) {
        await other.query("BEGIN");
        try {
          const chain = await insert(other, `lain-${attempt}`);
          await other.query("COMMIT");
          committedIn = chain;
        } catch {
          await other.query("ROLLBACK");
        }
      }
      expect(committedIn).toBeDefined();
      expect(committedIn).not.toBe(held);
      await holder.query("COMMIT");
    } finally {
      await holder.end();
      await other.end();
    }
    expect(await verifyAuditChain(admin)).toMatchObject({ ok: true });
  });

  it("finds a row edited by a database administrator, reports it through npm run audit:verify, and holds again once undone", async () => {
    const target = await prisma.auditLog.findFirstOrThrow({ where: { action: "selection.update", entityId: "paralel-7" }, select: { id: true, after: true, chain: true } });
    await tamper(`UPDATE "AuditLog" SET "after" = '{"index": 7, "nama": "diubah"}' WHERE "id" = $1`, [target.id]);
    expect(await verifyAuditChain(admin)).toMatchObject({ ok: false, firstBrokenId: String(target.id) });

    const cli = await runVerifyCli();
    expect(cli.code, cli.stderr).toBe(1);
    const printed = JSON.parse(cli.stdout) as Record<string, unknown>;
    expect(printed).toMatchObject({ ok: false, firstBrokenId: String(target.id), rows: expect.any(Number), headHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(Object.keys(printed).sort()).toEqual(["firstBrokenId", "headHash", "ok", "rows"]);

    // Editing the hash as well moves the break to the next row of its chain: the chain still does not hold.
    await tamper(`UPDATE "AuditLog" SET "hash" = encode(sha256(convert_to("audit_log_payload"("AuditLog"), 'UTF8')), 'hex') WHERE "id" = $1`, [target.id]);
    const next = await prisma.auditLog.findFirstOrThrow({ where: { id: { gt: target.id }, chain: target.chain }, orderBy: { id: "asc" }, select: { id: true } });
    expect(await verifyAuditChain(admin)).toMatchObject({ ok: false, firstBrokenId: String(next.id) });

    await tamper(`UPDATE "AuditLog" SET "after" = $2::jsonb WHERE "id" = $1`, [target.id, JSON.stringify(target.after)]);
    await tamper(`UPDATE "AuditLog" SET "hash" = encode(sha256(convert_to("audit_log_payload"("AuditLog"), 'UTF8')), 'hex') WHERE "id" = $1`, [target.id]);
    expect(await verifyAuditChain(admin)).toMatchObject({ ok: true });
    const clean = await runVerifyCli();
    expect(clean.code, clean.stderr).toBe(0);
    expect(JSON.parse(clean.stdout)).toEqual({ ok: true, rows: expect.any(Number), headHash: (await verifyAuditChain(admin)).headHash });
  });

  it("finds a row moved to another chain or to a chain with no head, and holds again once moved back", async () => {
    const chain = await longestChain();
    const moved = chain[3] as ChainRow;
    const elsewhere = (moved.chain + 1) % 16;
    await tamper(`UPDATE "AuditLog" SET "chain" = $2 WHERE "id" = $1`, [moved.id, elsewhere]);
    expect(await verifyAuditChain(admin)).toMatchObject({ ok: false, firstBrokenId: moved.id });
    await tamper(`UPDATE "AuditLog" SET "chain" = 99 WHERE "id" = $1`, [moved.id]);
    expect(await verifyAuditChain(admin)).toMatchObject({ ok: false, firstBrokenId: moved.id });
    await tamper(`UPDATE "AuditLog" SET "chain" = $2 WHERE "id" = $1`, [moved.id, moved.chain]);
    expect(await verifyAuditChain(admin)).toMatchObject({ ok: true });
  });

  it("finds a deleted tail (at the head's id) and a deleted row (at the row after the gap in its chain)", async () => {
    const last = await prisma.auditLog.findFirstOrThrow({ orderBy: { id: "desc" }, select: { id: true } });
    await tamper(`DELETE FROM "AuditLog" WHERE "id" = $1`, [last.id]);
    expect(await verifyAuditChain(admin)).toMatchObject({ ok: false, firstBrokenId: String(last.id) });

    const rows = await longestChain();
    expect(rows.length).toBeGreaterThan(6);
    await tamper(`DELETE FROM "AuditLog" WHERE "id" = $1`, [rows[4]?.id]);
    expect(await verifyAuditChain(admin)).toMatchObject({ ok: false, firstBrokenId: rows[5]?.id });
    // With the start of the chain gone, its new first row no longer starts from the genesis hash.
    await tamper(`DELETE FROM "AuditLog" WHERE "chain" = $1 AND "id" < $2`, [rows[5]?.chain, rows[5]?.id]);
    expect(await verifyAuditChain(admin)).toMatchObject({ ok: false, firstBrokenId: rows[5]?.id });
  });
});
