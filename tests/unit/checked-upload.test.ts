// The one checked-upload path (documents and decision letters) against the local storage driver in a
// temporary folder: what it returns, what it leaves behind after a refusal, a failed put or discard().
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { sanitizeFileName, storeCheckedUpload, withDetectedExtension, type CheckedUploadOptions } from "@/lib/documents/checked-upload";
import { FileRejectedError } from "@/lib/documents/file-check";
import { AppError } from "@/lib/errors";
import { createLocalStorage, type Storage } from "@/lib/storage";
import { JPEG_BYTES, makePdf, makePdfWithJavaScript, TEXT_AS_PDF } from "@/tests/fixtures/pdf-files";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "checked-upload-"));
const storage = createLocalStorage(path.join(root, "objects"));
const tempDir = path.join(root, "tmp");
const originalTmpdir = process.env.TMPDIR;

const options = (overrides: Partial<CheckedUploadOptions> = {}): CheckedUploadOptions => ({
  acceptedTypes: ["application/pdf"],
  maxSizeBytes: 1024 * 1024,
  keyPrefix: ["uji", "berkas"],
  fileName: "surat.pdf",
  storage,
  ...overrides,
});

function storedUnder(...prefix: string[]): string[] {
  const dir = path.join(root, "objects", ...prefix);
  return fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).filter((name) => !path.basename(name).startsWith(".")) : [];
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

// The pipeline writes its temporary file under os.tmpdir(): point that at a folder of our own.
beforeEach(() => {
  fs.rmSync(tempDir, { recursive: true, force: true });
  fs.mkdirSync(tempDir, { recursive: true });
  process.env.TMPDIR = tempDir;
  expect(os.tmpdir()).toBe(tempDir);
});
afterEach(() => {
  if (originalTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = originalTmpdir;
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("storeCheckedUpload", () => {
  it("stores a checked PDF under a fresh key and reports its size, SHA-256, type and cleaned name", async () => {
    const pdf = await makePdf();
    const upload = await storeCheckedUpload(Readable.from([pdf]), options({ keyPrefix: ["uji", "ok"], fileName: "folder/Surat\u0007 Lamaran.pdf" }));
    expect(upload.key).toMatch(/^uji\/ok\/[0-9a-f-]{36}\.pdf$/);
    expect(upload).toMatchObject({ sizeBytes: pdf.length, mimeType: "application/pdf", fileName: "Surat Lamaran.pdf" });
    expect(upload.sha256).toBe(createHash("sha256").update(pdf).digest("hex"));
    expect(await storage.exists(upload.key)).toBe(true);
    expect(fs.readdirSync(tempDir)).toEqual([]);

    await upload.discard();
    expect(await storage.exists(upload.key)).toBe(false);
    await expect(upload.discard()).resolves.toBeUndefined();
  });

  it("accepts a File (a server action's upload) and names images by their content", async () => {
    const upload = await storeCheckedUpload(new File([new Uint8Array(JPEG_BYTES)], "   ", { type: "image/png" }), options({ acceptedTypes: ["image/jpeg", "image/png"], keyPrefix: ["uji", "foto"], fileName: "   ", fallbackFileName: "foto" }));
    expect(upload).toMatchObject({ mimeType: "image/jpeg", fileName: "foto.jpg" });
    expect(upload.key).toMatch(/\.jpg$/);
  });

  it("refuses content of the wrong type and stores nothing", async () => {
    const error = await refusal(storeCheckedUpload(Readable.from([TEXT_AS_PDF]), options({ keyPrefix: ["uji", "teks"] })));
    expect(error).toBeInstanceOf(FileRejectedError);
    expect((error as FileRejectedError).reason).toBe("TYPE_NOT_ACCEPTED");
    expect(storedUnder("uji", "teks")).toEqual([]);
    expect(fs.readdirSync(tempDir)).toEqual([]);
  });

  it("refuses an announced oversize, or a File's own, before reading a byte", async () => {
    const unread = new Readable({
      read() {
        throw new Error("the body must not be read");
      },
    });
    const announced = await refusal(storeCheckedUpload(unread, options({ declaredSizeBytes: 2 * 1024 * 1024 })));
    expect((announced as FileRejectedError).reason).toBe("TOO_LARGE");
    expect(announced.message).toBe("Ukuran berkas melebihi batas 1 MB.");
    const file = await refusal(storeCheckedUpload(new File([new Uint8Array(2 * 1024 * 1024)], "besar.pdf"), options()));
    expect((file as FileRejectedError).reason).toBe("TOO_LARGE");
  });

  it("refuses a name that is empty once cleaned, unless a fallback is given", async () => {
    const error = await refusal(storeCheckedUpload(Readable.from([await makePdf()]), options({ fileName: '/"\u0000' })));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.file).toBe("Nama berkas kosong.");
  });

  it("removes what a failed put may have left and the temporary file", async () => {
    const failing: Storage = {
      ...storage,
      async putFile(key, filePath, putOptions) {
        await storage.putFile(key, filePath, putOptions);
        throw new Error("connection reset");
      },
    };
    await expect(storeCheckedUpload(Readable.from([await makePdf()]), options({ keyPrefix: ["uji", "putus"], storage: failing }))).rejects.toThrow(/connection reset/);
    expect(storedUnder("uji", "putus")).toEqual([]);
    expect(fs.readdirSync(tempDir)).toEqual([]);
  });
});

describe("file names (issue 12)", () => {
  it("drops folders, control, format and bidi characters, quotes and leading dots", () => {
    expect(sanitizeFileName("../../x.pdf")).toBe("x.pdf");
    expect(sanitizeFileName("..\\..\\windows\\x.pdf")).toBe("x.pdf");
    // U+202E (right-to-left override) shows "foto\u202Egpj.exe" as "fotoexe.jpg".
    expect(sanitizeFileName("foto\u202Egpj.exe")).toBe("fotogpj.exe");
    expect(sanitizeFileName("a\u2066b\u2069c\u200Fd\u061Ce\u200Bf\uFEFFg\u0085h\u2028i.pdf")).toBe("abcdefghi.pdf");
    expect(sanitizeFileName("surat\tlamaran\n\"final\".pdf")).toBe("suratlamaranfinal.pdf");
    expect(sanitizeFileName("surat   lamaran\u00A0 akhir.pdf")).toBe("surat lamaran akhir.pdf");
    expect(sanitizeFileName(".htaccess")).toBe("htaccess");
    expect(Array.from(sanitizeFileName(`${"é".repeat(300)}.pdf`))).toHaveLength(200);
    expect(sanitizeFileName(`${"é".repeat(300)}.pdf`).endsWith(".pdf")).toBe(true);
  });

  it("gives the name the extension of the detected type", () => {
    expect(withDetectedExtension("evil.html", "application/pdf")).toBe("evil.pdf");
    expect(withDetectedExtension("evil.svg", "image/png")).toBe("evil.png");
    expect(withDetectedExtension("Surat.PDF", "application/pdf")).toBe("Surat.PDF");
    expect(withDetectedExtension("foto.jpeg", "image/jpeg")).toBe("foto.jpeg");
    expect(withDetectedExtension("foto.png", "image/jpeg")).toBe("foto.jpg");
    expect(withDetectedExtension("laporan v1.2", "application/pdf")).toBe("laporan v1.2.pdf");
    expect(withDetectedExtension("scan", "application/pdf")).toBe("scan.pdf");
    expect(withDetectedExtension(".html", "application/pdf")).toBe("berkas.pdf");
  });

  it("stores a PDF uploaded as evil.html under a .pdf key and name, and a traversal name under its prefix only", async () => {
    const html = await storeCheckedUpload(Readable.from([await makePdf()]), options({ keyPrefix: ["uji", "nama"], fileName: "evil.html" }));
    expect(html).toMatchObject({ fileName: "evil.pdf", mimeType: "application/pdf", warnings: [] });
    expect(html.key).toMatch(/^uji\/nama\/[0-9a-f-]{36}\.pdf$/);
    const traversal = await storeCheckedUpload(Readable.from([await makePdf()]), options({ keyPrefix: ["uji", "nama"], fileName: "../../x.pdf" }));
    expect(traversal.fileName).toBe("x.pdf");
    expect(traversal.key).toMatch(/^uji\/nama\/[0-9a-f-]{36}\.pdf$/);
    expect(fs.readdirSync(root)).toEqual(["objects", "tmp"]);
  });

  it("passes the PDF warnings on", async () => {
    const flagged = await storeCheckedUpload(Readable.from([await makePdfWithJavaScript()]), options({ keyPrefix: ["uji", "js"] }));
    expect(flagged.warnings).toEqual(["PDF_JAVASCRIPT"]);
  });
});
