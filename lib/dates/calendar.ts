/**
 * Calendar dates (birth dates, decree dates, position periods) are plain
 * `YYYY-MM-DD` strings. They have no time and no time zone, so all arithmetic
 * here works on integer day numbers and never goes through a JS `Date` in the
 * machine's local time, where a date can shift by one day.
 */

export type CalendarDate = string;

export type CalendarDateParts = { y: number; m: number; d: number };

export type CalendarDuration = { years: number; months: number; days: number };

export const INDONESIAN_MONTHS = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
] as const;

/** Index 0 is Sunday, as in `Date#getUTCDay`. */
export const INDONESIAN_WEEKDAYS = [
  "Minggu",
  "Senin",
  "Selasa",
  "Rabu",
  "Kamis",
  "Jumat",
  "Sabtu",
] as const;

const CALENDAR_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValidParts(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= MIN_YEAR &&
    y <= MAX_YEAR &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

export function parseCalendarDate(input: string): CalendarDateParts | null {
  const match = CALENDAR_DATE_PATTERN.exec(input);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  return isValidParts(y, m, d) ? { y, m, d } : null;
}

export function isCalendarDate(input: unknown): input is CalendarDate {
  return typeof input === "string" && parseCalendarDate(input) !== null;
}

export function toCalendarDate(y: number, m: number, d: number): CalendarDate {
  if (!isValidParts(y, m, d)) {
    throw new RangeError(`Tanggal tidak valid: ${y}-${m}-${d}`);
  }
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function requireParts(date: CalendarDate): CalendarDateParts {
  const parts = parseCalendarDate(date);
  if (!parts) throw new RangeError(`Tanggal tidak valid: "${date}" (format TTTT-BB-HH)`);
  return parts;
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's
// days_from_civil), so differences are exact integers across leap years.
function partsToDayNumber({ y, m, d }: CalendarDateParts): number {
  const shiftedYear = m <= 2 ? y - 1 : y;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const monthFromMarch = (m + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + d - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function dayNumberToParts(dayNumber: number): CalendarDateParts {
  const shifted = dayNumber + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const m = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return { y, m, d };
}

/** Days since 1970-01-01 (negative before). */
export function calendarDateToDayNumber(date: CalendarDate): number {
  return partsToDayNumber(requireParts(date));
}

export function dayNumberToCalendarDate(dayNumber: number): CalendarDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`Nomor hari tidak valid: ${dayNumber}`);
  const { y, m, d } = dayNumberToParts(dayNumber);
  return toCalendarDate(y, m, d);
}

export function compareCalendarDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  const difference = calendarDateToDayNumber(a) - calendarDateToDayNumber(b);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

export function minCalendarDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareCalendarDates(a, b) <= 0 ? a : b;
}

export function maxCalendarDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareCalendarDates(a, b) >= 0 ? a : b;
}

/** Number of days from `start` to `end` (negative when `end` is earlier). */
export function daysBetween(start: CalendarDate, end: CalendarDate): number {
  return calendarDateToDayNumber(end) - calendarDateToDayNumber(start);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError(`Jumlah hari harus bilangan bulat: ${days}`);
  return dayNumberToCalendarDate(calendarDateToDayNumber(date) + days);
}

/**
 * A day that does not exist in the target month is clamped to its last day
 * (31 Jan + 1 month = 28/29 Feb). The clamp is applied once, from the original
 * date, so `addMonths(d, 2)` is not `addMonths(addMonths(d, 1), 1)`.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months)) throw new RangeError(`Jumlah bulan harus bilangan bulat: ${months}`);
  const { y, m, d } = requireParts(date);
  const monthIndex = y * 12 + (m - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  if (targetYear < MIN_YEAR || targetYear > MAX_YEAR) {
    throw new RangeError(`Tanggal di luar jangkauan: ${date} + ${months} bulan`);
  }
  return toCalendarDate(targetYear, targetMonth, Math.min(d, daysInMonth(targetYear, targetMonth)));
}

/** 29 February plus a number of years lands on 28 February in a non-leap year. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  if (!Number.isInteger(years)) throw new RangeError(`Jumlah tahun harus bilangan bulat: ${years}`);
  return addMonths(date, years * 12);
}

/**
 * Calendar difference as BKN counts masa kerja: the largest whole number of
 * months such that `addMonths(start, 12 * years + months) <= end`, then the
 * remaining days. So `addDays(addMonths(start, 12 * years + months), days)`
 * is exactly `end`; 2023-12-02 → 2025-12-01 is 1 year 11 months 29 days.
 */
export function diffCalendar(start: CalendarDate, end: CalendarDate): CalendarDuration {
  const from = requireParts(start);
  const to = requireParts(end);
  if (partsToDayNumber(to) < partsToDayNumber(from)) {
    throw new RangeError(`Tanggal akhir ${end} sebelum tanggal awal ${start}`);
  }
  let totalMonths = (to.y - from.y) * 12 + (to.m - from.m);
  if (compareCalendarDates(addMonths(start, totalMonths), end) > 0) totalMonths -= 1;
  const anchor = addMonths(start, totalMonths);
  return {
    years: Math.floor(totalMonths / 12),
    months: totalMonths % 12,
    days: daysBetween(anchor, end),
  };
}

export function formatDuration({ years, months, days }: CalendarDuration): string {
  return `${years} tahun ${months} bulan ${days} hari`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): number {
  // 1970-01-01 (day 0) was a Thursday.
  return (((calendarDateToDayNumber(date) + 4) % 7) + 7) % 7;
}

export type FormatCalendarDateOptions = { weekday?: boolean };

export function formatCalendarDate(
  date: CalendarDate,
  options: FormatCalendarDateOptions = {},
): string {
  const { y, m, d } = requireParts(date);
  const text = `${d} ${INDONESIAN_MONTHS[m - 1]} ${y}`;
  return options.weekday ? `${INDONESIAN_WEEKDAYS[weekdayOf(date)]}, ${text}` : text;
}

/**
 * "11–13 November 2025", "22 Oktober – 6 November 2025",
 * "29 Desember 2025 – 2 Januari 2026"; a single day is one date.
 */
export function formatCalendarDateRange(start: CalendarDate, end: CalendarDate): string {
  const from = requireParts(start);
  const to = requireParts(end);
  const order = compareCalendarDates(start, end);
  if (order > 0) throw new RangeError(`Tanggal akhir ${end} sebelum tanggal awal ${start}`);
  if (order === 0) return formatCalendarDate(start);
  if (from.y !== to.y) return `${formatCalendarDate(start)} – ${formatCalendarDate(end)}`;
  if (from.m !== to.m) {
    return `${from.d} ${INDONESIAN_MONTHS[from.m - 1]} – ${formatCalendarDate(end)}`;
  }
  return `${from.d}–${formatCalendarDate(end)}`;
}
