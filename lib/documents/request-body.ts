// The HTTP request body as a Node stream for the upload checks. Not Readable.fromWeb: when a check
// refuses the file mid-stream, that would cancel the request's web stream, and cancelling Next's
// request body while a read is pending makes undici close its stream twice, an uncaught exception
// in the server. Instead the rest of the body is read and discarded in the background, up to a
// bound (so the client still gets the refusal on a healthy connection, as Node itself does for an
// unread body), and then released; a client that sends more is left to the server's timeouts.
import { Readable } from "node:stream";

const DEFAULT_DRAIN_LIMIT_BYTES = 8 * 1024 * 1024;

export function requestBodyToReadable(body: ReadableStream<Uint8Array>, drainLimitBytes = DEFAULT_DRAIN_LIMIT_BYTES): Readable {
  const reader = body.getReader();
  let finished = false;

  async function drain(): Promise<void> {
    let drained = 0;
    while (drained <= drainLimitBytes) {
      const { done, value } = await reader.read();
      if (done) return;
      drained += value.byteLength;
    }
    reader.releaseLock();
  }

  return new Readable({
    async read() {
      try {
        const { done, value } = await reader.read();
        if (done) {
          finished = true;
          this.push(null);
        } else {
          this.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
        }
      } catch (error) {
        finished = true;
        this.destroy(error instanceof Error ? error : new Error(String(error)));
      }
    },
    destroy(error, callback) {
      if (!finished) {
        finished = true;
        drain().catch(() => {});
      }
      callback(error);
    },
  });
}
