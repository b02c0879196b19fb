// What the JSON command-line tools (eligibility, rank) share: reading and validating the input file,
// and the exit-code convention of CONTRACTS.md — 0 with a result on stdout, 2 for input the caller
// must fix (named on stderr), 1 for anything else. stdout carries the JSON and nothing else.
import fs from "node:fs/promises";
import type { z } from "zod";
import { formatInputIssues } from "@/lib/validation/json-input";

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_INVALID_INPUT = 2;

/** A problem with the caller's input: reported on stderr with exit code 2. */
export class InputError extends Error {}

export async function readJsonInput<S extends z.ZodType>(
  file: string | undefined,
  options: { usage: string; schema: S },
): Promise<z.output<S>> {
  if (!file) throw new InputError(options.usage);
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
  const parsed = options.schema.safeParse(json);
  if (!parsed.success) throw new InputError(formatInputIssues(parsed.error));
  return parsed.data;
}

export function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, (error) => (error ? reject(error) : resolve())));
}

/** Runs a command body that returns the stdout text; maps errors to the exit codes above. */
/**
 * stdout carries the JSON and nothing else: whatever the code run by a command prints (console.log of a
 * module, the seed on a fresh database, the structured log of lib/log) goes to stderr.
 */
export function keepStdoutForJson(): void {
  process.env.LOG_TO_STDERR = "1";
  for (const method of ["log", "info", "debug"] as const) console[method] = console.error;
}

export async function runJsonCommand(body: () => Promise<string>, isInputError: (error: unknown) => boolean = () => false, describe: (error: unknown) => string = (error) => (error instanceof Error ? error.message : String(error))): Promise<never> {
  keepStdoutForJson();
  let code = EXIT_OK;
  try {
    await write(process.stdout, await body());
  } catch (error) {
    const invalid = error instanceof InputError || isInputError(error);
    await write(process.stderr, `${invalid ? (error as Error).message : describe(error)}\n`);
    code = invalid ? EXIT_INVALID_INPUT : EXIT_FAILURE;
  }
  process.exit(code);
}
