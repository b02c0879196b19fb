// Memory of one large upload: streams a generated 20 MB PDF through uploadDocument (checks, temporary
// file, storage, transaction) against a fresh database and the local storage driver, sampling the
// process memory meanwhile. Streaming should keep the growth far below the file size.
//   npx tsx --conditions=react-server --expose-gc tests/bench/upload-memory.ts [sizeMB]
import { createReadStream } from "node:fs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase } from "../setup/test-database";

const MB = 1024 * 1024;

function collectGarbage() {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

async function main() {
  const sizeBytes = Number(process.argv[2] ?? 20) * MB;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "bench-upload-"));
  const database = await createTestDatabase("benchupload");
  // Before the app modules read the environment (env() parses once).
  process.env.DATABASE_URL = database.url;
  process.env.STORAGE_DIR = path.join(scratch, "uploads");
  const { prisma, disconnectDb } = await import("@/lib/db");
  const { seedDatabase } = await import("@/prisma/seed");
  const { uploadDocument } = await import("@/lib/documents/mutations");
  const { wibToUtc } = await import("@/lib/dates/wib");
  const { makeLargePdf } = await import("../fixtures/pdf-files");
  try {
    await seedDatabase();
    const selection = await prisma.selection.findUniqueOrThrow({
      where: { slug: "sekda-singkawang-2025" },
      select: { id: true, vacancies: { select: { id: true } }, documents: { where: { number: 1 }, select: { id: true } } },
    });
    const requirementId = selection.documents[0]?.id as string;
    // The seed's limits are 1–5 MB; this throwaway database lets item 1 take the large file.
    await prisma.documentRequirement.update({ where: { id: requirementId }, data: { maxSizeBytes: sizeBytes + MB } });
    const applicant = await prisma.user.findUniqueOrThrow({ where: { email: "pelamar@demo.seleksi.id" }, select: { id: true } });
    const application = await prisma.application.create({
      data: { registrationNumber: "BENCH-1", selectionId: selection.id, vacancyId: selection.vacancies[0]?.id as string, applicantId: applicant.id },
      select: { id: true },
    });

    const pdfPath = path.join(scratch, "besar.pdf");
    fs.writeFileSync(pdfPath, await makeLargePdf(sizeBytes));
    const fileSize = fs.statSync(pdfPath).size;

    // Warm up the code paths (module loading, Prisma's first queries) with a small file first.
    const warmUp = path.join(scratch, "kecil.pdf");
    fs.writeFileSync(warmUp, await makeLargePdf(64 * 1024));
    const common = { userId: applicant.id, applicationId: application.id, requirementId, contentType: "application/pdf", ip: null, now: wibToUtc("2025-11-01T10:00") };
    await uploadDocument({ ...common, fileName: "kecil.pdf", body: createReadStream(warmUp) });

    collectGarbage();
    const baseline = process.memoryUsage();
    let peakRss = baseline.rss;
    let peakHeap = baseline.heapUsed;
    const sampler = setInterval(() => {
      const usage = process.memoryUsage();
      peakRss = Math.max(peakRss, usage.rss);
      peakHeap = Math.max(peakHeap, usage.heapUsed);
    }, 5);
    const started = performance.now();
    const uploaded = await uploadDocument({ ...common, fileName: "besar.pdf", body: createReadStream(pdfPath, { highWaterMark: 64 * 1024 }) });
    const elapsed = performance.now() - started;
    clearInterval(sampler);
    const after = process.memoryUsage();
    peakRss = Math.max(peakRss, after.rss);
    peakHeap = Math.max(peakHeap, after.heapUsed);

    const mb = (bytes: number) => Number((bytes / MB).toFixed(1));
    console.table([
      { metric: "file size", value: mb(fileSize), unit: "MB" },
      { metric: "upload time", value: Number(elapsed.toFixed(0)), unit: "ms" },
      { metric: "peak RSS growth", value: mb(peakRss - baseline.rss), unit: "MB" },
      { metric: "peak heapUsed growth", value: mb(peakHeap - baseline.heapUsed), unit: "MB" },
      { metric: "RSS after upload - baseline", value: mb(after.rss - baseline.rss), unit: "MB" },
    ]);
    console.log(`stored as version ${uploaded.version}, ${uploaded.sizeBytes} bytes, sha256 ${uploaded.sha256.slice(0, 12)}…`);
    if (!(globalThis as { gc?: unknown }).gc) console.log("(run with --expose-gc for a steadier baseline)");
  } finally {
    await disconnectDb();
    await database.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
