import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { requestBodyToReadable } from "@/lib/documents/request-body";

function countingBody(chunks: number, chunkSize: number) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= chunks) return controller.close();
      state.pulled += 1;
      controller.enqueue(new Uint8Array(chunkSize).fill(state.pulled & 0xff));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream as AsyncIterable<Buffer>) parts.push(part);
  return Buffer.concat(parts);
}

describe("requestBodyToReadable", () => {
  it("passes the whole body through", async () => {
    const { stream } = countingBody(5, 1000);
    expect((await readAll(requestBodyToReadable(stream))).length).toBe(5000);
  });

  it("never cancels the request stream when destroyed, and drains only up to its bound", async () => {
    const { stream, state } = countingBody(1000, 1024);
    const readable = requestBodyToReadable(stream, 10 * 1024);
    await new Promise<void>((resolve) => readable.once("data", () => resolve()));
    readable.on("error", () => {});
    readable.destroy(new Error("refused"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(state.cancelled).toBe(false);
    // ~10 chunks drained past the refusal plus a little read-ahead, not the whole megabyte.
    expect(state.pulled).toBeLessThan(30);
  });
});
