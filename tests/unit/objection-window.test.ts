import { describe, expect, it } from "vitest";
import { canAnswerAt, objectionPeriods, objectionState } from "@/lib/results/objection-window";

const at = (iso: string) => new Date(iso);

describe("objection window (WIB calendar days after the day of publication)", () => {
  it("runs from publication to the end of the N-th calendar day after it; the closing instant is late", () => {
    // Friday 7 Nov 2025, 14:00 WIB; 3 days ⇒ until Monday 10 Nov 23:59:59 WIB.
    const periods = objectionPeriods(at("2025-11-07T07:00:00Z"), 3);
    expect(periods.lastDay).toBe("2025-11-10");
    expect(periods.closesAt.toISOString()).toBe("2025-11-10T17:00:00.000Z");
    expect(objectionState(periods, at("2025-11-07T06:59:59Z"))).toBe("NOT_OPEN");
    expect(objectionState(periods, at("2025-11-07T07:00:00Z"))).toBe("OPEN");
    expect(objectionState(periods, at("2025-11-10T16:59:59Z"))).toBe("OPEN");
    expect(objectionState(periods, at("2025-11-10T17:00:00Z"))).toBe("CLOSED");
  });

  it("counts from the WIB date of publication, not the UTC date", () => {
    // 7 Nov 2025 18:30 UTC is already 8 Nov 01:30 WIB: day 0 is the 8th.
    expect(objectionPeriods(at("2025-11-07T18:30:00Z"), 3).lastDay).toBe("2025-11-11");
    // 7 Nov 23:59 WIB is still the 7th.
    expect(objectionPeriods(at("2025-11-07T16:59:00Z"), 3).lastDay).toBe("2025-11-10");
  });

  it("gives the same last day whether the result is published in the morning or late at night", () => {
    const morning = objectionPeriods(at("2025-11-07T00:00:00Z"), 3); // 07:00 WIB
    const night = objectionPeriods(at("2025-11-07T16:30:00Z"), 3); // 23:30 WIB
    expect(morning.closesAt).toEqual(night.closesAt);
  });

  it("crosses months and leap days by the calendar", () => {
    expect(objectionPeriods(at("2028-02-27T03:00:00Z"), 3).lastDay).toBe("2028-03-01");
    expect(objectionPeriods(at("2025-12-30T03:00:00Z"), 3).lastDay).toBe("2026-01-02");
  });

  it("lets the secretariat answer until the end of the 7th day after the objection period", () => {
    const periods = objectionPeriods(at("2025-11-07T07:00:00Z"), 3);
    expect(periods.answerLastDay).toBe("2025-11-17");
    expect(periods.answerClosesAt.toISOString()).toBe("2025-11-17T17:00:00.000Z");
    expect(canAnswerAt(periods, at("2025-11-17T16:59:59Z"))).toBe(true);
    expect(canAnswerAt(periods, at("2025-11-17T17:00:00Z"))).toBe(false);
  });

  it("refuses a window shorter than one day", () => {
    expect(() => objectionPeriods(at("2025-11-07T07:00:00Z"), 0)).toThrow(RangeError);
    expect(() => objectionPeriods(at("2025-11-07T07:00:00Z"), 1.5)).toThrow(RangeError);
  });
});
