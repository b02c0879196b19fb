// Storage keys are built by the server, never taken from the browser; still, every driver checks them,
// so a bug elsewhere cannot turn a key into a path outside the storage folder or bucket prefix.
import { randomUUID } from "node:crypto";

// A segment starts with a letter or digit: no "..", no hidden names (the local driver keeps its
// temporary and metadata files under dot-names next to the objects).
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const MAX_KEY_LENGTH = 512;

export function isValidStorageKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  return key.split("/").every((segment) => SEGMENT.test(segment));
}

export function assertStorageKey(key: string): void {
  if (!isValidStorageKey(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key.slice(0, 80))}`);
}

/** A fresh key under `prefix` (segments joined by "/"); unique, so a new version never overwrites an old one. */
export function newStorageKey(prefix: string[], extension: string): string {
  const key = [...prefix, `${randomUUID()}${extension ? `.${extension}` : ""}`].join("/");
  assertStorageKey(key);
  return key;
}
