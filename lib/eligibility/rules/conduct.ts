import { z } from "zod";

import { parseCalendarDate } from "@/lib/dates/calendar";
import { fail, joinWords, pass, pending } from "@/lib/eligibility/text";
import type { RuleContext, RuleEvaluation } from "@/lib/eligibility/types";

export const performanceRatingParamsSchema = z.strictObject({
  years: z.int().min(1).max(10),
});

/** The `years` calendar years before the reference date's year (reference 2025, 2 years → 2023, 2024). */
export function requiredPerformanceYears(referenceDate: string, years: number): number[] {
  const referenceYear = parseCalendarDate(referenceDate)?.y;
  if (referenceYear === undefined) throw new RangeError(`Tanggal acuan tidak valid: "${referenceDate}"`);
  return Array.from({ length: years }, (_, index) => referenceYear - years + index);
}

export function evaluatePerformanceRating(
  params: z.output<typeof performanceRatingParamsSchema>,
  { candidate, referenceDate }: RuleContext,
): RuleEvaluation {
  const required = requiredPerformanceYears(referenceDate, params.years);
  const yearsText = joinWords(required.map(String));
  const entries = candidate.performance;
  if (!entries) return pending(`Penilaian prestasi kerja tahun ${yearsText} belum diisi`);

  // Any recorded "below good" in a required year fails, even if another entry
  // for the same year says otherwise: the worse record needs an explanation.
  const belowGood = required.filter((year) =>
    entries.some((entry) => entry.year === year && !entry.allElementsAtLeastGood),
  );
  if (belowGood.length > 0) {
    return fail(`Penilaian prestasi kerja tahun ${joinWords(belowGood.map(String))} memiliki unsur yang bernilai di bawah baik`);
  }
  const missing = required.filter((year) => !entries.some((entry) => entry.year === year));
  if (missing.length > 0) {
    return pending(`Penilaian prestasi kerja tahun ${joinWords(missing.map(String))} belum diisi`);
  }
  return pass(`Seluruh unsur penilaian prestasi kerja tahun ${yearsText} bernilai sekurang-kurangnya baik`);
}

export const disciplineParamsSchema = z.strictObject({});

/** A declaration of a clean record is not proof: it stays pending until the secretariat verifies it. */
export function evaluateDiscipline(
  _params: z.output<typeof disciplineParamsSchema>,
  { candidate }: RuleContext,
): RuleEvaluation {
  const discipline = candidate.discipline;
  const findings: string[] = [];
  if (discipline?.moderateOrSevere === true) findings.push("pernah dijatuhi hukuman disiplin tingkat sedang atau berat");
  if (discipline?.underExamination === true) findings.push("sedang dalam proses pemeriksaan hukuman disiplin");
  if (findings.length > 0) return fail(capitalise(joinWords(findings)));
  if (discipline?.moderateOrSevere === undefined || discipline.underExamination === undefined) {
    return pending("Keterangan hukuman disiplin belum diisi lengkap");
  }
  return pending(
    "Menyatakan tidak pernah dijatuhi hukuman disiplin sedang/berat dan tidak sedang diperiksa; menunggu verifikasi surat pernyataan",
  );
}

export const criminalRecordParamsSchema = z.strictObject({});

export function evaluateCriminalRecord(
  _params: z.output<typeof criminalRecordParamsSchema>,
  { candidate }: RuleContext,
): RuleEvaluation {
  if (candidate.criminalConviction === undefined) return pending("Keterangan pernah/tidak pernah dipidana belum diisi");
  return candidate.criminalConviction
    ? fail("Pernah dihukum pidana")
    : pending("Menyatakan tidak pernah dihukum pidana; menunggu verifikasi surat pernyataan");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
