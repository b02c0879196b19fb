// The sweep of abandoned document objects (lib/documents/mutations.ts sweepAbandonedUploads, run hourly by the
// job worker): an object under the documents' prefix that no DocumentVersion names and that is older than the
// direct-upload ticket's lifetime plus a margin is removed; a referenced one and a fresh one stay, and so does
// anything outside the documents' prefix. Against an S3 bucket (s3rver) and the local disk, and once through
// the worker's job on the local disk.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ABANDONED_UPLOAD_AGE_SECONDS, DIRECT_UPLOAD_TTL_SECONDS, sweepAbandonedUploads } from "@/lib/documents/mutations";
import { jobProducer, prismaJobDb } from "@/lib/jobs/boss";
import { STORAGE_SWEEP_CRON, STORAGE_SWEEP_QUEUE } from "@/lib/jobs/config";
import { startJobWorker, stopJobWorker } from "@/lib/jobs/worker";
import { createLocalStorage, createS3Storage, getStorage, newStorageKey, type Storage } from "@/lib/storage";

const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), "portal-sweep-"));
const BUCKET = "portal-sapuan";
const s3server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: path.join(tempRoot, "s3"), configureBuckets: [{ name: BUCKET }] });
let s3: Storage;
let referencedKey = "";
let applicationPrefix: string[] = [];

beforeAll(async () => {
  const { port } = await s3server.run();
  s3 = createS3Storage({ bucket: BUCKET, region: "us-east-1", endpoint: `http://127.0.0.1:${port}`, accessKeyId: "S3RVER", secretAccessKey: "S3RVER" });
  // A version the seed recorded: its key is referenced.
  const version = await prisma.documentVersion.findFirstOrThrow({ where: { storageKey: { startsWith: "applications/" } }, select: { storageKey: true } });
  referencedKey = version.storageKey;
  applicationPrefix = referencedKey.split("/").slice(0, -1);
});

afterAll(async () => {
  await stopJobWorker();
  await s3server.close();
  fs.rmSync(tempRoot, { recursive: true, force: true });
});

const put = (storage: Storage, key: string) => storage.put(key, Readable.from([Buffer.from("%PDF-1.7\n%%EOF\n")]), { contentType: "application/pdf" });

async function keys(storage: Storage): Promise<string[]> {
  const found: string[] = [];
  for await (const key of storage.list()) found.push(key);
  return found.sort();
}

/** Writes: the referenced key, an abandoned object, then (after `cutoff`) a fresh one; sweeps as of cutoff + age. */
async function sweepScenario(storage: Storage) {
  const abandoned = newStorageKey(applicationPrefix, "pdf");
  const decisionLetter = newStorageKey(["selections", "s1", "keputusan"], "pdf"); // outside the documents' prefix
  await put(storage, referencedKey);
  await put(storage, abandoned);
  await put(storage, decisionLetter);
  // S3 keeps whole seconds: the cutoff lies a second after the old objects and a second before the fresh one.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const cutoff = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const fresh = newStorageKey(applicationPrefix, "pdf");
  await put(storage, fresh);
  const auditsBefore = await prisma.auditLog.count({ where: { action: "storage.sweep_abandoned_uploads" } });
  const now = new Date(cutoff + ABANDONED_UPLOAD_AGE_SECONDS * 1000);
  const result = await sweepAbandonedUploads({ storage, now });
  return { abandoned, fresh, decisionLetter, result, auditsBefore, now };
}

describe("the sweep of abandoned uploads", () => {
  it("waits longer than a direct-upload ticket lives", () => {
    expect(ABANDONED_UPLOAD_AGE_SECONDS).toBeGreaterThan(DIRECT_UPLOAD_TTL_SECONDS);
  });

  for (const backend of ["S3 (s3rver)", "the local disk"] as const) {
    it(`removes only the old unreferenced document object from ${backend}`, async () => {
      const storage = backend === "the local disk" ? createLocalStorage(path.join(tempRoot, "disk")) : s3;
      const { abandoned, fresh, decisionLetter, result, auditsBefore, now } = await sweepScenario(storage);
      expect(await keys(storage)).toEqual([decisionLetter, fresh, referencedKey].sort());
      expect(result).toMatchObject({ examined: 3, deleted: 1, keptReferenced: 1, keptFresh: 1 });
      expect(result.deletedBytes).toBeGreaterThan(0);
      expect(await storage.exists(abandoned)).toBe(false);
      // One audit row for the sweep, with counts only (no key, no personal data).
      const audits = await prisma.auditLog.findMany({ where: { action: "storage.sweep_abandoned_uploads" }, orderBy: { createdAt: "desc" }, select: { actorId: true, entityId: true, after: true } });
      expect(audits).toHaveLength(auditsBefore + 1);
      expect(audits[0]).toMatchObject({ actorId: null, entityId: "applications/", after: { deleted: 1, examined: 3 } });
      expect(JSON.stringify(audits[0]!.after)).not.toContain(abandoned);

      // Nothing left to sweep: a second run removes nothing and writes no audit row.
      expect(await sweepAbandonedUploads({ storage, now })).toMatchObject({ examined: 2, deleted: 0, keptReferenced: 1, keptFresh: 1 });
      expect(await prisma.auditLog.count({ where: { action: "storage.sweep_abandoned_uploads" } })).toBe(auditsBefore + 1);
    });
  }

  it("is scheduled hourly, and the worker's job sweeps the portal's own storage", async () => {
    const [schedule] = await prisma.$queryRaw<Array<{ cron: string }>>`SELECT cron FROM pgboss.schedule WHERE name = ${STORAGE_SWEEP_QUEUE}`;
    expect(schedule?.cron).toBe(STORAGE_SWEEP_CRON);

    const storage = getStorage(); // the local folder STORAGE_DIR of this test file
    const abandoned = newStorageKey(applicationPrefix, "pdf");
    const fresh = newStorageKey(applicationPrefix, "pdf");
    await put(storage, abandoned);
    await put(storage, fresh);
    const old = new Date(Date.now() - (ABANDONED_UPLOAD_AGE_SECONDS + 60) * 1000);
    fs.utimesSync(path.join(process.env.STORAGE_DIR!, ...abandoned.split("/")), old, old);
    expect(await storage.exists(referencedKey)).toBe(true);

    await jobProducer().send(STORAGE_SWEEP_QUEUE, {}, { db: prismaJobDb(prisma) });
    await startJobWorker({ pollingIntervalSeconds: 0.5 });
    const until = Date.now() + 90_000;
    while (await storage.exists(abandoned)) {
      if (Date.now() > until) throw new Error("the sweep job did not run");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(await storage.exists(fresh)).toBe(true);
    expect(await storage.exists(referencedKey)).toBe(true);
  }, 120_000);
});
