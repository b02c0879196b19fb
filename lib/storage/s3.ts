import "server-only";
// S3-compatible driver (AWS S3, MinIO and the like). Uploads stream through lib-storage's Upload:
// a body that fits in one part becomes one PutObject, a larger one a multipart upload whose parts
// are buffered one at a time (queueSize 1), so memory stays at about one part whatever the file size.
// A multipart upload is invisible under its key until completed, so a failed upload never leaves a
// partial object behind.
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { Upload } from "@aws-sdk/lib-storage";
import { createReadStream } from "node:fs";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { assertStorageKey, isValidStorageKey } from "./keys";
import { assertStoragePrefix, objectNotFound, type Storage } from "./types";

export type S3StorageOptions = {
  bucket: string;
  region: string;
  /** e.g. http://127.0.0.1:9000 for MinIO; omitted for AWS S3 itself. */
  endpoint?: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Path-style URLs (endpoint/bucket/key), which MinIO-like servers need; default: true when an endpoint is given. */
  forcePathStyle?: boolean;
  /** Multipart part size; S3 requires at least 5 MiB for every part but the last. */
  partSizeBytes?: number;
};

const MIN_PART_SIZE = 5 * 1024 * 1024;
const DEFAULT_PART_SIZE = 8 * 1024 * 1024;

function isNotFound(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  return error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata.httpStatusCode === 404;
}

export function createS3Storage(options: S3StorageOptions): Storage {
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle ?? Boolean(options.endpoint),
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    // The SDK's default extra checksums use aws-chunked trailers, which many S3-compatible servers
    // do not understand; S3 itself only needs them where an operation requires one.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const partSize = Math.max(options.partSizeBytes ?? DEFAULT_PART_SIZE, MIN_PART_SIZE);
  const Bucket = options.bucket;

  return {
    async put(key, body, { contentType }) {
      assertStorageKey(key);
      let sizeBytes = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          sizeBytes += chunk.length;
          callback(null, chunk);
        },
      });
      // A failing source destroys the counter, which fails the upload. Its error is the one worth
      // reporting, not whatever the SDK's clean-up (aborting the multipart upload) ran into after it.
      let sourceError: unknown = null;
      const feeding = pipeline(body, counter).catch((error: unknown) => {
        sourceError = error;
      });
      const upload = new Upload({
        client,
        params: { Bucket, Key: key, Body: counter, ContentType: contentType },
        partSize,
        queueSize: 1,
        leavePartsOnError: false,
      });
      try {
        await upload.done();
      } catch (error) {
        body.destroy();
        await feeding;
        throw sourceError ?? error;
      }
      await feeding;
      return { sizeBytes };
    },

    async presignPut(key, { contentType, sizeBytes, expiresInSeconds }) {
      assertStorageKey(key);
      const command = new PutObjectCommand({ Bucket, Key: key, ContentType: contentType, ContentLength: sizeBytes });
      // Signed as headers, not left to the query: the storage refuses a body of another length or type.
      const url = await getSignedUrl(client, command, { expiresIn: expiresInSeconds, signableHeaders: new Set(["content-type", "content-length"]) });
      return { url, headers: { "Content-Type": contentType } };
    },

    async putFile(key, filePath, { contentType }) {
      return this.put(key, createReadStream(filePath), { contentType });
    },

    async get(key) {
      assertStorageKey(key);
      try {
        const response = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!(response.Body instanceof Readable)) throw new Error("S3 GetObject returned no Node stream");
        return {
          stream: response.Body,
          sizeBytes: response.ContentLength ?? 0,
          contentType: response.ContentType ?? "application/octet-stream",
        };
      } catch (error) {
        if (isNotFound(error)) throw objectNotFound();
        throw error;
      }
    },

    async remove(key) {
      assertStorageKey(key);
      try {
        await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    },

    async exists(key) {
      assertStorageKey(key);
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
    },

    async *list() {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, ContinuationToken }));
        for (const object of page.Contents ?? []) if (object.Key && isValidStorageKey(object.Key)) yield object.Key;
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },

    async *listObjects(prefix) {
      assertStoragePrefix(prefix);
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix || undefined, ContinuationToken }));
        for (const object of page.Contents ?? []) {
          if (object.Key && isValidStorageKey(object.Key)) {
            yield { key: object.Key, lastModified: object.LastModified ?? new Date(0), sizeBytes: object.Size ?? 0 };
          }
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
  };
}
