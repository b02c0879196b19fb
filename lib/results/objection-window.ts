// The objection (sanggah) period and the answer period, in WIB calendar days (DECISIONS.md).
//
// An announcement published on day D (WIB) may be contested from the instant of publication until the
// end of day D + N, where N is the selection's objectionWindowDays: the day of publication counts as
// day 0, so the applicant always gets N whole calendar days after it. The window closes at 00:00:00
// WIB of day D + N + 1, and that instant is already late (as every deadline in the portal).
// The secretariat answers within the following 7 calendar days: until 00:00:00 WIB of D + N + 8.
import { addDays, type CalendarDate } from "@/lib/dates/calendar";
import { utcToWibCalendarDate, wibToUtc } from "@/lib/dates/wib";

export const OBJECTION_ANSWER_DAYS = 7;

export type ObjectionPeriods = {
  opensAt: Date;
  /** First instant at which an objection is late. */
  closesAt: Date;
  /** The last calendar day (WIB) on which an objection is accepted. */
  lastDay: CalendarDate;
  /** First instant at which an answer is late. */
  answerClosesAt: Date;
  answerLastDay: CalendarDate;
};

function startOfWibDay(date: CalendarDate): Date {
  return wibToUtc(`${date}T00:00`);
}

export function objectionPeriods(publishedAt: Date, windowDays: number, answerDays: number = OBJECTION_ANSWER_DAYS): ObjectionPeriods {
  if (!Number.isInteger(windowDays) || windowDays < 1) throw new RangeError("Masa sanggah minimal 1 hari");
  const publishedOn = utcToWibCalendarDate(publishedAt);
  const lastDay = addDays(publishedOn, windowDays);
  const answerLastDay = addDays(lastDay, answerDays);
  return {
    opensAt: publishedAt,
    closesAt: startOfWibDay(addDays(lastDay, 1)),
    lastDay,
    answerClosesAt: startOfWibDay(addDays(answerLastDay, 1)),
    answerLastDay,
  };
}

export type PeriodState = "NOT_OPEN" | "OPEN" | "CLOSED";

export function objectionState(periods: ObjectionPeriods, now: Date): PeriodState {
  if (now.getTime() < periods.opensAt.getTime()) return "NOT_OPEN";
  return now.getTime() < periods.closesAt.getTime() ? "OPEN" : "CLOSED";
}

export function canAnswerAt(periods: ObjectionPeriods, now: Date): boolean {
  return now.getTime() < periods.answerClosesAt.getTime();
}
