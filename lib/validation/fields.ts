// Field builders for forms whose inputs arrive as text (HTML inputs, selects, radios): an empty input
// means "not filled" (null), a filled one is parsed and reported with an Indonesian message that
// names the field. Shared by client forms and the server, so nothing here may touch the server.
import { z } from "zod";
import { compareCalendarDates, parseCalendarDate, type CalendarDate } from "@/lib/dates/calendar";
import { todayInWib } from "@/lib/dates/wib";
import { controlCharacterMessage, hasControlCharacters } from "@/lib/validation/text";

/** No person, decree or diploma of interest here predates 1900. */
export const MIN_FIELD_YEAR = 1900;

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
type Parser<T> = (text: string) => Parsed<T>;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

// Years typed into a number input may arrive as numbers; everything else is text.
// (`.optional()` rather than a `z.undefined()` member, so that an absent key is accepted as empty.)
const rawInput = z.union([z.string(), z.number(), z.null()], { error: "Isian tidak valid" }).optional();

function toText(value: string | number | null | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

export function optionalField<T>(parse: Parser<T>) {
  return rawInput.transform((value, ctx): T | null => {
    const text = toText(value);
    if (text === "") return null;
    const parsed = parse(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    }
    return parsed.value;
  });
}

export function requiredField<T>(parse: Parser<T>, emptyMessage: string) {
  return rawInput.transform((value, ctx): T => {
    const text = toText(value);
    const parsed = text === "" ? fail(emptyMessage) : parse(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    }
    return parsed.value;
  });
}

/** Adapts a zod schema (e.g. the sign-up phone field) to a text parser. */
export function fromSchema<T>(schema: z.ZodType<T>): Parser<T> {
  return (text) => {
    const result = schema.safeParse(text);
    return result.success ? ok(result.data) : fail(result.error.issues[0]?.message ?? "Isian tidak valid");
  };
}

type TextLimits = { min?: number; max?: number; multiline?: boolean };

export function textParser(label: string, { min = 1, max = 200, multiline = false }: TextLimits = {}): Parser<string> {
  return (text) => {
    if (hasControlCharacters(text, { multiline })) return fail(controlCharacterMessage(label));
    if (text.length < min) return fail(`${label} minimal ${min} karakter`);
    if (text.length > max) return fail(`${label} maksimal ${max} karakter`);
    return ok(text);
  };
}

export const requiredText = (label: string, limits?: TextLimits) => requiredField(textParser(label, limits), `${label} wajib diisi`);
export const optionalText = (label: string, limits?: TextLimits) => optionalField(textParser(label, limits));

export function oneOfParser<const T extends readonly string[]>(values: T, message: string): Parser<T[number]> {
  return (text) => ((values as readonly string[]).includes(text) ? ok(text as T[number]) : fail(message));
}

export const requiredOneOf = <const T extends readonly string[]>(values: T, message: string) =>
  requiredField(oneOfParser(values, message), message);
export const optionalOneOf = <const T extends readonly string[]>(values: T, message: string) =>
  optionalField(oneOfParser(values, message));

export type DateRule = { notFuture?: boolean };

export function calendarDateParser(label: string, { notFuture = false }: DateRule = {}): Parser<CalendarDate> {
  return (text) => {
    const parts = parseCalendarDate(text);
    if (!parts) return fail(`${label} harus tanggal yang valid (format TTTT-BB-HH)`);
    if (parts.y < MIN_FIELD_YEAR) return fail(`${label} tidak boleh sebelum tahun ${MIN_FIELD_YEAR}`);
    // "Today" where the selection runs; on the browser the same rule gives the same answer.
    if (notFuture && compareCalendarDates(text, todayInWib()) > 0) return fail(`${label} tidak boleh melewati hari ini`);
    return ok(text);
  };
}

export const requiredDate = (label: string, rule?: DateRule) =>
  requiredField(calendarDateParser(label, rule), `${label} wajib diisi`);
export const optionalDate = (label: string, rule?: DateRule) => optionalField(calendarDateParser(label, rule));

export function integerParser(label: string, min: number, max: () => number): Parser<number> {
  return (text) => {
    if (!/^-?\d+$/.test(text)) return fail(`${label} harus bilangan bulat`);
    const value = Number(text);
    const upper = max();
    if (value < min || value > upper) return fail(`${label} harus antara ${min} dan ${upper}`);
    return ok(value);
  };
}

const currentYear = () => Number(todayInWib().slice(0, 4));

/** A year from 1900 up to the current year (in WIB). */
export const requiredYear = (label: string) =>
  requiredField(integerParser(label, MIN_FIELD_YEAR, currentYear), `${label} wajib diisi`);
export const optionalYear = (label: string) => optionalField(integerParser(label, MIN_FIELD_YEAR, currentYear));
export const optionalCount = (label: string, max: number) => optionalField(integerParser(label, 0, () => max));

/** Indonesian decimals use a comma ("3,45"); a dot is accepted too. At most two decimals. */
export function decimalParser(label: string, min: number, max: number): Parser<number> {
  return (text) => {
    const normalized = text.replace(",", ".");
    if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return fail(`${label} harus angka dengan paling banyak 2 desimal (contoh 3,45)`);
    const value = Number(normalized);
    if (value < min || value > max) return fail(`${label} harus antara ${min} dan ${max}`);
    return ok(value);
  };
}

// Radios and selects give "true"/"false"; a checkbox gives a boolean.
const booleanInput = z
  .union([z.boolean(), z.enum(["true", "false", ""]), z.null()], { error: "Pilih Ya atau Tidak" })
  .optional();

function toBoolean(value: z.output<typeof booleanInput>): boolean | null {
  if (value === true || value === "true") return true;
  if (value === false || value === "false") return false;
  return null;
}

/** Yes / no / not answered yet. */
export const optionalBoolean = () => booleanInput.transform(toBoolean);

export const requiredBoolean = (message: string) =>
  booleanInput.transform((value, ctx): boolean => {
    const result = toBoolean(value);
    if (result === null) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return result;
  });

/** A checkbox: unticked (or absent) is false. */
export const checkbox = () => booleanInput.transform((value) => toBoolean(value) ?? false);
