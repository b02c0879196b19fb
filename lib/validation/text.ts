// Every text a form, a server action or a route accepts starts here: a string with no control
// characters. A NUL reaches PostgreSQL as an encoding error (the user saw "Terjadi kesalahan pada
// server"), and the other C0/C1 controls are never typed by a person: they are pasted junk or an
// attack, so they are refused with a message rather than stripped silently. Multi-line fields
// (textareas) keep their line breaks and tabs. Pure: shared by client forms and the server.
import { z } from "zod";

// zod's own messages (for input no form produces: a number where text belongs, an unknown shape) in
// Indonesian too. Set here because every schema of the portal is built from these helpers.
z.config(z.locales.id());

export const CONTROL_CHARACTER_MESSAGE = "Isian memuat karakter kontrol yang tidak diizinkan (misalnya NUL). Hapus karakter tersebut lalu kirim ulang.";

// Unicode category Cc: U+0000–U+001F and U+007F–U+009F.
const ANY_CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_LINE_BREAKS = /(?![\t\n\r])\p{Cc}/u;

export type TextKind = { multiline?: boolean };

export function hasControlCharacters(value: string, { multiline = false }: TextKind = {}): boolean {
  return (multiline ? CONTROL_EXCEPT_LINE_BREAKS : ANY_CONTROL).test(value);
}

/** The message for a text that holds control characters, naming the field when a label is given. */
export function controlCharacterMessage(label?: string): string {
  return label ? `${label} memuat karakter kontrol yang tidak diizinkan (misalnya NUL). Hapus karakter tersebut lalu kirim ulang.` : CONTROL_CHARACTER_MESSAGE;
}

/** A one-line text (names, numbers, titles, ids): no control characters at all. */
export function singleLineText(options: { error?: string; label?: string } = {}) {
  return z
    .string(options.error ? { error: options.error } : undefined)
    .refine((value) => !hasControlCharacters(value), controlCharacterMessage(options.label));
}

/** A textarea's text (notes, reasons, statements): line breaks and tabs allowed, other controls not. */
export function multiLineText(options: { error?: string; label?: string } = {}) {
  return z
    .string(options.error ? { error: options.error } : undefined)
    .refine((value) => !hasControlCharacters(value, { multiline: true }), controlCharacterMessage(options.label));
}

/** A record's id sent back by a form (hidden field, route segment): short, one line, never empty. */
export const idField = (message = "Data tidak dikenal") => singleLineText({ error: message }).trim().min(1, message).max(64, message);

/** A selection's slug as the staff pages send it back with their forms. */
export const slugField = () => singleLineText({ error: "Seleksi tidak dikenal" }).trim().min(1, "Seleksi tidak dikenal").max(200, "Seleksi tidak dikenal");
