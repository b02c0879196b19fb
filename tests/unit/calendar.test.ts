import { describe, expect, it } from "vitest";

import {
  addDays,
  addMonths,
  addYears,
  compareCalendarDates,
  daysBetween,
  diffCalendar,
  formatCalendarDate,
  formatCalendarDateRange,
  formatDuration,
  isCalendarDate,
  parseCalendarDate,
  toCalendarDate,
  weekdayOf,
} from "@/lib/dates/calendar";

describe("parseCalendarDate / isCalendarDate", () => {
  it("reads valid dates", () => {
    expect(parseCalendarDate("2025-11-06")).toEqual({ y: 2025, m: 11, d: 6 });
    expect(parseCalendarDate("2024-02-29")).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseCalendarDate("2000-02-29")).toEqual({ y: 2000, m: 2, d: 29 });
  });

  it.each([
    "2025-02-29",
    "1900-02-29",
    "2025-13-01",
    "2025-00-10",
    "2025-04-31",
    "2025-01-00",
    "2025-1-01",
    "25-01-01",
    "2025-01-01T00:00",
    " 2025-01-01",
    "",
  ])("rejects %j", (input) => {
    expect(parseCalendarDate(input)).toBeNull();
    expect(isCalendarDate(input)).toBe(false);
  });

  it("is a type guard that rejects non-strings", () => {
    expect(isCalendarDate(20251106)).toBe(false);
    expect(isCalendarDate(null)).toBe(false);
    expect(isCalendarDate("2025-11-06")).toBe(true);
  });
});

describe("toCalendarDate / compareCalendarDates", () => {
  it("pads the parts", () => {
    expect(toCalendarDate(2025, 3, 7)).toBe("2025-03-07");
  });

  it("throws on an impossible date instead of rolling over", () => {
    expect(() => toCalendarDate(2025, 2, 29)).toThrow(RangeError);
    expect(() => toCalendarDate(2025, 13, 1)).toThrow(RangeError);
  });

  it("orders dates", () => {
    expect(compareCalendarDates("2025-11-06", "2025-11-07")).toBe(-1);
    expect(compareCalendarDates("2025-11-06", "2025-11-06")).toBe(0);
    expect(compareCalendarDates("2026-01-01", "2025-12-31")).toBe(1);
  });

  it("refuses invalid input rather than comparing strings", () => {
    expect(() => compareCalendarDates("2025-02-30", "2025-03-01")).toThrow(RangeError);
  });
});

describe("addDays / addMonths / addYears", () => {
  it("adds days across month, year and leap day", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
    expect(addDays("2019-01-02", 730)).toBe("2021-01-01");
  });

  it("clamps a missing day to the end of the month", () => {
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-01-31", 2)).toBe("2025-03-31");
    expect(addMonths("2025-03-31", -1)).toBe("2025-02-28");
    expect(addMonths("2025-11-15", 3)).toBe("2026-02-15");
    expect(addMonths("2025-01-15", -13)).toBe("2023-12-15");
  });

  it("puts the anniversary of 29 February on 28 February in non-leap years", () => {
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(addYears("2024-02-29", -1)).toBe("2023-02-28");
    expect(addYears("1968-02-29", 58)).toBe("2026-02-28");
    expect(addYears("1966-08-01", 56)).toBe("2022-08-01");
  });

  it("rejects fractional amounts", () => {
    expect(() => addYears("2025-01-01", 1.5)).toThrow(RangeError);
    expect(() => addDays("2025-01-01", 0.5)).toThrow(RangeError);
  });
});

describe("daysBetween", () => {
  it("counts exact days", () => {
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2025-01-01", "2026-01-01")).toBe(365);
    expect(daysBetween("2025-12-01", "2025-11-30")).toBe(-1);
  });
});

describe("diffCalendar", () => {
  it("counts masa kerja as BKN does", () => {
    expect(diffCalendar("2023-12-02", "2025-12-01")).toEqual({ years: 1, months: 11, days: 29 });
    expect(diffCalendar("2023-12-01", "2025-12-01")).toEqual({ years: 2, months: 0, days: 0 });
  });

  it("computes the age of the contract example", () => {
    expect(diffCalendar("1966-08-01", "2025-12-01")).toEqual({ years: 59, months: 4, days: 0 });
  });

  it("handles zero, month ends and leap days", () => {
    expect(diffCalendar("2025-06-15", "2025-06-15")).toEqual({ years: 0, months: 0, days: 0 });
    expect(diffCalendar("2024-01-31", "2024-02-29")).toEqual({ years: 0, months: 1, days: 0 });
    expect(diffCalendar("2024-01-31", "2024-03-30")).toEqual({ years: 0, months: 1, days: 30 });
    expect(diffCalendar("2000-02-29", "2001-02-28")).toEqual({ years: 1, months: 0, days: 0 });
    expect(diffCalendar("2000-02-29", "2001-02-27")).toEqual({ years: 0, months: 11, days: 29 });
    expect(diffCalendar("2000-02-29", "2001-03-01")).toEqual({ years: 1, months: 0, days: 1 });
  });

  it("throws when the end is before the start", () => {
    expect(() => diffCalendar("2025-12-02", "2025-12-01")).toThrow(RangeError);
  });

  it("always satisfies start + years + months + days = end, with maximal months", () => {
    // Deterministic pseudo-random pairs (LCG), so a failure is reproducible.
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    const base = "1960-01-01";
    for (let i = 0; i < 2000; i += 1) {
      const start = addDays(base, next() % 25000);
      const end = addDays(start, next() % 9000);
      const { years, months, days } = diffCalendar(start, end);
      const totalMonths = years * 12 + months;
      expect(months).toBeLessThan(12);
      expect(days).toBeGreaterThanOrEqual(0);
      expect(addDays(addMonths(start, totalMonths), days)).toBe(end);
      expect(compareCalendarDates(addMonths(start, totalMonths + 1), end)).toBe(1);
    }
  });
});

describe("formatting", () => {
  it("formats durations", () => {
    expect(formatDuration({ years: 59, months: 4, days: 0 })).toBe("59 tahun 4 bulan 0 hari");
  });

  it("formats dates in Indonesian", () => {
    expect(formatCalendarDate("2025-11-06")).toBe("6 November 2025");
    expect(formatCalendarDate("2025-11-06", { weekday: true })).toBe("Kamis, 6 November 2025");
    expect(formatCalendarDate("2025-10-22", { weekday: true })).toBe("Rabu, 22 Oktober 2025");
    expect(formatCalendarDate("2025-02-01")).toBe("1 Februari 2025");
    expect(formatCalendarDate("2024-12-29", { weekday: true })).toBe("Minggu, 29 Desember 2024");
  });

  it("agrees with Date.UTC on weekdays", () => {
    for (let offset = -40000; offset < 40000; offset += 97) {
      const date = addDays("1970-01-01", offset);
      const [y, m, d] = date.split("-").map(Number) as [number, number, number];
      const jsDate = new Date(0);
      jsDate.setUTCFullYear(y, m - 1, d);
      expect(weekdayOf(date)).toBe(jsDate.getUTCDay());
    }
  });

  it("formats ranges compactly", () => {
    expect(formatCalendarDateRange("2025-10-22", "2025-11-06")).toBe("22 Oktober – 6 November 2025");
    expect(formatCalendarDateRange("2025-11-11", "2025-11-13")).toBe("11–13 November 2025");
    expect(formatCalendarDateRange("2025-11-07", "2025-11-07")).toBe("7 November 2025");
    expect(formatCalendarDateRange("2025-12-29", "2026-01-02")).toBe("29 Desember 2025 – 2 Januari 2026");
    expect(() => formatCalendarDateRange("2025-11-13", "2025-11-11")).toThrow(RangeError);
  });
});
