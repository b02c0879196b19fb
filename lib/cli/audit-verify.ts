// npm run -s audit:verify
// Prints {"ok":…,"rows":…,"firstBrokenId"?:…,"headHash":…} on stdout; exit 0 when every link of the audit
// log's hash chains holds, 1 when one is broken (firstBrokenId names it), 2 when the check could not run.
// headHash: SHA-256 over the 16 chains' last hashes in chain order (lib/cli/audit-chain.ts).
import pg from "pg";
import { auditChainReport, verifyAuditChain } from "./audit-chain";
import { keepStdoutForJson } from "./json-command";
import { preferRunningEmbeddedServer } from "./pg-server";
import { prepareDatabase } from "./prepare";

async function main(): Promise<number> {
  keepStdoutForJson();
  await preferRunningEmbeddedServer();
  // A fresh clone: the embedded database is started, migrated and seeded (progress on stderr).
  const database = await prepareDatabase({ seed: "if-empty", quiet: true });
  const client = new pg.Client({ connectionString: database.url });
  try {
    await client.connect();
    const report = await verifyAuditChain(client);
    process.stdout.write(`${JSON.stringify(auditChainReport(report))}\n`);
    if (!report.ok) console.error(`Rantai hash log audit terputus pada baris ${report.firstBrokenId}.`);
    return report.ok ? 0 : 1;
  } finally {
    await client.end().catch(() => {});
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb().catch(() => {});
    await database.stop().catch(() => {});
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Pemeriksaan log audit gagal: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
