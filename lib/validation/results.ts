// Schemas of the result workflow, shared by the forms and the server actions.
import { z } from "zod";
import { idField, multiLineText, singleLineText, slugField } from "@/lib/validation/text";
import { isCalendarDate } from "@/lib/dates/calendar";
import { OBJECTION_REASON_MAX } from "@/lib/results/texts";

/** Characters as PostgreSQL's VarChar counts them (code points), not UTF-16 units. */
export function characterCount(text: string): number {
  return [...text].length;
}

export const announcementNumberField = singleLineText({ error: "Nomor pengumuman wajib diisi", label: "Nomor pengumuman" })
  .trim()
  .min(3, "Nomor pengumuman wajib diisi")
  .max(100, "Nomor pengumuman paling banyak 100 karakter");

/** Empty ⇒ today (WIB). */
export const announcementDateField = singleLineText()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    if (!isCalendarDate(value)) {
      ctx.addIssue({ code: "custom", message: "Tanggal pengumuman tidak valid" });
      return z.NEVER;
    }
    return value;
  });

export const publishResultSchema = z.object({
  slug: slugField(),
  number: announcementNumberField,
  date: announcementDateField,
});
export type PublishResultInput = z.input<typeof publishResultSchema>;
export type PublishResultData = z.output<typeof publishResultSchema>;

export const objectionReasonField = multiLineText({ error: "Alasan sanggah wajib diisi", label: "Alasan sanggah" })
  .trim()
  .min(1, "Alasan sanggah wajib diisi")
  .refine((value) => characterCount(value) <= OBJECTION_REASON_MAX, `Alasan sanggah paling banyak ${OBJECTION_REASON_MAX} karakter`);

export const submitObjectionSchema = z.object({
  applicationId: idField(),
  reason: objectionReasonField,
});
export type SubmitObjectionInput = z.input<typeof submitObjectionSchema>;
export type SubmitObjectionData = z.output<typeof submitObjectionSchema>;

export const OBJECTION_ANSWER_MAX = 2000;

export const answerObjectionSchema = z.object({
  slug: slugField(),
  objectionId: idField(),
  outcome: z.enum(["ACCEPTED", "REJECTED"], { error: "Pilih diterima atau ditolak" }),
  answer: multiLineText({ error: "Jawaban wajib diisi", label: "Jawaban" })
    .trim()
    .min(5, "Jawaban minimal 5 karakter")
    .max(OBJECTION_ANSWER_MAX, `Jawaban paling banyak ${OBJECTION_ANSWER_MAX} karakter`),
});
export type AnswerObjectionInput = z.input<typeof answerObjectionSchema>;
export type AnswerObjectionData = z.output<typeof answerObjectionSchema>;
