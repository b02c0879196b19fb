/** Guards of the pure ranking: what must hold for the arithmetic to be exact and the result meaningful. */
import { RankingInputError } from "@/lib/ranking/errors";
import { toThousandths } from "@/lib/ranking/exact";
import { DEFAULT_SHORTLIST_MULTIPLIER } from "@/lib/ranking/types";

export const MAX_SCORE_THOUSANDTHS = 100_000;

export function positiveInteger(value: number, field: string): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new RankingInputError(field, "harus bilangan bulat positif");
  return value;
}

/** A value in [min, max] (in thousandths) with at most 3 decimals, as thousandths. */
export function boundedThousandths(value: number, field: string, min: number, max: number): number {
  const scaled = toThousandths(value, field);
  if (scaled < min || scaled > max) {
    throw new RankingInputError(field, `${value} di luar rentang ${min / 1000}–${max / 1000}`);
  }
  return scaled;
}

export function shortlistTarget(quota: number, multiplier: number | undefined): number {
  return (
    positiveInteger(quota, "quota") *
    positiveInteger(multiplier ?? DEFAULT_SHORTLIST_MULTIPLIER, "shortlistMultiplier")
  );
}

export function assertUniqueIds(candidates: readonly { id: string }[]): void {
  const seen = new Set<string>();
  candidates.forEach((candidate, index) => {
    if (typeof candidate.id !== "string" || candidate.id.length === 0) {
      throw new RankingInputError(`candidates.${index}.id`, "id peserta wajib diisi");
    }
    if (seen.has(candidate.id)) {
      throw new RankingInputError(`candidates.${index}.id`, `id "${candidate.id}" dipakai lebih dari sekali`);
    }
    seen.add(candidate.id);
  });
}
