import "server-only";
// Structured logs (DECISIONS.md, "Structured logs with pino"): one JSON line per event with a level, a time,
// an `event` name and, inside a request, the request id that lib/cli/request-log.mjs gave it. Personal data
// never reaches a line: fields named like personal data are replaced by pino's redaction at any of the first
// three levels of nesting, and NIK/NIP-like digit runs and e-mail addresses inside messages and error texts
// (a database error may quote the value that clashed) are masked by the hooks below.
// Lines go to stdout; the JSON command-line tools set LOG_TO_STDERR so that their stdout stays pure JSON.
// `npm run dev` pipes the server's stdout through pino-pretty (lib/cli/run-app.ts); the app never loads it.
import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";

export const REDACTED = "[disamarkan]";

/** Field names that hold personal data or secrets, in any object logged. */
const PERSONAL_KEYS = [
  "nik",
  "nip",
  "email",
  "to",
  "address",
  "alamat",
  "phone",
  "telepon",
  "birthDate",
  "fileName",
  "filename",
  "originalName",
  "password",
  "passwordHash",
  "newPassword",
  "token",
  "tokenHash",
  "secret",
  "authorization",
  "cookie",
] as const;

export const REDACT_PATHS = PERSONAL_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

// 16 digits (NIK), 18 digits (NIP), with or without spaces; e-mail addresses.
const DIGIT_RUN = /\b\d(?:[ .-]?\d){15,17}\b/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** A free text with NIK/NIP-like numbers and e-mail addresses masked. */
export function maskPersonalText(text: string): string {
  return text.replace(EMAIL, REDACTED).replace(DIGIT_RUN, REDACTED);
}

type RequestContext = { requestId: string };
/** Shared with lib/cli/request-log.mjs (loaded before Next), which enters it for each request. */
const requestContext: AsyncLocalStorage<RequestContext> = ((globalThis as Record<symbol, unknown>)[Symbol.for("portal.request-context")] ??=
  new AsyncLocalStorage<RequestContext>()) as AsyncLocalStorage<RequestContext>;

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: maskPersonalText(String(error)) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: maskPersonalText(error.message),
    ...(typeof code === "string" ? { code } : {}),
    ...(error.stack ? { stack: maskPersonalText(error.stack) } : {}),
  };
}

// Read once per line, so a command can still choose stderr after this module was imported.
const destination = {
  write(line: string) {
    (process.env.LOG_TO_STDERR === "1" ? process.stderr : process.stdout).write(line);
  },
};

function defaultLevel(): pino.LevelWithSilent {
  const wanted = process.env.LOG_LEVEL;
  if (wanted && wanted in pino.levels.values) return wanted as pino.Level;
  if (wanted === "silent") return "silent";
  // Test runs stay quiet unless asked (a test that reads the log output raises the level itself).
  return process.env.VITEST ? "silent" : "info";
}

export const logger = pino(
  {
    level: defaultLevel(),
    base: { service: "portal-seleksi" },
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: "msg",
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    serializers: { err: errorFields, error: errorFields },
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
    hooks: {
      // Messages are free text: mask what looks like a NIK, a NIP or an e-mail address.
      logMethod(args, method) {
        const masked = args.map((arg) => (typeof arg === "string" ? maskPersonalText(arg) : arg));
        return method.apply(this, masked as Parameters<typeof method>);
      },
    },
  },
  destination,
);
