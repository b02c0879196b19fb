import { z } from "zod";

import {
  type CalendarDate,
  type CalendarDuration,
  addDays,
  addYears,
  compareCalendarDates,
  daysBetween,
  diffCalendar,
  formatCalendarDate,
  formatDuration,
  isCalendarDate,
  maxCalendarDate,
  minCalendarDate,
} from "@/lib/dates/calendar";
import { fail, joinWords, pass, pending } from "@/lib/eligibility/text";
import type { RuleContext, RuleEvaluation } from "@/lib/eligibility/types";
import { POSITION_LEVELS, type PositionLevel, positionLevelLabel } from "@/lib/identifiers/position-level";
import type { CandidatePosition } from "@/lib/validation/eligibility-input";

export const positionExperienceParamsSchema = z.strictObject({
  levels: z.array(z.enum(POSITION_LEVELS)).min(1),
  minYears: z.int().positive(),
});

/** Half-open: the position was held from `start` up to (not including) `end`, as BKN counts masa kerja. */
export type Period = { start: CalendarDate; end: CalendarDate };

/**
 * Merges overlapping and adjacent periods. A gap of one day also joins,
 * because a DRH lists the last day of one post and the first day of the
 * next (…–1 Jan, 2 Jan–…); joined, the two count exactly like one post held
 * from the first start to the last end.
 */
export function mergePeriods(periods: readonly Period[]): Period[] {
  const sorted = [...periods].sort((a, b) => compareCalendarDates(a.start, b.start));
  const merged: Period[] = [];
  for (const period of sorted) {
    const last = merged[merged.length - 1];
    if (last && compareCalendarDates(period.start, addDays(last.end, 1)) <= 0) {
      last.end = maxCalendarDate(last.end, period.end);
    } else {
      merged.push({ ...period });
    }
  }
  return merged;
}

export type ExperienceMeasure = {
  periods: Period[];
  totalDays: number;
  /** The merged periods laid end to end from the earliest start. */
  duration: CalendarDuration;
  levels: PositionLevel[];
  meetsMinimum: boolean;
};

/**
 * Time in the qualifying levels up to the reference date. Exact calendar
 * semantics for a total of separate periods: their day counts are summed and
 * laid end to end from the earliest start date; the minimum is met iff that
 * end reaches the `minYears` anniversary of the earliest start. For a single
 * continuous period this is exactly "start + minYears ≤ end".
 * Returns `invalid` for a period whose dates cannot be read.
 */
export function measureExperience(
  positions: readonly CandidatePosition[],
  levels: readonly PositionLevel[],
  minYears: number,
  referenceDate: CalendarDate,
): ExperienceMeasure | { invalid: CandidatePosition } {
  const periods: Period[] = [];
  const counted = new Set<PositionLevel>();
  for (const position of positions) {
    if (!levels.includes(position.level)) continue;
    const end = position.end ?? null;
    if (!isCalendarDate(position.start) || (end !== null && !isCalendarDate(end))) {
      return { invalid: position };
    }
    if (end !== null && compareCalendarDates(end, position.start) < 0) return { invalid: position };
    // A post that starts after the reference date does not count yet; an open one runs to it.
    if (compareCalendarDates(position.start, referenceDate) >= 0) continue;
    periods.push({ start: position.start, end: minCalendarDate(end ?? referenceDate, referenceDate) });
    counted.add(position.level);
  }
  const merged = mergePeriods(periods);
  const anchor = merged[0]?.start;
  const totalDays = merged.reduce((sum, period) => sum + daysBetween(period.start, period.end), 0);
  if (anchor === undefined) {
    return { periods: [], totalDays: 0, duration: { years: 0, months: 0, days: 0 }, levels: [], meetsMinimum: false };
  }
  const equivalentEnd = addDays(anchor, totalDays);
  return {
    periods: merged,
    totalDays,
    duration: diffCalendar(anchor, equivalentEnd),
    levels: POSITION_LEVELS.filter((level) => counted.has(level)),
    meetsMinimum: compareCalendarDates(equivalentEnd, addYears(anchor, minYears)) >= 0,
  };
}

export function evaluatePositionExperience(
  params: z.output<typeof positionExperienceParamsSchema>,
  { candidate, referenceDate }: RuleContext,
): RuleEvaluation {
  if (!candidate.positions) return pending("Riwayat jabatan belum diisi");
  const measure = measureExperience(candidate.positions, params.levels, params.minYears, referenceDate);
  if ("invalid" in measure) {
    const title = measure.invalid.title ? `"${measure.invalid.title}"` : "pada riwayat jabatan";
    return pending(`Tanggal jabatan ${title} tidak valid; perlu diperiksa`);
  }
  if (measure.periods.length === 0) {
    const wanted = joinWords(params.levels.map(positionLevelLabel), "atau");
    return fail(`Belum pernah menduduki jabatan ${wanted} sebelum ${formatCalendarDate(referenceDate)}`);
  }
  const held = joinWords(measure.levels.map(positionLevelLabel), "dan");
  const summary = `Menduduki jabatan ${held} selama ${formatDuration(measure.duration)} sampai ${formatCalendarDate(referenceDate)}`;
  return measure.meetsMinimum
    ? pass(`${summary}, memenuhi minimal ${params.minYears} tahun`)
    : fail(`${summary}, kurang dari minimal ${params.minYears} tahun`);
}
