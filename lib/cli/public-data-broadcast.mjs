// Tells every app instance that public data changed (#17), when REDIS_URL is set. Installed by the preload
// (lib/cli/peer-address.mjs) in the Next server process, beside the page cache it purges.
//
// lib/cache-tags.ts `expirePublicData` records the tags' expiry time in this process's map (the race guard
// of cachePublicData), purges this process's page cache, and calls the `publish` installed here through
// globalThis. Every other instance receives the message on its own subscriber connection, records the same
// time in its map (never moving an entry back) and purges its page cache: a publication on instance B is on
// instance A's public page at the next request. The PUBLISH goes out on the process's command connection
// before the data-cache handler's tag expiry (lib/cli/redis-cache-handler.mjs), which Next awaits before it
// answers the action, so another instance has the message before the publisher's answer reaches anyone.
//
// An instance that starts later reads the expiries already recorded (the handler's hash) into its map once
// subscribed, so an entry a render stored while racing a publication is not trusted there either.
//
// Times are each instance's Date.now(): instances are assumed to keep their clocks in step (NTP).
import crypto from "node:crypto";
import { createRedisClient, redisUrl, sharedRedis, TAG_EXPIRIES_KEY } from "./redis-connection.mjs";

export const PUBLIC_DATA_CHANNEL = "portal:public-data-expired";
const EXPIRIES = Symbol.for("portal.public-data-expiries");
const PAGE_CACHE = Symbol.for("portal.page-cache");
const PUBLISH = Symbol.for("portal.public-data-broadcast");

function logError(operation, error) {
  console.error(JSON.stringify({ level: "error", msg: "public data broadcast", operation, error: String(error?.message ?? error) }));
}

/** Records `at` for each tag unless the map already holds a later time. */
export function recordExpiries(expiries, tags, at) {
  for (const tag of tags) if (!(expiries.get(tag) >= at)) expiries.set(tag, at);
}

/**
 * One instance's end of the broadcast. `client` publishes (the process's command connection); `subscriber`
 * is a connection of its own (a subscribed Redis connection runs no other command). Resolves once
 * subscribed and the recorded expiries are read.
 */
export async function startPublicDataBroadcast({ client, subscriber, expiries, purge, instanceId = crypto.randomUUID() }) {
  const listener = (message) => {
    let parsed;
    try {
      parsed = JSON.parse(message);
    } catch {
      return;
    }
    if (!parsed || parsed.from === instanceId || !Array.isArray(parsed.tags) || typeof parsed.at !== "number") return;
    recordExpiries(expiries, parsed.tags.filter((tag) => typeof tag === "string"), parsed.at);
    purge();
  };
  if (!subscriber.isOpen) await subscriber.connect();
  await subscriber.subscribe(PUBLIC_DATA_CHANNEL, listener);
  // After subscribing: an expiry recorded between the two reaches the map either way.
  const recorded = await client.hGetAll(TAG_EXPIRIES_KEY);
  for (const [tag, at] of Object.entries(recorded)) recordExpiries(expiries, [tag], Number(at));
  return {
    instanceId,
    /** Sends the expiry to the other instances; resolves once Redis has taken it. */
    publish: (tags, at) => client.publish(PUBLIC_DATA_CHANNEL, JSON.stringify({ from: instanceId, tags, at })),
    close: async () => {
      if (subscriber.isOpen) await subscriber.close();
    },
  };
}

/** In the server process: starts the broadcast when REDIS_URL is set; nothing otherwise. */
export function installPublicDataBroadcast() {
  const url = redisUrl();
  if (!url) return;
  const expiries = (globalThis[EXPIRIES] ??= new Map());
  const pending = [];
  // Until subscribed, expiries published by this process wait here (the server answers meanwhile).
  globalThis[PUBLISH] = (tags, at) => void pending.push([tags, at]);
  const connect = async () => {
    const subscriber = createRedisClient(url, "portal-subscriber");
    try {
      const client = await sharedRedis();
      const broadcast = await startPublicDataBroadcast({ client, subscriber, expiries, purge: () => globalThis[PAGE_CACHE]?.purge() });
      globalThis[PUBLISH] = (tags, at) => void broadcast.publish(tags, at).catch((error) => logError("publish", error));
      for (const [tags, at] of pending.splice(0)) globalThis[PUBLISH](tags, at);
    } catch (error) {
      if (subscriber.isOpen) subscriber.destroy();
      throw error;
    }
  };
  const attempt = () =>
    connect().catch((error) => {
      logError("start", error);
      // Redis may come later: try again, as the connection's own reconnects do.
      setTimeout(attempt, 5_000).unref();
    });
  attempt();
}
