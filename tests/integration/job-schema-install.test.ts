// @test-database empty
// Several instances of the portal starting at once on a new database all install the job queue's schema
// (lib/jobs/config.ts installJobSchema, called by every migration run). pg-boss guards its own schema but
// not the portal's queues: two installers creating the same queue collided (a deadlock, seen in CI).
// Every starter must succeed and leave the queues and the one schedule exactly as one starter would.
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installJobSchema, JOB_SCHEMA, MAIL_DEAD_LETTER_QUEUE, MAIL_QUEUE, MAIL_QUEUE_OPTIONS, STORAGE_SWEEP_CRON, STORAGE_SWEEP_QUEUE } from "@/lib/jobs/config";

const name = `jobs_${crypto.randomBytes(4).toString("hex")}`;
const admin = new URL(process.env.DATABASE_URL ?? "");
admin.pathname = "/postgres";
const target = new URL(admin);
target.pathname = `/${name}`;

async function query<T extends pg.QueryResultRow>(url: URL, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await query(admin, `CREATE DATABASE "${name}"`);
});

afterAll(async () => {
  await query(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe("installing the job queue schema", () => {
  it("four starters on a new database at once all succeed, with each queue and the sweep's schedule made once", async () => {
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => installJobSchema(target.toString())));
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);

    const queues = await query<{ name: string; retry_limit: number }>(target, `SELECT name, retry_limit FROM ${JOB_SCHEMA}.queue ORDER BY name`);
    expect(queues.map((queue) => queue.name)).toEqual([MAIL_QUEUE, MAIL_DEAD_LETTER_QUEUE, STORAGE_SWEEP_QUEUE].sort());
    expect(queues.find((queue) => queue.name === MAIL_QUEUE)?.retry_limit).toBe(MAIL_QUEUE_OPTIONS.retryLimit);
    const schedules = await query<{ name: string; cron: string }>(target, `SELECT name, cron FROM ${JOB_SCHEMA}.schedule`);
    expect(schedules).toEqual([{ name: STORAGE_SWEEP_QUEUE, cron: STORAGE_SWEEP_CRON }]);

    // A later start (the next deploy) finds everything in place and changes nothing.
    await installJobSchema(target.toString());
    expect(await query(target, `SELECT name FROM ${JOB_SCHEMA}.queue ORDER BY name`)).toHaveLength(3);
  }, 60_000);
});
