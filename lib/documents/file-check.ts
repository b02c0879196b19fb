import "server-only";
// Content checks on an uploaded file while it streams to a temporary file: the type is taken from the
// file's first bytes (the browser's claimed type is not trusted), the size is counted and the upload
// aborted as soon as it passes the limit, and the SHA-256 and a PDF's active-content scan are computed on
// the way (the file is never read back whole). PDFs get a cheap structural check afterwards, reading only
// the end of the file and the cross-reference area.
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { FileRejectedError } from "./file-rejection";
import { checkImageStructure } from "./image-structure";
import { PdfActiveContentScanner, type PdfContentWarning } from "./pdf-active-content";
import { checkPdfStructure } from "./pdf-structure";
import { formatFileSize, typeLabel } from "./labels";

export { FileRejectedError, type FileRejectionReason } from "./file-rejection";

export type DetectedMimeType = "application/pdf" | "image/jpeg" | "image/png";

export type FileRules = { acceptedTypes: readonly string[]; maxSizeBytes: number };
export type FileCheckResult = { mimeType: DetectedMimeType; sizeBytes: number; sha256: string };
/** What the secretariat should know about an accepted file (a PDF that carries JavaScript, embedded files…). */
export type FileContentWarning = PdfContentWarning;
export type CheckedFile = FileCheckResult & { warnings: FileContentWarning[] };

const SIGNATURES: ReadonlyArray<{ type: DetectedMimeType; bytes: readonly number[] }> = [
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];
const HEAD_LENGTH = 8;

export function detectMimeType(head: Uint8Array): DetectedMimeType | null {
  for (const signature of SIGNATURES) {
    if (head.length >= signature.bytes.length && signature.bytes.every((byte, index) => head[index] === byte)) return signature.type;
  }
  return null;
}

function typeMismatch(detected: DetectedMimeType | null, accepted: readonly string[]): FileRejectedError {
  const wanted = typeLabel(accepted);
  if (detected === null && accepted.includes("application/pdf")) {
    return new FileRejectedError("TYPE_NOT_ACCEPTED", `Berkas bukan PDF yang valid. Jenis berkas yang diterima: ${wanted}.`);
  }
  const found = detected === null ? "jenis yang tidak dikenali" : typeLabel([detected]);
  return new FileRejectedError("TYPE_NOT_ACCEPTED", `Isi berkas berupa ${found}, sedangkan yang diterima: ${wanted}.`);
}

/** Pass-through stream that checks type and size and hashes what goes through. */
export class FileInspector extends Transform {
  private readonly rules: FileRules;
  private readonly hash = createHash("sha256");
  private head = Buffer.alloc(0);
  private detected: DetectedMimeType | null = null;
  private sizeBytes = 0;
  private finished: FileCheckResult | null = null;
  /** Fed every byte while the file may still be a PDF; dropped once it is known not to be one. */
  private pdfScanner: PdfActiveContentScanner | null;

  constructor(rules: FileRules) {
    super();
    this.rules = rules;
    this.pdfScanner = rules.acceptedTypes.includes("application/pdf") ? new PdfActiveContentScanner() : null;
  }

  private decideType(): FileRejectedError | null {
    this.detected = detectMimeType(this.head);
    if (this.detected !== "application/pdf") this.pdfScanner = null;
    if (this.detected === null || !this.rules.acceptedTypes.includes(this.detected)) return typeMismatch(this.detected, this.rules.acceptedTypes);
    return null;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null, data?: Buffer) => void): void {
    this.sizeBytes += chunk.length;
    if (this.sizeBytes > this.rules.maxSizeBytes) {
      callback(new FileRejectedError("TOO_LARGE", `Ukuran berkas melebihi batas ${formatFileSize(this.rules.maxSizeBytes)}.`));
      return;
    }
    if (this.detected === null && this.head.length < HEAD_LENGTH) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, HEAD_LENGTH - this.head.length)]);
      if (this.head.length >= HEAD_LENGTH) {
        const error = this.decideType();
        if (error) return callback(error);
      }
    }
    this.hash.update(chunk);
    this.pdfScanner?.push(chunk);
    callback(null, chunk);
  }

  override _flush(callback: (error?: Error | null) => void): void {
    if (this.sizeBytes === 0) return callback(new FileRejectedError("EMPTY", "Berkas kosong (0 bita). Pilih berkas yang berisi dokumen."));
    if (this.detected === null) {
      const error = this.decideType();
      if (error) return callback(error);
    }
    this.finished = { mimeType: this.detected as DetectedMimeType, sizeBytes: this.sizeBytes, sha256: this.hash.digest("hex") };
    callback();
  }

  /** Available once the stream has finished without error. */
  result(): FileCheckResult {
    if (!this.finished) throw new Error("FileInspector.result() called before the stream finished");
    return this.finished;
  }

  /** A PDF's active-content warnings, once the stream has finished and `filePath` holds what went through. */
  async pdfWarnings(filePath: string): Promise<PdfContentWarning[]> {
    if (!this.pdfScanner) throw new Error("FileInspector.pdfWarnings() called for a file that is not a PDF");
    return this.pdfScanner.warnings(filePath);
  }
}

/**
 * Streams `source` through the checks into `tempPath` (created, never overwritten), then checks the
 * structure from disk: a PDF must open (and is scanned for active content, which is reported, not
 * refused), a photo must be a whole JPEG or PNG. On any refusal the temporary file is removed.
 */
export async function receiveCheckedFile(source: Readable, tempPath: string, rules: FileRules): Promise<CheckedFile> {
  const inspector = new FileInspector(rules);
  try {
    await pipeline(source, inspector, createWriteStream(tempPath, { flags: "wx", mode: 0o600 }));
    const result = inspector.result();
    if (result.mimeType === "application/pdf") {
      await checkPdfStructure(tempPath, result.sizeBytes);
      return { ...result, warnings: await inspector.pdfWarnings(tempPath) };
    }
    await checkImageStructure(tempPath, result.mimeType, result.sizeBytes);
    return { ...result, warnings: [] };
  } catch (error) {
    await fs.rm(tempPath, { force: true });
    throw error;
  }
}
