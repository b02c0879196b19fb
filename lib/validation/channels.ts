// The two official channels beside the portal (#13 item 6): the ASN Karier registration number the
// applicant gives, and the secretariat's record of the sealed envelope of originals. Pure: shared by
// the forms and the server actions.
import { z } from "zod";
import { isCalendarDate } from "@/lib/dates/calendar";
import { idField, multiLineText, singleLineText } from "@/lib/validation/text";

/**
 * BKN publishes no format for the ASN Karier registration number, so the portal accepts what such
 * numbers look like (letters, digits and the separators - / .), 6 to 40 characters with at least 4
 * digits, and stores it upper-case without spaces. See DECISIONS.md.
 */
export const ASN_KARIER_NUMBER_PATTERN = /^[A-Z0-9][A-Z0-9./-]{4,38}[A-Z0-9]$/;

export const ASN_KARIER_NUMBER_MESSAGE =
  "Nomor pendaftaran ASN Karier tidak valid: 6–40 karakter berupa huruf, angka, dan tanda - / . dengan sekurang-kurangnya 4 angka";

export function normalizeAsnKarierNumber(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase();
}

export function isAsnKarierNumber(value: string): boolean {
  return ASN_KARIER_NUMBER_PATTERN.test(value) && (value.match(/\d/g)?.length ?? 0) >= 4;
}

/** The number as typed; empty means "not yet" (null). */
export const asnKarierNumberField = singleLineText({ label: "Nomor pendaftaran ASN Karier" })
  .max(100, ASN_KARIER_NUMBER_MESSAGE)
  .transform(normalizeAsnKarierNumber)
  .refine((value) => value === "" || isAsnKarierNumber(value), ASN_KARIER_NUMBER_MESSAGE)
  .transform((value) => (value === "" ? null : value));

export const asnKarierNumberSchema = z.object({
  applicationId: idField(),
  asnKarierNumber: asnKarierNumberField,
});
export type AsnKarierNumberInput = z.input<typeof asnKarierNumberSchema>;
export type AsnKarierNumberData = z.output<typeof asnKarierNumberSchema>;

export const verifyAsnKarierSchema = z.object({
  applicationId: idField(),
  /** true: the secretariat found the number on ASN Karier; false: withdraws that mark. */
  verified: z.boolean(),
});

export const physicalReceiptSchema = z.object({
  applicationId: idField(),
  receivedOn: singleLineText({ label: "Tanggal diterima" })
    .trim()
    .refine((value) => isCalendarDate(value), "Tanggal diterima tidak valid (format TTTT-BB-HH)"),
  /** The secretariat member who received the envelope; empty: the signed-in member. */
  receivedById: singleLineText().trim().max(64, "Penerima tidak dikenal").optional(),
});
export type PhysicalReceiptInput = z.input<typeof physicalReceiptSchema>;

export const undoPhysicalReceiptSchema = z.object({
  applicationId: idField(),
  reason: multiLineText({ label: "Alasan" }).trim().min(5, "Tuliskan alasan pembatalan (sekurang-kurangnya 5 karakter)").max(500, "Alasan paling panjang 500 karakter"),
});
export type UndoPhysicalReceiptInput = z.input<typeof undoPhysicalReceiptSchema>;
