// Durable jobs with pg-boss on the portal's own PostgreSQL (schema "pgboss", next to Prisma's "public").
// No server-only import: the migration runner (lib/cli/migrations.ts) installs the schema and the queues
// with it, so every database the portal or a test opens has them before the first job is enqueued.
import PgBoss from "pg-boss";

export const JOB_SCHEMA = "pgboss";

/** One e-mail (an OutgoingMail row) per job; the job data is `{ mailId }`. */
export const MAIL_QUEUE = "mail";

/**
 * Where pg-boss puts a copy of a mail job that failed for good — its last attempt threw, or expired because
 * the worker died during it — so the OutgoingMail row is marked FAILED in either case.
 */
export const MAIL_DEAD_LETTER_QUEUE = "mail-failed";

/**
 * Retries with exponential backoff: pg-boss waits about retryDelay × 2^attempt seconds (with jitter)
 * between attempts, so 8 retries from 30 s span roughly two hours of SMTP outage before a mail is
 * given up (FAILED, shown to the administrator). A job not finished within 5 minutes (the worker died
 * mid-send) is retried too.
 */
export const MAIL_QUEUE_OPTIONS = {
  retryLimit: 8,
  retryDelay: 30,
  retryBackoff: true,
  expireInSeconds: 300,
  retentionDays: 14,
  deadLetter: MAIL_DEAD_LETTER_QUEUE,
} as const satisfies Omit<PgBoss.Queue, "name">;

/**
 * The sweep of abandoned document objects (lib/documents/mutations.ts sweepAbandonedUploads): one job an
 * hour from pg-boss's cron (any worker with scheduling on sends it, once per slot for all of them), one at a
 * time (policy "singleton"), retried twice.
 */
export const STORAGE_SWEEP_QUEUE = "storage-sweep";
export const STORAGE_SWEEP_CRON = "17 * * * *";
export const STORAGE_SWEEP_QUEUE_OPTIONS = {
  policy: "singleton",
  retryLimit: 2,
  retryDelay: 300,
  expireInSeconds: 30 * 60,
  retentionDays: 7,
} as const satisfies Omit<PgBoss.Queue, "name">;

/** The pg-boss options every instance of the portal uses. */
export function bossOptions(connectionString: string, extra: PgBoss.ConstructorOptions = {}): PgBoss.ConstructorOptions {
  return { connectionString, schema: JOB_SCHEMA, application_name: "portal-jobs", ...extra };
}

/**
 * Creates or upgrades the pgboss schema (pg-boss's own migrations, under its advisory lock) and the
 * portal's queues. Idempotent; runs after the Prisma migrations. Prisma never sees this schema: its
 * migrations are diffs between schema files (lib/cli/new-migration.ts), not introspections.
 */
export async function installJobSchema(connectionString: string): Promise<void> {
  await retryingConcurrentInstall(() => installOnce(connectionString));
}

async function installOnce(connectionString: string): Promise<void> {
  const boss = new PgBoss(bossOptions(connectionString, { max: 1, supervise: false, schedule: false, migrate: true }));
  boss.on("error", () => {});
  await boss.start();
  try {
    if (!(await boss.getQueue(MAIL_DEAD_LETTER_QUEUE))) await boss.createQueue(MAIL_DEAD_LETTER_QUEUE, { name: MAIL_DEAD_LETTER_QUEUE, retryLimit: 5, retentionDays: 14 });
    if (await boss.getQueue(MAIL_QUEUE)) await boss.updateQueue(MAIL_QUEUE, { name: MAIL_QUEUE, ...MAIL_QUEUE_OPTIONS });
    else await boss.createQueue(MAIL_QUEUE, { name: MAIL_QUEUE, ...MAIL_QUEUE_OPTIONS });
    // A queue's policy is fixed when it is created; the other options follow this file.
    if (await boss.getQueue(STORAGE_SWEEP_QUEUE)) await boss.updateQueue(STORAGE_SWEEP_QUEUE, { name: STORAGE_SWEEP_QUEUE, ...STORAGE_SWEEP_QUEUE_OPTIONS });
    else await boss.createQueue(STORAGE_SWEEP_QUEUE, { name: STORAGE_SWEEP_QUEUE, ...STORAGE_SWEEP_QUEUE_OPTIONS });
    await boss.schedule(STORAGE_SWEEP_QUEUE, STORAGE_SWEEP_CRON); // an upsert: the one schedule of this queue
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}

/** Errors of two installers racing on the same new objects; the loser's transaction rolled back whole. */
const CONCURRENT_INSTALL_ERRORS = new Set([
  "23505", // unique_violation: both created the schema or the same queue row (seen through PgBouncer)
  "40P01", // deadlock_detected: both created the same queue's partition and indexes (seen in CI)
  "42P07", // duplicate_table: both created the same queue's table
]);

/**
 * pg-boss creates its schema under its own advisory lock, but not its queues, and even the schema can
 * collide on its name when two starters of a new database meet. Every step is idempotent (a queue that
 * exists is updated, not created), so the loser starts the whole install again and finds what the winner
 * made.
 */
async function retryingConcurrentInstall(install: () => Promise<void>, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await install();
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (!code || !CONCURRENT_INSTALL_ERRORS.has(code) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.floor(Math.random() * 50)));
    }
  }
}
