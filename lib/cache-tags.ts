// Cache tags of public data; a mutation that changes such data expires its tag through expirePublicData.
import { updateTag } from "next/cache";

export const CACHE_TAGS = {
  selections: "selections",
  announcements: "announcements",
  institutions: "institutions",
} as const;

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS];

type PageCache = { purge: () => void };

/**
 * The one way a server action tells the caches that public data changed: the data cache's tags expire
 * (read-your-own-writes, Next's updateTag) and the public-page cache in front of Next (lib/cli/page-cache.mjs,
 * loaded into the server process) drops its pages, so the next request renders anew.
 */
export function expirePublicData(...tags: CacheTag[]): void {
  for (const tag of tags) updateTag(tag);
  (globalThis as { [key: symbol]: PageCache | undefined })[Symbol.for("portal.page-cache")]?.purge();
}
