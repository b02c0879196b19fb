// The SKD passing thresholds as data of a selection (Selection.skdMinTwk/Tiu/Tkp): read from the stored
// columns, handed to `rankCpns`, and said the same way on the scoring page and in the published results.
// Pure.
import { formatScore } from "@/lib/ranking/labels";
import type { SkdScores } from "@/lib/ranking/types";
import type { SkdThresholds } from "@/lib/selection-setup/types";

type StoredDecimal = { toNumber(): number } | number | null;
const numberOf = (value: StoredDecimal) => (value === null ? null : typeof value === "number" ? value : value.toNumber());

/** The three stored minimums as one value; null unless all three are set (a JPT selection has none). */
export function skdThresholdsOf(row: { skdMinTwk: StoredDecimal; skdMinTiu: StoredDecimal; skdMinTkp: StoredDecimal }): SkdThresholds | null {
  const twk = numberOf(row.skdMinTwk);
  const tiu = numberOf(row.skdMinTiu);
  const tkp = numberOf(row.skdMinTkp);
  return twk === null || tiu === null || tkp === null ? null : { twk, tiu, tkp };
}

/** The thresholds as `rankCpns` reads them. */
export function toRankingThresholds(thresholds: SkdThresholds): SkdScores {
  return { TWK: thresholds.twk, TIU: thresholds.tiu, TKP: thresholds.tkp };
}

/** "TWK 65, TIU 80, TKP 126": the minimum of each subtest, as the page and the announcements print them. */
export function skdThresholdsText(thresholds: SkdThresholds): string {
  return `TWK ${formatScore(thresholds.twk)}, TIU ${formatScore(thresholds.tiu)}, TKP ${formatScore(thresholds.tkp)}`;
}

/** The note of a published result: who passes the SKD. */
export function skdThresholdsNote(thresholds: SkdThresholds): string {
  return `Nilai ambang batas kelulusan SKD seleksi ini: ${skdThresholdsText(thresholds)}; peserta lulus SKD bila memenuhi ketiganya.`;
}

export const SKD_THRESHOLDS_MISSING = "Nilai ambang batas SKD (TWK, TIU, TKP) seleksi ini belum ditetapkan; peringkat SKD belum dapat dihitung.";
