// Hostile input against every schema a server action accepts (found from the app tree: every export of
// app/**/actions.ts made with defineAction) and the GET-parameter schemas of the staff pages: random and
// malformed values, nested junk, prototype keys, huge strings, unicode and control characters. The schema
// never throws, every refusal speaks Indonesian, and no control character (a NUL reaches PostgreSQL as an
// encoding error) gets through to the domain code.
import fs from "node:fs";
import path from "node:path";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { queueSearchSchema } from "@/lib/validation/verification";
import { userSearchSchema } from "@/lib/validation/users";
import { VALID_ACTION_INPUTS } from "../fixtures/action-inputs";

type FoundAction = { file: string; name: string; schema: z.ZodType };

function actionFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(full);
    return entry.name === "actions.ts" ? [full] : [];
  });
}

const APP = path.resolve(import.meta.dirname, "../../app");
const actions: FoundAction[] = [];
for (const file of actionFiles(APP).sort()) {
  const exported = (await import(file)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(exported)) {
    const schema = (value as { schema?: z.ZodType } | null)?.schema;
    if (typeof value === "function" && schema) actions.push({ file: path.relative(APP, file), name, schema });
  }
}

// zod's own English defaults ("Invalid input: expected string", "Too small", "Unrecognized key"): a
// refusal must be in Indonesian, even for input no form can produce.
const ENGLISH_DEFAULT = /^(Invalid|Too (big|small)|Expected|Unrecognized|Required)\b/;

function messagesOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => issue.message);
}

/** Every string anywhere in a parsed value. */
function stringsIn(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object" || seen.has(value)) return [];
  seen.add(value);
  if (value instanceof Map) return [...value.entries()].flatMap(([k, v]) => [...stringsIn(k, seen), ...stringsIn(v, seen)]);
  return Object.entries(value).flatMap(([key, inner]) => [key, ...stringsIn(inner, seen)]);
}

/** The paths of the string leaves of an example input. */
function stringLeaves(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return [prefix];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringLeaves(item, [...prefix, index]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, inner]) => stringLeaves(inner, [...prefix, key]));
  return [];
}

function withLeaf(value: unknown, leaf: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let target = copy;
  for (const key of leaf.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[leaf.at(-1)!] = replacement;
  return copy;
}

// A control character no form field may carry (line breaks and tabs are allowed in textareas).
const CONTROL = fc.constantFrom("\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u000c", "\u001b", "\u001f", "\u007f", "\u0085", "\u009f");
const FORBIDDEN = /(?![\t\n\r])\p{Cc}/u;

const junk = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withBoxedValues: true,
  key: fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "prototype", "toString")),
  values: [fc.string({ unit: "binary" }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined)],
});

const hostileString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.constantFrom("", " ", "\u202e", "\ud800", "\udfff", "𝕏".repeat(500), "<script>alert(1)</script>", "'; DROP TABLE \"User\"; --", "../../etc/passwd", "%00", "١٢٣"),
);

describe("the server actions found in app/**/actions.ts", () => {
  it("are all there and each has a valid example input (tests/fixtures/action-inputs.ts)", () => {
    expect(actions.length).toBeGreaterThanOrEqual(36);
    const missing = actions.filter((action) => !(action.name in VALID_ACTION_INPUTS)).map((action) => `${action.file}: ${action.name}`);
    expect(missing).toEqual([]);
  });
});

describe.each(actions.map((action) => [action.name, action] as const))("%s", (name, { schema }) => {
  const example = VALID_ACTION_INPUTS[name];
  const leaves = stringLeaves(example);

  it("accepts its example", () => {
    const parsed = schema.safeParse(example);
    expect(parsed.success ? [] : messagesOf(parsed.error)).toEqual([]);
  });

  test.prop([junk], { numRuns: 60 })("never throws on junk and refuses it in Indonesian", (value) => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) for (const message of messagesOf(parsed.error)) expect(message).not.toMatch(ENGLISH_DEFAULT);
  });

  test.prop([fc.dictionary(fc.constantFrom(...Object.keys(example as object), "__proto__", "x"), junk, { maxKeys: 8 })], { numRuns: 60 })(
    "never throws on its own fields filled with junk",
    (value) => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) for (const message of messagesOf(parsed.error)) expect(message).not.toMatch(ENGLISH_DEFAULT);
    },
  );

  if (leaves.length > 0) {
    test.prop([fc.constantFrom(...leaves), hostileString], { numRuns: 80 })("takes any text in one field without throwing, and passes no control character on", (leaf, text) => {
      const parsed = schema.safeParse(withLeaf(example, leaf, text));
      if (parsed.success) expect(stringsIn(parsed.data).filter((s) => FORBIDDEN.test(s))).toEqual([]);
      else for (const message of messagesOf(parsed.error)) expect(message).not.toMatch(ENGLISH_DEFAULT);
    });

    test.prop([fc.constantFrom(...leaves), fc.string({ maxLength: 40 }), CONTROL, fc.string({ maxLength: 40 })], { numRuns: 80 })(
      "refuses a control character in any text field, in Indonesian",
      (leaf, before, control, after) => {
        const original = String(leaf.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], example));
        const parsed = schema.safeParse(withLeaf(example, leaf, `${before}${original}${control}${after}`));
        if (parsed.success) {
          // Only a field that drops what it does not know (a filter) may accept it, and then without the character.
          expect(stringsIn(parsed.data).filter((s) => FORBIDDEN.test(s))).toEqual([]);
          return;
        }
        for (const message of messagesOf(parsed.error)) expect(message).not.toMatch(ENGLISH_DEFAULT);
      },
    );

    it("refuses a NUL in each text field with a message", () => {
      for (const leaf of leaves) {
        const original = String(leaf.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], example));
        const parsed = schema.safeParse(withLeaf(example, leaf, `${original}\u0000`));
        expect(parsed.success, `${leaf.join(".")} accepted a NUL`).toBe(false);
      }
    });

    it("answers a 1 MB text in any field quickly, without throwing", () => {
      const huge = "ä".repeat(1_000_000);
      const started = performance.now();
      for (const leaf of leaves) schema.safeParse(withLeaf(example, leaf, huge));
      expect(performance.now() - started).toBeLessThan(2_000 * leaves.length);
    });
  }
});

describe("the staff pages' search parameters", () => {
  test.prop([fc.dictionary(fc.constantFrom("q", "status", "berkas", "belum", "keputusan", "jabatan", "halaman", "x"), fc.oneof(hostileString, fc.string().map((s) => `${s}\u0000`)))])(
    "of the applications queue always parse, dropping what they cannot read",
    (params) => {
      const parsed = queueSearchSchema.parse(params);
      expect(stringsIn(parsed).filter((s) => FORBIDDEN.test(s))).toEqual([]);
    },
  );

  test.prop([fc.dictionary(fc.constantFrom("q", "halaman", "x"), fc.oneof(hostileString, fc.string().map((s) => `${s}\u0000`)))])(
    "of the user list always parse, dropping what they cannot read",
    (params) => {
      const parsed = userSearchSchema.parse(params);
      expect(stringsIn(parsed).filter((s) => FORBIDDEN.test(s))).toEqual([]);
    },
  );
});
