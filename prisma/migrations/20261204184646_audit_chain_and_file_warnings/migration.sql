-- CreateEnum
CREATE TYPE "FileContentWarning" AS ENUM ('PDF_JAVASCRIPT', 'PDF_EMBEDDED_FILE', 'PDF_LAUNCH_ACTION');

-- AlterTable
ALTER TABLE "DocumentVersion" ADD COLUMN     "contentWarnings" "FileContentWarning"[] DEFAULT ARRAY[]::"FileContentWarning"[];

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT;

-- Hash chain over the audit log (DECISIONS.md, "Audit log hash chain"). Written by hand: Prisma cannot
-- express triggers. Each row stores the previous row's hash and its own: SHA-256 over a canonical JSON
-- array of its fields (jsonb's text form is canonical: keys sorted, no insignificant white-space).
CREATE FUNCTION "audit_log_payload"(r "AuditLog") RETURNS text AS $$
  SELECT jsonb_build_array(
    r."id"::text, r."prevHash", r."actorId", r."action", r."entityType", r."entityId",
    r."before", r."after", r."ip", to_char(r."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS')
  )::text
$$ LANGUAGE sql STABLE;

-- The chain's head: one row whose lock serialises every audit insert until its transaction ends.
CREATE TABLE "AuditChainHead" (
  "id" INTEGER PRIMARY KEY CHECK ("id" = 1),
  "lastId" BIGINT,
  "lastHash" TEXT NOT NULL
);

CREATE FUNCTION "audit_log_chain"() RETURNS trigger AS $$
DECLARE
  previous TEXT;
BEGIN
  -- FOR UPDATE waits for any other transaction that is chaining a row and then reads the head it left
  -- (under REPEATABLE READ or SERIALIZABLE it fails with a serialisation error instead: never a fork).
  SELECT "lastHash" INTO previous FROM "AuditChainHead" WHERE "id" = 1 FOR UPDATE;
  IF previous IS NULL THEN
    RAISE EXCEPTION 'AuditChainHead is missing';
  END IF;
  -- The id is drawn under the lock, so the chain runs in id order.
  NEW."id" := nextval(pg_get_serial_sequence('"AuditLog"', 'id'));
  NEW."prevHash" := previous;
  NEW."hash" := encode(sha256(convert_to("audit_log_payload"(NEW), 'UTF8')), 'hex');
  UPDATE "AuditChainHead" SET "lastId" = NEW."id", "lastHash" = NEW."hash" WHERE "id" = 1;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- Rows written before the chain existed are chained now, in id order, from the genesis hash (64 zeros).
ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_no_update_or_delete";
DO $$
DECLARE
  r "AuditLog";
  previous TEXT := repeat('0', 64);
  last_id BIGINT := NULL;
BEGIN
  FOR r IN SELECT * FROM "AuditLog" ORDER BY "id" LOOP
    r."prevHash" := previous;
    r."hash" := encode(sha256(convert_to("audit_log_payload"(r), 'UTF8')), 'hex');
    UPDATE "AuditLog" SET "prevHash" = r."prevHash", "hash" = r."hash" WHERE "id" = r."id";
    previous := r."hash";
    last_id := r."id";
  END LOOP;
  INSERT INTO "AuditChainHead" ("id", "lastId", "lastHash") VALUES (1, last_id, previous);
END $$;
ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_no_update_or_delete";
ALTER TABLE "AuditLog" ALTER COLUMN "prevHash" SET NOT NULL, ALTER COLUMN "hash" SET NOT NULL;

CREATE TRIGGER "AuditLog_hash_chain"
  BEFORE INSERT ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_chain"();
