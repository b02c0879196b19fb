import { AppError } from "@/lib/errors";

export type FileRejectionReason = "EMPTY" | "TOO_LARGE" | "TYPE_NOT_ACCEPTED" | "INVALID_PDF" | "ENCRYPTED_PDF" | "INVALID_IMAGE" | "SIZE_MISMATCH";

/** A file refused for its content; `reason` picks the HTTP status (413, 415, 422). */
export class FileRejectedError extends AppError {
  readonly reason: FileRejectionReason;

  constructor(reason: FileRejectionReason, message: string) {
    super("VALIDATION", message, { file: message });
    this.name = "FileRejectedError";
    this.reason = reason;
  }
}
