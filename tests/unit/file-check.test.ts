import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { detectMimeType, FileRejectedError, receiveCheckedFile, type FileRules } from "@/lib/documents/file-check";
import { JPEG_BYTES, makeLargePdf, makePdf, PNG_BYTES, TEXT_AS_PDF, withEncryptEntry } from "@/tests/fixtures/pdf-files";

const PDF_RULES: FileRules = { acceptedTypes: ["application/pdf"], maxSizeBytes: 2 * 1024 * 1024 };
const PHOTO_RULES: FileRules = { acceptedTypes: ["image/jpeg", "image/png"], maxSizeBytes: 1024 * 1024 };
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "file-check-"));
let counter = 0;

afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

/** Streams `bytes` in small chunks, as a network body would arrive. */
function chunked(bytes: Buffer, chunkSize = 1000): Readable {
  return Readable.from(
    (function* () {
      for (let offset = 0; offset < bytes.length; offset += chunkSize) yield bytes.subarray(offset, offset + chunkSize);
    })(),
  );
}

async function check(bytes: Buffer, rules = PDF_RULES) {
  const target = path.join(workDir, `upload-${counter++}`);
  try {
    return { result: await receiveCheckedFile(chunked(bytes), target, rules), target };
  } catch (error) {
    expect(fs.existsSync(target), "a refused upload leaves no temporary file").toBe(false);
    throw error;
  }
}

async function rejection(bytes: Buffer, rules = PDF_RULES): Promise<FileRejectedError> {
  const error: unknown = await check(bytes, rules).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FileRejectedError);
  return error as FileRejectedError;
}

describe("magic bytes", () => {
  it("recognises PDF, JPEG and PNG by content only", () => {
    expect(detectMimeType(Buffer.from("%PDF-1.7\n"))).toBe("application/pdf");
    expect(detectMimeType(JPEG_BYTES)).toBe("image/jpeg");
    expect(detectMimeType(PNG_BYTES)).toBe("image/png");
    expect(detectMimeType(TEXT_AS_PDF)).toBeNull();
    expect(detectMimeType(Buffer.from("%PDF"))).toBeNull();
  });
});

describe("receiveCheckedFile", () => {
  it("accepts pdf-lib PDFs with a cross-reference stream and with a classic table, hashing while streaming", async () => {
    for (const objectStreams of [true, false]) {
      const pdf = await makePdf({ objectStreams });
      const { result, target } = await check(pdf);
      expect(result).toEqual({ mimeType: "application/pdf", sizeBytes: pdf.length, sha256: createHash("sha256").update(pdf).digest("hex") });
      expect(fs.readFileSync(target).equals(pdf)).toBe(true);
    }
  });

  it("accepts trailing white-space after %%EOF", async () => {
    const pdf = Buffer.concat([await makePdf(), Buffer.from("\r\n\n  \n")]);
    await expect(check(pdf)).resolves.toMatchObject({ result: { mimeType: "application/pdf" } });
  });

  it("refuses a text file renamed to .pdf as not a valid PDF", async () => {
    const error = await rejection(TEXT_AS_PDF);
    expect(error.reason).toBe("TYPE_NOT_ACCEPTED");
    expect(error.message).toMatch(/Berkas bukan PDF yang valid/);
  });

  it("refuses a JPEG for a PDF requirement and a PDF for a photo requirement", async () => {
    expect((await rejection(JPEG_BYTES)).message).toMatch(/JPEG.*PDF/);
    expect((await rejection(await makePdf(), PHOTO_RULES)).reason).toBe("TYPE_NOT_ACCEPTED");
  });

  it("accepts JPEG and PNG photos where images are accepted", async () => {
    await expect(check(JPEG_BYTES, PHOTO_RULES)).resolves.toMatchObject({ result: { mimeType: "image/jpeg", sizeBytes: JPEG_BYTES.length } });
    await expect(check(PNG_BYTES, PHOTO_RULES)).resolves.toMatchObject({ result: { mimeType: "image/png" } });
  });

  it("refuses an empty file", async () => {
    expect((await rejection(Buffer.alloc(0))).reason).toBe("EMPTY");
  });

  it("refuses an oversized file and stops reading the source as soon as the limit is passed", async () => {
    let pulled = 0;
    const endless = Readable.from(
      (function* () {
        const chunk = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(64 * 1024 - 9)]);
        for (;;) {
          pulled += 1;
          yield pulled === 1 ? chunk : Buffer.alloc(64 * 1024);
        }
      })(),
    );
    const target = path.join(workDir, "oversize");
    const error = await receiveCheckedFile(endless, target, { acceptedTypes: ["application/pdf"], maxSizeBytes: 1024 * 1024 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FileRejectedError);
    expect((error as FileRejectedError).reason).toBe("TOO_LARGE");
    expect((error as FileRejectedError).message).toContain("1 MB");
    // 1 MiB is 16 chunks; a little read-ahead is fine, reading on is not.
    expect(pulled).toBeLessThanOrEqual(24);
    expect(fs.existsSync(target)).toBe(false);
  });

  it("refuses a real PDF just over the limit", async () => {
    const pdf = await makeLargePdf(300 * 1024);
    expect((await rejection(pdf, { acceptedTypes: ["application/pdf"], maxSizeBytes: 200 * 1024 })).reason).toBe("TOO_LARGE");
  });

  it("refuses truncated PDFs", async () => {
    const pdf = await makePdf();
    for (const broken of [pdf.subarray(0, Math.floor(pdf.length / 2)), pdf.subarray(0, pdf.length - 6), pdf.subarray(0, 20)]) {
      const error = await rejection(Buffer.from(broken));
      expect(error.reason).toBe("INVALID_PDF");
      expect(error.message).toMatch(/Berkas bukan PDF yang valid/);
    }
  });

  it("refuses a PDF header followed by garbage, or a startxref pointing nowhere", async () => {
    expect((await rejection(Buffer.from("%PDF-1.4\nbukan isi pdf\n%%EOF\n"))).reason).toBe("INVALID_PDF");
    expect((await rejection(Buffer.from("%PDF-1.4\n1 0 obj\n<< >>\nendobj\nstartxref\n999999\n%%EOF"))).reason).toBe("INVALID_PDF");
    const pdf = (await makePdf({ objectStreams: false })).toString("latin1");
    const shifted = pdf.replace(/startxref\n(\d+)/, (_match, offset: string) => `startxref\n${Number(offset) - 40}`);
    expect((await rejection(Buffer.from(shifted, "latin1"))).reason).toBe("INVALID_PDF");
  });

  it("refuses encrypted PDFs (classic trailer and cross-reference stream)", async () => {
    for (const objectStreams of [true, false]) {
      const error = await rejection(withEncryptEntry(await makePdf({ objectStreams })));
      expect(error.reason).toBe("ENCRYPTED_PDF");
      expect(error.message).toMatch(/dienkripsi/);
    }
  });
});
