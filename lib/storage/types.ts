// The one storage interface every uploaded or generated file goes through (documents, decision letters).
import type { Readable } from "node:stream";
import { AppError } from "@/lib/errors";

export type StoredObject = { stream: Readable; sizeBytes: number; contentType: string };

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
};

export function objectNotFound(): AppError {
  return new AppError("NOT_FOUND", "Berkas tidak ditemukan di penyimpanan.");
}
