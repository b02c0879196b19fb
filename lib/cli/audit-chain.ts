// Checks the audit log's hash chain (DECISIONS.md, "Audit log hash chain"). The database serialises
// each row canonically (audit_log_payload, the same function its insert trigger hashes); this side
// hashes that text itself and checks every link, in id order, in batches so any size fits in memory:
// row.prevHash must be the previous row's hash (64 zeros for the first), row.hash the SHA-256 of its
// payload, and the last row must be the head the trigger recorded (a cut-off tail is a break too).
import crypto from "node:crypto";
import type pg from "pg";

export const GENESIS_HASH = "0".repeat(64);
const BATCH = 5000;

export type AuditChainReport = {
  ok: boolean;
  rows: number;
  /** The first row whose link does not hold (edited: that row; deleted: the row after the gap; a cut tail: the head's id). */
  firstBrokenId?: string;
  /** The hash of the last row: kept outside the database (a backup manifest, a report), it also reveals a rewritten chain. */
  headHash: string;
};

type Row = { id: string; prevHash: string | null; hash: string | null; payload: string };

export async function verifyAuditChain(client: pg.Client | pg.PoolClient): Promise<AuditChainReport> {
  let previous = GENESIS_HASH;
  let lastId = "0";
  let rows = 0;
  for (;;) {
    const batch = await client.query<Row>(
      `SELECT a."id"::text AS id, a."prevHash", a."hash", "audit_log_payload"(a) AS payload
         FROM "AuditLog" a WHERE a."id" > $1::bigint ORDER BY a."id" LIMIT ${BATCH}`,
      [lastId],
    );
    for (const row of batch.rows) {
      const computed = crypto.createHash("sha256").update(row.payload, "utf8").digest("hex");
      if (row.prevHash !== previous || row.hash !== computed) {
        return { ok: false, rows: rows + 1, firstBrokenId: row.id, headHash: previous };
      }
      previous = computed;
      lastId = row.id;
      rows += 1;
    }
    if (batch.rows.length < BATCH) break;
  }
  const head = await client.query<{ lastId: string | null; lastHash: string }>(`SELECT "lastId"::text AS "lastId", "lastHash" FROM "AuditChainHead" WHERE "id" = 1`);
  const recorded = head.rows[0];
  if (!recorded || recorded.lastHash !== previous || (recorded.lastId ?? "0") !== (rows === 0 ? "0" : lastId)) {
    return { ok: false, rows, firstBrokenId: recorded?.lastId ?? lastId, headHash: previous };
  }
  return { ok: true, rows, headHash: previous };
}
