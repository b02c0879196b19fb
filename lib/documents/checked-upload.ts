import "server-only";
// The one path every uploaded file takes (applicants' documents, decision letters): the name is
// cleaned, an announced oversize is refused before reading, the content streams through the checks
// (magic bytes, size cut-off, SHA-256, PDF structure) into a temporary file, and the checked file is
// stored under a fresh key. The caller then records it in its own transaction and calls discard()
// if that fails, so no stored object is left that the database does not know about.
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { AppError } from "@/lib/errors";
import { getStorage, newStorageKey, type Storage } from "@/lib/storage";
import { FileRejectedError, receiveCheckedFile, type DetectedMimeType, type FileContentWarning, type FileRules } from "./file-check";
import { formatFileSize } from "./labels";
import { requestBodyToReadable } from "./request-body";
import { logger } from "@/lib/log";

/** A request body (web stream), a File from a server action, or a Node stream. */
export type UploadSource = ReadableStream<Uint8Array> | Blob | Readable;

export type CheckedUploadOptions = FileRules & {
  /** Folders of the storage key; the object gets a fresh name with the detected type's extension. */
  keyPrefix: string[];
  /** The name the client gave; cleaned and given the detected type's extension, kept for display only. */
  fileName: string;
  /** Used when the cleaned name is empty; without it an empty name is refused. */
  fallbackFileName?: string;
  /** The size the client announced (Content-Length): a larger one is refused before reading. A File's own size counts too. */
  declaredSizeBytes?: number | null;
  /** Defaults to the portal's storage. */
  storage?: Storage;
};

export type CheckedUpload = {
  key: string;
  sizeBytes: number;
  sha256: string;
  mimeType: DetectedMimeType;
  /** The cleaned name with the extension of the detected type (evil.html stored as a PDF is evil.pdf). */
  fileName: string;
  /** What the secretariat should be told about the file (accepted, but flagged). */
  warnings: FileContentWarning[];
  /** Removes the stored object again; for when the change that records it fails. Never throws. */
  discard(): Promise<void>;
};

const EXTENSIONS: Record<DetectedMimeType, string> = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" };
/** Extensions a name may already end with for each type (kept as typed). */
const KNOWN_EXTENSIONS: Record<DetectedMimeType, readonly string[]> = { "application/pdf": ["pdf"], "image/jpeg": ["jpg", "jpeg"], "image/png": ["png"] };
const MAX_NAME_LENGTH = 200;

/**
 * Keeps a display name only: no folders, no control, format or bidi characters (U+202E would show
 * "gpj.exe" as "exe.jpg"), no quotes or leading dots, bounded length. Characters of Unicode's Cc
 * (controls, C0 and C1), Cf (format: bidi embeddings, overrides and isolates, zero-width characters,
 * the BOM) and Zl/Zp (line and paragraph separators) go; other white-space becomes one space.
 */
export function sanitizeFileName(name: string): string {
  const base = (name.normalize("NFC").split(/[\\/]/).pop() ?? "")
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}"]/gu, "")
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/^[.\s]+/u, "");
  return truncateName(base);
}

function truncateName(name: string): string {
  const characters = Array.from(name);
  if (characters.length <= MAX_NAME_LENGTH) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : "";
  return characters.slice(0, MAX_NAME_LENGTH - extension.length).join("").trimEnd() + extension;
}

/**
 * The cleaned name with the extension of the type the content was detected as: a name that ends in
 * one of the type's extensions is kept; another extension (a dot and 1–5 letters/digits starting with
 * a letter: "evil.html") is replaced; otherwise the extension is appended ("laporan v1.2" → "laporan v1.2.pdf").
 */
export function withDetectedExtension(name: string, mimeType: DetectedMimeType): string {
  const match = /\.([A-Za-z][A-Za-z0-9]{0,4})$/.exec(name);
  if (match && KNOWN_EXTENSIONS[mimeType].includes((match[1] ?? "").toLowerCase())) return name;
  const stem = (match ? name.slice(0, match.index) : name).trimEnd() || "berkas";
  return truncateName(`${stem}.${EXTENSIONS[mimeType]}`);
}

function toNodeReadable(source: UploadSource): Readable {
  if (source instanceof Readable) return source;
  if (source instanceof Blob) return Readable.fromWeb(source.stream() as unknown as NodeReadableStream<Uint8Array>);
  // Not Readable.fromWeb for a request body: see request-body.ts.
  return requestBodyToReadable(source);
}

const TEMP_PREFIX = "portal-upload-";
/** A temporary upload file older than this was left by a process that died mid-upload. */
export const STALE_TEMP_AGE_MS = 60 * 60 * 1000;
let sweptDir: string | null = null;

/**
 * Removes temporary upload files that a killed process left behind (a finished or refused upload
 * always removes its own). They were never served (they live outside the storage and no row names
 * them); this only reclaims the disk. Runs once per process and temporary folder, on the first upload.
 */
export async function sweepStaleUploadTemps(now = Date.now()): Promise<string[]> {
  const dir = os.tmpdir();
  const removed: string[] = [];
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const file = path.join(dir, name);
    const stat = await fs.stat(file).catch(() => null);
    if (stat?.isFile() && now - stat.mtimeMs > STALE_TEMP_AGE_MS) {
      await fs.rm(file, { force: true });
      removed.push(name);
    }
  }
  return removed;
}

async function removeStored(storage: Storage, key: string): Promise<void> {
  await storage.remove(key).catch((error: unknown) => {
    logger.error({ event: "storage.remove_failed", storageKey: key, err: error }, "Berkas gagal dihapus dari penyimpanan");
  });
}

/** The extension a stored object of this type gets (its key names the type). */
export function storageExtension(mimeType: DetectedMimeType): string {
  return EXTENSIONS[mimeType];
}

/**
 * A file the browser put into the storage itself (a direct upload to S3 under `key`), checked as an upload
 * through the app is: it is read back through the same checks; its size and detected type must be the ones
 * the upload was allowed for. On refusal the object is removed, so nothing unchecked stays under a key.
 */
export async function checkStoredUpload(
  key: string,
  options: FileRules & { fileName: string; declaredType: DetectedMimeType; declaredSizeBytes: number; storage?: Storage },
): Promise<CheckedUpload> {
  const storage = options.storage ?? getStorage();
  let isDiscarded = false;
  const discard = async () => {
    if (isDiscarded) return;
    isDiscarded = true;
    await removeStored(storage, key);
  };
  const object = await storage.get(key).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") throw new AppError("VALIDATION", "Berkas belum sampai di penyimpanan. Unggah kembali.", { file: "Berkas belum sampai di penyimpanan. Unggah kembali." });
    throw error;
  });
  const tempPath = path.join(os.tmpdir(), `${TEMP_PREFIX}${randomUUID()}`);
  try {
    if (object.sizeBytes !== options.declaredSizeBytes) {
      object.stream.destroy();
      throw new FileRejectedError("SIZE_MISMATCH", "Ukuran berkas yang tersimpan berbeda dari yang diunggah. Unggah kembali.");
    }
    const checked = await receiveCheckedFile(object.stream, tempPath, { acceptedTypes: options.acceptedTypes, maxSizeBytes: options.maxSizeBytes });
    if (checked.mimeType !== options.declaredType) {
      throw new FileRejectedError("TYPE_NOT_ACCEPTED", `Isi berkas bukan ${EXTENSIONS[options.declaredType].toUpperCase()} seperti yang diumumkan saat mengunggah. Periksa berkas, lalu unggah kembali.`);
    }
    return { key, ...checked, fileName: withDetectedExtension(options.fileName, checked.mimeType), discard };
  } catch (error) {
    await discard();
    throw error;
  } finally {
    await fs.rm(tempPath, { force: true });
  }
}

/** Checks `source` against `options` and stores it; throws FileRejectedError (or AppError) and stores nothing on refusal. */
export async function storeCheckedUpload(source: UploadSource, options: CheckedUploadOptions): Promise<CheckedUpload> {
  const fileName = sanitizeFileName(options.fileName) || options.fallbackFileName || "";
  if (!fileName) throw new AppError("VALIDATION", "Nama berkas kosong.", { file: "Nama berkas kosong." });
  const declared = source instanceof Blob ? source.size : options.declaredSizeBytes;
  if (declared && declared > options.maxSizeBytes) {
    throw new FileRejectedError("TOO_LARGE", `Ukuran berkas melebihi batas ${formatFileSize(options.maxSizeBytes)}.`);
  }

  const storage = options.storage ?? getStorage();
  const rules: FileRules = { acceptedTypes: options.acceptedTypes, maxSizeBytes: options.maxSizeBytes };
  if (sweptDir !== os.tmpdir()) {
    sweptDir = os.tmpdir();
    void sweepStaleUploadTemps().catch(() => {});
  }
  const tempPath = path.join(os.tmpdir(), `${TEMP_PREFIX}${randomUUID()}`);
  try {
    const checked = await receiveCheckedFile(toNodeReadable(source), tempPath, rules);
    const key = newStorageKey(options.keyPrefix, EXTENSIONS[checked.mimeType]);
    try {
      await storage.putFile(key, tempPath, { contentType: checked.mimeType });
    } catch (error) {
      // A put that fails half-way (or succeeds but reports failure) must not leave an object behind.
      await removeStored(storage, key);
      throw error;
    }
    let isDiscarded = false;
    return {
      key,
      ...checked,
      fileName: withDetectedExtension(fileName, checked.mimeType),
      async discard() {
        if (isDiscarded) return;
        isDiscarded = true;
        await removeStored(storage, key);
      },
    };
  } finally {
    await fs.rm(tempPath, { force: true });
  }
}
