// Rate limits (issue #17 item 2) on the real PostgreSQL store: each limit trips at its count, per IP and per
// identifier, starts again after its window, and is shared by two limiter instances with their own pools,
// as two app instances would be; identifiers are never stored as typed; the proxy answers a proof lookup
// over its limit with 429 and Retry-After.
process.env.PORTAL_PEER_HEADER = "1";

import { NextRequest } from "next/server";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { enforceRateLimits, RATE_LIMITS, RateLimits, type RateLimitName } from "@/lib/rate-limit";
import { postgresRateLimitStore, redisRateLimitStore } from "@/lib/rate-limit/store";
import { startRedisServer } from "../setup/redis";
import { proxy } from "@/proxy";

const databaseUrl = process.env.DATABASE_URL!;
// Two "instances": each its own limiter objects and its own connection pool, one database.
const instanceA = new RateLimits(postgresRateLimitStore(databaseUrl), { keySecret: "uji" });
const instanceB = new RateLimits(postgresRateLimitStore(databaseUrl), { keySecret: "uji" });
const relaxed = new RateLimits(postgresRateLimitStore(databaseUrl), { keySecret: "uji", relaxedIps: ["127.0.0.1"], relaxedFactor: 10 });

afterEach(() => {
  vi.useRealTimers();
});
afterAll(async () => {
  await Promise.all([instanceA.close(), instanceB.close(), relaxed.close()]);
});

async function takeTimes(limits: RateLimits, limit: RateLimitName, key: string, ip: string | null, times: number): Promise<boolean[]> {
  const outcomes: boolean[] = [];
  for (let n = 0; n < times; n++) outcomes.push(!(await limits.take([{ limit, key }], ip)).limited);
  return outcomes;
}

async function storedKeys(): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ key: string }>(`SELECT key FROM "RateLimitCounter"`);
    return rows.map((row) => row.key);
  } finally {
    await client.end();
  }
}

describe("limits on PostgreSQL", () => {
  it("lets the sign-in requests of one IP through up to the limit and refuses the next, until the window ends", async () => {
    const ip = "198.51.100.1";
    const allowed = RATE_LIMITS["sign-in:ip"].points;
    expect(await takeTimes(instanceA, "sign-in:ip", ip, ip, allowed)).toEqual(Array(allowed).fill(true));
    const refused = await instanceA.take([{ limit: "sign-in:ip", key: ip }], ip);
    expect(refused).toMatchObject({ limited: true, limit: "sign-in:ip" });
    expect(refused.limited && refused.retryAfterSeconds).toBeGreaterThan(15 * 60 - 30);
    expect(refused.limited && refused.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // Another IP is counted on its own.
    expect((await instanceA.take([{ limit: "sign-in:ip", key: "198.51.100.2" }], "198.51.100.2")).limited).toBe(false);

    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 15 * 60_000 + 1_000 });
    expect((await instanceA.take([{ limit: "sign-in:ip", key: ip }], ip)).limited).toBe(false);
  });

  it("limits sign-ups per e-mail across IPs, and stores the e-mail only as an HMAC", async () => {
    const email = "batas.daftar@uji.seleksi.id";
    const results = [];
    for (let n = 0; n < 4; n++) results.push((await instanceA.take([{ limit: "sign-up:email", key: email }], `203.0.113.${n}`)).limited);
    expect(results).toEqual([false, false, false, true]);
    const keys = await storedKeys();
    expect(keys.some((key) => key.startsWith("rl:sign-up:email:"))).toBe(true);
    expect(keys.join("\n")).not.toContain(email);

    // The identifier's window is an hour; a minute later it still refuses, an hour later it lets through.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 60_000 });
    expect((await instanceA.take([{ limit: "sign-up:email", key: email }], "203.0.113.9")).limited).toBe(true);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 60 * 60_000 });
    expect((await instanceA.take([{ limit: "sign-up:email", key: email }], "203.0.113.9")).limited).toBe(false);
  });

  it("stops at the first limit exceeded: an IP over its limit does not use up the identifier's allowance", async () => {
    const ip = "198.51.100.3";
    await takeTimes(instanceA, "reset-request:ip", ip, ip, RATE_LIMITS["reset-request:ip"].points);
    const checks = [
      { limit: "reset-request:ip" as const, key: ip },
      { limit: "reset-request:email" as const, key: "tetap.utuh@uji.seleksi.id" },
    ];
    for (let n = 0; n < 5; n++) expect((await instanceA.take(checks, ip)).limited).toBe(true);
    expect(await takeTimes(instanceA, "reset-request:email", "tetap.utuh@uji.seleksi.id", "198.51.100.4", 4)).toEqual([true, true, true, false]);
  });

  it("shares one count between two instances, also for a parallel burst", async () => {
    const ip = "198.51.100.5";
    const allowed = RATE_LIMITS["sign-in:ip"].points;
    // Alternating between the instances: the limit is of the two together.
    for (let n = 0; n < allowed; n++) expect((await (n % 2 ? instanceB : instanceA).take([{ limit: "sign-in:ip", key: ip }], ip)).limited).toBe(false);
    expect((await instanceA.take([{ limit: "sign-in:ip", key: ip }], ip)).limited).toBe(true);
    expect((await instanceB.take([{ limit: "sign-in:ip", key: ip }], ip)).limited).toBe(true);

    // 100 parallel lookups from one IP, half through each instance: exactly the limit gets through.
    const burstIp = "198.51.100.6";
    const verdicts = await Promise.all(
      Array.from({ length: 100 }, (_, n) => (n % 2 ? instanceB : instanceA).take([{ limit: "verify-lookup:ip", key: burstIp }], burstIp)),
    );
    expect(verdicts.filter((verdict) => !verdict.limited)).toHaveLength(RATE_LIMITS["verify-lookup:ip"].points);
  });

  it("raises the limits of a relaxed address only, in the same counters", async () => {
    const allowed = RATE_LIMITS["upload:ip"].points;
    expect((await takeTimes(relaxed, "upload:ip", "127.0.0.1", "127.0.0.1", allowed + 5)).every(Boolean)).toBe(true);
    expect(await takeTimes(relaxed, "upload:ip", "198.51.100.7", "198.51.100.7", allowed + 1)).toEqual([...Array(allowed).fill(true), false]);
    // A strict instance reads the relaxed address's counter as it is, over its own limit.
    expect((await instanceA.take([{ limit: "upload:ip", key: "127.0.0.1" }], "127.0.0.1")).limited).toBe(true);
  });

  it("refuses a server call with the AppError RATE_LIMITED and the Indonesian message", async () => {
    const checks = [{ limit: "password-change:account" as const, key: "akun-uji" }];
    for (let n = 0; n < RATE_LIMITS["password-change:account"].points; n++) await enforceRateLimits(checks, null, instanceA);
    const error = await enforceRateLimits(checks, null, instanceA).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "RATE_LIMITED", message: "Terlalu banyak percobaan. Coba lagi dalam 15 menit.", retryAfterSeconds: expect.any(Number) });
  });
});

describe("limits on Redis (REDIS_URL: several instances)", () => {
  it("shares one count between two instances, each with its own connection, also for a parallel burst", async () => {
    const redis = await startRedisServer();
    const stores = [redisRateLimitStore(redis.url), redisRateLimitStore(redis.url)];
    // Until its connection is up a store counts in memory (per instance): the shared count starts after.
    await Promise.all(stores.map((store) => store.connected));
    const [a, b] = stores.map((store) => new RateLimits(store, { keySecret: "uji" })) as [RateLimits, RateLimits];
    try {
      const ip = "198.51.100.7";
      const allowed = RATE_LIMITS["sign-in:ip"].points;
      for (let n = 0; n < allowed; n++) expect((await (n % 2 ? b : a).take([{ limit: "sign-in:ip", key: ip }], ip)).limited).toBe(false);
      const refused = await a.take([{ limit: "sign-in:ip", key: ip }], ip);
      expect(refused.limited).toBe(true);
      expect((await b.take([{ limit: "sign-in:ip", key: ip }], ip)).limited).toBe(true);
      const burstIp = "198.51.100.8";
      const verdicts = await Promise.all(
        Array.from({ length: 100 }, (_, n) => (n % 2 ? b : a).take([{ limit: "verify-lookup:ip", key: burstIp }], burstIp)),
      );
      expect(verdicts.filter((verdict) => !verdict.limited)).toHaveLength(RATE_LIMITS["verify-lookup:ip"].points);
    } finally {
      await Promise.all([a.close(), b.close()]);
      await redis.stop();
    }
  });
});

describe("the proxy's public lookups", () => {
  function lookup(path: string, peer: string) {
    return proxy(new NextRequest(`http://localhost${path}`, { headers: { "x-portal-peer": peer } }));
  }

  it("answers /verifikasi?kode=… over the per-IP limit with 429 and Retry-After", async () => {
    const peer = "192.0.2.10";
    const allowed = RATE_LIMITS["verify-lookup:ip"].points;
    for (let n = 0; n < allowed; n++) {
      const response = await lookup(`/verifikasi?nomor=JPT-2025-${String(n).padStart(4, "0")}&kode=ABCD`, peer);
      expect(response.status).toBe(200);
    }
    const refused = await lookup("/verifikasi?nomor=JPT-2025-9999&kode=ABCD", peer);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    expect(await refused.text()).toBe("Terlalu banyak percobaan. Coba lagi dalam 15 menit.\n");
    // The page without a code (the empty form) is not a lookup and is not limited.
    expect((await lookup("/verifikasi", peer)).status).toBe(200);
  });

  it("limits lookups of one registration number from many IPs", async () => {
    const allowed = RATE_LIMITS["verify-lookup:number"].points;
    for (let n = 0; n < allowed; n++) expect((await lookup(`/verifikasi?nomor=jpt-2025-0042&kode=X${n}`, `192.0.2.${100 + n}`)).status).toBe(200);
    const refused = await lookup("/verifikasi?nomor=JPT-2025-0042&kode=LAIN", "192.0.2.200");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("limits the self-check's selection requests per IP", async () => {
    const peer = "192.0.2.20";
    const allowed = RATE_LIMITS["self-check:ip"].points;
    for (let n = 0; n < allowed; n++) expect((await lookup("/cek-kelayakan?seleksi=sekda-singkawang-2025", peer)).status).toBe(200);
    const refused = await lookup("/cek-kelayakan?seleksi=sekda-singkawang-2025", peer);
    expect(refused.status).toBe(429);
    expect(await refused.text()).toBe("Terlalu banyak percobaan. Coba lagi dalam 1 menit.\n");
  });
});
