// What in a PDF can act on its own when opened in a desktop viewer: JavaScript (/JS, /JavaScript, in an
// /OpenAction, an /AA additional action, a form field or a name tree), embedded files (/EmbeddedFiles,
// /EmbeddedFile, /FileAttachment) and launch actions (/Launch). Such a PDF is accepted but flagged for
// the secretariat (DECISIONS.md, "Hostile uploads"). Names are compared after decoding #xx escapes
// (/J#61vaScript is /JavaScript). Dictionaries inside compressed object streams (/ObjStm with
// /FlateDecode, which pdf-lib and most PDF 1.5+ writers use) are inflated, bounded, and scanned too.
// Fed the bytes as they arrive (or reads the file from disk in chunks); only one object stream at a time is held
// in memory.
import fs from "node:fs/promises";
import zlib from "node:zlib";

export type PdfContentWarning = "PDF_JAVASCRIPT" | "PDF_EMBEDDED_FILE" | "PDF_LAUNCH_ACTION";

type Handle = Awaited<ReturnType<typeof fs.open>>;

const CHUNK_BYTES = 64 * 1024;
const CARRY_BYTES = 512;
/** Bounds on what one object stream may take: compressed and inflated (a deflate bomb stops here). */
const MAX_OBJECT_STREAM_BYTES = 8 * 1024 * 1024;
const MAX_INFLATED_BYTES = 32 * 1024 * 1024;

const WARNING_BY_NAME: Record<string, PdfContentWarning> = {
  JS: "PDF_JAVASCRIPT",
  JavaScript: "PDF_JAVASCRIPT",
  EmbeddedFiles: "PDF_EMBEDDED_FILE",
  EmbeddedFile: "PDF_EMBEDDED_FILE",
  FileAttachment: "PDF_EMBEDDED_FILE",
  Launch: "PDF_LAUNCH_ACTION",
};

// A PDF name: a solidus and regular characters (ISO 32000-1, 7.3.5); delimiters and white-space end it. Only
// names that can spell one of ours are matched: letters, digits and #xx escapes, then a delimiter (or the end
// of the text read so far). Any other regular character makes a different name, so nothing is missed, and the
// many stray solidi in compressed binary data mostly stop matching (the scan was the slowest part of an upload).
const NAME = /\/([A-Za-z0-9#]{2,40})(?=[\0\t\n\f\r ()<>[\]{}/%]|$)/g;

function decodeName(raw: string): string {
  if (!raw.includes("#")) return raw;
  return raw.replace(/#([0-9A-Fa-f]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function scanNames(text: string, found: Set<PdfContentWarning>): void {
  for (const match of text.matchAll(NAME)) {
    const warning = WARNING_BY_NAME[decodeName(match[1] ?? "")];
    if (warning) found.add(warning);
  }
}

async function readAt(handle: Handle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(Math.max(0, length));
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
  return buffer.subarray(0, bytesRead);
}

/** The raw data of the stream whose dictionary names /ObjStm at `at`, when it is plainly Flate-encoded. */
async function objectStreamData(handle: Handle, at: number, sizeBytes: number): Promise<Buffer | null> {
  // The dictionary opens before the name: from this object's "obj" keyword to its "stream" keyword.
  const from = Math.max(0, at - 2048);
  const before = (await readAt(handle, from, at - from)).toString("latin1");
  const opening = before.lastIndexOf("obj");
  const window = (await readAt(handle, at, Math.min(4096, sizeBytes - at))).toString("latin1");
  const keyword = /stream(\r\n|\n|\r)/.exec(window);
  if (!keyword) return null;
  const dictionary = (opening >= 0 ? before.slice(opening) : "") + window.slice(0, keyword.index);
  if (!/\/Filter\s*(\[\s*)?\/FlateDecode(?![A-Za-z0-9])\s*\]?/.test(dictionary) || /\/DecodeParms/.test(dictionary)) return null;
  const start = at + keyword.index + keyword[0].length;
  const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
  let length = direct ? Number(direct[1]) : -1;
  if (length < 0 || start + length > sizeBytes) {
    // An indirect /Length: the data runs to the next "endstream".
    const rest = await readAt(handle, start, Math.min(MAX_OBJECT_STREAM_BYTES, sizeBytes - start));
    length = rest.indexOf("endstream");
    if (length < 0) return null;
  }
  if (length > MAX_OBJECT_STREAM_BYTES) return null;
  return readAt(handle, start, length);
}

/**
 * The scan, fed the file's bytes in order as they arrive (an upload scanned while it streams to disk, so the
 * file is not read back): names are matched in each piece with the end of the previous one in front, so a name
 * cut between two pieces is seen whole whatever the pieces' sizes; a name that touches the end of what has
 * arrived is judged only once the byte after it is there (or the file has ended). Object streams are noted by
 * offset and inflated from the file afterwards (`warnings`).
 */
// The same names as NAME, found in bytes without making a string of them (the scan runs on every byte of
// every uploaded PDF): 1 = a character a name may hold here, 2 = a delimiter or white-space that ends one.
const BYTE_KIND = new Uint8Array(256);
for (const character of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789#") BYTE_KIND[character.charCodeAt(0)] = 1;
for (const character of "\0\t\n\f\r ()<>[]{}/%") BYTE_KIND[character.charCodeAt(0)] = 2;
const SOLIDUS = 0x2f;

/**
 * Calls `visit` for each name NAME would match in `bytes` (a solidus, 2–40 name characters, then a delimiter or
 * the end of `bytes`), with its offsets: a solidus followed by a run of 2–40 name characters and then a delimiter
 * or the end. Longer runs, or a run ended by another character, are other names.
 */
function forEachName(bytes: Buffer, visit: (name: string, start: number, end: number) => void): void {
  let at = bytes.indexOf(SOLIDUS);
  while (at >= 0) {
    let end = at + 1;
    const limit = Math.min(bytes.length, at + 42);
    while (end < limit && BYTE_KIND[bytes[end]!] === 1) end += 1;
    const length = end - at - 1;
    if (length >= 2 && length <= 40 && (end === bytes.length || BYTE_KIND[bytes[end]!] === 2)) visit(bytes.toString("latin1", at + 1, end), at, end);
    at = bytes.indexOf(SOLIDUS, Math.max(end, at + 1));
  }
}

/**
 * The scan, fed the file's bytes in order as they arrive (an upload scanned while it streams to disk, so the
 * file is not read back): names are matched in each piece with the end of the previous one in front, so a name
 * cut between two pieces is seen whole whatever the pieces' sizes; a name that touches the end of what has
 * arrived is judged only once the byte after it is there (or the file has ended). Object streams are noted by
 * offset and inflated from the file afterwards (`warnings`).
 */
export class PdfActiveContentScanner {
  private readonly found = new Set<PdfContentWarning>();
  private readonly objectStreams: number[] = [];
  private carry: Buffer = Buffer.alloc(0);
  private position = 0;

  push(chunk: Buffer): void {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const carried = this.carry.length;
    const bytesStart = this.position - carried;
    forEachName(bytes, (raw, start, end) => {
      // Not yet known to end here: seen again with the next piece, as the carry keeps it.
      if (end === bytes.length) return;
      const name = decodeName(raw);
      const warning = WARNING_BY_NAME[name];
      if (warning) this.found.add(warning);
      // Names in the carry were judged with the previous piece; an /ObjStm offset is recorded once.
      if (name === "ObjStm" && end >= carried) this.objectStreams.push(bytesStart + start);
    });
    this.carry = Buffer.from(bytes.subarray(Math.max(0, bytes.length - CARRY_BYTES)));
    this.position += chunk.length;
  }

  /** The warnings once every byte was pushed, `filePath` holding the same bytes (object streams are read from it). */
  async warnings(filePath: string): Promise<PdfContentWarning[]> {
    // A name at the very end of the file.
    const carry = this.carry;
    forEachName(carry, (raw, _start, end) => {
      const warning = end === carry.length ? WARNING_BY_NAME[decodeName(raw)] : undefined;
      if (warning) this.found.add(warning);
    });
    this.carry = Buffer.alloc(0);
    const sizeBytes = this.position;
    if (this.objectStreams.length > 0 && this.found.size < Object.keys(WARNING_BY_NAME).length) {
      const handle = await fs.open(filePath, "r");
      try {
        let inflatedTotal = 0;
        for (const at of this.objectStreams) {
          if (this.found.size === Object.keys(WARNING_BY_NAME).length) break;
          const data = await objectStreamData(handle, at, sizeBytes);
          if (!data) continue;
          let inflated: Buffer;
          try {
            inflated = zlib.inflateSync(data, { maxOutputLength: MAX_INFLATED_BYTES - inflatedTotal });
          } catch {
            continue; // not inflatable, or over the bound: skipped (a known limit of this check, see DECISIONS.md)
          }
          inflatedTotal += inflated.length;
          scanNames(inflated.toString("latin1"), this.found);
          if (inflatedTotal >= MAX_INFLATED_BYTES) break;
        }
      } finally {
        await handle.close();
      }
    }
    const order: PdfContentWarning[] = ["PDF_JAVASCRIPT", "PDF_EMBEDDED_FILE", "PDF_LAUNCH_ACTION"];
    return order.filter((warning) => this.found.has(warning));
  }
}

/** The warnings for the PDF at `filePath` (empty when it carries none of the above), read from disk in chunks. */
export async function scanPdfActiveContent(filePath: string, sizeBytes: number): Promise<PdfContentWarning[]> {
  const scanner = new PdfActiveContentScanner();
  const handle = await fs.open(filePath, "r");
  try {
    for (let position = 0; position < sizeBytes; position += CHUNK_BYTES) {
      scanner.push(await readAt(handle, position, Math.min(CHUNK_BYTES, sizeBytes - position)));
    }
  } finally {
    await handle.close();
  }
  return scanner.warnings(filePath);
}
