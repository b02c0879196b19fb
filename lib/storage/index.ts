import "server-only";
// Picks the storage driver from the environment: an S3-compatible bucket when S3_BUCKET is set,
// otherwise the local folder STORAGE_DIR. One instance per process.
import path from "node:path";
import { env } from "@/lib/env";
import { createLocalStorage } from "./local";
import { createS3Storage } from "./s3";
import type { Storage } from "./types";

export type { Storage, StoredObject, StoredObjectInfo } from "./types";
export { isValidStorageKey, newStorageKey } from "./keys";
export { createLocalStorage } from "./local";
export { createS3Storage, type S3StorageOptions } from "./s3";

let instance: Storage | undefined;

function fromEnv(): Storage {
  const config = env();
  if (!config.S3_BUCKET) return createLocalStorage(path.resolve(config.STORAGE_DIR));
  if (!config.S3_ACCESS_KEY_ID || !config.S3_SECRET_ACCESS_KEY) {
    throw new Error("S3_BUCKET is set but S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY are missing");
  }
  return createS3Storage({
    bucket: config.S3_BUCKET,
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    accessKeyId: config.S3_ACCESS_KEY_ID,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY,
  });
}

export function getStorage(): Storage {
  instance ??= fromEnv();
  return instance;
}

/** Whether browsers may upload straight to the storage (S3; a local folder has no URL of its own). */
export function supportsDirectUpload(): boolean {
  return getStorage().presignPut !== undefined;
}
