import "server-only";
// A cheap "does this PDF open?" check that reads only the end of the file and the cross-reference
// area from disk, in chunks, never the whole file: the end marker, the startxref pointer, the
// cross-reference table or stream it points at, and the trailer (which also tells whether the file
// is encrypted; an encrypted PDF cannot be read by the secretariat without its password).
import fs from "node:fs/promises";
import { FileRejectedError } from "./file-rejection";

type Handle = Awaited<ReturnType<typeof fs.open>>;

const TAIL_BYTES = 2048;
const CHUNK_BYTES = 64 * 1024;
const MAX_DICTIONARY_BYTES = 64 * 1024;
// PDF white-space characters (ISO 32000-1, 7.2.2).
const TRAILING_WHITESPACE = /[\0\t\n\f\r ]+$/;

function invalid(detail: string): FileRejectedError {
  return new FileRejectedError(
    "INVALID_PDF",
    `Berkas bukan PDF yang valid: ${detail}. Simpan atau ekspor ulang dokumen sebagai PDF, lalu unggah kembali.`,
  );
}

async function readAt(handle: Handle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(Math.max(0, length));
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
  return buffer.subarray(0, bytesRead);
}

/** Offset of the first `needle` at or after `from` and before `limit`, or -1; reads in chunks. */
async function findForward(handle: Handle, from: number, limit: number, needle: string): Promise<number> {
  const pattern = Buffer.from(needle, "latin1");
  let position = from;
  let carry = Buffer.alloc(0);
  while (position < limit) {
    const chunk = await readAt(handle, position, Math.min(CHUNK_BYTES, limit - position));
    if (chunk.length === 0) break;
    const window = Buffer.concat([carry, chunk]);
    const index = window.indexOf(pattern);
    if (index >= 0) return position - carry.length + index;
    carry = window.subarray(Math.max(0, window.length - (pattern.length - 1)));
    position += chunk.length;
  }
  return -1;
}

async function readTrailer(handle: Handle, xrefOffset: number, sizeBytes: number): Promise<string> {
  const opening = (await readAt(handle, xrefOffset, Math.min(64, sizeBytes - xrefOffset))).toString("latin1").replace(/^[\0\t\n\f\r ]+/, "");
  if (/^xref\s/.test(opening)) {
    // Classic table: the trailer dictionary follows the table, however long the table is.
    const trailerAt = await findForward(handle, xrefOffset, sizeBytes, "trailer");
    if (trailerAt < 0) throw invalid("bagian trailer tidak ditemukan");
    const endAt = await findForward(handle, trailerAt, sizeBytes, "startxref");
    const length = Math.min((endAt < 0 ? sizeBytes : endAt) - trailerAt, MAX_DICTIONARY_BYTES);
    return (await readAt(handle, trailerAt, length)).toString("latin1");
  }
  if (/^\d+\s+\d+\s+obj\b/.test(opening)) {
    // Cross-reference stream (PDF 1.5+): its dictionary is the trailer.
    const limit = Math.min(sizeBytes, xrefOffset + MAX_DICTIONARY_BYTES);
    const streamAt = await findForward(handle, xrefOffset, limit, "stream");
    if (streamAt < 0) throw invalid("tabel rujukan silang rusak");
    const dictionary = (await readAt(handle, xrefOffset, streamAt - xrefOffset)).toString("latin1");
    if (!/\/Type\s*\/XRef(?![A-Za-z0-9])/.test(dictionary)) throw invalid("tabel rujukan silang rusak");
    return dictionary;
  }
  throw invalid("tabel rujukan silang tidak ditemukan di tempat yang ditunjuk");
}

/** Throws FileRejectedError (INVALID_PDF or ENCRYPTED_PDF) unless the file at `filePath` looks like an openable, unencrypted PDF. */
export async function checkPdfStructure(filePath: string, sizeBytes: number): Promise<void> {
  const handle = await fs.open(filePath, "r");
  try {
    const tailStart = Math.max(0, sizeBytes - TAIL_BYTES);
    const tail = (await readAt(handle, tailStart, sizeBytes - tailStart)).toString("latin1").replace(TRAILING_WHITESPACE, "");
    if (!tail.endsWith("%%EOF")) throw invalid("berkas tidak lengkap atau terpotong (penanda akhir %%EOF tidak ada)");
    const pointer = /startxref[\0\t\n\f\r ]+(\d+)[\0\t\n\f\r ]*%%EOF$/.exec(tail);
    if (!pointer) throw invalid("penunjuk tabel rujukan silang (startxref) tidak ditemukan");
    const xrefOffset = Number(pointer[1]);
    if (!Number.isSafeInteger(xrefOffset) || xrefOffset < 8 || xrefOffset >= sizeBytes) throw invalid("penunjuk tabel rujukan silang tidak sah");

    const trailer = await readTrailer(handle, xrefOffset, sizeBytes);
    if (!trailer.includes("<<") || !/\/Root(?![A-Za-z0-9])/.test(trailer)) throw invalid("katalog dokumen tidak ditemukan");
    if (/\/Encrypt(?![A-Za-z0-9])/.test(trailer)) {
      throw new FileRejectedError(
        "ENCRYPTED_PDF",
        "Berkas PDF terkunci atau dienkripsi dengan kata sandi. Buka kuncinya, simpan ulang tanpa kata sandi, lalu unggah kembali.",
      );
    }
  } finally {
    await handle.close();
  }
}
