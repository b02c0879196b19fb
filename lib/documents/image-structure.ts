// Deeper than the magic bytes: a photo must be a whole JPEG or PNG, so that "JPEG magic bytes followed
// by HTML" (a polyglot) does not pass as a photo. Reads the file from disk in chunks, never whole.
// JPEG: SOI, then well-formed segments (a frame header with non-zero dimensions before the first scan),
// entropy-coded data up to the next marker, and EOI at the end. PNG: the signature, IHDR first (13
// bytes, non-zero dimensions), every chunk's CRC, at least one IDAT, and IEND at the end.
// Nothing but padding (NUL or white-space) may follow the end marker.
import fs from "node:fs/promises";
import zlib from "node:zlib";
import { FileRejectedError } from "./file-rejection";

type Handle = Awaited<ReturnType<typeof fs.open>>;
const CHUNK_BYTES = 64 * 1024;

class ByteReader {
  private buffer = Buffer.alloc(0);
  private offset = 0;
  /** File position of buffer[0]. */
  private base = 0;

  constructor(
    private readonly handle: Handle,
    readonly size: number,
  ) {}

  get position(): number {
    return this.base + this.offset;
  }

  private async fill(): Promise<boolean> {
    const next = this.position;
    if (next >= this.size) return false;
    const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, this.size - next));
    const { bytesRead } = await this.handle.read(chunk, 0, chunk.length, next);
    if (bytesRead === 0) return false;
    this.buffer = chunk.subarray(0, bytesRead);
    this.base = next;
    this.offset = 0;
    return true;
  }

  /** The next byte, or -1 at the end of the file. */
  async byte(): Promise<number> {
    if (this.offset >= this.buffer.length && !(await this.fill())) return -1;
    return this.buffer[this.offset++] as number;
  }

  /** Exactly `length` bytes (for short headers), or null at the end of the file. */
  async bytes(length: number): Promise<Buffer | null> {
    const out = Buffer.alloc(length);
    for (let index = 0; index < length; index++) {
      const value = await this.byte();
      if (value < 0) return null;
      out[index] = value;
    }
    return out;
  }

  /** Skips `length` bytes; false when the file ends first. */
  skip(length: number): boolean {
    const target = this.position + length;
    if (target > this.size) return false;
    this.base = target;
    this.buffer = Buffer.alloc(0);
    this.offset = 0;
    return true;
  }

  /** Feeds the next `length` bytes to `onChunk`; false when the file ends first. */
  async stream(length: number, onChunk: (chunk: Buffer) => void): Promise<boolean> {
    let left = length;
    while (left > 0) {
      if (this.offset >= this.buffer.length && !(await this.fill())) return false;
      const take = Math.min(left, this.buffer.length - this.offset);
      onChunk(this.buffer.subarray(this.offset, this.offset + take));
      this.offset += take;
      left -= take;
    }
    return true;
  }
}

function broken(kind: "JPEG" | "PNG", detail: string): FileRejectedError {
  return new FileRejectedError(
    "INVALID_IMAGE",
    `Berkas bukan gambar ${kind} yang utuh: ${detail}. Simpan ulang foto sebagai JPEG atau PNG dari aplikasi pengolah gambar, lalu unggah kembali.`,
  );
}

/** After the end marker only padding may follow (some tools pad with NULs or a newline). */
async function assertOnlyPadding(reader: ByteReader, kind: "JPEG" | "PNG"): Promise<void> {
  for (let value = await reader.byte(); value >= 0; value = await reader.byte()) {
    if (value !== 0x00 && value !== 0x0a && value !== 0x0d && value !== 0x20 && value !== 0x09) {
      throw broken(kind, "ada data lain setelah akhir gambar");
    }
  }
}

async function checkJpeg(reader: ByteReader): Promise<void> {
  const soi = await reader.bytes(2);
  if (!soi || soi[0] !== 0xff || soi[1] !== 0xd8) throw broken("JPEG", "penanda awal tidak ada");
  let hasFrame = false;
  let hasScan = false;
  let pendingMarker: number | null = null;
  for (;;) {
    let marker: number;
    if (pendingMarker !== null) {
      marker = pendingMarker;
      pendingMarker = null;
    } else {
      if ((await reader.byte()) !== 0xff) throw broken("JPEG", "struktur segmen rusak");
      marker = await reader.byte();
      while (marker === 0xff) marker = await reader.byte(); // fill bytes
      if (marker < 0) throw broken("JPEG", "berkas terpotong (penanda akhir tidak ada)");
    }
    if (marker === 0xd9) {
      if (!hasFrame || !hasScan) throw broken("JPEG", "tidak memuat data gambar");
      return assertOnlyPadding(reader, "JPEG");
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // TEM, RSTn: no length
    if (marker === 0x00 || marker === 0xd8) throw broken("JPEG", "struktur segmen rusak");
    const lengthBytes = await reader.bytes(2);
    if (!lengthBytes) throw broken("JPEG", "berkas terpotong");
    const length = lengthBytes.readUInt16BE(0);
    if (length < 2) throw broken("JPEG", "panjang segmen tidak sah");
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      const header = await reader.bytes(Math.min(length - 2, 5));
      if (!header || header.length < 5) throw broken("JPEG", "kepala bingkai rusak");
      if (header.readUInt16BE(1) === 0 || header.readUInt16BE(3) === 0) throw broken("JPEG", "ukuran gambar nol");
      if (!reader.skip(length - 2 - 5)) throw broken("JPEG", "berkas terpotong");
      hasFrame = true;
      continue;
    }
    if (!reader.skip(length - 2)) throw broken("JPEG", "berkas terpotong");
    if (marker !== 0xda) continue;
    if (!hasFrame) throw broken("JPEG", "data gambar tanpa kepala bingkai");
    hasScan = true;
    // Entropy-coded data: runs until a 0xFF that is neither stuffing (FF 00) nor a restart marker.
    for (;;) {
      const value = await reader.byte();
      if (value < 0) throw broken("JPEG", "berkas terpotong (penanda akhir tidak ada)");
      if (value !== 0xff) continue;
      let next = await reader.byte();
      while (next === 0xff) next = await reader.byte();
      if (next < 0) throw broken("JPEG", "berkas terpotong (penanda akhir tidak ada)");
      if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) continue;
      pendingMarker = next;
      break;
    }
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function checkPng(reader: ByteReader): Promise<void> {
  const signature = await reader.bytes(8);
  if (!signature?.equals(PNG_SIGNATURE)) throw broken("PNG", "tanda tangan PNG tidak ada");
  let first = true;
  let hasData = false;
  for (;;) {
    const header = await reader.bytes(8);
    if (!header) throw broken("PNG", "berkas terpotong (penanda akhir IEND tidak ada)");
    const length = header.readUInt32BE(0);
    const type = header.subarray(4, 8);
    const name = type.toString("latin1");
    if (!/^[A-Za-z]{4}$/.test(name) || length > 0x7fffffff) throw broken("PNG", "struktur bagian rusak");
    if (first && (name !== "IHDR" || length !== 13)) throw broken("PNG", "kepala gambar (IHDR) tidak ada");
    let crc = zlib.crc32(type);
    let data: Buffer | null = null;
    if (first) {
      data = await reader.bytes(13);
      if (!data) throw broken("PNG", "berkas terpotong");
      crc = zlib.crc32(data, crc);
    } else if (!(await reader.stream(length, (chunk) => (crc = zlib.crc32(chunk, crc))))) {
      throw broken("PNG", "berkas terpotong");
    }
    const stored = await reader.bytes(4);
    if (!stored || stored.readUInt32BE(0) !== crc) throw broken("PNG", `bagian ${name} rusak (CRC tidak cocok)`);
    if (data && (data.readUInt32BE(0) === 0 || data.readUInt32BE(4) === 0)) throw broken("PNG", "ukuran gambar nol");
    first = false;
    if (name === "IDAT") hasData = true;
    if (name === "IEND") {
      if (!hasData) throw broken("PNG", "tidak memuat data gambar");
      return assertOnlyPadding(reader, "PNG");
    }
  }
}

/** Throws FileRejectedError (INVALID_IMAGE) unless the file is a complete JPEG or PNG. */
export async function checkImageStructure(filePath: string, mimeType: "image/jpeg" | "image/png", sizeBytes: number): Promise<void> {
  const handle = await fs.open(filePath, "r");
  try {
    const reader = new ByteReader(handle, sizeBytes);
    await (mimeType === "image/jpeg" ? checkJpeg(reader) : checkPng(reader));
  } finally {
    await handle.close();
  }
}
