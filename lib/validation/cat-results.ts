// The CPNS CAT result import (SKD, SKB): shared by the import form, the server actions and the domain
// mutations (which parse again).
import { z } from "zod";
import { SKD_MAXIMUMS } from "@/lib/ranking/cpns";
import { hasAtMostThreeDecimals } from "@/lib/ranking/exact";
import { integerParser, requiredField, requiredText } from "@/lib/validation/fields";
import { publishResultSchema } from "@/lib/validation/results";
import { idField, singleLineText, slugField } from "@/lib/validation/text";

/** Same cap as the assessment file; base64 keeps the action body under Next's 1 MB default. */
export const CAT_IMPORT_MAX_BYTES = 512 * 1024;
const ADDITIONAL_WEIGHT_MAX = 40;

export const catImportSchema = z.object({
  stageId: idField(),
  fileName: singleLineText({ label: "Nama berkas" }).trim().min(1, "Nama berkas kosong").max(255, "Nama berkas paling panjang 255 karakter"),
  contentBase64: z
    .string()
    .min(1, "Berkas kosong")
    .max(Math.ceil(CAT_IMPORT_MAX_BYTES / 3) * 4, "Berkas paling besar 512 KB")
    .refine((value) => value.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(value), { error: "Isi berkas tidak terbaca; pilih ulang berkasnya" }),
  /** SKB only: the weight (%) of the one additional regional test, when the file has its column. */
  additionalWeight: z
    .number({ error: "Bobot tes tambahan harus berupa angka" })
    .refine((value) => value > 0 && value <= ADDITIONAL_WEIGHT_MAX, { error: `Bobot tes tambahan lebih dari 0 dan paling tinggi ${ADDITIONAL_WEIGHT_MAX}%` })
    .refine(hasAtMostThreeDecimals, { error: "Bobot paling banyak 3 angka di belakang koma" })
    .nullable()
    .default(null),
});
export type CatImportInput = z.input<typeof catImportSchema>;

/** The chair publishes the final result of one formation: the announcement's number and date, and the formation. */
export const publishCpnsResultSchema = publishResultSchema.extend({ vacancyId: idField("Formasi tidak dikenal") });
export type PublishCpnsResultInput = z.input<typeof publishCpnsResultSchema>;

/** The administrator sets a draft CPNS selection's SKD passing thresholds: whole numbers within each subtest's maximum. */
export const skdThresholdsSchema = z.object({
  selectionId: idField(),
  twk: requiredField(integerParser("Ambang batas TWK", 0, () => SKD_MAXIMUMS.TWK), "Ambang batas TWK wajib diisi"),
  tiu: requiredField(integerParser("Ambang batas TIU", 0, () => SKD_MAXIMUMS.TIU), "Ambang batas TIU wajib diisi"),
  tkp: requiredField(integerParser("Ambang batas TKP", 0, () => SKD_MAXIMUMS.TKP), "Ambang batas TKP wajib diisi"),
});
export type SkdThresholdsInput = z.input<typeof skdThresholdsSchema>;
export type SkdThresholdsData = z.output<typeof skdThresholdsSchema>;

/** The chair records that a selected CPNS participant withdrew, with the reason (audited, shown in the corrected result). */
export const cpnsWithdrawalSchema = z.object({
  slug: slugField(),
  applicationId: idField(),
  reason: requiredText("Alasan pengunduran diri", { min: 10, max: 500, multiline: true }),
});
export type CpnsWithdrawalInput = z.input<typeof cpnsWithdrawalSchema>;
export type CpnsWithdrawalData = z.output<typeof cpnsWithdrawalSchema>;
