/**
 * Input the ranking cannot compute exactly or meaningfully (a score with more than three decimals, a
 * duplicate id, weights summing to zero). The CLI validates with lib/validation/ranking-input.ts first,
 * so reaching this is a caller's bug; it throws rather than producing a ranking that could be wrong.
 */
export class RankingInputError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = "RankingInputError";
    this.field = field;
  }
}
