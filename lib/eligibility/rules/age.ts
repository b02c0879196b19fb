import { z } from "zod";

import {
  type CalendarDate,
  type CalendarDuration,
  addDays,
  addYears,
  compareCalendarDates,
  diffCalendar,
  formatCalendarDate,
  formatDuration,
  isCalendarDate,
} from "@/lib/dates/calendar";
import { fail, joinWords, pass, pending } from "@/lib/eligibility/text";
import type { AgeReading, EligibilityCandidate, RuleContext, RuleEvaluation } from "@/lib/eligibility/types";
import { POSITION_LEVELS, positionLevelLabel } from "@/lib/identifiers/position-level";

export const ageMaxParamsSchema = z
  .strictObject({
    limit: z.int().positive(),
    extendedLimit: z.int().positive().optional(),
    extendedLevels: z.array(z.enum(POSITION_LEVELS)).min(1).optional(),
    extendedRequiresNoMpp: z.boolean().optional(),
  })
  .refine(
    (params) =>
      [params.extendedLimit, params.extendedLevels, params.extendedRequiresNoMpp].every((value) => value === undefined) ||
      [params.extendedLimit, params.extendedLevels, params.extendedRequiresNoMpp].every((value) => value !== undefined),
    { error: "extendedLimit, extendedLevels, dan extendedRequiresNoMpp harus diisi bersama atau tidak sama sekali" },
  )
  .refine((params) => params.extendedLimit === undefined || params.extendedLimit > params.limit, {
    error: "extendedLimit harus lebih besar dari limit",
    path: ["extendedLimit"],
  });

export type AgeMaxParams = z.output<typeof ageMaxParamsSchema>;

export const ageRangeParamsSchema = z
  .strictObject({ min: z.int().nonnegative(), max: z.int().positive() })
  .refine((params) => params.min <= params.max, { error: "min tidak boleh lebih besar dari max", path: ["min"] });

/** Age on the reference date; null when the birth date is unreadable or later than that date. */
export function ageOn(birthDate: CalendarDate, referenceDate: CalendarDate): CalendarDuration | null {
  if (!isCalendarDate(birthDate) || compareCalendarDates(birthDate, referenceDate) > 0) return null;
  return diffCalendar(birthDate, referenceDate);
}

/** The last reference date on which "usia paling tinggi `limit` tahun" still holds. */
export function lastDateWithinAgeLimit(birthDate: CalendarDate, limit: number, reading: AgeReading): CalendarDate {
  return reading === "STRICT" ? addYears(birthDate, limit) : addDays(addYears(birthDate, limit + 1), -1);
}

function isWithinAgeLimit(birthDate: CalendarDate, referenceDate: CalendarDate, limit: number, reading: AgeReading) {
  return compareCalendarDates(referenceDate, lastDateWithinAgeLimit(birthDate, limit, reading)) <= 0;
}

type Extension = { applies: "yes" | "no" | "unknown"; missing: string[]; notMet: string[] };

function resolveExtension(params: AgeMaxParams, candidate: EligibilityCandidate, referenceDate: CalendarDate): Extension {
  if (params.extendedLimit === undefined || !params.extendedLevels) return { applies: "no", missing: [], notMet: [] };
  const levels = params.extendedLevels;
  const missing: string[] = [];
  const notMet: string[] = [];
  if (!candidate.positions) {
    missing.push("riwayat jabatan");
  } else {
    const hasHeld = candidate.positions.some(
      (position) =>
        levels.includes(position.level) &&
        isCalendarDate(position.start) &&
        compareCalendarDates(position.start, referenceDate) <= 0,
    );
    if (!hasHeld) notMet.push(`belum pernah menduduki ${joinWords(levels.map(positionLevelLabel), "atau")}`);
  }
  if (params.extendedRequiresNoMpp) {
    if (candidate.noMppStatement === undefined) missing.push("pernyataan tidak mengajukan MPP");
    else if (!candidate.noMppStatement) notMet.push("tidak ada pernyataan bersedia tidak mengajukan MPP");
  }
  return { applies: notMet.length > 0 ? "no" : missing.length > 0 ? "unknown" : "yes", missing, notMet };
}

/**
 * The limit that applies to this candidate: the extended one only when every
 * condition of the extension is known to hold, otherwise the base limit.
 */
export function resolveAgeLimit(params: AgeMaxParams, candidate: EligibilityCandidate, referenceDate: CalendarDate): number {
  const extension = resolveExtension(params, candidate, referenceDate);
  return extension.applies === "yes" && params.extendedLimit !== undefined ? params.extendedLimit : params.limit;
}

/**
 * Whether the candidate relies on the extended limit (58 for a former JPT who declares not to take
 * MPP): the base limit is exceeded, the extended one is not, and every condition of the extension
 * is declared. Then the signed statement is a required document and the rule waits for its verdict.
 */
export function reliesOnExtendedAgeLimit(
  params: AgeMaxParams,
  { candidate, referenceDate, ageReading }: RuleContext,
): boolean {
  const birthDate = candidate.birthDate;
  if (params.extendedLimit === undefined || !params.extendedRequiresNoMpp) return false;
  if (!birthDate || !isCalendarDate(birthDate) || compareCalendarDates(birthDate, referenceDate) > 0) return false;
  if (resolveExtension(params, candidate, referenceDate).applies !== "yes") return false;
  return (
    !isWithinAgeLimit(birthDate, referenceDate, params.limit, ageReading) &&
    isWithinAgeLimit(birthDate, referenceDate, params.extendedLimit, ageReading)
  );
}

function birthDateProblem(candidate: EligibilityCandidate, referenceDate: CalendarDate): RuleEvaluation | null {
  const birthDate = candidate.birthDate;
  if (!birthDate) return pending("Tanggal lahir belum diisi");
  if (!isCalendarDate(birthDate)) return pending(`Tanggal lahir "${birthDate}" tidak valid`);
  if (compareCalendarDates(birthDate, referenceDate) > 0) {
    return pending(
      `Tanggal lahir ${formatCalendarDate(birthDate)} sesudah tanggal acuan ${formatCalendarDate(referenceDate)}; perlu diperiksa`,
    );
  }
  return null;
}

export function evaluateAgeMax(params: AgeMaxParams, { candidate, referenceDate, ageReading }: RuleContext): RuleEvaluation {
  const problem = birthDateProblem(candidate, referenceDate);
  if (problem || !candidate.birthDate) return problem ?? pending("Tanggal lahir belum diisi");
  const birthDate = candidate.birthDate;
  const age = diffCalendar(birthDate, referenceDate);
  const extension = resolveExtension(params, candidate, referenceDate);
  const applied = resolveAgeLimit(params, candidate, referenceDate);
  const ageText = `Usia ${formatDuration(age)} pada tanggal acuan ${formatCalendarDate(referenceDate)}`;
  const until = (limit: number) => formatCalendarDate(lastDateWithinAgeLimit(birthDate, limit, ageReading));

  if (isWithinAgeLimit(birthDate, referenceDate, params.limit, ageReading)) {
    return pass(`${ageText}, tidak melebihi batas ${params.limit} tahun (memenuhi sampai dengan ${until(params.limit)})`);
  }
  if (applied !== params.limit && isWithinAgeLimit(birthDate, referenceDate, applied, ageReading)) {
    // The tick is a declaration; the extended limit holds once the signed statement is verified
    // (the statement is then a required document, see reliesOnExtendedAgeLimit).
    return pending(
      `${ageText} melebihi batas ${params.limit} tahun, tetapi tidak melebihi batas ${applied} tahun (memenuhi sampai dengan ${until(applied)}) ` +
        `bagi yang sedang/pernah menduduki jabatan pimpinan tinggi dan menyatakan tidak mengajukan MPP; ` +
        `menunggu verifikasi surat pernyataan bersedia tidak mengajukan MPP yang ditandatangani`,
    );
  }

  const exceeded = `${ageText} melebihi batas ${applied} tahun (memenuhi hanya sampai dengan ${until(applied)})`;
  const extendedLimit = params.extendedLimit;
  if (
    extension.applies === "yes" ||
    extendedLimit === undefined ||
    !isWithinAgeLimit(birthDate, referenceDate, extendedLimit, ageReading)
  ) {
    return fail(exceeded);
  }
  if (extension.applies === "no") {
    return fail(`${exceeded}; batas ${extendedLimit} tahun tidak berlaku: ${joinWords(extension.notMet)}`);
  }
  return pending(
    `${exceeded}, tetapi masih dalam batas ${extendedLimit} tahun bagi yang sedang/pernah menduduki jabatan pimpinan tinggi ` +
      `dan menyatakan tidak mengajukan MPP; data belum lengkap: ${joinWords(extension.missing)}`,
  );
}

export function evaluateAgeRange(
  params: z.output<typeof ageRangeParamsSchema>,
  { candidate, referenceDate, ageReading }: RuleContext,
): RuleEvaluation {
  const problem = birthDateProblem(candidate, referenceDate);
  if (problem || !candidate.birthDate) return problem ?? pending("Tanggal lahir belum diisi");
  const birthDate = candidate.birthDate;
  const ageText = `Usia ${formatDuration(diffCalendar(birthDate, referenceDate))} pada tanggal acuan ${formatCalendarDate(referenceDate)}`;
  // The minimum is reached on the birthday itself, under either reading.
  const minimumReachedOn = addYears(birthDate, params.min);
  if (compareCalendarDates(referenceDate, minimumReachedOn) < 0) {
    return fail(`${ageText} belum mencapai ${params.min} tahun (genap ${params.min} tahun pada ${formatCalendarDate(minimumReachedOn)})`);
  }
  const until = formatCalendarDate(lastDateWithinAgeLimit(birthDate, params.max, ageReading));
  return isWithinAgeLimit(birthDate, referenceDate, params.max, ageReading)
    ? pass(`${ageText}, dalam rentang ${params.min}–${params.max} tahun (memenuhi sampai dengan ${until})`)
    : fail(`${ageText} melebihi batas ${params.max} tahun (memenuhi hanya sampai dengan ${until})`);
}
