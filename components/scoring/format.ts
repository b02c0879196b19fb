/** A score as Indonesian users write it: 82.5 → "82,5", 70.125 → "70,125". */
export function formatScore(value: number | null): string {
  return value === null ? "–" : value.toLocaleString("id-ID", { maximumFractionDigits: 3 });
}
