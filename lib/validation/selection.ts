import { z } from "zod";
import { idField, multiLineText, singleLineText, slugField } from "@/lib/validation/text";
import { isCalendarDate } from "@/lib/dates/calendar";
import { isWibDateTime, wibToUtc } from "@/lib/dates/wib";

const wibDateTime = singleLineText()
  .trim()
  .refine((value) => isWibDateTime(value), "Isi tanggal dan jam yang valid (WIB)");

export const rescheduleStageSchema = z
  .object({
    stageId: idField(),
    startsAt: wibDateTime,
    endsAt: wibDateTime,
    reason: multiLineText({ label: "Alasan perubahan" }).trim().min(5, "Tuliskan alasan perubahan (minimal 5 karakter)").max(500, "Alasan terlalu panjang"),
  })
  .refine((value) => !isWibDateTime(value.startsAt) || !isWibDateTime(value.endsAt) || wibToUtc(value.endsAt) >= wibToUtc(value.startsAt), {
    message: "Waktu selesai tidak boleh sebelum waktu mulai",
    path: ["endsAt"],
  });
export type RescheduleStageInput = z.input<typeof rescheduleStageSchema>;

export const setReferenceDateSchema = z.object({
  slug: slugField(),
  referenceDate: singleLineText()
    .trim()
    .refine((value) => isCalendarDate(value), "Isi tanggal yang valid"),
});
export type SetReferenceDateInput = z.input<typeof setReferenceDateSchema>;

/** The chair reopens registration after an escalation: the new closing (WIB) and the reason, told to the public. */
export const reopenRegistrationSchema = z.object({
  slug: slugField(),
  endsAt: wibDateTime,
  reason: multiLineText({ label: "Alasan pembukaan kembali" })
    .trim()
    .min(20, "Tuliskan alasan pembukaan kembali (minimal 20 karakter), misalnya keputusan lembaga pengawas")
    .max(500, "Alasan terlalu panjang"),
});
export type ReopenRegistrationInput = z.input<typeof reopenRegistrationSchema>;
export type ReopenRegistrationData = z.output<typeof reopenRegistrationSchema>;
