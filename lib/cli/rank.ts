// npm run -s rank -- FILE.json
// Ranks the candidates of one JPT or CPNS selection with the pure code of lib/ranking, the same the
// dashboard uses (contract: ../shared/CONTRACTS.md, "Ranking"). No database.
// stdout carries the JSON result and nothing else; messages go to stderr. Exit 0 with a result,
// 2 for input the caller must fix (file, JSON, a field), 1 for anything else.
import fs from "node:fs/promises";
import { RankingInputError, rankCpns, rankJpt } from "@/lib/ranking";
import {
  type CpnsRankingInputData,
  type JptRankingInputData,
  type RankingInputData,
  formatRankingInputIssues,
  rankingInputSchema,
} from "@/lib/validation/ranking-input";

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_INVALID_INPUT = 2;

class InputError extends Error {}

async function readInput(file: string | undefined): Promise<RankingInputData> {
  if (!file) throw new InputError("Pemakaian: npm run -s rank -- BERKAS.json");
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "tidak ditemukan" : code === "EISDIR" ? "adalah folder" : `tidak dapat dibaca (${code ?? String(error)})`;
    throw new InputError(`${file}: berkas ${why}`);
  }
  let json: unknown;
  try {
    // Editors on Windows may start the file with a byte-order mark, which JSON.parse refuses.
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new InputError(`${file}: JSON tidak valid: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = rankingInputSchema.safeParse(json);
  if (!parsed.success) throw new InputError(formatRankingInputIssues(parsed.error));
  return parsed.data;
}

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

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, (error) => (error ? reject(error) : resolve())));
}

async function main(): Promise<number> {
  try {
    const input = await readInput(process.argv[2]);
    const output = input.regime === "JPT" ? rankJptOutput(input) : rankCpnsOutput(input);
    await write(process.stdout, `${JSON.stringify(output, null, 2)}\n`);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof InputError || error instanceof RankingInputError) {
      await write(process.stderr, `${error.message}\n`);
      return EXIT_INVALID_INPUT;
    }
    await write(process.stderr, `${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}

main().then((code) => process.exit(code));
