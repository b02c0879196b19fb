// npm run -s rank -- FILE.json
// Ranks the candidates of one JPT or CPNS selection with the pure code of lib/ranking, the same the
// dashboard uses (contract: ../shared/CONTRACTS.md, "Ranking"). No database.
// stdout carries the JSON result and nothing else; messages go to stderr. Exit 0 with a result,
// 2 for input the caller must fix (file, JSON, a field), 1 for anything else.
import { RankingInputError, rankCpns, rankJpt } from "@/lib/ranking";
import { type CpnsRankingInputData, type JptRankingInputData, rankingInputSchema } from "@/lib/validation/ranking-input";
import { readJsonInput, runJsonCommand } from "./json-command";

/** The contract's fields, plus `shortfall` (fewer qualified than 3 × quota: escalate, never proceed). */
function rankJptOutput(input: JptRankingInputData) {
  const result = rankJpt(input);
  return {
    ranking: result.ranking.map(({ id, final, rank, excluded, reason }) => ({ id, final, rank, excluded, reason })),
    shortlist: result.shortlist,
    tieAtCutoff: result.tieAtCutoff,
    shortfall: result.shortfall,
  };
}

/** The contract's fields, plus the reasons and tie flags that keep a cut-off from being decided silently. */
function rankCpnsOutput(input: CpnsRankingInputData) {
  const result = rankCpns(input);
  return {
    skdPassed: result.skdPassed,
    skbShortlist: result.skbShortlist,
    ranking: result.ranking.map(({ id, final, rank }) => ({ id, final, rank })),
    selected: result.selected,
    skdFailed: result.skdFailed,
    skbShortlistTieAtCutoff: result.skbShortlistTieAtCutoff,
    unranked: result.unranked,
    selectedTieAtCutoff: result.selectedTieAtCutoff,
  };
}

void runJsonCommand(
  async () => {
    const input = await readJsonInput(process.argv[2], {
      usage: "Pemakaian: npm run -s rank -- BERKAS.json",
      schema: rankingInputSchema,
    });
    const output = input.regime === "JPT" ? rankJptOutput(input) : rankCpnsOutput(input);
    return `${JSON.stringify(output, null, 2)}\n`;
  },
  (error) => error instanceof RankingInputError,
);
