// Checks the audit log's hash chains (DECISIONS.md, "Audit log hash chain" and "Audit log: 16 hash
// chains"). The database serialises each row canonically (audit_log_payload, the same function its insert
// trigger hashes); this side hashes that text itself and checks every link of every chain, each in id order,
// in batches so any size fits in memory: row.prevHash must be the previous row's hash in its chain (64 zeros
// for the first), row.hash the SHA-256 of its payload, and the chain's last row must be the head the trigger
// recorded (a cut-off tail is a break too). A row whose chain has no head is a break as well.
import crypto from "node:crypto";
import type pg from "pg";

export const GENESIS_HASH = "0".repeat(64);
/** The chain that holds every row written while the log had one chain (the old head's id). */
export const LEGACY_CHAIN = 1;
const BATCH = 5000;

export type AuditChainReport = {
  ok: boolean;
  /** Rows checked, over every chain (up to and including a broken row). */
  rows: number;
  /**
   * The first row whose link does not hold, the smallest id over the broken chains (edited: that row;
   * deleted: the row after the gap in its chain; a cut tail: the head's id; a row moved into another chain:
   * that row, or the row after it in the chain it left).
   */
  firstBrokenId?: string;
  /**
   * One digest of every chain's end: SHA-256 (hex) of the chains' last hashes (64 hex characters each, the
   * genesis hash for an empty chain) concatenated in chain order. Kept outside the database (a backup
   * manifest, a report), it also reveals a rewritten chain.
   */
  headHash: string;
};

/** Where one chain ends: its last row's id (null when empty) and hash. */
export type AuditChainEnd = { chain: number; lastId: string | null; lastHash: string };

export type AuditChainVerification = AuditChainReport & { chains: AuditChainEnd[] };

/** The digest reported as `headHash`: SHA-256 over the chains' last hashes in chain order. */
export function digestChainEnds(ends: Array<Pick<AuditChainEnd, "chain" | "lastHash">>): string {
  const hash = crypto.createHash("sha256");
  for (const end of [...ends].sort((a, b) => a.chain - b.chain)) hash.update(end.lastHash, "utf8");
  return hash.digest("hex");
}

type Row = { id: string; prevHash: string | null; hash: string | null; payload: string };
type Head = { chain: number; lastId: string | null; lastHash: string };

/** Checks one chain against its head; its end as far as it holds, and the first row that breaks it. */
async function verifyChain(client: pg.Client | pg.PoolClient, head: Head): Promise<{ rows: number; end: AuditChainEnd; brokenId?: string }> {
  let previous = GENESIS_HASH;
  let lastId: string | null = null;
  let rows = 0;
  for (;;) {
    const batch: pg.QueryResult<Row> = await client.query<Row>(
      `SELECT a."id"::text AS id, a."prevHash", a."hash", "audit_log_payload"(a) AS payload
         FROM "AuditLog" a WHERE a."chain" = $1 AND a."id" > $2::bigint ORDER BY a."id" LIMIT ${BATCH}`,
      [head.chain, lastId ?? "0"],
    );
    for (const row of batch.rows) {
      const computed = crypto.createHash("sha256").update(row.payload, "utf8").digest("hex");
      if (row.prevHash !== previous || row.hash !== computed) {
        return { rows: rows + 1, end: { chain: head.chain, lastId, lastHash: previous }, brokenId: row.id };
      }
      previous = computed;
      lastId = row.id;
      rows += 1;
    }
    if (batch.rows.length < BATCH) break;
  }
  const end = { chain: head.chain, lastId, lastHash: previous };
  if (head.lastHash !== previous || head.lastId !== lastId) return { rows, end, brokenId: head.lastId ?? lastId ?? "0" };
  return { rows, end };
}

export async function verifyAuditChain(client: pg.Client | pg.PoolClient): Promise<AuditChainVerification> {
  const heads = await client.query<Head>(`SELECT "id" AS chain, "lastId"::text AS "lastId", "lastHash" FROM "AuditChainHead" ORDER BY "id"`);
  let rows = 0;
  const broken: bigint[] = [];
  const chains: AuditChainEnd[] = [];
  for (const head of heads.rows) {
    const result = await verifyChain(client, head);
    rows += result.rows;
    chains.push(result.end);
    if (result.brokenId !== undefined) broken.push(BigInt(result.brokenId));
  }
  // Rows in no chain that has a head: read by none of the checks above.
  const orphans = await client.query<{ rows: number; firstId: string | null }>(
    `SELECT count(*)::int AS rows, min(a."id")::text AS "firstId" FROM "AuditLog" a
      WHERE NOT EXISTS (SELECT 1 FROM "AuditChainHead" h WHERE h."id" = a."chain")`,
  );
  const orphan = orphans.rows[0];
  if (orphan?.firstId) {
    rows += orphan.rows;
    broken.push(BigInt(orphan.firstId));
  }
  const headHash = digestChainEnds(chains);
  if (broken.length > 0 || chains.length === 0) {
    const first = broken.reduce<bigint | null>((least, id) => (least === null || id < least ? id : least), null);
    return { ok: false, rows, firstBrokenId: String(first ?? 0n), headHash, chains };
  }
  return { ok: true, rows, headHash, chains };
}

/** The report without the per-chain ends, as `npm run -s audit:verify` and `npm run db:backup` print it. */
export function auditChainReport(verification: AuditChainReport & { chains?: AuditChainEnd[] }): AuditChainReport {
  const { ok, rows, firstBrokenId, headHash } = verification;
  return firstBrokenId === undefined ? { ok, rows, headHash } : { ok, rows, firstBrokenId, headHash };
}
