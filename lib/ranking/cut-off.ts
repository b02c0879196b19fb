/**
 * Ranks and cut-offs over a list already sorted best-first by a total order in which "tied" means equal
 * on every ranking criterion (the id, used only to list tied candidates deterministically, is not one).
 */

/**
 * Competition ranking ("1, 1, 3"): a candidate's rank is 1 + the number of candidates strictly better.
 * Tied candidates share the better rank and the next rank is skipped, so a rank always tells how many
 * candidates are ahead.
 */
export function competitionRanks<T>(sorted: readonly T[], isTied: (a: T, b: T) => boolean): number[] {
  const ranks: number[] = [];
  sorted.forEach((item, index) => {
    const previous = sorted[index - 1];
    ranks.push(index > 0 && previous !== undefined && isTied(previous, item) ? (ranks[index - 1] as number) : index + 1);
  });
  return ranks;
}

export type CutOff<T> = {
  selected: T[];
  /** A tie crossed the cut-off: every tied candidate was taken, so `selected` is longer than `size`. */
  tieAtCutoff: boolean;
};

/**
 * The first `size` items, extended by every item tied with the last one taken: a tie across the
 * cut-off is never broken silently.
 */
export function takeWithTies<T>(sorted: readonly T[], size: number, isTied: (a: T, b: T) => boolean): CutOff<T> {
  if (sorted.length <= size) return { selected: [...sorted], tieAtCutoff: false };
  if (size <= 0) return { selected: [], tieAtCutoff: false };
  const last = sorted[size - 1] as T;
  let end = size;
  while (end < sorted.length && isTied(last, sorted[end] as T)) end += 1;
  return { selected: sorted.slice(0, end), tieAtCutoff: end > size };
}
