/**
 * Exact arithmetic for scores. Every score, weight and threshold has at most three decimals, so it is
 * held as an integer count of thousandths; means and weighted sums are kept as integer numerators over a
 * shared denominator, so comparing two candidates is comparing two integers and no floating-point
 * rounding can decide an order or a tie.
 */
import { RankingInputError } from "@/lib/ranking/errors";

export const SCALE = 1000;

/**
 * `value` × 1000 as an integer. A JSON number written with at most three decimals parses to the double
 * nearest that decimal, and k / 1000 is correctly rounded too, so the round trip below is an exact test
 * of "at most three decimals" (82.5 passes, 0.1 + 0.2 does not).
 */
export function toThousandths(value: number, field: string): number {
  if (!Number.isFinite(value)) throw new RankingInputError(field, "harus berupa angka");
  const scaled = Math.round(value * SCALE);
  if (!Number.isSafeInteger(scaled) || scaled / SCALE !== value) {
    throw new RankingInputError(field, `${value} memiliki lebih dari 3 angka desimal`);
  }
  return scaled;
}

export function hasAtMostThreeDecimals(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const scaled = Math.round(value * SCALE);
  return Number.isSafeInteger(scaled) && scaled / SCALE === value;
}

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function lcm(a: bigint, b: bigint): bigint {
  return a === 0n || b === 0n ? 0n : (a / gcd(a, b)) * b;
}

/**
 * numerator / denominator rounded to an integer, halves away from zero (2.5 → 3, −2.5 → −3): the
 * rounding taught in Indonesian schools and used on score sheets, and independent of the sign.
 */
export function roundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError("denominator is zero");
  if (denominator < 0n) return roundHalfAwayFromZero(-numerator, -denominator);
  if (numerator < 0n) return -roundHalfAwayFromZero(-numerator, denominator);
  return (2n * numerator + denominator) / (2n * denominator);
}

/**
 * The same rounding on safe integers, for hot loops. Exact while 2 × numerator + denominator is a safe
 * integer: the float quotient of two such integers is never rounded across an integer boundary.
 */
export function roundSafeHalfAwayFromZero(numerator: number, denominator: number): number {
  if (denominator < 0) return roundSafeHalfAwayFromZero(-numerator, -denominator);
  if (numerator < 0) return -roundSafeHalfAwayFromZero(-numerator, denominator);
  const doubled = 2 * numerator + denominator;
  if (!Number.isSafeInteger(doubled) || !Number.isSafeInteger(2 * denominator)) {
    return Number(roundHalfAwayFromZero(BigInt(numerator), BigInt(denominator)));
  }
  return Math.floor(doubled / (2 * denominator));
}

/**
 * A rational number of thousandths, rounded to a whole thousandth and returned as the double nearest
 * that 3-decimal value (81500/1000 → 81.5). JSON prints such a double with at most three decimals.
 */
export function thousandthsToNumber(numerator: bigint, denominator = 1n): number {
  return Number(roundHalfAwayFromZero(numerator, denominator)) / SCALE;
}

/** Compares integers of either kind; for sort comparators. */
export function compareIntegers(a: bigint | number, b: bigint | number): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Code-unit order: the same on every machine and locale (localeCompare is not). */
export function compareIds(a: string, b: string): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}
