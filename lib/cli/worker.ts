// npm run worker: the job worker alone (sends the queued e-mail), for production setups that run the
// app instances with PORTAL_INPROCESS_WORKER=off. Needs DATABASE_URL (or the embedded database of
// `npm run demo` on the same machine); applies pending migrations and the job schema like every starter.
import { prepareDatabase } from "./prepare";

async function main() {
  const database = await prepareDatabase({ seed: false, quiet: true });
  const { startJobWorker, stopJobWorker } = await import("@/lib/jobs/worker");
  await startJobWorker();
  console.log("Pekerja antrean tugas berjalan (Ctrl-C untuk berhenti).");
  const stop = async () => {
    await stopJobWorker();
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
    await database.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
