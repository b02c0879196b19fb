// lib/cache-tags.ts on Next's own unstable_cache, with a plain in-memory store as the incremental cache
// (what Next's file-system cache does between two requests): a read that raced a publication is not kept.
import { AsyncLocalStorage } from "node:async_hooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Next's server sets this global before it loads any app code; its cache functions read it.
(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;

// updateTag only runs inside a server action; here it records which tags were expired.
const expired: string[] = [];
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/cache")>()), updateTag: (tag: string) => expired.push(tag) }));

const { CACHE_TAGS, cachePublicData, expirePublicData } = await import("@/lib/cache-tags");

type Entry = { value: unknown; tags: string[]; at: number };
const store = new Map<string, Entry>();
const global = globalThis as { __incrementalCache?: unknown };

beforeAll(() => {
  // Next's store keeps an entry until one of its tags expires after it was written: the same rule here.
  global.__incrementalCache = {
    async generateSimpleCacheKey(key: string) {
      return key;
    },
    async get(key: string) {
      const entry = store.get(key);
      if (!entry) return null;
      const stale = entry.tags.some((tag) => (lastExpiry.get(tag) ?? 0) > entry.at);
      return { value: entry.value, isStale: stale };
    },
    async set(key: string, value: unknown, context: { tags: string[] }) {
      store.set(key, { value, tags: context.tags, at: Date.now() });
    },
  };
});
afterAll(() => {
  delete global.__incrementalCache;
});

const lastExpiry = new Map<string, number>();
function publish(...tags: (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS][]) {
  expirePublicData(...tags);
  for (const tag of tags) lastExpiry.set(tag, Date.now());
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("cachePublicData", () => {
  it("keeps a read, and reads again after its tag expires", async () => {
    let status = "DRAFT";
    let reads = 0;
    const read = cachePublicData(async (slug: string) => ({ slug, status, reads: ++reads }), "uji-baca", { tags: [CACHE_TAGS.selections], revalidate: 300 });
    expect(await read("a")).toEqual({ slug: "a", status: "DRAFT", reads: 1 });
    expect(await read("a")).toEqual({ slug: "a", status: "DRAFT", reads: 1 });
    await tick();
    status = "OPEN";
    publish(CACHE_TAGS.selections);
    expect(expired).toContain("selections");
    await tick();
    expect(await read("a")).toEqual({ slug: "a", status: "OPEN", reads: 2 });
  });

  it("does not keep a read that began before a publication and was stored after it", async () => {
    let status = "DRAFT";
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reads = 0;
    const read = cachePublicData(
      async () => {
        reads += 1;
        const seen = status; // the rows as they were when the read began
        if (reads === 1) await gate;
        return seen;
      },
      "uji-balapan",
      { tags: [CACHE_TAGS.selections], revalidate: 300 },
    );
    const racing = read();
    await tick();
    status = "OPEN";
    publish(CACHE_TAGS.selections); // the publication commits and expires the tag while the read is running
    await tick();
    release();
    expect(await racing).toBe("OPEN"); // the racing render itself reads again before it shows anything
    // The old value is in the store, written after the expiry, so the store calls it fresh; it is read again.
    expect(await read()).toBe("OPEN");
    expect(await read()).toBe("OPEN");
  });

  it("an expiry of another tag does not make a read untrusted", async () => {
    let reads = 0;
    const read = cachePublicData(async () => ++reads, "uji-tag-lain", { tags: [CACHE_TAGS.institutions], revalidate: 300 });
    expect(await read()).toBe(1);
    await tick();
    publish(CACHE_TAGS.announcements);
    expect(await read()).toBe(1);
  });
});
