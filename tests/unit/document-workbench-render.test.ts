// The secretariat's workbench as the server renders it: a flagged PDF shows the Indonesian warning, a PDF
// is offered for download (never framed), a photo is still drawn.
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DocumentWorkbench, type WorkbenchDocumentView } from "@/components/verification/document-workbench";
import { fileContentWarningText } from "@/lib/documents/labels";

function view(number: number, current: Partial<NonNullable<WorkbenchDocumentView["current"]>> & { mimeType: string }): WorkbenchDocumentView {
  return {
    number,
    documentId: `doc-${number}`,
    title: `Berkas ${number}`,
    note: null,
    badges: [],
    dueText: "saat pendaftaran",
    applies: true,
    status: "UPLOADED",
    current: { versionId: `v-${number}`, version: 1, fileName: "surat.pdf", sizeText: "10 KB", uploadedAtText: "1 Nov 2025", warningText: null, ...current },
    history: [],
  } as WorkbenchDocumentView;
}

function render(document: WorkbenchDocumentView): string {
  return renderToString(createElement(DocumentWorkbench, { documents: [document], canVerify: true, lockedReason: null, hasDecision: false, action: async () => ({ ok: true as const, data: { status: "MEETS" as const, clearedDecision: false } }) }));
}

describe("document workbench", () => {
  it("warns about a PDF with JavaScript or embedded files, in Indonesian, and offers it only as a download", () => {
    const html = render(view(1, { mimeType: "application/pdf", warningText: fileContentWarningText(["PDF_JAVASCRIPT", "PDF_EMBEDDED_FILE"]) }));
    expect(html).toContain('data-testid="peringatan-berkas"');
    expect(html).toContain("Berkas PDF ini memuat JavaScript/lampiran tersembunyi — periksa dengan hati-hati");
    expect(html).not.toContain("<iframe");
    expect(html).toMatch(/<a href="\/api\/dokumen\/v-1" download=""[^>]*data-testid="unduh-berkas"/);
  });

  it("shows no warning for an ordinary PDF, and still draws a photo", () => {
    expect(render(view(1, { mimeType: "application/pdf" }))).not.toContain("peringatan-berkas");
    expect(render(view(17, { mimeType: "image/png", fileName: "foto.png" }))).toMatch(/<img src="\/api\/dokumen\/v-17"/);
  });
});
