// #17: REDIS_URL switches the shared cache on; without it nothing changes (one instance, Next's own cache).
import path from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { redisUrl, sharedRedis } from "@/lib/redis";

const saved = process.env.REDIS_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.REDIS_URL;
  else process.env.REDIS_URL = saved;
  vi.resetModules();
});

async function nextConfig() {
  vi.resetModules();
  return (await import("@/next.config")).default;
}

describe("REDIS_URL", () => {
  test("unset: no cache handler, no connection", async () => {
    delete process.env.REDIS_URL;
    expect((await nextConfig()).cacheHandler).toBeUndefined();
    expect(redisUrl()).toBeNull();
    expect(sharedRedis()).toBeNull();
  });

  test("set: Next's data cache is the Redis handler", async () => {
    process.env.REDIS_URL = "redis://127.0.0.1:6390";
    expect((await nextConfig()).cacheHandler).toBe(path.resolve("lib/cli/redis-cache-handler.mjs"));
    expect(redisUrl()).toBe("redis://127.0.0.1:6390");
  });

  test("a value that is not a Redis URL is refused with the expected form", () => {
    process.env.REDIS_URL = "127.0.0.1:6379";
    expect(() => redisUrl()).toThrow(/REDIS_URL tidak sah: harus diawali redis:\/\/ atau rediss:\/\//);
  });
});
