// Next's data cache in Redis, shared by every app instance (next.config.ts sets it as `cacheHandler` when
// REDIS_URL is set; Next loads this file by path in the server process, unbundled, hence plain JavaScript).
//
// What goes to Redis: the entries of `unstable_cache` (kind FETCH), which is what cachePublicData
// (lib/cache-tags.ts) stores. Each entry keeps its tags and the time it was stored; a tag expired on any
// instance (updateTag, through expirePublicData) is written to one hash with its time, and an entry stored
// at or before its tag's expiry is a miss everywhere. Other kinds (prerendered routes, ISR) are build output
// that every instance has on its own disk: they stay with Next's file-system cache, unchanged.
//
// Redis unreachable or still connecting: a read is a miss (the page reads PostgreSQL), a write is skipped,
// an expiry waits up to REDIS_TIMEOUT_MS and is logged if it could not be written.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { sharedRedis, TAG_EXPIRIES_KEY, withTimeout } from "./redis-connection.mjs";

const require = createRequire(import.meta.url);
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

const ENTRY_PREFIX = "portal:cache:entry:";
const MIN_TTL_SECONDS = 60;
const MAX_TTL_SECONDS = 24 * 60 * 60;

/**
 * The client if it is connected now, else null: a read or a write does not wait while the connection is
 * being made or remade (the connection logs its own errors); the page reads PostgreSQL meanwhile.
 */
async function readyClient(connect) {
  const pending = connect();
  if (!pending) return null;
  const client = await Promise.race([pending, Promise.resolve(null)]).catch(() => null);
  return client?.isReady ? client : null;
}

function logError(operation, error) {
  console.error(JSON.stringify({ level: "error", msg: "redis cache", operation, error: String(error?.message ?? error) }));
}

/** The build's id: entries of one build are not read by another (their functions may differ). */
function buildIdOf(serverDistDir) {
  try {
    return fs.readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
  } catch {
    return "dev";
  }
}

/**
 * A cache handler class over the Redis client `connect()` resolves to. The server uses the default export
 * (the process's shared connection); tests make one per simulated instance, each with its own connection.
 */
export function createRedisCacheHandler(connect = sharedRedis, options = {}) {
  const now = options.now ?? (() => Date.now());
  return class RedisCacheHandler {
    constructor(context) {
      this.local = context?.fs && context?.serverDistDir ? new FileSystemCache(context) : null;
      this.prefix = `${ENTRY_PREFIX}${options.buildId ?? (context?.serverDistDir ? buildIdOf(context.serverDistDir) : "dev")}:`;
    }

    async get(key, context) {
      if (context?.kind !== "FETCH") return this.local ? this.local.get(key, context) : null;
      try {
        const client = await readyClient(connect);
        if (!client) return null;
        const raw = await withTimeout(client.get(this.prefix + key));
        if (!raw) return null;
        const entry = JSON.parse(raw);
        const tags = [...new Set([...(entry.tags ?? []), ...(context.tags ?? []), ...(context.softTags ?? [])])];
        if (tags.length > 0) {
          const expiries = await withTimeout(client.hmGet(TAG_EXPIRIES_KEY, tags));
          // Stored at or before an expiry of one of its tags: expired (the same ms counts, to be safe).
          if (expiries.some((expiredAt) => expiredAt !== null && Number(expiredAt) >= entry.lastModified)) return null;
        }
        return { lastModified: entry.lastModified, value: entry.value };
      } catch (error) {
        logError("get", error);
        return null;
      }
    }

    async set(key, data, context) {
      // A data-cache write is a FETCH entry (or its removal, null, with the fetch context).
      if (data?.kind !== "FETCH" && context?.fetchCache !== true) return this.local?.set(key, data, context);
      try {
        const client = await readyClient(connect);
        if (!client) return;
        if (data === null) {
          await withTimeout(client.del(this.prefix + key));
          return;
        }
        // Kept past its revalidate time: Next serves a stale entry while it refreshes it in the background.
        const revalidate = typeof data.revalidate === "number" && data.revalidate > 0 ? data.revalidate : MAX_TTL_SECONDS;
        const ttl = Math.min(MAX_TTL_SECONDS, Math.max(MIN_TTL_SECONDS, revalidate * 10));
        const entry = { lastModified: now(), tags: context?.tags ?? [], value: data };
        await withTimeout(client.set(this.prefix + key, JSON.stringify(entry), { EX: ttl }));
      } catch (error) {
        logError("set", error);
      }
    }

    /**
     * Expires the tags for every instance. A profile (revalidateTag(tag, profile): serve stale while
     * revalidating) is treated as an immediate expiry, the stricter reading; the app only uses updateTag.
     */
    async revalidateTag(tags, durations) {
      const list = (typeof tags === "string" ? [tags] : tags).filter(Boolean);
      await this.local?.revalidateTag(list, durations);
      if (list.length === 0) return;
      try {
        const client = await withTimeout(connect());
        const at = String(now());
        await withTimeout(client.hSet(TAG_EXPIRIES_KEY, Object.fromEntries(list.map((tag) => [tag, at]))));
      } catch (error) {
        // The change is committed; other instances see it when their entries' revalidate time passes.
        logError("revalidateTag", error);
      }
    }

    resetRequestCache() {
      this.local?.resetRequestCache?.();
    }
  };
}

export default createRedisCacheHandler();
