// The audit log's hash chain: the insert trigger chains every row (also under concurrent writers),
// the verifier finds a row a database administrator edited or deleted with the append-only trigger
// switched off, and `npm run -s audit:verify` reports it as JSON with a non-zero exit code.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeAudit } from "@/lib/audit";
import { verifyAuditChain, GENESIS_HASH } from "@/lib/cli/audit-chain";
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

function runVerifyCli(): Promise<CliRun> {
  return runCli("lib/cli/audit-verify.ts");
}

describe("audit log hash chain", () => {
  it("chains the seed's rows from the genesis hash, and the verifier agrees", async () => {
    const rows = await prisma.auditLog.findMany({ orderBy: { id: "asc" }, select: { id: true, prevHash: true, hash: true } });
    expect(rows.length).toBeGreaterThan(10);
    expect(rows[0]?.prevHash).toBe(GENESIS_HASH);
    for (let index = 1; index < rows.length; index++) expect(rows[index]?.prevHash).toBe(rows[index - 1]?.hash);
    const report = await verifyAuditChain(admin);
    expect(report).toEqual({ ok: true, rows: rows.length, headHash: rows.at(-1)?.hash });
  });

  it("ignores a hash the client sends and chains 20 concurrent writers (single rows and batches) in id order", async () => {
    const [row] = await admin.query<{ hash: string; prevHash: string }>(
      `INSERT INTO "AuditLog" ("action", "entityType", "entityId", "prevHash", "hash") VALUES ('user.create', 'User', 'x', 'forged', 'forged') RETURNING "hash", "prevHash"`,
    ).then((result) => result.rows);
    expect(row?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.prevHash).not.toBe("forged");

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
    const report = await verifyAuditChain(admin);
    expect(report.ok).toBe(true);
    expect(report.rows).toBe(await prisma.auditLog.count());
  });

  it("finds a row edited by a database administrator, reports it through npm run audit:verify, and holds again once undone", async () => {
    const target = await prisma.auditLog.findFirstOrThrow({ where: { action: "selection.update", entityId: "paralel-7" }, select: { id: true, after: true } });
    await tamper(`UPDATE "AuditLog" SET "after" = '{"index": 7, "nama": "diubah"}' WHERE "id" = $1`, [target.id]);
    expect(await verifyAuditChain(admin)).toMatchObject({ ok: false, firstBrokenId: String(target.id) });

    const cli = await runVerifyCli();
    expect(cli.code, cli.stderr).toBe(1);
    expect(JSON.parse(cli.stdout)).toMatchObject({ ok: false, firstBrokenId: String(target.id), rows: expect.any(Number) });

    // Editing the hash as well moves the break to the next row: the chain still does not hold.
    await tamper(`UPDATE "AuditLog" SET "hash" = encode(sha256(convert_to("audit_log_payload"("AuditLog"), 'UTF8')), 'hex') WHERE "id" = $1`, [target.id]);
    const next = await prisma.auditLog.findFirstOrThrow({ where: { id: { gt: target.id } }, orderBy: { id: "asc" }, select: { id: true } });
    expect(await verifyAuditChain(admin)).toMatchObject({ ok: false, firstBrokenId: String(next.id) });

    await tamper(`UPDATE "AuditLog" SET "after" = $2::jsonb WHERE "id" = $1`, [target.id, JSON.stringify(target.after)]);
    await tamper(`UPDATE "AuditLog" SET "hash" = encode(sha256(convert_to("audit_log_payload"("AuditLog"), 'UTF8')), 'hex') WHERE "id" = $1`, [target.id]);
    expect(await verifyAuditChain(admin)).toMatchObject({ ok: true });
    const clean = await runVerifyCli();
    expect(clean.code, clean.stderr).toBe(0);
    expect(JSON.parse(clean.stdout)).toMatchObject({ ok: true });
  });

  it("finds a deleted tail (at the head's id) and a deleted row (at the row after the gap)", async () => {
    const last = await prisma.auditLog.findFirstOrThrow({ orderBy: { id: "desc" }, select: { id: true } });
    await tamper(`DELETE FROM "AuditLog" WHERE "id" = $1`, [last.id]);
    expect(await verifyAuditChain(admin)).toMatchObject({ ok: false, firstBrokenId: String(last.id) });

    const rows = await prisma.auditLog.findMany({ orderBy: { id: "asc" }, select: { id: true }, take: 6 });
    await tamper(`DELETE FROM "AuditLog" WHERE "id" = $1`, [rows[4]?.id]);
    expect(await verifyAuditChain(admin)).toMatchObject({ ok: false, firstBrokenId: String(rows[5]?.id) });
    // With the start of the log gone, the new first row no longer starts from the genesis hash.
    await tamper(`DELETE FROM "AuditLog" WHERE "id" < $1`, [rows[5]?.id]);
    expect(await verifyAuditChain(admin)).toMatchObject({ ok: false, firstBrokenId: String(rows[5]?.id) });
  });
});
