// npm run db:backup [-- --keluaran FOLDER]
// One dated archive of the database and the stored files (local folder or S3 bucket, as the portal is
// configured) with a SHA-256 checksum of every member; default folder .data/backups. Prints a JSON
// summary on stdout: the archive's path, its counts and the audit log's head hash (keep it elsewhere too).
// On a fresh clone it starts, migrates and seeds the embedded database first, like every CLI that reads it.
import path from "node:path";
import { auditChainReport } from "./audit-chain";
import { createBackup } from "./backup-archive";
import { preferRunningEmbeddedServer } from "./pg-server";
import { prepareDatabase } from "./prepare";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  await preferRunningEmbeddedServer();
  const database = await prepareDatabase({ seed: "if-empty", quiet: true });
  try {
    const { getStorage } = await import("@/lib/storage");
    const outDir = path.resolve(option("--keluaran") ?? option("--out") ?? ".data/backups");
    const { archive, manifest } = await createBackup({ databaseUrl: database.url, storage: getStorage(), outDir });
    const rows = manifest.database.tables.reduce((sum, table) => sum + table.rows, 0);
    console.error(`Cadangan dibuat: ${archive}`);
    if (!manifest.audit.ok) console.error(`Peringatan: rantai hash log audit terputus pada baris ${manifest.audit.firstBrokenId}.`);
    process.stdout.write(
      `${JSON.stringify({ archive, createdAt: manifest.createdAt, tables: manifest.database.tables.length, rows, files: manifest.files.length, audit: auditChainReport(manifest.audit) })}\n`,
    );
  } finally {
    await database.stop().catch(() => {});
  }
}

main().catch((error: unknown) => {
  console.error(`Pencadangan gagal: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
