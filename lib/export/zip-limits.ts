// Zip-bomb protection for uploaded Office files, run before a parser (exceljs) inflates anything:
// yauzl lists the central directory (entry count, declared sizes, encryption) and then inflates every
// entry as a stream, counting the real bytes; yauzl itself fails an entry whose inflated size differs
// from the declared one, so a header that lies about its size is caught too. Memory stays bounded:
// chunks are counted and dropped.
import yauzl from "yauzl";

export type ZipLimits = { maxEntries: number; maxEntryBytes: number; maxTotalBytes: number };

/** `limit`: a bound was exceeded (a zip bomb or a far too large file); `damaged`: not a readable zip. */
export class ZipLimitError extends Error {
  constructor(
    readonly reason: "limit" | "damaged",
    message: string,
  ) {
    super(message);
  }
}

function openZip(buffer: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zipfile) => {
      if (error || !zipfile) reject(new ZipLimitError("damaged", error?.message ?? "not a zip archive"));
      else resolve(zipfile);
    });
  });
}

function inflatedSize(zipfile: yauzl.ZipFile, entry: yauzl.Entry, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    zipfile.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(new ZipLimitError("damaged", error?.message ?? "unreadable entry"));
      let bytes = 0;
      stream.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > budget) {
          stream.destroy();
          reject(new ZipLimitError("limit", `${entry.fileName}: more than ${budget} bytes once inflated`));
        }
      });
      stream.on("error", (streamError) => reject(new ZipLimitError("damaged", `${entry.fileName}: ${streamError.message}`)));
      stream.on("end", () => resolve(bytes));
    });
  });
}

/** Resolves when the zip is readable and within the limits; rejects with a ZipLimitError otherwise. */
export async function checkZipLimits(buffer: Buffer, limits: ZipLimits): Promise<{ entries: number; totalBytes: number }> {
  const zipfile = await openZip(buffer);
  try {
    if (zipfile.entryCount > limits.maxEntries) throw new ZipLimitError("limit", `${zipfile.entryCount} entries (at most ${limits.maxEntries})`);
    let totalBytes = 0;
    let entries = 0;
    for (;;) {
      const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
        const onEntry = (found: yauzl.Entry) => {
          zipfile.off("end", onEnd);
          zipfile.off("error", onError);
          resolve(found);
        };
        const onEnd = () => {
          zipfile.off("entry", onEntry);
          zipfile.off("error", onError);
          resolve(null);
        };
        const onError = (error: Error) => {
          zipfile.off("entry", onEntry);
          zipfile.off("end", onEnd);
          reject(new ZipLimitError("damaged", error.message));
        };
        zipfile.once("entry", onEntry);
        zipfile.once("end", onEnd);
        zipfile.once("error", onError);
        zipfile.readEntry();
      });
      if (!entry) break;
      entries += 1;
      if (entry.isEncrypted()) throw new ZipLimitError("damaged", `${entry.fileName}: encrypted`);
      if (entry.uncompressedSize > limits.maxEntryBytes) throw new ZipLimitError("limit", `${entry.fileName}: ${entry.uncompressedSize} bytes declared`);
      if (totalBytes + entry.uncompressedSize > limits.maxTotalBytes) throw new ZipLimitError("limit", "the entries together are too large");
      if (/\/$/.test(entry.fileName)) continue;
      totalBytes += await inflatedSize(zipfile, entry, Math.min(limits.maxEntryBytes, limits.maxTotalBytes - totalBytes));
    }
    return { entries, totalBytes };
  } finally {
    zipfile.close();
  }
}
