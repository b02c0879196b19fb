// Both storage drivers through the one interface: local disk, and S3 against s3rver (a real
// S3-compatible HTTP server) started here on a free loopback port with a temporary folder.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalStorage, createS3Storage, type Storage } from "@/lib/storage";

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function pattern(sizeBytes: number): Buffer {
  const bytes = Buffer.alloc(sizeBytes);
  for (let index = 0; index < sizeBytes; index += 1) bytes[index] = (index * 31 + (index >> 11)) & 0xff;
  return bytes;
}

/** A stream that fails after `failAfter` bytes, like a client that drops the connection mid-upload. */
function failingStream(failAfter: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= failAfter) {
        this.destroy(new Error("connection reset"));
        return;
      }
      const chunk = Buffer.alloc(Math.min(64 * 1024, failAfter - sent), 7);
      sent += chunk.length;
      this.push(chunk);
    },
  });
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function contractTests(name: string, storage: () => Storage, largeSize: number) {
  describe(`${name} storage`, () => {
    it("puts, reports, reads back and removes an object", async () => {
      const bytes = Buffer.from("%PDF-1.7 isi berkas uji\n");
      const key = "applications/app-1/berkas-1/a.pdf";
      expect(await storage().exists(key)).toBe(false);
      expect(await storage().put(key, Readable.from([bytes]), { contentType: "application/pdf" })).toEqual({ sizeBytes: bytes.length });
      expect(await storage().exists(key)).toBe(true);
      const stored = await storage().get(key);
      expect(stored.sizeBytes).toBe(bytes.length);
      expect(stored.contentType).toBe("application/pdf");
      expect((await readAll(stored.stream)).equals(bytes)).toBe(true);
      await storage().remove(key);
      expect(await storage().exists(key)).toBe(false);
      await expect(storage().remove(key)).resolves.toBeUndefined();
    });

    it("stores a finished file (a checked upload's temporary file) under a key", async () => {
      const bytes = pattern(300_000);
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "portal-putfile-")), "unggahan");
      fs.writeFileSync(file, bytes);
      const key = "applications/app-1/berkas-2/b.pdf";
      expect(await storage().putFile(key, file, { contentType: "application/pdf" })).toEqual({ sizeBytes: bytes.length });
      const stored = await storage().get(key);
      expect(stored.contentType).toBe("application/pdf");
      expect(sha256(await readAll(stored.stream))).toBe(sha256(bytes));
      const keys: string[] = [];
      for await (const listed of storage().list()) keys.push(listed);
      expect(keys).toContain(key);
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    });

    it("answers NOT_FOUND for a missing key", async () => {
      await expect(storage().get("applications/tidak-ada.pdf")).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    it(`streams a ${Math.round(largeSize / 1024 / 1024)} MB object intact`, async () => {
      const bytes = pattern(largeSize);
      const key = "applications/app-1/berkas-2/besar.pdf";
      const chunks = Readable.from((function* () { for (let at = 0; at < bytes.length; at += 256 * 1024) yield bytes.subarray(at, at + 256 * 1024); })());
      expect(await storage().put(key, chunks, { contentType: "application/pdf" })).toEqual({ sizeBytes: largeSize });
      const stored = await storage().get(key);
      expect(stored.sizeBytes).toBe(largeSize);
      expect(sha256(await readAll(stored.stream))).toBe(sha256(bytes));
    });

    it("leaves nothing under the key when the incoming stream fails half-way", async () => {
      const key = "applications/app-1/berkas-3/putus.pdf";
      await expect(storage().put(key, failingStream(largeSize - 1000), { contentType: "application/pdf" })).rejects.toThrow(/connection reset/);
      expect(await storage().exists(key)).toBe(false);
    });

    it("lists every stored key (for backups), and nothing left by a failed put", async () => {
      for (const key of ["daftar/a/1.pdf", "daftar/b/2.png"]) await storage().put(key, Readable.from([Buffer.from(key)]), { contentType: "application/pdf" });
      await storage().put("daftar/c/gagal.pdf", failingStream(100_000), { contentType: "application/pdf" }).catch(() => {});
      const keys: string[] = [];
      for await (const key of storage().list()) keys.push(key);
      expect(keys.filter((key) => key.startsWith("daftar/")).sort()).toEqual(["daftar/a/1.pdf", "daftar/b/2.png"]);
    });

    it("refuses keys that could escape the storage root", async () => {
      for (const key of ["../luar.pdf", "a/../../b", "/etc/passwd", "a/.tersembunyi"]) {
        await expect(storage().put(key, Readable.from([Buffer.from("x")]), { contentType: "text/plain" }), key).rejects.toThrow(/Invalid storage key/);
        await expect(storage().get(key)).rejects.toThrow(/Invalid storage key/);
      }
    });
  });
}

const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), "storage-test-"));
afterAll(() => fs.rmSync(tempRoot, { recursive: true, force: true }));

const localRoot = path.join(tempRoot, "local");
const local = createLocalStorage(localRoot);
contractTests("local", () => local, 3 * 1024 * 1024);

describe("local storage on disk", () => {
  it("keeps no temporary files next to the objects, after success or failure", async () => {
    await local.put("sisa/ok.pdf", Readable.from([Buffer.from("a")]), { contentType: "application/pdf" });
    await local.put("sisa/gagal.pdf", failingStream(100_000), { contentType: "application/pdf" }).catch(() => {});
    const names = fs.readdirSync(path.join(localRoot, "sisa"));
    expect(names.filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect(names).toContain("ok.pdf");
    expect(names).not.toContain("gagal.pdf");
  });

  it("moves a finished file on the same disk into place instead of copying it, readable by the owner only", async () => {
    const file = path.join(localRoot, "..", "unggahan-sementara");
    fs.writeFileSync(file, Buffer.from("%PDF-1.7 pindah\n"));
    const inode = fs.statSync(file).ino;
    await local.putFile("pindah/berkas.pdf", file, { contentType: "application/pdf" });
    const stored = path.join(localRoot, "pindah", "berkas.pdf");
    expect(fs.statSync(stored).ino).toBe(inode);
    expect(fs.statSync(stored).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(file)).toBe(false);
  });

  it("writes objects only below its root folder", () => {
    expect(fs.existsSync(path.join(tempRoot, "luar.pdf"))).toBe(false);
  });
});

let s3server: S3rver | undefined;
let s3: Storage | undefined;
const BUCKET = "portal-uji";

beforeAll(async () => {
  s3server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: path.join(tempRoot, "s3"), configureBuckets: [{ name: BUCKET }] });
  const address = await s3server.run();
  s3 = createS3Storage({
    bucket: BUCKET,
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${address.port}`,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    // The smallest part size S3 allows, so the large-object test goes through several parts.
    partSizeBytes: 5 * 1024 * 1024,
  });
});

afterAll(async () => {
  await s3server?.close();
});

// 12 MB: three parts of a multipart upload (5 + 5 + 2 MB).
contractTests("S3 (s3rver)", () => s3 as Storage, 12 * 1024 * 1024);
