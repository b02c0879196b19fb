// The one storage interface every uploaded or generated file goes through (documents, decision letters).
import type { Readable } from "node:stream";
import { AppError } from "@/lib/errors";
import { isValidStorageKey } from "./keys";

export type StoredObject = { stream: Readable; sizeBytes: number; contentType: string };

/** A stored key with when its object was last written and its size (listObjects). */
export type StoredObjectInfo = { key: string; lastModified: Date; sizeBytes: number };

export type Storage = {
  /** Stores the whole stream under `key`; the key appears only once the object is complete. */
  put(key: string, body: Readable, options: { contentType: string }): Promise<{ sizeBytes: number }>;
  /**
   * Stores the finished file at `filePath` under `key` (an upload checked into a temporary file). The local
   * driver moves it into place when it is on the same disk (no second copy of the bytes), so the file may be
   * gone afterwards; the caller removes it when it is still there.
   */
  putFile(key: string, filePath: string, options: { contentType: string }): Promise<{ sizeBytes: number }>;
  /**
   * S3 only (absent on local disk): a URL the browser PUTs one file to directly, valid for `expiresInSeconds`,
   * with its content type and exact size bound in the signature (a longer or shorter body, or another type,
   * is refused by the storage). `headers` are the ones the browser must send with it.
   */
  presignPut?(key: string, options: { contentType: string; sizeBytes: number; expiresInSeconds: number }): Promise<{ url: string; headers: Record<string, string> }>;
  /** Throws AppError NOT_FOUND when the key holds nothing. */
  get(key: string): Promise<StoredObject>;
  /** Idempotent: removing a missing key is not an error (cleanup paths call it blindly). */
  remove(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Every stored key, in no particular order (backups); never a temporary or metadata file. */
  list(): AsyncIterable<string>;
  /**
   * The objects whose keys start with `prefix`, a run of whole segments ending in "/" (e.g. "applications/"),
   * with when each was written: what a sweep of abandoned objects needs. No temporary or metadata file.
   */
  listObjects(prefix: string): AsyncIterable<StoredObjectInfo>;
};

/** A listObjects prefix: empty, or valid key segments each followed by "/". */
export function assertStoragePrefix(prefix: string): void {
  if (prefix === "") return;
  if (!prefix.endsWith("/") || !isValidStorageKey(prefix.slice(0, -1))) throw new Error(`Invalid storage prefix: ${JSON.stringify(prefix.slice(0, 80))}`);
}

export function objectNotFound(): AppError {
  return new AppError("NOT_FOUND", "Berkas tidak ditemukan di penyimpanan.");
}
