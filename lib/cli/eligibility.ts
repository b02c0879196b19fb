// npm run -s eligibility -- FILE.json
// Checks one candidate against a selection's stored rules (contract: ../shared/CONTRACTS.md, "Eligibility").
// stdout carries the JSON result and nothing else, so that it can be piped; every message goes to stderr.
// Exit 0 with a result, 2 for input the caller must fix (file, JSON, a field, an unknown selection),
// 1 for anything else (database unreachable, a selection whose rules cannot be read).
import fs from "node:fs/promises";
import pg from "pg";
import { EligibilityConfigError, evaluateEligibility } from "@/lib/eligibility/engine";
import {
  type EligibilityInput,
  eligibilityInputSchema,
  formatEligibilityInputIssues,
} from "@/lib/validation/eligibility-input";
import type { DatabaseHandle } from "./pg-server";
import { prepareDatabase } from "./prepare";

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_INVALID_INPUT = 2;

class InputError extends Error {}

async function readInput(file: string | undefined): Promise<EligibilityInput> {
  if (!file) throw new InputError("Pemakaian: npm run -s eligibility -- BERKAS.json");
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
  const parsed = eligibilityInputSchema.safeParse(json);
  if (!parsed.success) throw new InputError(formatEligibilityInputIssues(parsed.error));
  return parsed.data;
}

/**
 * Without DATABASE_URL the portal's embedded server is used. When `npm run dev`/`demo` already runs it,
 * a second start on the same data folder would fail, so connect to the running one instead (the
 * credentials and defaults are those of lib/cli/pg-server.ts).
 */
async function preferRunningEmbeddedServer(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const url = `postgresql://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_PG_PORT ?? 54329}/portal`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on("error", () => {});
  try {
    await client.connect();
    process.env.DATABASE_URL = url;
  } catch {
    // Not running: prepareDatabase starts it.
  } finally {
    await client.end().catch(() => {});
  }
}

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, (error) => (error ? reject(error) : resolve())));
}

async function check(input: EligibilityInput): Promise<string> {
  await preferRunningEmbeddedServer();
  // Migrations are applied quietly (an older embedded database may lack tables); the seed is not loaded.
  let database: DatabaseHandle | undefined;
  try {
    database = await prepareDatabase({ seed: false, quiet: true });
    // Imported only now: lib/db reads DATABASE_URL on first use.
    const { getSelectionEligibilityConfig } = await import("@/lib/eligibility/selection-config");
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

async function main(): Promise<number> {
  try {
    // The input is checked before any database is opened: a typo costs no server start.
    const input = await readInput(process.argv[2]);
    await write(process.stdout, await check(input));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof InputError) {
      await write(process.stderr, `${error.message}\n`);
      return EXIT_INVALID_INPUT;
    }
    const message =
      error instanceof EligibilityConfigError
        ? `Aturan seleksi tidak dapat dibaca: ${error.message}`
        : error instanceof Error
          ? error.message
          : String(error);
    await write(process.stderr, `${message}\n`);
    return EXIT_FAILURE;
  }
}

main().then((code) => process.exit(code));
