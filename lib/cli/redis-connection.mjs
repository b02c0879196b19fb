// The Redis connection of this process, when REDIS_URL is set (several app instances sharing one cache; #17).
// Plain JavaScript because three kinds of code use it: the preload in the Next server process
// (lib/cli/public-data-broadcast.mjs), the data-cache handler Next loads by path (lib/cli/redis-cache-handler.mjs)
// and the app through lib/redis.ts. They share one command connection through globalThis, so a publication's
// PUBLISH and its tag expiry reach Redis in the order they were sent.
//
// Without REDIS_URL nothing here connects and nothing else changes: one instance, nothing to install.
import { createClient } from "redis";

const SHARED = Symbol.for("portal.redis");
/** The hash of tag -> when it last expired (ms since the epoch), shared by all instances and builds. */
export const TAG_EXPIRIES_KEY = "portal:cache:tag-expiries";
/** How long a cache read or write may wait for Redis before the app goes on without it. */
export const REDIS_TIMEOUT_MS = 2_000;

/** REDIS_URL when set (redis:// or rediss://), otherwise null. The one reader of the variable. */
export function redisUrl() {
  const value = process.env.REDIS_URL?.trim();
  if (!value) return null;
  if (!/^rediss?:\/\//.test(value)) throw new Error(`REDIS_URL tidak sah: harus diawali redis:// atau rediss:// (contoh: REDIS_URL=redis://127.0.0.1:6379)`);
  return value;
}

/** A new client for `url`, logging its errors (never the URL: it may hold a password) instead of crashing. */
export function createRedisClient(url, name = "portal") {
  const client = createClient({ url, name, socket: { connectTimeout: 5_000 } });
  let lastLogged = 0;
  client.on("error", (error) => {
    // A lost connection repeats its error on every reconnect attempt: one line per 10 s is enough.
    if (Date.now() - lastLogged < 10_000) return;
    lastLogged = Date.now();
    console.error(JSON.stringify({ level: "error", msg: "redis", client: name, error: String(error?.message ?? error) }));
  });
  return client;
}

/** The process's command connection (connected on first use), or null without REDIS_URL. */
export function sharedRedis() {
  const url = redisUrl();
  if (!url) return null;
  const state = (globalThis[SHARED] ??= {});
  if (!state.ready) {
    const client = createRedisClient(url, "portal");
    state.client = client;
    state.ready = client.connect().then(
      () => client,
      (error) => {
        state.ready = undefined;
        throw error;
      },
    );
  }
  return state.ready;
}

/** Closes the process's connection (tests, shutdown). */
export async function closeSharedRedis() {
  const state = globalThis[SHARED];
  if (!state?.ready) return;
  const client = state.client;
  state.ready = undefined;
  state.client = undefined;
  if (client?.isOpen) await client.close();
}

/** `promise`, or a rejection after `ms`: a cache must not hold a request while Redis is away. */
export function withTimeout(promise, ms = REDIS_TIMEOUT_MS) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis tidak menjawab dalam ${ms} ms`)), ms);
    timer.unref?.();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
