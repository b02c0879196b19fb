import "server-only";
// Local-disk driver. An object is written to a temporary dot-file in its final folder and renamed
// into place, so a crash or an aborted upload never leaves a half-written file under a real key
// (rename within one folder is atomic on POSIX file systems).
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { assertStorageKey, isValidStorageKey } from "./keys";
import { assertStoragePrefix, objectNotFound, type Storage } from "./types";

type Metadata = { contentType: string };

function hasCode(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === code;
}

function isMissing(error: unknown): boolean {
  return hasCode(error, "ENOENT");
}

export function createLocalStorage(rootDir: string): Storage {
  const root = path.resolve(rootDir);

  function pathsFor(key: string) {
    assertStorageKey(key);
    const file = path.resolve(root, ...key.split("/"));
    // Defence in depth: the key check already forbids "..", this catches anything it might miss.
    if (!file.startsWith(root + path.sep)) throw new Error("Storage key escapes the storage folder");
    const dir = path.dirname(file);
    const name = path.basename(file);
    return { file, dir, meta: path.join(dir, `.${name}.meta.json`), temp: () => path.join(dir, `.${name}.${randomBytes(6).toString("hex")}.tmp`) };
  }

  async function readMetadata(metaPath: string): Promise<Metadata | null> {
    try {
      return JSON.parse(await fs.readFile(metaPath, "utf8")) as Metadata;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  const storage: Storage = {
    async put(key, body, { contentType }) {
      const paths = pathsFor(key);
      await fs.mkdir(paths.dir, { recursive: true });
      const dataTemp = paths.temp();
      const metaTemp = paths.temp();
      let sizeBytes = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          sizeBytes += chunk.length;
          callback(null, chunk);
        },
      });
      try {
        // flush: fsync before close, so the rename below never publishes data still in the page cache only.
        await pipeline(body, counter, createWriteStream(dataTemp, { flags: "wx", mode: 0o600, flush: true }));
        await fs.writeFile(metaTemp, JSON.stringify({ contentType } satisfies Metadata), { flag: "wx", mode: 0o600 });
        // Metadata first: a reader that finds the data file always finds its content type too.
        await fs.rename(metaTemp, paths.meta);
        await fs.rename(dataTemp, paths.file);
        return { sizeBytes };
      } catch (error) {
        await Promise.all([fs.rm(dataTemp, { force: true }), fs.rm(metaTemp, { force: true })]);
        throw error;
      }
    },

    async putFile(key, filePath, { contentType }) {
      const paths = pathsFor(key);
      await fs.mkdir(paths.dir, { recursive: true });
      // As put's flush: the bytes are on the disk before the name appears under the key.
      const handle = await fs.open(filePath, "r+");
      let sizeBytes: number;
      try {
        await handle.chmod(0o600);
        await handle.sync();
        sizeBytes = (await handle.stat()).size;
      } finally {
        await handle.close();
      }
      const metaTemp = paths.temp();
      try {
        await fs.writeFile(metaTemp, JSON.stringify({ contentType } satisfies Metadata), { flag: "wx", mode: 0o600 });
        await fs.rename(metaTemp, paths.meta);
        // Atomic within one file system; another disk (a temporary folder elsewhere) gets a copy instead.
        await fs.rename(filePath, paths.file);
        return { sizeBytes };
      } catch (error) {
        await fs.rm(metaTemp, { force: true });
        if (hasCode(error, "EXDEV")) return storage.put(key, createReadStream(filePath), { contentType });
        throw error;
      }
    },

    async get(key) {
      const paths = pathsFor(key);
      let sizeBytes: number;
      try {
        const stat = await fs.stat(paths.file);
        if (!stat.isFile()) throw objectNotFound();
        sizeBytes = stat.size;
      } catch (error) {
        if (isMissing(error)) throw objectNotFound();
        throw error;
      }
      const metadata = await readMetadata(paths.meta);
      return { stream: createReadStream(paths.file), sizeBytes, contentType: metadata?.contentType ?? "application/octet-stream" };
    },

    async remove(key) {
      const paths = pathsFor(key);
      await fs.rm(paths.file, { force: true });
      await fs.rm(paths.meta, { force: true });
    },

    async exists(key) {
      const paths = pathsFor(key);
      try {
        return (await fs.stat(paths.file)).isFile();
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },

    async *list() {
      yield* walk(root, []);
    },

    async *listObjects(prefix) {
      assertStoragePrefix(prefix);
      const segments = prefix.split("/").filter(Boolean);
      for await (const key of walk(path.join(root, ...segments), segments)) {
        try {
          const stat = await fs.stat(path.join(root, ...key.split("/")));
          yield { key, lastModified: stat.mtime, sizeBytes: stat.size };
        } catch (error) {
          if (!isMissing(error)) throw error; // removed meanwhile
        }
      }
    },
  };

  // Every key under `dir` (whose key segments are `prefix`), in name order. Dot-names (temporary and
  // metadata files) are not keys: isValidStorageKey refuses them.
  async function* walk(dir: string, prefix: string[]): AsyncGenerator<string> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) yield* walk(path.join(dir, entry.name), [...prefix, entry.name]);
      else if (entry.isFile()) {
        const key = [...prefix, entry.name].join("/");
        if (isValidStorageKey(key)) yield key;
      }
    }
  }
  return storage;
}
