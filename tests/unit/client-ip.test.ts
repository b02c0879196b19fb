import { describe, expect, it } from "vitest";
import { resolveClientIp } from "@/lib/auth/client-ip";

const headers = (values: Record<string, string>) => new Headers(values);

describe("the client IP of a request", () => {
  it("is the TCP peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const request = headers({ "x-portal-peer": "::ffff:203.0.113.9", "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8" });
    expect(resolveClientIp(request, { trustedHops: 0, peerKnown: true })).toBe("203.0.113.9");
  });

  it("behind one trusted proxy, is the address that proxy appended, not what the client prepended", () => {
    const request = headers({ "x-portal-peer": "10.0.0.2", "x-forwarded-for": "1.2.3.4, 198.51.100.7" });
    expect(resolveClientIp(request, { trustedHops: 1, peerKnown: true })).toBe("198.51.100.7");
    expect(resolveClientIp(request, { trustedHops: 2, peerKnown: true })).toBe("1.2.3.4");
  });

  it("takes the furthest address when the chain is shorter than the configured proxies", () => {
    expect(resolveClientIp(headers({ "x-portal-peer": "10.0.0.2" }), { trustedHops: 2, peerKnown: true })).toBe("10.0.0.2");
  });

  it("is unknown when the peer header cannot be believed or holds junk", () => {
    expect(resolveClientIp(headers({ "x-portal-peer": "1.2.3.4" }), { trustedHops: 0, peerKnown: false })).toBeNull();
    expect(resolveClientIp(headers({ "x-portal-peer": "<script>" }), { trustedHops: 0, peerKnown: true })).toBeNull();
    expect(resolveClientIp(headers({ "x-portal-peer": "10.0.0.2", "x-forwarded-for": "x".repeat(500) }), { trustedHops: 1, peerKnown: true })).toBeNull();
  });
});
