// Crash during an upload: the upload handler runs in a child process (tests/setup/upload-server.ts),
// a large upload streams into it, and the process is killed with SIGKILL half-way. Afterwards no partial
// document version is visible, the earlier version is current, intact and readable, the partial
// temporary file is neither in the storage nor named by any row (so it cannot be served), and the
// next upload in a fresh process reclaims it once it is stale.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wibToUtc } from "@/lib/dates/wib";
import { prisma } from "@/lib/db";
import { STALE_TEMP_AGE_MS, sweepStaleUploadTemps } from "@/lib/documents/checked-upload";
import { uploadDocument } from "@/lib/documents/mutations";
import { getDocumentFileForUser } from "@/lib/documents/queries";
import { createLocalStorage } from "@/lib/storage";
import { makeLargePdf, makePdf } from "@/tests/fixtures/pdf-files";

const NOW = wibToUtc("2025-11-01T10:00");
const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-crash-tmp-"));
let userId: string;
let applicationId: string;
let requirementId: string;
let child: ChildProcess | undefined;

beforeAll(async () => {
  const selection = await prisma.selection.findUniqueOrThrow({
    where: { slug: "sekda-singkawang-2025" },
    select: { id: true, vacancies: { select: { id: true } }, documents: { where: { number: 2 }, select: { id: true, maxSizeBytes: true } } },
  });
  requirementId = selection.documents[0]?.id as string;
  expect(selection.documents[0]?.maxSizeBytes).toBeGreaterThanOrEqual(2 * 1024 * 1024);
  const user = await prisma.user.create({
    data: { email: "crash@uji.seleksi.id", name: "Pelamar Crash", passwordHash: "-", roles: ["APPLICANT"] },
    select: { id: true },
  });
  userId = user.id;
  const application = await prisma.application.create({
    data: { registrationNumber: "UJI-CRASH", selectionId: selection.id, vacancyId: selection.vacancies[0]?.id as string, applicantId: userId },
    select: { id: true },
  });
  applicationId = application.id;
});

afterAll(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  fs.rmSync(tempDir, { recursive: true, force: true });
});

function startUploadServer(): Promise<{ process: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    // node itself with tsx's loader, not the tsx CLI (which runs the script in a child of its own): the
    // process killed is the one that handles the upload.
    const started = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/setup/upload-server.ts"], {
      env: { ...process.env, TMPDIR: tempDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    started.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    started.stdout?.on("data", (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(chunk.toString());
      if (match) resolve({ process: started, port: Number(match[1]) });
    });
    started.on("exit", (code) => reject(new Error(`upload server exited (${code}): ${stderr}`)));
  });
}

function tempFiles(): Array<{ name: string; size: number }> {
  return fs
    .readdirSync(tempDir)
    .filter((name) => name.startsWith("portal-upload-"))
    .map((name) => ({ name, size: fs.statSync(path.join(tempDir, name)).size }));
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function documentState() {
  const document = await prisma.document.findUnique({
    where: { applicationId_requirementId: { applicationId, requirementId } },
    select: { id: true, currentVersionId: true, versions: { select: { id: true, storageKey: true } } },
  });
  return document;
}

describe("the server killed during an upload", () => {
  it("shows no partial version; the earlier one stays current, intact and readable; the partial file is never served", async () => {
    const first = await makePdf({ text: "versi pertama" });
    const v1 = await uploadDocument({ userId, applicationId, requirementId, fileName: "v1.pdf", contentType: "application/pdf", body: Readable.from([first]), ip: null, now: NOW });

    const server = await startUploadServer();
    child = server.process;
    const exited = new Promise<NodeJS.Signals | null>((resolve) => server.process.once("exit", (_code, signal) => resolve(signal)));
    // A valid 1.8 MB PDF (the requirement allows 2 MB), sent slowly: the first half, then the process is killed.
    const large = await makeLargePdf(1_800_000);
    const request = http.request({
      host: "127.0.0.1",
      port: server.port,
      method: "POST",
      path: `/?userId=${userId}&applicationId=${applicationId}&requirementId=${requirementId}&fileName=v2.pdf&now=${NOW.toISOString()}`,
      headers: { "Content-Type": "application/pdf", "Content-Length": String(large.length) },
    });
    const outcome = new Promise<string>((resolve) => {
      request.on("error", (error) => resolve(`error: ${error.message}`));
      request.on("response", (response) => resolve(`status ${response.statusCode}`));
    });
    const half = Math.floor(large.length / 2);
    for (let at = 0; at < half; at += 64 * 1024) request.write(large.subarray(at, Math.min(at + 64 * 1024, half)));
    // Wait until the handler has streamed a good part of it to its temporary file, then kill it.
    const deadline = Date.now() + 20_000;
    while (!tempFiles().some((file) => file.size >= 512 * 1024)) {
      if (Date.now() > deadline) throw new Error("the upload never reached the temporary file");
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    server.process.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect(await outcome).toMatch(/^error: /);

    // The partial file is still on disk (the process could not clean up)…
    const stray = tempFiles();
    expect(stray).toHaveLength(1);
    expect(stray[0]?.size).toBeLessThan(large.length);

    // …but no version was recorded: version 1 is current, alone, and reads back byte for byte.
    const state = await documentState();
    expect(state?.currentVersionId).toBe(v1.versionId);
    expect(state?.versions.map((version) => version.id)).toEqual([v1.versionId]);
    const current = await getDocumentFileForUser({ userId, roles: ["APPLICANT"], documentId: state?.id as string });
    expect(current.versionId).toBe(v1.versionId);
    expect((await readAll(current.stream)).equals(first)).toBe(true);
    expect(createHash("sha256").update(first).digest("hex")).toBe(v1.sha256);

    // The storage holds only version 1's object; the stray file is outside it and no row names it.
    const storage = createLocalStorage(process.env.STORAGE_DIR as string);
    const keys: string[] = [];
    for await (const key of storage.list()) if (key.startsWith(`applications/${applicationId}/`)) keys.push(key);
    expect(keys).toEqual(state?.versions.map((version) => version.storageKey));
    expect(await prisma.documentVersion.count({ where: { storageKey: { contains: stray[0]?.name as string } } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "document.upload", entityId: state?.id } })).toBe(1);
  });

  it("uploads again after the crash, and the stale partial file is reclaimed", async () => {
    const stray = tempFiles();
    expect(stray).toHaveLength(1);
    const old = new Date(Date.now() - STALE_TEMP_AGE_MS - 60_000);
    fs.utimesSync(path.join(tempDir, stray[0]?.name as string), old, old);

    const previousTmp = process.env.TMPDIR;
    process.env.TMPDIR = tempDir;
    try {
      expect(await sweepStaleUploadTemps()).toEqual([stray[0]?.name]);
      const again = await makePdf({ text: "versi kedua" });
      const v2 = await uploadDocument({ userId, applicationId, requirementId, fileName: "v2.pdf", contentType: "application/pdf", body: Readable.from([again]), ip: null, now: NOW });
      expect(v2.version).toBe(2);
    } finally {
      if (previousTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previousTmp;
    }
    expect(tempFiles()).toEqual([]);
  });
});
