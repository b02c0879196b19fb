// Uploaded files leave the portal as attachments, never sniffed, under a sandboxing CSP (issue 12).
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { attachmentDisposition, storedFileResponse } from "@/lib/http";

function respond(fileName: string, contentType = "application/pdf"): Response {
  return storedFileResponse({ stream: Readable.from([Buffer.from("%PDF-1.7\n")]), contentType, sizeBytes: 9, fileName });
}

describe("storedFileResponse", () => {
  it("is always an attachment with nosniff and a sandboxing CSP, whatever the type", async () => {
    for (const type of ["application/pdf", "image/jpeg", "image/png"]) {
      const response = respond("surat.pdf", type);
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; /);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toBe("sandbox; default-src 'none'");
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(response.headers.get("content-type")).toBe(type);
      expect(await response.text()).toBe("%PDF-1.7\n");
    }
  });

  it("encodes the name safely: an ASCII fallback without quotes or separators, the exact name in filename*", () => {
    expect(attachmentDisposition('Surat "lamaran"; ñ.pdf')).toBe(
      "attachment; filename=\"Surat _lamaran__ _.pdf\"; filename*=UTF-8''Surat%20%22lamaran%22%3B%20%C3%B1.pdf",
    );
    // A header cannot be split by a name: no CR/LF survives either form.
    const header = attachmentDisposition("a\r\nSet-Cookie: x=1.pdf");
    expect(header).not.toMatch(/[\r\n]/);
    expect(respond("a\r\nb.pdf").headers.get("content-disposition")).toBe("attachment; filename=\"a__b.pdf\"; filename*=UTF-8''a%0D%0Ab.pdf");
  });
});
