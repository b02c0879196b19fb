import { describe, expect, it } from "vitest";
import { latestExtendedClosing, latestReopenedClosing, MAX_REOPENING_DAYS, originalClosing } from "@/lib/selections/registration-window";

// Reopening registration after an escalation (#15 item 3): up to 14 days from the reopening, and later
// extensions count from the reopened closing, not from the first one (weeks behind by then).
const first = new Date("2025-11-06T09:00:00Z");
const extended = new Date("2025-11-13T09:00:00Z");
const reopenedAt = new Date("2025-12-01T03:00:00Z");
const reopenedClosing = new Date("2025-12-10T09:00:00Z");

describe("registration reopening window", () => {
  it("allows at most 14 days from the moment of reopening", () => {
    expect(MAX_REOPENING_DAYS).toBe(14);
    expect(latestReopenedClosing(reopenedAt).toISOString()).toBe("2025-12-15T03:00:00.000Z");
  });

  it("counts extensions from the first closing, until a reopening sets a new one", () => {
    const extension = { previousEndsAt: first, newEndsAt: extended, changedAt: new Date("2025-11-05T00:00:00Z"), kind: "RESCHEDULE" as const };
    expect(originalClosing(extended, [extension])).toEqual(first);
    const reopening = { previousEndsAt: extended, newEndsAt: reopenedClosing, changedAt: reopenedAt, kind: "REOPENING" as const };
    expect(originalClosing(reopenedClosing, [reopening, extension])).toEqual(reopenedClosing);
    expect(latestExtendedClosing(originalClosing(reopenedClosing, [extension, reopening])).toISOString()).toBe("2025-12-24T09:00:00.000Z");
  });
});
