// The one answer to "which IP address sent this request", for the sign-in throttle and the audit log.
// A client can put anything in `X-Forwarded-For`; only the entries appended by proxies we run can be believed.
// TRUSTED_PROXY is the number of such proxies in front of the portal (0: none, the portal is reached
// directly). The TCP peer comes from `x-portal-peer`, set by lib/cli/peer-address.mjs in the server process
// (Next itself gives app code no socket address).
export const PEER_HEADER = "x-portal-peer";

type HeaderSource = { get(name: string): string | null };

/** Strips an IPv4-mapped IPv6 prefix ("::ffff:10.0.0.1" → "10.0.0.1") so one client has one key. */
function normaliseIp(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > 45 || !/^[0-9a-fA-F:.]+$/.test(trimmed)) return null;
  return trimmed.toLowerCase().startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed.toLowerCase();
}

/**
 * The client's address: the peer itself with no trusted proxy; behind N trusted proxies, the address the
 * outermost of them saw (the N-th entry of `X-Forwarded-For` counted from the right, the peer being the
 * innermost proxy). Null when the peer is unknown (the server was not started through lib/cli).
 */
export function resolveClientIp(headers: HeaderSource, options: { trustedHops: number; peerKnown: boolean }): string | null {
  const peer = options.peerKnown ? headers.get(PEER_HEADER) : null;
  if (!peer) return null;
  if (options.trustedHops <= 0) return normaliseIp(peer);
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  // Fewer entries than proxies: a misconfigured chain; the furthest address we have is the best guess.
  const index = Math.max(0, chain.length - 1 - options.trustedHops);
  return normaliseIp(chain[index]!);
}
