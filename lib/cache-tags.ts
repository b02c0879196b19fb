// Cache tags of public data; a mutation that changes such data expires its tag through expirePublicData, and
// a public read is cached through cachePublicData.
import { unstable_cache, updateTag } from "next/cache";

export const CACHE_TAGS = {
  selections: "selections",
  announcements: "announcements",
  institutions: "institutions",
} as const;

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS];

type PageCache = { purge: () => void };
type Broadcast = (tags: CacheTag[], at: number) => void;

/** When each tag last expired in this process (ms since the epoch; absent: never). */
const expiries = ((globalThis as { [key: symbol]: unknown })[Symbol.for("portal.public-data-expiries")] ??= new Map<CacheTag, number>()) as Map<CacheTag, number>;

/**
 * The one way a server action tells the caches that public data changed: the data cache's tags expire
 * (read-your-own-writes, Next's updateTag) and the public-page cache in front of Next (lib/cli/page-cache.mjs,
 * loaded into the server process) drops its pages, so the next request renders anew. With REDIS_URL, the
 * same expiry goes to every other instance (lib/cli/public-data-broadcast.mjs), and the tags expire in the
 * shared data cache (lib/cli/redis-cache-handler.mjs).
 */
export function expirePublicData(...tags: CacheTag[]): void {
  const at = Date.now();
  for (const tag of tags) {
    expiries.set(tag, at);
    updateTag(tag);
  }
  (globalThis as { [key: symbol]: PageCache | undefined })[Symbol.for("portal.page-cache")]?.purge();
  (globalThis as { [key: symbol]: Broadcast | undefined })[Symbol.for("portal.public-data-broadcast")]?.(tags, at);
}

type Stamped<T> = { readAt: number; value: T };

/**
 * A public read kept in Next's data cache under `tags`. Each stored value carries the time its read began: a
 * read that began before its tag last expired (a render that read the old rows while staff published, and
 * stored them just after the expiry) is not trusted, and the data is read again. The data cache alone would
 * keep that old value as fresh until `revalidate` seconds pass. With several instances the stored value may
 * come from another instance's render and the expiry from another instance's publication (its time arrives
 * through the broadcast): both are Date.now() of their instance, so the guard assumes clocks kept in step.
 */
export function cachePublicData<A extends unknown[], T>(load: (...args: A) => Promise<T>, key: string, options: { tags: CacheTag[]; revalidate: number }) {
  const cached = unstable_cache(async (...args: A): Promise<Stamped<T>> => ({ readAt: Date.now(), value: await load(...args) }), [key], options);
  return async (...args: A): Promise<T> => {
    const stamped = await cached(...args);
    const expiredAt = Math.max(0, ...options.tags.map((tag) => expiries.get(tag) ?? 0));
    return stamped.readAt < expiredAt ? load(...args) : stamped.value;
  };
}
