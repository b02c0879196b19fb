// Schemas of the steps after the ranking, shared by the forms, the server actions and the mutations.
import { z } from "zod";
import { ESCALATION_OPTIONS, RECORDED_STEPS } from "@/lib/decisions/steps";

const MAX_LETTER_BYTES = 5 * 1024 * 1024;
const noteField = z.string().trim().max(2000, "Catatan paling panjang 2000 karakter");

export const proposeShortlistSchema = z.object({
  slug: z.string().min(1),
  vacancyId: z.string().min(1),
  note: noteField.optional(),
});
export type ProposeShortlistInput = z.input<typeof proposeShortlistSchema>;

export const escalateSchema = z.object({
  slug: z.string().min(1),
  vacancyId: z.string().min(1),
  option: z.enum(ESCALATION_OPTIONS, { error: "Pilih tindak lanjut yang diusulkan" }),
  note: noteField.min(10, "Jelaskan alasan eskalasi (paling sedikit 10 karakter)"),
});
export type EscalateInput = z.input<typeof escalateSchema>;

export const recordStepSchema = z.object({
  slug: z.string().min(1),
  vacancyId: z.string().min(1),
  step: z.enum(RECORDED_STEPS),
  note: noteField.optional(),
  letterNumber: z.string().trim().max(100, "Nomor surat paling panjang 100 karakter").optional(),
  applicationId: z.string().optional(),
  file: z
    .file({ error: "Pilih berkas PDF" })
    .max(MAX_LETTER_BYTES, "Ukuran berkas paling besar 5 MB")
    .mime(["application/pdf"], "Berkas harus PDF")
    .optional(),
});
export type RecordStepInput = z.input<typeof recordStepSchema>;

export const shortlistOrderSchema = z.object({
  slug: z.string().min(1),
  order: z.enum(["RANKED", "ALPHABETICAL"], { error: "Pilih urutan nama" }),
});
export type ShortlistOrderInput = z.input<typeof shortlistOrderSchema>;
