// npm run db:restore -- ARSIP.tar [--ganti]
// Checks every checksum of the archive first, then restores the database (DATABASE_URL or the embedded
// one; refused when it is not empty, unless --ganti) and the stored files. Stop the portal first.
import path from "node:path";
import { BackupError, restoreBackup } from "./backup-archive";
import { openDatabase } from "./pg-server";

async function main(): Promise<number> {
  const archive = process.argv.slice(2).find((argument) => !argument.startsWith("--"));
  if (!archive) {
    console.error("Pemakaian: npm run db:restore -- ARSIP.tar [--ganti]");
    return 2;
  }
  const replace = process.argv.includes("--ganti") || process.argv.includes("--replace");
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    const { getStorage } = await import("@/lib/storage");
    const report = await restoreBackup({ archive: path.resolve(archive), databaseUrl: database.url, storage: getStorage(), replace, workDir: path.dirname(path.resolve(archive)) });
    console.error(`Pemulihan selesai: ${report.tables} tabel, ${report.rows} baris, ${report.files} berkas.`);
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      console.error(`Pemulihan dibatalkan: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await database.stop().catch(() => {});
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Pemulihan gagal: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
