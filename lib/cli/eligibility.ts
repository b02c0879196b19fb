// npm run -s eligibility -- FILE.json
// Checks one candidate against a selection's stored rules (contract: ../shared/CONTRACTS.md, "Eligibility").
// stdout carries the JSON result and nothing else, so that it can be piped; every message goes to stderr.
// Exit 0 with a result, 2 for input the caller must fix (file, JSON, a field, an unknown selection),
// 1 for anything else (database unreachable, a selection whose rules cannot be read).
import { EligibilityConfigError, evaluateEligibility } from "@/lib/eligibility/engine";
import { type EligibilityInput, eligibilityInputSchema } from "@/lib/validation/eligibility-input";
import { InputError, readJsonInput, runJsonCommand } from "./json-command";
import { preferRunningEmbeddedServer, type DatabaseHandle } from "./pg-server";
import { prepareDatabase } from "./prepare";

async function check(input: EligibilityInput): Promise<string> {
  await preferRunningEmbeddedServer();
  // Migrations are applied quietly (a fresh or older embedded database may lack tables); an empty database
  // gets the seed (the contract's selection), with its progress on stderr.
  let database: DatabaseHandle | undefined;
  try {
    database = await prepareDatabase({ seed: "if-empty", quiet: true });
    // Imported only now: lib/db reads DATABASE_URL on first use.
    const { getSelectionEligibilityConfig } = await import("@/lib/selections/eligibility-config");
    const config = await getSelectionEligibilityConfig(input.selection);
    if (!config) throw new InputError(`selection: seleksi "${input.selection}" tidak ditemukan`);
    const result = evaluateEligibility({
      rules: config.rules,
      candidate: input.candidate,
      referenceDate: input.referenceDate ?? config.referenceDate,
      ageReading: config.ageReading,
    });
    const output = {
      verdict: result.verdict,
      referenceDate: result.referenceDate,
      age: result.age,
      rules: result.rules.map(({ id, status, reason }) => ({ id, status, reason })),
    };
    return `${JSON.stringify(output, null, 2)}\n`;
  } finally {
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb().catch(() => {});
    await database?.stop().catch(() => {});
  }
}

// The input is checked before any database is opened: a typo costs no server start.
void runJsonCommand(
  async () =>
    check(
      await readJsonInput(process.argv[2], {
        usage: "Pemakaian: npm run -s eligibility -- BERKAS.json",
        schema: eligibilityInputSchema,
      }),
    ),
  () => false,
  (error) => (error instanceof EligibilityConfigError ? `Aturan seleksi tidak dapat dibaca: ${error.message}` : error instanceof Error ? error.message : String(error)),
);
