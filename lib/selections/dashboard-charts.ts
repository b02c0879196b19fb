// What the selection dashboard draws beside the funnel: lamaran sent per day against the deadline, documents
// verified per member, and each scored stage's score distribution. Pure: the queries hand in counted rows.
import { addDays, calendarDateToDayNumber, formatCalendarDate, type CalendarDate } from "@/lib/dates/calendar";
import { utcToWibCalendarDate } from "@/lib/dates/wib";

export type ChartBar = { key: string; label: string; value: number; highlight?: boolean };

/**
 * One bar per WIB calendar day from the day registration opens to the later of its closing day and the last
 * day anything was sent; the closing day is highlighted (the deadline).
 */
export function sentPerDay(rows: ReadonlyArray<{ day: CalendarDate; count: number }>, opensAt: Date, closesAt: Date): ChartBar[] {
  const first = utcToWibCalendarDate(opensAt);
  const deadline = utcToWibCalendarDate(closesAt);
  const counts = new Map(rows.map((row) => [row.day, row.count]));
  const lastSent = rows.reduce<CalendarDate>((last, row) => (row.day > last ? row.day : last), deadline);
  const days = calendarDateToDayNumber(lastSent) - calendarDateToDayNumber(first) + 1;
  if (days <= 0 || days > 366) return [];
  return Array.from({ length: days }, (_, index) => {
    const day = addDays(first, index);
    return { key: day, label: formatCalendarDate(day).replace(/ \d{4}$/, ""), value: counts.get(day) ?? 0, highlight: day === deadline };
  });
}

/** Scores (0–100) in bands of ten: "0–9", …, "90–100" (100 goes in the last band). */
export function scoreBands(values: readonly number[]): ChartBar[] {
  const bands = Array.from({ length: 10 }, (_, index) => ({
    key: String(index * 10),
    label: index === 9 ? "90–100" : `${index * 10}–${index * 10 + 9}`,
    value: 0,
  }));
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    const index = Math.min(9, Math.max(0, Math.floor(value / 10)));
    bands[index]!.value += 1;
  }
  return bands;
}
