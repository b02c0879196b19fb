// Backup and restore round trip: `npm run db:backup` of this file's seeded database and stored files,
// `npm run db:restore` into a new empty database and another storage folder, then the same row counts,
// the same audit-log hashes and the same file checksums. A damaged archive is refused before anything
// is touched; a database that is not empty is only replaced on request. The restored audit chains must end
// where the manifest says; an archive from before the 16 chains (one chain) is still restored and checked.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackupError, type BackupManifest, createBackup, restoreBackup } from "@/lib/cli/backup-archive";
import { GENESIS_HASH, LEGACY_CHAIN, verifyAuditChain } from "@/lib/cli/audit-chain";
import { applyMigrations, listMigrations } from "@/lib/cli/migrations";
import { createLocalStorage } from "@/lib/storage";
import { runCli } from "../fixtures/run-cli";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "portal-backup-"));
const source = process.env.DATABASE_URL as string;
const created: string[] = [];

function urlOf(name: string): string {
  const url = new URL(source);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlOf("postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function emptyDatabase(label: string): Promise<string> {
  const name = `${decodeURIComponent(new URL(source).pathname.slice(1))}_${label}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  created.push(name);
  return urlOf(name);
}

/** Every table's row count, the audit log's (id, hash) pairs. */
async function snapshot(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      if (name === "_prisma_migrations") continue;
      counts[name] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`)).rows[0]?.n);
    }
    const audit = (await client.query<{ id: string; hash: string }>(`SELECT id::text, hash FROM "AuditLog" ORDER BY id`)).rows;
    const chain = await verifyAuditChain(client);
    return { counts, audit, chain };
  } finally {
    await client.end();
  }
}

/** key → SHA-256 of every object in a local storage folder. */
async function fileChecksums(dir: string): Promise<Record<string, string>> {
  const storage = createLocalStorage(dir);
  const out: Record<string, string> = {};
  for await (const key of storage.list()) {
    const hash = createHash("sha256");
    for await (const chunk of (await storage.get(key)).stream) hash.update(chunk as Buffer);
    out[key] = hash.digest("hex");
  }
  return out;
}

/** Unpacks `archive`, lets `edit` change the members, and packs it again with fresh SHA256SUMS. */
function repack(archive: string, label: string, edit: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(work, `${label}-`));
  expect(spawnSync("tar", ["-xf", archive, "-C", dir]).status).toBe(0);
  fs.rmSync(path.join(dir, "SHA256SUMS"));
  edit(dir);
  const members = (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
  const sums = members.map((member) => `${createHash("sha256").update(fs.readFileSync(path.join(dir, member))).digest("hex")}  ${member}`);
  fs.writeFileSync(path.join(dir, "SHA256SUMS"), `${sums.join("\n")}\n`);
  const out = path.join(work, `${label}.tar`);
  expect(spawnSync("tar", ["-cf", out, "-C", dir, "SHA256SUMS", ...members]).status).toBe(0);
  return out;
}

const readManifest = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as BackupManifest;
const writeManifest = (dir: string, manifest: BackupManifest) => fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));

let original: Awaited<ReturnType<typeof snapshot>>;
let originalFiles: Record<string, string>;

beforeAll(async () => {
  original = await snapshot(source);
  originalFiles = await fileChecksums(process.env.STORAGE_DIR as string);
});

afterAll(async () => {
  for (const name of created) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  fs.rmSync(work, { recursive: true, force: true });
});

describe("npm run db:backup and db:restore", () => {
  let archive: string;

  it("backs up the seeded database and its files into one dated .tar with a SHA-256 per member", async () => {
    expect(original.chain.ok).toBe(true);
    expect(Object.keys(originalFiles).length).toBeGreaterThan(5);
    const backup = await runCli("lib/cli/backup.ts", ["--keluaran", path.join(work, "cli")], {});
    expect(backup.code, backup.stderr).toBe(0);
    const summary = JSON.parse(backup.stdout) as { archive: string; files: number; audit: { headHash: string } };
    archive = summary.archive;
    expect(path.basename(archive)).toMatch(/^portal-cadangan-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.tar$/);
    expect(summary.files).toBe(Object.keys(originalFiles).length);
    expect(summary.audit.headHash).toBe(original.chain.headHash);
  });

  it("restores into an empty database and another storage folder with the same rows, audit hashes and files", async () => {
    const target = await emptyDatabase("pulih");
    const storageDir = path.join(work, "pulih-files");
    const restore = await runCli("lib/cli/restore.ts", [archive], { DATABASE_URL: target, STORAGE_DIR: storageDir });
    expect(restore.code, restore.stderr).toBe(0);
    expect(JSON.parse(restore.stdout)).toMatchObject({ files: Object.keys(originalFiles).length, audit: { ok: true, headHash: original.chain.headHash } });

    const restored = await snapshot(target);
    expect(restored.counts).toEqual(original.counts);
    expect(restored.audit).toEqual(original.audit);
    expect(restored.chain).toEqual(original.chain);
    expect(await fileChecksums(storageDir)).toEqual(originalFiles);

    // The restored database goes on: a new audit row chains to the restored head.
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    await client.query(`INSERT INTO "AuditLog" ("action", "entityType", "entityId") VALUES ('selection.update', 'Selection', 'setelah-pemulihan')`);
    expect(await verifyAuditChain(client)).toMatchObject({ ok: true, rows: original.audit.length + 1 });
    await client.end();

    // Not empty any more: refused without --ganti, replaced with it.
    const again = await runCli("lib/cli/restore.ts", [archive], { DATABASE_URL: target, STORAGE_DIR: storageDir });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/Basis data tujuan tidak kosong/);
    const replaced = await runCli("lib/cli/restore.ts", [archive, "--ganti"], { DATABASE_URL: target, STORAGE_DIR: storageDir });
    expect(replaced.code, replaced.stderr).toBe(0);
    expect((await snapshot(target)).counts).toEqual(original.counts);
  });

  it("refuses a damaged archive before touching the database", async () => {
    // Change one byte of one stored file inside the archive: tar keeps members uncompressed.
    const bytes = fs.readFileSync(archive);
    const anyFile = Object.keys(originalFiles)[0] as string;
    // The member's tar header starts a 512-byte block with its name; its data follows in the next block.
    const name = Buffer.from(`files/${anyFile}`);
    let header = bytes.indexOf(name);
    while (header >= 0 && header % 512 !== 0) header = bytes.indexOf(name, header + 1);
    expect(header).toBeGreaterThanOrEqual(0);
    const damaged = Buffer.from(bytes);
    const dataAt = header + 512 + 100;
    damaged[dataAt] = (damaged[dataAt] as number) ^ 0xff;
    const damagedPath = path.join(work, "rusak.tar");
    fs.writeFileSync(damagedPath, damaged);

    const target = await emptyDatabase("rusak");
    const storageDir = path.join(work, "rusak-files");
    await expect(
      restoreBackup({ archive: damagedPath, databaseUrl: target, storage: createLocalStorage(storageDir), workDir: work }),
    ).rejects.toThrow(new BackupError(`Cadangan rusak: checksum files/${anyFile} tidak cocok.`));
    const untouched = new pg.Client({ connectionString: target });
    await untouched.connect();
    expect((await untouched.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0]).toEqual({ n: 0 });
    await untouched.end();
    expect(fs.existsSync(storageDir)).toBe(false);
  });

  it("records the audit head and the files in the manifest (functions, as the CLIs use them)", async () => {
    const { manifest } = await createBackup({ databaseUrl: source, storage: createLocalStorage(process.env.STORAGE_DIR as string), outDir: path.join(work, "fn") });
    expect(manifest.audit).toEqual({ ok: true, rows: original.audit.length, headHash: original.chain.headHash, chains: original.chain.chains });
    expect(manifest.audit.chains).toHaveLength(16);
    expect(Object.fromEntries(manifest.files.map((file) => [file.key, file.sha256]))).toEqual(originalFiles);
    expect(manifest.database.tables.find((table) => table.name === "AuditLog")?.rows).toBe(original.audit.length);
  });

  it("refuses a restore whose audit chains do not end where the manifest recorded them", async () => {
    // As if the log had been rewritten from some row onwards (a chain that verifies on its own): the
    // manifest, kept with the archive, still holds the heads of the time.
    const rewritten = repack(archive, "rantai-lain", (dir) => {
      const manifest = readManifest(dir);
      const chains = manifest.audit.chains ?? [];
      const busiest = chains.find((end) => end.lastId !== null) as (typeof chains)[number];
      busiest.lastHash = "f".repeat(64);
      writeManifest(dir, manifest);
    });
    const busiestChain = original.chain.chains.find((end) => end.lastId !== null)?.chain;
    const target = await emptyDatabase("rantai");
    await expect(
      restoreBackup({ archive: rewritten, databaseUrl: target, storage: createLocalStorage(path.join(work, "rantai-files")), workDir: work }),
    ).rejects.toThrow(new BackupError(`Log audit hasil pemulihan tidak cocok dengan cadangan (rantai ${busiestChain}).`));
  });

  it("restores an archive made while the audit log had one chain: its rows become chain 1, checked against the old head hash", async () => {
    // A database at the schema before the 16 chains, with rows chained by the old trigger; migrated, its
    // rows are all in chain 1. Its backup, with the chain column, the new heads, the migration and the
    // per-chain ends taken out again, is what the old portal wrote.
    const shards = listMigrations().find((migration) => migration.name.endsWith("_audit_chain_shards"))?.name as string;
    const legacy = await emptyDatabase("lama");
    await applyMigrations(legacy, { only: new Set(listMigrations().map((migration) => migration.name).filter((name) => name !== shards)) });
    const client = new pg.Client({ connectionString: legacy });
    await client.connect();
    for (let index = 0; index < 5; index++) {
      await client.query(`INSERT INTO "AuditLog" ("action", "entityType", "entityId") VALUES ('selection.update', 'Selection', $1)`, [`lama-${index}`]);
    }
    const oldHead = (await client.query<{ lastHash: string }>(`SELECT "lastHash" FROM "AuditChainHead"`)).rows;
    expect(oldHead).toHaveLength(1);
    await client.end();
    await applyMigrations(legacy);
    const storageDir = path.join(work, "lama-files-sumber");
    const { archive: current, manifest } = await createBackup({ databaseUrl: legacy, storage: createLocalStorage(storageDir), outDir: path.join(work, "lama") });
    expect(manifest.audit.chains?.filter((end) => end.lastId !== null).map((end) => end.chain)).toEqual([LEGACY_CHAIN]);

    const old = repack(current, "lama-arsip", (dir) => {
      const edited = readManifest(dir);
      edited.database.migrations = edited.database.migrations.filter((migration) => migration.name !== shards);
      const auditLog = edited.database.tables.find((table) => table.name === "AuditLog") as BackupManifest["database"]["tables"][number];
      // "chain" is the table's last column: drop the last field of every COPY line.
      expect(auditLog.columns.at(-1)).toBe("chain");
      auditLog.columns = auditLog.columns.slice(0, -1);
      const file = path.join(dir, auditLog.file);
      fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/\t[^\t\n]*\n/g, "\n"));
      const heads = edited.database.tables.find((table) => table.name === "AuditChainHead") as BackupManifest["database"]["tables"][number];
      const headFile = path.join(dir, heads.file);
      fs.writeFileSync(headFile, fs.readFileSync(headFile, "utf8").split("\n").filter((line) => line.startsWith(`${LEGACY_CHAIN}\t`)).map((line) => `${line}\n`).join(""));
      heads.rows = 1;
      edited.audit = { ok: true, rows: 5, headHash: oldHead[0]?.lastHash as string };
      writeManifest(dir, edited);
    });

    const target = await emptyDatabase("lama-pulih");
    const report = await restoreBackup({ archive: old, databaseUrl: target, storage: createLocalStorage(path.join(work, "lama-files")), workDir: work });
    expect(report.audit).toEqual({ ok: true, rows: 5, headHash: manifest.audit.headHash });
    const restored = new pg.Client({ connectionString: target });
    await restored.connect();
    const chains = await verifyAuditChain(restored);
    await restored.end();
    expect(chains.chains.map((end) => end.lastHash)).toEqual(Array.from({ length: 16 }, (_, chain) => (chain === LEGACY_CHAIN ? oldHead[0]?.lastHash : GENESIS_HASH)));

    // The same archive claiming another old head hash is refused.
    const otherHead = repack(old, "lama-lain", (dir) => {
      const edited = readManifest(dir);
      edited.audit.headHash = "f".repeat(64);
      writeManifest(dir, edited);
    });
    await expect(
      restoreBackup({ archive: otherHead, databaseUrl: target, storage: createLocalStorage(path.join(work, "lama-files")), workDir: work, replace: true }),
    ).rejects.toThrow(new BackupError(`Log audit hasil pemulihan tidak cocok dengan cadangan (rantai ${LEGACY_CHAIN}).`));
  });
});
