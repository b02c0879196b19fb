// #17: the data cache in Redis (lib/cli/redis-cache-handler.mjs) and the public-data broadcast
// (lib/cli/public-data-broadcast.mjs), each "instance" with its own connections to a real, throwaway
// redis-server. The two-instance test (npm run test:scale) runs the same code inside two Next servers.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRedisClient, type RedisClient } from "@/lib/redis";
import { createRedisCacheHandler } from "@/lib/cli/redis-cache-handler.mjs";
import { PUBLIC_DATA_CHANNEL, startPublicDataBroadcast } from "@/lib/cli/public-data-broadcast.mjs";
import { startRedisServer, type RedisServer } from "../setup/redis";

let redis: RedisServer;
const clients: RedisClient[] = [];

async function connection(): Promise<RedisClient> {
  const client = createRedisClient(redis.url, "test");
  await client.connect();
  clients.push(client);
  return client;
}

/** One app instance's data-cache handler (Next makes one per request; the connection is the instance's). */
async function instanceHandler(buildId = "build-1") {
  const client = await connection();
  const Handler = createRedisCacheHandler(async () => client, { buildId });
  return () => new Handler({ revalidatedTags: [], _requestHeaders: {} });
}

const fetchValue = (body: unknown) => ({ kind: "FETCH", data: { headers: {}, body: JSON.stringify(body), status: 200, url: "" }, revalidate: 300 });
const fetchGet = (tags: string[]) => ({ kind: "FETCH", revalidate: 300, tags, softTags: [] });
const fetchSet = (tags: string[]) => ({ fetchCache: true, tags });

beforeAll(async () => {
  redis = await startRedisServer();
});

afterAll(async () => {
  for (const client of clients) if (client.isOpen) await client.close();
  await redis?.stop();
});

describe("the data cache in Redis", () => {
  test("an entry stored by one instance is read by another, until a tag of it expires on either", async () => {
    const a = await instanceHandler();
    const b = await instanceHandler();
    await a().set("selections-list", fetchValue({ titles: ["Sekda"] }), fetchSet(["selections"]));
    await a().set("institutions-list", fetchValue({ names: ["Kota Singkawang"] }), fetchSet(["institutions"]));

    const read = await b().get("selections-list", fetchGet(["selections"]));
    expect(JSON.parse(read.value.data.body)).toEqual({ titles: ["Sekda"] });
    expect(read.lastModified).toBeLessThanOrEqual(Date.now());

    await b().revalidateTag(["selections"]);
    expect(await a().get("selections-list", fetchGet(["selections"]))).toBeNull();
    expect(await b().get("selections-list", fetchGet(["selections"]))).toBeNull();
    // Another tag's entry stays.
    expect(JSON.parse((await a().get("institutions-list", fetchGet(["institutions"]))).value.data.body)).toEqual({ names: ["Kota Singkawang"] });

    // Stored again after the expiry (a render that read the new rows): fresh for everyone.
    await new Promise((resolve) => setTimeout(resolve, 2));
    await b().set("selections-list", fetchValue({ titles: ["Sekda", "Kadis"] }), fetchSet(["selections"]));
    expect(JSON.parse((await a().get("selections-list", fetchGet(["selections"]))).value.data.body)).toEqual({ titles: ["Sekda", "Kadis"] });
  });

  test("a tag the reader asks about expires the entry even if the entry was stored without it", async () => {
    const a = await instanceHandler();
    await a().set("page-data", fetchValue([1]), fetchSet([]));
    await a().revalidateTag("announcements");
    expect(await a().get("page-data", fetchGet(["announcements"]))).toBeNull();
  });

  test("a null write removes the entry; another build's entries are not read", async () => {
    const a = await instanceHandler("build-1");
    const other = await instanceHandler("build-2");
    await a().set("k", fetchValue("v"), fetchSet(["institutions"]));
    expect(await other().get("k", fetchGet(["institutions"]))).toBeNull();
    await a().set("k", null, fetchSet(["institutions"]));
    expect(await a().get("k", fetchGet(["institutions"]))).toBeNull();
  });

  test("an entry keeps a time to live in Redis", async () => {
    const client = await connection();
    const a = await instanceHandler("build-ttl");
    await a().set("ttl-key", fetchValue("v"), fetchSet(["selections"]));
    const ttl = await client.ttl("portal:cache:entry:build-ttl:ttl-key");
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(24 * 60 * 60);
  });

  test("Redis out of reach: a read is a miss at once, a write is skipped, an expiry is logged and does not fail", async () => {
    // A client that keeps trying to connect to a port where nothing listens (as after Redis went away).
    const { port } = await startRedisServer().then(async (server) => (await server.stop(), server));
    const unreachable = createRedisClient(`redis://127.0.0.1:${port}`, "unreachable");
    const connecting = unreachable.connect().catch(() => undefined);
    const Handler = createRedisCacheHandler(() => connecting.then(() => unreachable), { buildId: "x" });
    const handler = new Handler({ revalidatedTags: [], _requestHeaders: {} });
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(String(args[0]));
    try {
      const started = Date.now();
      expect(await handler.get("k", fetchGet(["selections"]))).toBeNull();
      await expect(handler.set("k", fetchValue("v"), fetchSet(["selections"]))).resolves.toBeUndefined();
      expect(Date.now() - started, "a read and a write do not wait for Redis").toBeLessThan(500);
      await expect(handler.revalidateTag(["selections"])).resolves.toBeUndefined();
    } finally {
      console.error = original;
      unreachable.destroy();
    }
    expect(errors.some((line) => line.includes('"operation":"revalidateTag"'))).toBe(true);
  });
});

describe("the public-data broadcast", () => {
  async function instance() {
    const expiries = new Map<string, number>();
    const purges: number[] = [];
    const broadcast = await startPublicDataBroadcast({
      client: await connection(),
      subscriber: createRedisClient(redis.url, "test-subscriber"),
      expiries,
      purge: () => purges.push(Date.now()),
    });
    return { expiries, purges, broadcast };
  }

  async function until(condition: () => boolean) {
    const deadline = Date.now() + 5_000;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error("timed out");
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  test("an expiry published by one instance purges the others' page caches and records its time there", async () => {
    const a = await instance();
    const b = await instance();
    const c = await instance();
    try {
      const at = Date.now();
      await a.broadcast.publish(["selections", "announcements"], at);
      await until(() => b.purges.length === 1 && c.purges.length === 1);
      expect(b.expiries.get("selections")).toBe(at);
      expect(c.expiries.get("announcements")).toBe(at);
      // The publisher purged and recorded already (lib/cache-tags.ts): its own message is not applied again.
      expect(a.purges).toHaveLength(0);

      // An older time (a message overtaken by a later one) never moves an expiry back.
      await a.broadcast.publish(["selections"], at - 1_000);
      await until(() => b.purges.length === 2);
      expect(b.expiries.get("selections")).toBe(at);
    } finally {
      await Promise.all([a, b, c].map((x) => x.broadcast.close()));
    }
  });

  test("an instance that starts later reads the expiries the data cache recorded", async () => {
    const handler = await instanceHandler();
    await handler().revalidateTag(["institutions"]);
    const late = await instance();
    try {
      expect(late.expiries.get("institutions")).toBeGreaterThan(Date.now() - 60_000);
    } finally {
      await late.broadcast.close();
    }
  });

  test("a message that is not ours is ignored", async () => {
    const b = await instance();
    try {
      const client = await connection();
      await client.publish(PUBLIC_DATA_CHANNEL, "not json");
      await client.publish(PUBLIC_DATA_CHANNEL, JSON.stringify({ from: "x", tags: "selections", at: 1 }));
      await client.publish(PUBLIC_DATA_CHANNEL, JSON.stringify({ from: "x", tags: ["institutions"], at: 5 }));
      await until(() => b.purges.length === 1);
      expect(b.expiries.get("institutions")).toBeGreaterThanOrEqual(5);
      expect(b.purges).toHaveLength(1);
    } finally {
      await b.broadcast.close();
    }
  });
});
