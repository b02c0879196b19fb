// A required document's status machine (ARCHITECTURE.md convention 5). A document row starts MISSING;
// every upload makes a new version and puts the document back to UPLOADED (a new file needs a new
// verdict, whatever the old one was); the secretariat's verdict on the current version sets MEETS or
// FAILS, and a later verdict may replace it (every verdict is its own row; the status follows the
// latest, so MEETS → MEETS and FAILS → FAILS, e.g. with another reason, are allowed). Nothing goes back
// to MISSING: versions are never deleted. Pure: shared by the mutations, pages and tests.
import { AppError } from "@/lib/errors";
import type { DocumentStatus } from "@/lib/generated/prisma/enums";
import { DOCUMENT_STATUS_LABELS } from "./labels";

const TRANSITIONS: Record<DocumentStatus, readonly DocumentStatus[]> = {
  MISSING: ["UPLOADED"],
  UPLOADED: ["UPLOADED", "MEETS", "FAILS"],
  MEETS: ["UPLOADED", "MEETS", "FAILS"],
  FAILS: ["UPLOADED", "MEETS", "FAILS"],
};

export function canDocumentTransition(from: DocumentStatus, to: DocumentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertDocumentTransition(from: DocumentStatus, to: DocumentStatus): void {
  if (canDocumentTransition(from, to)) return;
  if (from === "MISSING") throw new AppError("INVALID_TRANSITION", "Berkas ini belum diunggah; tidak ada yang dapat diverifikasi.");
  throw new AppError(
    "INVALID_TRANSITION",
    `Status berkas tidak dapat diubah dari "${DOCUMENT_STATUS_LABELS[from]}" menjadi "${DOCUMENT_STATUS_LABELS[to]}".`,
  );
}
