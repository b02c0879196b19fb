// The rate limits' message, the public lookups the proxy limits, and the limiter logic on the memory store
// (the PostgreSQL store, shared by instances, is tested in tests/integration/rate-limits.test.ts).
import { describe, expect, it } from "vitest";
import { rateLimitMessage } from "@/lib/errors";
import { RATE_LIMITS, RateLimits } from "@/lib/rate-limit";
import { publicLookupLimits } from "@/lib/rate-limit/rules";
import { memoryRateLimitStore } from "@/lib/rate-limit/store";

describe("rateLimitMessage", () => {
  it("says how many whole minutes to wait, at least one", () => {
    expect(rateLimitMessage(900)).toBe("Terlalu banyak percobaan. Coba lagi dalam 15 menit.");
    expect(rateLimitMessage(61)).toBe("Terlalu banyak percobaan. Coba lagi dalam 2 menit.");
    expect(rateLimitMessage(5)).toBe("Terlalu banyak percobaan. Coba lagi dalam 1 menit.");
  });
});

describe("publicLookupLimits", () => {
  const query = (value: string) => new URLSearchParams(value);
  it("limits a proof verification with a code per IP and per registration number (normalised)", () => {
    expect(publicLookupLimits("/verifikasi", query("nomor= jpt-2025-0001 &kode=AB"), "10.0.0.1")).toEqual([
      { limit: "verify-lookup:ip", key: "10.0.0.1" },
      { limit: "verify-lookup:number", key: "JPT-2025-0001" },
    ]);
  });
  it("limits the self-check's selection per IP, and nothing else", () => {
    expect(publicLookupLimits("/cek-kelayakan", query("seleksi=x"), "10.0.0.1")).toEqual([{ limit: "self-check:ip", key: "10.0.0.1" }]);
    expect(publicLookupLimits("/verifikasi", query("nomor=X"), "10.0.0.1")).toBeNull();
    expect(publicLookupLimits("/cek-kelayakan", query(""), "10.0.0.1")).toBeNull();
    expect(publicLookupLimits("/seleksi", query("kode=1"), "10.0.0.1")).toBeNull();
  });
});

describe("RateLimits on memory", () => {
  it("refuses the request after the limit, with the seconds left in the window, and skips unknown keys", async () => {
    const limits = new RateLimits(memoryRateLimitStore());
    const points = RATE_LIMITS["sign-up:email"].points;
    for (let n = 0; n < points; n++) expect(await limits.take([{ limit: "sign-up:email", key: "a@b.id" }], null)).toEqual({ limited: false });
    const refused = await limits.take([{ limit: "sign-up:email", key: "a@b.id" }], null);
    expect(refused).toMatchObject({ limited: true, limit: "sign-up:email" });
    expect(refused.limited && refused.retryAfterSeconds).toBeGreaterThan(3500);
    // An unknown client IP is not counted (no key), so it is never refused by a per-IP limit.
    for (let n = 0; n < 30; n++) expect((await limits.take([{ limit: "sign-up:ip", key: null }], null)).limited).toBe(false);
  });

  it("multiplies the limits of a relaxed address", async () => {
    const limits = new RateLimits(memoryRateLimitStore(), { relaxedIps: [" 127.0.0.1 ", ""], relaxedFactor: 3 });
    expect(limits.pointsFor("sign-in:ip", "127.0.0.1")).toBe(RATE_LIMITS["sign-in:ip"].points * 3);
    expect(limits.pointsFor("sign-in:ip", "127.0.0.2")).toBe(RATE_LIMITS["sign-in:ip"].points);
    expect(limits.pointsFor("sign-in:ip", null)).toBe(RATE_LIMITS["sign-in:ip"].points);
  });
});
