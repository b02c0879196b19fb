import { describe, expect, it } from "vitest";

import {
  formatWib,
  formatWibRange,
  isWibDateTime,
  utcToWibCalendarDate,
  utcToWibDateTime,
  wibToUtc,
} from "@/lib/dates/wib";

describe("wibToUtc", () => {
  it("converts the Singkawang document deadline", () => {
    expect(wibToUtc("2025-11-06T16:00").toISOString()).toBe("2025-11-06T09:00:00.000Z");
  });

  it("moves early-morning WIB times to the previous UTC day", () => {
    expect(wibToUtc("2025-11-06T03:00").toISOString()).toBe("2025-11-05T20:00:00.000Z");
    expect(wibToUtc("2025-01-01T00:00").toISOString()).toBe("2024-12-31T17:00:00.000Z");
  });

  it("accepts seconds", () => {
    expect(wibToUtc("2025-11-06T23:59:59").toISOString()).toBe("2025-11-06T16:59:59.000Z");
  });

  it.each(["2025-11-06 16:00", "2025-11-06T24:00", "2025-11-06T16:60", "2025-02-29T10:00", "2025-11-06"])(
    "rejects %j",
    (input) => {
      expect(isWibDateTime(input)).toBe(false);
      expect(() => wibToUtc(input)).toThrow(RangeError);
    },
  );
});

describe("utcToWibCalendarDate / utcToWibDateTime", () => {
  it("switches the WIB date at 17:00 UTC", () => {
    expect(utcToWibCalendarDate(new Date("2025-11-05T16:59:59Z"))).toBe("2025-11-05");
    expect(utcToWibCalendarDate(new Date("2025-11-05T17:00:00Z"))).toBe("2025-11-06");
  });

  it("round-trips with wibToUtc", () => {
    for (const value of ["2025-11-06T16:00", "2024-02-29T00:00", "2025-12-31T23:59", "1999-01-01T06:30"]) {
      expect(utcToWibDateTime(wibToUtc(value))).toBe(value);
    }
  });

  it("agrees with the Asia/Pontianak zone of Intl", () => {
    const formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone: "Asia/Pontianak",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    for (let hour = 0; hour < 24 * 400; hour += 7) {
      const instant = new Date(Date.UTC(2024, 11, 1, hour, 30));
      expect(utcToWibCalendarDate(instant)).toBe(formatter.format(instant));
    }
  });

  it("rejects an invalid Date", () => {
    expect(() => utcToWibCalendarDate(new Date("nonsense"))).toThrow(RangeError);
  });
});

describe("formatWib", () => {
  const deadline = wibToUtc("2025-11-06T16:00");

  it("formats with weekday and time", () => {
    expect(formatWib(deadline, { weekday: true })).toBe("Kamis, 6 November 2025 pukul 16.00 WIB");
    expect(formatWib(deadline, { withTime: true, weekday: true })).toBe("Kamis, 6 November 2025 pukul 16.00 WIB");
  });

  it("shows the time by default and can omit it", () => {
    expect(formatWib(deadline)).toBe("6 November 2025 pukul 16.00 WIB");
    expect(formatWib(deadline, { withTime: false })).toBe("6 November 2025");
  });

  it("uses the WIB date, not the UTC date", () => {
    expect(formatWib(new Date("2025-11-05T17:05:00Z"))).toBe("6 November 2025 pukul 00.05 WIB");
  });
});

describe("formatWibRange", () => {
  it("collapses the shared year", () => {
    expect(formatWibRange(wibToUtc("2025-10-22T00:00"), wibToUtc("2025-11-06T16:00"))).toBe(
      "22 Oktober – 6 November 2025",
    );
  });

  it("collapses the shared month", () => {
    expect(formatWibRange(wibToUtc("2025-11-11T00:00"), wibToUtc("2025-11-13T23:59"))).toBe("11–13 November 2025");
  });

  it("gives one date for one day", () => {
    expect(formatWibRange(wibToUtc("2025-11-07T00:00"), wibToUtc("2025-11-07T23:59"))).toBe("7 November 2025");
  });

  it("keeps both years when they differ", () => {
    expect(formatWibRange(wibToUtc("2025-12-29T08:00"), wibToUtc("2026-01-02T08:00"))).toBe(
      "29 Desember 2025 – 2 Januari 2026",
    );
  });

  it("shows times when asked", () => {
    expect(formatWibRange(wibToUtc("2025-11-06T08:00"), wibToUtc("2025-11-06T16:00"), true)).toBe(
      "6 November 2025 pukul 08.00–16.00 WIB",
    );
    expect(formatWibRange(wibToUtc("2025-10-22T08:00"), wibToUtc("2025-11-06T16:00"), true)).toBe(
      "22 Oktober 2025 pukul 08.00 – 6 November 2025 pukul 16.00 WIB",
    );
  });

  it("refuses a reversed range", () => {
    expect(() => formatWibRange(wibToUtc("2025-11-07T00:00"), wibToUtc("2025-11-06T00:00"))).toThrow(RangeError);
  });
});
