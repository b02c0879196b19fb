import type { PDFFont } from "pdf-lib";

// Typographic characters that WinAnsi could encode, but which we flatten to
// ASCII anyway: applicants paste text from word processors, and plain
// characters keep the extracted text (search, tests, copy-paste) predictable.
const PUNCTUATION_MAP: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u2032": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u2033": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u2026": "...",
  "\u00a0": " ",
  "\u2007": " ",
  "\u202f": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u2009": " ",
  "\t": " ",
  "\u00ad": "",
  "\u200b": "",
  "\u200c": "",
  "\u200d": "",
  "\ufeff": "",
  // Letters with a stroke or without a dot have no Unicode decomposition.
  "\u0141": "L",
  "\u0142": "l",
  "\u0110": "D",
  "\u0111": "d",
  "\u0131": "i",
  "\u0126": "H",
  "\u0127": "h",
  "\u0166": "T",
  "\u0167": "t",
};

// Code points above Latin-1 that the WinAnsi encoding of the standard
// Helvetica font can still encode (checked against pdf-lib's encoder).
const WIN_ANSI_EXTRA = new Set<number>([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2020, 0x2021,
  0x2022, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

function isWinAnsi(codePoint: number): boolean {
  return (
    (codePoint >= 0x20 && codePoint <= 0x7e) ||
    (codePoint >= 0xa0 && codePoint <= 0xff) ||
    WIN_ANSI_EXTRA.has(codePoint)
  );
}

/**
 * Makes text safe for the standard (non-embedded) fonts, which only encode
 * WinAnsi: pdf-lib throws on anything else, and a stray emoji or Turkish
 * letter in an applicant's profile must not break their whole document.
 * Newlines are kept (callers treat them as hard line breaks); letters with
 * diacritics fall back to their base letter, anything else becomes "?".
 */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC").replace(/\r\n?/g, "\n")) {
    if (char === "\n") {
      out += char;
      continue;
    }
    const mapped = PUNCTUATION_MAP[char];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const codePoint = char.codePointAt(0) ?? 0x3f;
    if (isWinAnsi(codePoint)) {
      out += char;
      continue;
    }
    if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) continue;
    const base = char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    const isEncodable = base.length > 0 && [...base].every((c) => isWinAnsi(c.codePointAt(0) ?? 0));
    out += isEncodable ? base : "?";
  }
  return out;
}

/** Sanitised single-line text: newlines become spaces. */
export function toWinAnsiLine(text: string): string {
  return toWinAnsi(text).replace(/\n/g, " ");
}

/**
 * Greedy word wrap measured with the real font metrics. Hard newlines are
 * honoured, and a single word wider than the line (a long e-mail address or
 * decree number) is broken by characters instead of overflowing the margin.
 */
export function wrapText(
  text: string,
  font: PDFFont,
  size: number,
  maxWidth: number,
  firstLineWidth: number = maxWidth,
): string[] {
  const lines: string[] = [];
  const widthOf = (s: string) => font.widthOfTextAtSize(s, size);
  const limit = () => (lines.length === 0 ? firstLineWidth : maxWidth);

  for (const rawLine of toWinAnsi(text).split("\n")) {
    const words = rawLine.split(/ +/).filter((w) => w.length > 0);
    if (words.length === 0) {
      lines.push("");
      continue;
    }
    let current = "";
    for (const word of words) {
      const candidate = current ? `${current} ${word}` : word;
      if (widthOf(candidate) <= limit()) {
        current = candidate;
        continue;
      }
      if (current) lines.push(current);
      current = "";
      if (widthOf(word) <= limit()) {
        current = word;
        continue;
      }
      let chunk = "";
      for (const char of word) {
        if (chunk && widthOf(chunk + char) > limit()) {
          lines.push(chunk);
          chunk = "";
        }
        chunk += char;
      }
      current = chunk;
    }
    lines.push(current);
  }
  return lines;
}
