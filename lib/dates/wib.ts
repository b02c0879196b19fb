/**
 * Deadlines are stored as UTC instants and shown in WIB (Asia/Pontianak).
 * WIB is a fixed UTC+7 with no daylight saving, so a constant offset is exact
 * and does not depend on the server's TZ or on the ICU data shipped with Node.
 */
import {
  type CalendarDate,
  calendarDateToDayNumber,
  dayNumberToCalendarDate,
  formatCalendarDate,
  formatCalendarDateRange,
  isCalendarDate,
} from "@/lib/dates/calendar";

export const WIB_TIME_ZONE = "Asia/Pontianak";
export const WIB_OFFSET_MINUTES = 7 * 60;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const WIB_DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A wall-clock time in WIB, `YYYY-MM-DDTHH:mm` (the value of an `<input type="datetime-local">`). */
export type WibDateTime = string;

export function isWibDateTime(input: unknown): input is WibDateTime {
  return typeof input === "string" && parseWibDateTime(input) !== null;
}

function parseWibDateTime(
  input: string,
): { date: CalendarDate; hours: number; minutes: number; seconds: number } | null {
  const match = WIB_DATE_TIME_PATTERN.exec(input);
  if (!match) return null;
  const date = match[1] ?? "";
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  const seconds = match[4] === undefined ? 0 : Number(match[4]);
  if (!isCalendarDate(date) || hours > 23 || minutes > 59 || seconds > 59) return null;
  return { date, hours, minutes, seconds };
}

/** `'2025-11-06T16:00'` in WIB → the UTC instant 2025-11-06T09:00:00Z. */
export function wibToUtc(wibDateTime: WibDateTime): Date {
  const parsed = parseWibDateTime(wibDateTime);
  if (!parsed) {
    throw new RangeError(`Waktu WIB tidak valid: "${wibDateTime}" (format TTTT-BB-HHTjj:mm)`);
  }
  const minutesOfDay = parsed.hours * 60 + parsed.minutes - WIB_OFFSET_MINUTES;
  return new Date(
    calendarDateToDayNumber(parsed.date) * MS_PER_DAY +
      minutesOfDay * MS_PER_MINUTE +
      parsed.seconds * 1000,
  );
}

type WibParts = { date: CalendarDate; hours: number; minutes: number };

function toWibParts(instant: Date): WibParts {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError("Waktu tidak valid (Invalid Date)");
  const shifted = time + WIB_OFFSET_MINUTES * MS_PER_MINUTE;
  const dayNumber = Math.floor(shifted / MS_PER_DAY);
  const minuteOfDay = Math.floor((shifted - dayNumber * MS_PER_DAY) / MS_PER_MINUTE);
  return {
    date: dayNumberToCalendarDate(dayNumber),
    hours: Math.floor(minuteOfDay / 60),
    minutes: minuteOfDay % 60,
  };
}

export function utcToWibCalendarDate(instant: Date): CalendarDate {
  return toWibParts(instant).date;
}

/** The inverse of `wibToUtc`, to fill a datetime-local input with a stored deadline. */
export function utcToWibDateTime(instant: Date): WibDateTime {
  const { date, hours, minutes } = toWibParts(instant);
  return `${date}T${pad(hours)}:${pad(minutes)}`;
}

/** Today's date in Singkawang, whatever the server's time zone. */
export function todayInWib(now: Date = new Date()): CalendarDate {
  return utcToWibCalendarDate(now);
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function formatClock({ hours, minutes }: WibParts): string {
  return `${pad(hours)}.${pad(minutes)}`;
}

export type FormatWibOptions = { withTime?: boolean; weekday?: boolean };

/** "Kamis, 6 November 2025 pukul 16.00 WIB"; the time is shown unless `withTime: false`. */
export function formatWib(instant: Date, options: FormatWibOptions = {}): string {
  const { withTime = true, weekday = false } = options;
  const parts = toWibParts(instant);
  const date = formatCalendarDate(parts.date, { weekday });
  return withTime ? `${date} pukul ${formatClock(parts)} WIB` : date;
}

/**
 * "22 Oktober – 6 November 2025" (dates in WIB). With time, one day gives
 * "6 November 2025 pukul 08.00–16.00 WIB".
 */
export function formatWibRange(start: Date, end: Date, withTime = false): string {
  if (end.getTime() < start.getTime()) {
    throw new RangeError("Akhir rentang waktu sebelum awalnya");
  }
  const from = toWibParts(start);
  const to = toWibParts(end);
  if (!withTime) return formatCalendarDateRange(from.date, to.date);
  if (from.date === to.date) {
    return `${formatCalendarDate(from.date)} pukul ${formatClock(from)}–${formatClock(to)} WIB`;
  }
  return `${formatCalendarDate(from.date)} pukul ${formatClock(from)} – ${formatCalendarDate(to.date)} pukul ${formatClock(to)} WIB`;
}
