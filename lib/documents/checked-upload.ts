import "server-only";
// The one path every uploaded file takes (applicants' documents, decision letters): the name is
// cleaned, an announced oversize is refused before reading, the content streams through the checks
// (magic bytes, size cut-off, SHA-256, PDF structure) into a temporary file, and the checked file is
// stored under a fresh key. The caller then records it in its own transaction and calls discard()
// if that fails, so no stored object is left that the database does not know about.
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { AppError } from "@/lib/errors";
import { getStorage, newStorageKey, type Storage } from "@/lib/storage";
import { FileRejectedError, receiveCheckedFile, type DetectedMimeType, type FileRules } from "./file-check";
import { formatFileSize } from "./labels";
import { requestBodyToReadable } from "./request-body";

/** A request body (web stream), a File from a server action, or a Node stream. */
export type UploadSource = ReadableStream<Uint8Array> | Blob | Readable;

export type CheckedUploadOptions = FileRules & {
  /** Folders of the storage key; the object gets a fresh name with the detected type's extension. */
  keyPrefix: string[];
  /** The name the client gave; cleaned, kept for display only. */
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
  fileName: string;
  /** Removes the stored object again; for when the change that records it fails. Never throws. */
  discard(): Promise<void>;
};

const EXTENSIONS: Record<DetectedMimeType, string> = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" };

/** Keeps a display name only: no folders, no control characters, bounded length. */
export function sanitizeFileName(name: string): string {
  const base = (name.normalize("NFC").split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f"]/g, "")
    .trim();
  if (base.length <= 200) return base;
  const dot = base.lastIndexOf(".");
  const extension = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : "";
  return base.slice(0, 200 - extension.length) + extension;
}

function toNodeReadable(source: UploadSource): Readable {
  if (source instanceof Readable) return source;
  if (source instanceof Blob) return Readable.fromWeb(source.stream() as unknown as NodeReadableStream<Uint8Array>);
  // Not Readable.fromWeb for a request body: see request-body.ts.
  return requestBodyToReadable(source);
}

async function removeStored(storage: Storage, key: string): Promise<void> {
  await storage.remove(key).catch((error: unknown) => {
    console.error("Berkas gagal dihapus dari penyimpanan:", key, error instanceof Error ? error.message : "unknown");
  });
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
  const tempPath = path.join(os.tmpdir(), `portal-upload-${randomUUID()}`);
  try {
    const checked = await receiveCheckedFile(toNodeReadable(source), tempPath, rules);
    const key = newStorageKey(options.keyPrefix, EXTENSIONS[checked.mimeType]);
    try {
      await storage.put(key, createReadStream(tempPath), { contentType: checked.mimeType });
    } catch (error) {
      // A put that fails half-way (or succeeds but reports failure) must not leave an object behind.
      await removeStored(storage, key);
      throw error;
    }
    let isDiscarded = false;
    return {
      key,
      fileName,
      ...checked,
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
