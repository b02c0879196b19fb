// Schemas of the steps after the ranking, shared by the forms, the server actions and the mutations.
import { z } from "zod";
import { idField, multiLineText, singleLineText, slugField } from "@/lib/validation/text";
import { ANNULMENT_REASON_MIN, ESCALATION_OPTIONS, RECORDED_STEPS } from "@/lib/decisions/steps";

const MAX_LETTER_BYTES = 5 * 1024 * 1024;
const noteField = multiLineText({ label: "Catatan" }).trim().max(2000, "Catatan paling panjang 2000 karakter");

export const proposeShortlistSchema = z.object({
  slug: slugField(),
  vacancyId: idField(),
  note: noteField.optional(),
});
export type ProposeShortlistInput = z.input<typeof proposeShortlistSchema>;

export const escalateSchema = z.object({
  slug: slugField(),
  vacancyId: idField(),
  option: z.enum(ESCALATION_OPTIONS, { error: "Pilih tindak lanjut yang diusulkan" }),
  note: noteField.min(10, "Jelaskan alasan eskalasi (paling sedikit 10 karakter)"),
});
export type EscalateInput = z.input<typeof escalateSchema>;

export const recordStepSchema = z.object({
  slug: slugField(),
  vacancyId: idField(),
  step: z.enum(RECORDED_STEPS),
  note: noteField.optional(),
  letterNumber: singleLineText({ label: "Nomor surat" }).trim().max(100, "Nomor surat paling panjang 100 karakter").optional(),
  applicationId: singleLineText().max(64, "Data tidak dikenal").optional(),
  file: z
    .file({ error: "Pilih berkas PDF" })
    .max(MAX_LETTER_BYTES, "Ukuran berkas paling besar 5 MB")
    .mime(["application/pdf"], "Berkas harus PDF")
    .optional(),
}).superRefine((value, context) => {
  // An annulment (V.6) is told to the candidate and kept in the history: it needs its reason.
  if (value.step === "CHOICE_ANNULLED" && (value.note ?? "").length < ANNULMENT_REASON_MIN) {
    context.addIssue({ code: "custom", path: ["note"], message: `Tuliskan alasan pembatalan (paling sedikit ${ANNULMENT_REASON_MIN} karakter)` });
  }
});
export type RecordStepInput = z.input<typeof recordStepSchema>;

export const shortlistOrderSchema = z.object({
  slug: slugField(),
  order: z.enum(["RANKED", "ALPHABETICAL"], { error: "Pilih urutan nama" }),
});
export type ShortlistOrderInput = z.input<typeof shortlistOrderSchema>;
