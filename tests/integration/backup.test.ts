// Backup and restore round trip: `npm run db:backup` of this file's seeded database and stored files,
// `npm run db:restore` into a new empty database and another storage folder, then the same row counts,
// the same audit-log hashes and the same file checksums. A damaged archive is refused before anything
// is touched; a database that is not empty is only replaced on request.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackupError, createBackup, restoreBackup } from "@/lib/cli/backup-archive";
import { verifyAuditChain } from "@/lib/cli/audit-chain";
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
    expect(manifest.audit).toEqual({ ok: true, rows: original.audit.length, headHash: original.chain.headHash });
    expect(Object.fromEntries(manifest.files.map((file) => [file.key, file.sha256]))).toEqual(originalFiles);
    expect(manifest.database.tables.find((table) => table.name === "AuditLog")?.rows).toBe(original.audit.length);
  });
});
