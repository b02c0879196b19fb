import "server-only";
// The version of an editable row: a fingerprint of what its form shows. A form sends back the version it
// was loaded with; the server recomputes it under a row lock and refuses the edit when they differ, so a
// second editor never overwrites the first unseen (no version column to migrate, and an unrelated change
// elsewhere in the selection does not refuse the edit).
import crypto from "node:crypto";

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === "object" && "toFixed" in value && typeof (value as { toString: unknown }).toString === "function") return String(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, plain((value as Record<string, unknown>)[key])]),
    );
  }
  return value ?? null;
}

/** 16 hex characters that change whenever one of `fields` changes (key order does not matter). */
export function rowVersion(fields: Record<string, unknown>): string {
  return crypto.createHash("sha256").update(JSON.stringify(plain(fields))).digest("hex").slice(0, 16);
}

/** The fields of each editable row that its form shows; their fingerprint is the row's version. */
export const RULE_VERSION_SELECT = { text: true, params: true } as const;
export const DOCUMENT_VERSION_SELECT = {
  number: true,
  title: true,
  form: true,
  requiresStamp: true,
  copies: true,
  condition: true,
  acceptedTypes: true,
  maxSizeBytes: true,
  note: true,
  dueStage: true,
  formCode: true,
} as const;
export const STAGE_VERSION_SELECT = { name: true, startsAt: true, endsAt: true, responsible: true, note: true, weight: true, minimumScore: true } as const;
export const DETAILS_VERSION_SELECT = {
  title: true,
  summary: true,
  announcementNumber: true,
  announcementDate: true,
  announcementPlace: true,
  committeeName: true,
  committeeAddress: true,
  chairName: true,
} as const;
