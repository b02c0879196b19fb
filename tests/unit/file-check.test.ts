import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { detectMimeType, FileRejectedError, receiveCheckedFile, type FileRules } from "@/lib/documents/file-check";
import { PdfActiveContentScanner, scanPdfActiveContent } from "@/lib/documents/pdf-active-content";
import {
  HTML_PAGE,
  JPEG_BYTES,
  JPEG_HTML_POLYGLOT,
  JPEG_WITH_TRAILING_HTML,
  makeLargePdf,
  makePdf,
  makePdfWithAttachment,
  makePdfWithJavaScript,
  makePng,
  PNG_BYTES,
  PNG_HTML_POLYGLOT,
  SVG_IMAGE,
  TEXT_AS_PDF,
  withEncryptEntry,
} from "@/tests/fixtures/pdf-files";

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
      expect(result).toEqual({ mimeType: "application/pdf", sizeBytes: pdf.length, sha256: createHash("sha256").update(pdf).digest("hex"), warnings: [] });
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

describe("hostile files (issue 12)", () => {
  it("refuses HTML and SVG renamed to .pdf, and as photos", async () => {
    for (const bytes of [HTML_PAGE, SVG_IMAGE]) {
      expect((await rejection(bytes)).reason).toBe("TYPE_NOT_ACCEPTED");
      const asPhoto = await rejection(bytes, PHOTO_RULES);
      expect(asPhoto.reason).toBe("TYPE_NOT_ACCEPTED");
      expect(asPhoto.message).toMatch(/jenis yang tidak dikenali/);
    }
  });

  it("refuses JPEG or PNG magic bytes followed by HTML (polyglots), and HTML appended after a whole JPEG", async () => {
    for (const bytes of [JPEG_HTML_POLYGLOT, JPEG_WITH_TRAILING_HTML, PNG_HTML_POLYGLOT]) {
      const error = await rejection(bytes, PHOTO_RULES);
      expect(error.reason).toBe("INVALID_IMAGE");
      expect(error.message).toMatch(/^Berkas bukan gambar (JPEG|PNG) yang utuh: .+\. Simpan ulang foto/);
    }
  });

  it("refuses truncated images, a PNG chunk with a wrong CRC and an image of zero pixels", async () => {
    expect((await rejection(JPEG_BYTES.subarray(0, JPEG_BYTES.length - 2), PHOTO_RULES)).reason).toBe("INVALID_IMAGE");
    expect((await rejection(JPEG_BYTES.subarray(0, 200), PHOTO_RULES)).reason).toBe("INVALID_IMAGE");
    const png = makePng();
    expect((await rejection(png.subarray(0, png.length - 12), PHOTO_RULES)).message).toMatch(/IEND/);
    const badCrc = Buffer.from(png);
    badCrc[42] = (badCrc[42] as number) ^ 0xff; // inside IDAT
    expect((await rejection(badCrc, PHOTO_RULES)).message).toMatch(/CRC/);
    expect((await rejection(makePng(0, 3), PHOTO_RULES)).message).toMatch(/ukuran gambar nol/);
  });

  it("accepts padding after the end of an image", async () => {
    await expect(check(Buffer.concat([JPEG_BYTES, Buffer.from("\n\0\0")]), PHOTO_RULES)).resolves.toMatchObject({ result: { mimeType: "image/jpeg" } });
    await expect(check(Buffer.concat([makePng(), Buffer.alloc(16)]), PHOTO_RULES)).resolves.toMatchObject({ result: { mimeType: "image/png" } });
  });

  it("accepts a file of exactly the limit and refuses one byte more", async () => {
    const pdf = await makePdf();
    const exact: FileRules = { acceptedTypes: ["application/pdf"], maxSizeBytes: pdf.length };
    await expect(check(pdf, exact)).resolves.toMatchObject({ result: { sizeBytes: pdf.length } });
    const over = Buffer.concat([pdf, Buffer.from("\n")]);
    const error = await rejection(over, exact);
    expect(error.reason).toBe("TOO_LARGE");
    expect(error.message).toMatch(/^Ukuran berkas melebihi batas/);
  });

  it("accepts a PDF with JavaScript or an embedded file but reports it (object streams and plain objects)", async () => {
    for (const objectStreams of [true, false]) {
      const { result } = await check(await makePdfWithJavaScript({ objectStreams }));
      expect(result.warnings).toEqual(["PDF_JAVASCRIPT"]);
    }
    expect((await check(await makePdfWithAttachment())).result.warnings).toEqual(["PDF_EMBEDDED_FILE"]);
    expect((await check(await makePdf())).result.warnings).toEqual([]);
  });

  it("sees names written with #xx escapes and a launch action", async () => {
    const file = path.join(workDir, "escaped-names");
    fs.writeFileSync(file, "%PDF-1.7\n1 0 obj << /Type /Action /S /J#61vaScript /J#53 (app.alert(1)) >> endobj\n2 0 obj << /S /L#61unch >> endobj\n");
    expect(await scanPdfActiveContent(file, fs.statSync(file).size)).toEqual(["PDF_JAVASCRIPT", "PDF_LAUNCH_ACTION"]);
    fs.writeFileSync(file, "%PDF-1.7\n1 0 obj << /Type /Catalog /JSON (not a script) /EmbeddedFilesX 1 >> endobj\n");
    expect(await scanPdfActiveContent(file, fs.statSync(file).size)).toEqual([]);
    // A regular character other than a letter, digit or escape makes another name; the last name of the file counts.
    fs.writeFileSync(file, "%PDF-1.7\n1 0 obj << /JavaScript.x 1 /Launch-2 2 /J\u00e9 3 >> endobj\n/EmbeddedFile");
    expect(await scanPdfActiveContent(file, fs.statSync(file).size)).toEqual(["PDF_EMBEDDED_FILE"]);
  });

  it("sees a name that a 64 KiB read cuts in two, among stray solidi of binary data", async () => {
    const file = path.join(workDir, "cut-name");
    const noise = Buffer.from(Array.from({ length: 65_536 - 5 }, (_, index) => (index % 7 === 0 ? 0x2f : 0x41 + (index % 26))));
    fs.writeFileSync(file, Buffer.concat([Buffer.from("%PDF-1.7\n"), noise.subarray(10), Buffer.from(" /JavaScript (x)\n")]));
    expect(await scanPdfActiveContent(file, fs.statSync(file).size)).toEqual(["PDF_JAVASCRIPT"]);
  });
});

describe("active-content scan while the upload streams", () => {
  it("finds the same names whatever the sizes of the pieces the body arrives in", async () => {
    const withScript = await makePdfWithJavaScript({ objectStreams: true });
    const withAttachment = await makePdfWithAttachment();
    for (const size of [1, 7, 512, 4096]) {
      const target = path.join(workDir, `pieces-${counter++}`);
      expect((await receiveCheckedFile(chunked(withScript, size), target, PDF_RULES)).warnings, `pieces of ${size} B`).toEqual(["PDF_JAVASCRIPT"]);
      const other = path.join(workDir, `pieces-${counter++}`);
      expect((await receiveCheckedFile(chunked(withAttachment, size), other, PDF_RULES)).warnings, `pieces of ${size} B`).toEqual(["PDF_EMBEDDED_FILE"]);
    }
  });

  it("judges a name cut between two pieces only once its end has arrived", async () => {
    const text = "%PDF-1.7\n1 0 obj << /JSON (not a script) /Launch >> endobj\n";
    const cut = text.indexOf("/JSON") + 3; // the first piece ends with "/JS", the second starts with "ON"
    const scanner = new PdfActiveContentScanner();
    scanner.push(Buffer.from(text.slice(0, cut), "latin1"));
    scanner.push(Buffer.from(text.slice(cut), "latin1"));
    const file = path.join(workDir, "cut-json");
    fs.writeFileSync(file, text);
    expect(await scanner.warnings(file)).toEqual(["PDF_LAUNCH_ACTION"]);
  });
});

describe("active-content names found in bytes", () => {
  // The pattern the scan applies (lib/documents/pdf-active-content.ts), as text: the reference.
  const NAME = /\/([A-Za-z0-9#]{2,40})(?=[\0\t\n\f\r ()<>[\]{}/%]|$)/g;
  const FLAGGED: Record<string, string> = { JS: "PDF_JAVASCRIPT", JavaScript: "PDF_JAVASCRIPT", EmbeddedFiles: "PDF_EMBEDDED_FILE", EmbeddedFile: "PDF_EMBEDDED_FILE", FileAttachment: "PDF_EMBEDDED_FILE", Launch: "PDF_LAUNCH_ACTION" };
  const reference = (text: string) => {
    const found = new Set<string>();
    for (const match of text.matchAll(NAME)) {
      const name = (match[1] ?? "").replace(/#([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      if (FLAGGED[name]) found.add(FLAGGED[name]);
    }
    return ["PDF_JAVASCRIPT", "PDF_EMBEDDED_FILE", "PDF_LAUNCH_ACTION"].filter((warning) => found.has(warning));
  };

  it("finds exactly what the pattern finds in text, in random mixtures of names, look-alikes and binary", async () => {
    const pieces = ["/JS", "/JavaScript", "/Launch", "/EmbeddedFile", "/J#61vaScript", "/L#61unch", "/JSON", "/Launchx", "JS", "/", "//", " ", "(", ">>", ".", "-", "\u00e9", "\u00ff", "\n", "A".repeat(45), "/".concat("B".repeat(41)), "x", "#", "%"];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 300; round += 1) {
      const text = Array.from({ length: 1 + random(40) }, () => pieces[random(pieces.length)]).join("");
      const file = path.join(workDir, `names-${round}`);
      fs.writeFileSync(file, Buffer.from(text, "latin1"));
      const bytes = fs.readFileSync(file);
      expect(await scanPdfActiveContent(file, bytes.length), JSON.stringify(text)).toEqual(reference(bytes.toString("latin1")));
      const scanner = new PdfActiveContentScanner();
      for (let offset = 0, size = 1 + random(9); offset < bytes.length; offset += size) scanner.push(bytes.subarray(offset, offset + size));
      expect(await scanner.warnings(file), JSON.stringify(text)).toEqual(reference(bytes.toString("latin1")));
    }
  });
});
