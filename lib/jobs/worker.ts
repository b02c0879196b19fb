import "server-only";
// The job worker: in the server process (instrumentation.ts, unless PORTAL_INPROCESS_WORKER=off) and
// as `npm run worker` (lib/cli/worker.ts) for separate worker processes. It has its own pg-boss
// connection (pg-boss's maintenance — expiring, archiving — needs real transactions); the jobs' work
// goes through the app's Prisma client.
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { sweepAbandonedUploads } from "@/lib/documents/mutations";
import { bossOptions, MAIL_DEAD_LETTER_QUEUE, MAIL_QUEUE, STORAGE_SWEEP_QUEUE } from "@/lib/jobs/config";
import { logger } from "@/lib/log";
import { deliverOutgoingMail, markMailFailed } from "@/lib/mail/mutations";

const globalForWorker = globalThis as unknown as { jobWorker?: Promise<PgBoss> };

/** Starts the worker once per process; resolves when it polls. */
export function startJobWorker(options: { pollingIntervalSeconds?: number } = {}): Promise<PgBoss> {
  globalForWorker.jobWorker ??= (async () => {
    // schedule: sends the cron jobs (the storage sweep) when their time comes; pg-boss lets one worker do it per slot.
    const boss = new PgBoss(bossOptions(env().DATABASE_URL, { max: 2, schedule: true, migrate: false }));
    boss.on("error", (error: Error) => logger.error({ event: "jobs.error", err: error }, "Antrean tugas: galat"));
    await boss.start();
    await boss.work<{ mailId: string }>(
      MAIL_QUEUE,
      { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 },
      async ([job]) => {
        if (!job) return;
        await deliverOutgoingMail(job.data.mailId, { final: job.retryCount >= job.retryLimit });
      },
    );
    await boss.work<{ mailId: string }>(MAIL_DEAD_LETTER_QUEUE, { batchSize: 1, pollingIntervalSeconds: 5 }, async ([job]) => {
      if (job) await markMailFailed(job.data.mailId);
    });
    await boss.work(STORAGE_SWEEP_QUEUE, { batchSize: 1, pollingIntervalSeconds: 60 }, async () => {
      await sweepAbandonedUploads();
    });
    logger.info({ event: "jobs.worker_started", queue: MAIL_QUEUE }, "Pekerja antrean tugas berjalan");
    return boss;
  })();
  return globalForWorker.jobWorker;
}

/** The server's own worker (instrumentation.ts), unless PORTAL_INPROCESS_WORKER=off. */
export async function startInProcessWorker(): Promise<void> {
  if (env().PORTAL_INPROCESS_WORKER === "off") return;
  await startJobWorker();
}

/** Stops polling, lets the running job finish (at most `timeoutMs`), closes the connection. */
export async function stopJobWorker(timeoutMs = 10_000): Promise<void> {
  const running = globalForWorker.jobWorker;
  globalForWorker.jobWorker = undefined;
  if (!running) return;
  const boss = await running;
  await boss.stop({ graceful: true, timeout: timeoutMs, wait: true });
}
