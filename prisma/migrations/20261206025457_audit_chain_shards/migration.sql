-- AlterTable
-- Edited by hand from the generated `ADD COLUMN "chain" SMALLINT`: NOT NULL with a default of 1 (dropped
-- right after) fills the existing rows without rewriting the table or tripping the append-only trigger.
ALTER TABLE "AuditLog" ADD COLUMN     "chain" SMALLINT NOT NULL DEFAULT 1;
ALTER TABLE "AuditLog" ALTER COLUMN "chain" DROP DEFAULT;

-- CreateIndex
CREATE INDEX "AuditLog_chain_id_idx" ON "AuditLog"("chain", "id");

-- 16 hash chains instead of one (DECISIONS.md, "Audit log: 16 hash chains"). Written by hand: Prisma
-- cannot express triggers. The chain's number is its head's id (0–15). The existing head (id 1) keeps its
-- last id and hash, so every row written so far stays in chain 1 unchanged; the 15 new chains start
-- empty from the genesis hash (64 zeros). audit_log_payload is unchanged: no existing hash changes.
ALTER TABLE "AuditChainHead" DROP CONSTRAINT "AuditChainHead_id_check";
ALTER TABLE "AuditChainHead" ADD CONSTRAINT "AuditChainHead_id_check" CHECK ("id" BETWEEN 0 AND 15);
INSERT INTO "AuditChainHead" ("id", "lastId", "lastHash")
  SELECT chain, NULL, repeat('0', 64) FROM generate_series(0, 15) AS chain WHERE chain <> 1;

CREATE OR REPLACE FUNCTION "audit_log_chain"() RETURNS trigger AS $$
DECLARE
  -- The chain follows the transaction (txid_current() is the top-level transaction's id, savepoints
  -- included): every row of one transaction goes into one chain, so a transaction never holds two heads
  -- and two transactions cannot deadlock over them. Consecutive transactions take consecutive chains.
  chosen SMALLINT := (txid_current() % 16)::SMALLINT;
  previous TEXT;
BEGIN
  -- FOR UPDATE waits for any other transaction that is chaining a row into the same chain and then reads
  -- the head it left (under REPEATABLE READ or SERIALIZABLE it fails with a serialisation error instead:
  -- never a fork). Transactions in other chains do not wait.
  SELECT "lastHash" INTO previous FROM "AuditChainHead" WHERE "id" = chosen FOR UPDATE;
  IF previous IS NULL THEN
    RAISE EXCEPTION 'AuditChainHead % is missing', chosen;
  END IF;
  NEW."chain" := chosen;
  -- The id is drawn under the lock, so each chain runs in id order.
  NEW."id" := nextval(pg_get_serial_sequence('"AuditLog"', 'id'));
  NEW."prevHash" := previous;
  NEW."hash" := encode(sha256(convert_to("audit_log_payload"(NEW), 'UTF8')), 'hex');
  UPDATE "AuditChainHead" SET "lastId" = NEW."id", "lastHash" = NEW."hash" WHERE "id" = chosen;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
