import { describe, expect, it } from "vitest";
import { isValidStorageKey, newStorageKey } from "@/lib/storage/keys";

describe("storage keys", () => {
  it("accept server-built keys and refuse anything that could leave the storage folder", () => {
    expect(isValidStorageKey("applications/ck123/berkas-1/0f6c.pdf")).toBe(true);
    for (const key of ["", "../etc/passwd", "a/../b", "/abs", "a//b", "a/.hidden", "a\\b", "a/b c", "x".repeat(600)]) {
      expect(isValidStorageKey(key), key).toBe(false);
    }
  });

  it("makes a fresh key per call, so a new version never overwrites an old one", () => {
    const first = newStorageKey(["applications", "ck123", "berkas-1"], "pdf");
    expect(first).toMatch(/^applications\/ck123\/berkas-1\/[0-9a-f-]{36}\.pdf$/);
    expect(newStorageKey(["applications", "ck123", "berkas-1"], "pdf")).not.toBe(first);
  });
});
