// Pure display helpers for documents, shared by the server (messages) and client components.
import type { DocumentForm, DocumentStatus, FileContentWarning, StageKind } from "@/lib/generated/prisma/enums";

const KIB = 1024;
const MIB = 1024 * 1024;

/** "2 MB", "1,5 MB", "340 KB", "12 bita". */
export function formatFileSize(bytes: number): string {
  if (bytes >= MIB) return `${(Math.round((bytes / MIB) * 10) / 10).toLocaleString("id-ID")} MB`;
  if (bytes >= KIB) return `${Math.round(bytes / KIB).toLocaleString("id-ID")} KB`;
  return `${bytes} bita`;
}

const TYPE_LABELS: Record<string, string> = { "application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG" };

export function typeLabel(types: readonly string[]): string {
  return types.map((type) => TYPE_LABELS[type] ?? type).join("/");
}

/** The `accept` attribute of a file input: MIME types plus extensions (some pickers only match extensions). */
export function acceptAttribute(types: readonly string[]): string {
  const extensions: Record<string, string[]> = { "application/pdf": [".pdf"], "image/jpeg": [".jpg", ".jpeg"], "image/png": [".png"] };
  return types.flatMap((type) => [type, ...(extensions[type] ?? [])]).join(",");
}

export function dueLabel(dueStage: StageKind): string {
  if (dueStage === "REGISTRATION") return "saat pendaftaran";
  if (dueStage === "INTERVIEW") return "paling lambat saat wawancara";
  return "sesuai jadwal tahapan";
}

/** What the applicant hands in, as the announcement's list says it: "ASLI …", "Fotocopy …", or a photograph. */
export const DOCUMENT_FORM_LABELS: Record<DocumentForm, string> = {
  ORIGINAL: "Asli",
  COPY: "Fotokopi",
  PHOTO: "Pas foto",
};

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  MISSING: "Belum diunggah",
  UPLOADED: "Sudah diunggah",
  MEETS: "Memenuhi syarat",
  FAILS: "Tidak memenuhi syarat",
};

export function documentDownloadPath(versionId: string): string {
  return `/api/dokumen/${encodeURIComponent(versionId)}`;
}

export const DOCUMENT_UPLOAD_PATH = "/api/dokumen/unggah";
/** The two steps of a direct upload to S3 (the file itself goes to the storage's signed URL in between). */
export const DIRECT_UPLOAD_START_PATH = "/api/dokumen/unggah-langsung";
export const DIRECT_UPLOAD_COMPLETE_PATH = "/api/dokumen/unggah-langsung/selesai";

/** What the secretariat is told about a flagged file (accepted, but look at it with care). */
export const FILE_CONTENT_WARNING_LABELS: Record<FileContentWarning, string> = {
  PDF_JAVASCRIPT: "JavaScript",
  PDF_EMBEDDED_FILE: "lampiran tersembunyi",
  PDF_LAUNCH_ACTION: "perintah menjalankan program",
};

/** "Berkas PDF ini memuat JavaScript/lampiran tersembunyi — periksa dengan hati-hati…", or null when there is nothing to say. */
export function fileContentWarningText(warnings: readonly FileContentWarning[]): string | null {
  if (warnings.length === 0) return null;
  const what = warnings.map((warning) => FILE_CONTENT_WARNING_LABELS[warning]).join("/");
  return `Berkas PDF ini memuat ${what} — periksa dengan hati-hati. Buka dengan penampil PDF yang tidak menjalankan JavaScript dan jangan membuka lampiran di dalamnya.`;
}
