import "server-only";
// The server's clock. Every deadline check reads `now()` from here, never `new Date()` directly, so
// that tests and rehearsals can replay a selection's real window: PORTAL_FAKE_NOW (an ISO instant,
// e.g. 2025-11-06T15:59:00+07:00) makes the clock start at that instant and run on from there.
const processStartedAt = Date.now();

function fakeStart(): number | null {
  const value = process.env.PORTAL_FAKE_NOW;
  if (!value) return null;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : parsed;
}

export function now(): Date {
  const start = fakeStart();
  return start === null ? new Date() : new Date(start + (Date.now() - processStartedAt));
}
