// Shared by the scoring forms, the server actions and the domain mutations (which parse again).
import { z } from "zod";
import { idField, multiLineText, singleLineText } from "@/lib/validation/text";
import { isValidScoreValue, MAX_SCORE, MIN_SCORE } from "@/lib/scoring/rules";

export const scoreValueSchema = z
  .number({ error: "Nilai harus berupa angka" })
  .refine((value) => Number.isFinite(value) && value >= MIN_SCORE && value <= MAX_SCORE, { error: `Nilai harus antara ${MIN_SCORE} dan ${MAX_SCORE}` })
  .refine(isValidScoreValue, { error: "Nilai paling banyak 3 angka di belakang koma" });

const noteSchema = multiLineText({ label: "Catatan" }).trim().max(2000, "Catatan paling panjang 2000 karakter");

export const submitScoreSchema = z.object({
  stageId: idField(),
  applicationId: idField(),
  value: scoreValueSchema,
  subScores: z.record(singleLineText().min(1).max(100), scoreValueSchema).optional(),
  note: noteSchema.optional(),
});
export type SubmitScoreInput = z.input<typeof submitScoreSchema>;

/**
 * The scoring form: the score, a note and optional sub-scores as named aspects (e.g. "Visi dan misi":
 * 85). The action takes this same shape and turns the aspects into the stored sub-scores.
 */
export const scoreFormSchema = submitScoreSchema
  .omit({ subScores: true })
  .extend({
    aspects: z
      .array(z.object({ label: singleLineText({ label: "Nama aspek" }).trim().min(2, "Tulis nama aspek").max(100, "Nama aspek paling panjang 100 karakter"), value: scoreValueSchema }))
      .max(10, "Paling banyak 10 aspek")
      .default([]),
  })
  .refine((input) => new Set(input.aspects.map((aspect) => aspect.label.toLowerCase())).size === input.aspects.length, {
    error: "Nama aspek tidak boleh sama",
    path: ["aspects"],
  });
export type ScoreFormInput = z.input<typeof scoreFormSchema>;

export function aspectsToSubScores(aspects: ReadonlyArray<{ label: string; value: number }>): Record<string, number> | undefined {
  return aspects.length > 0 ? Object.fromEntries(aspects.map((aspect) => [aspect.label, aspect.value])) : undefined;
}

export const declareConflictSchema = z
  .object({
    stageId: idField(),
    applicationId: idField(),
    hasConflict: z.boolean(),
    statement: multiLineText({ label: "Pernyataan" }).trim().max(2000, "Pernyataan paling panjang 2000 karakter").optional(),
  })
  .refine((input) => !input.hasConflict || (input.statement ?? "").length >= 5, {
    error: "Jelaskan singkat konflik kepentingan Anda",
    path: ["statement"],
  });
export type DeclareConflictInput = z.input<typeof declareConflictSchema>;

export const correctScoreSchema = z.object({
  scoreId: idField(),
  value: scoreValueSchema,
  reason: multiLineText({ label: "Alasan koreksi" }).trim().min(5, "Tuliskan alasan koreksi (paling sedikit 5 karakter)").max(2000, "Alasan paling panjang 2000 karakter"),
});
export type CorrectScoreInput = z.input<typeof correctScoreSchema>;

/** The chair names a substitute scorer for one candidate, in place of a scorer who declared a conflict of interest. */
export const assignSubstituteSchema = z.object({
  stageId: idField(),
  applicationId: idField(),
  replacesId: idField("Pilih penilai yang digantikan"),
  userId: idField("Pilih anggota Pansel pengganti"),
});
export type AssignSubstituteInput = z.input<typeof assignSubstituteSchema>;

export const assignStageScorersSchema = z.object({
  stageId: idField(),
  userIds: z.array(idField()).min(1, "Pilih paling sedikit satu penilai"),
});

const weightSchema = z
  .number({ error: "Bobot harus berupa angka" })
  .refine((value) => value >= 0 && value <= 100, { error: "Bobot harus antara 0 dan 100" })
  .refine(isValidScoreValue, { error: "Bobot paling banyak 3 angka di belakang koma" });

export const updateStageWeightsSchema = z.object({
  selectionId: idField(),
  weights: z.record(singleLineText().max(64), weightSchema),
  minimums: z.record(singleLineText().max(64), scoreValueSchema.nullable()).default({}),
});
export type UpdateStageWeightsInput = z.input<typeof updateStageWeightsSchema>;

/** The chair confirms the weights and minimums as shown: no field but the selection. */
export const confirmStageWeightsSchema = z.object({ selectionId: idField() });
export type ConfirmStageWeightsInput = z.input<typeof confirmStageWeightsSchema>;

/** The assessment institution's results file (CSV or XLSX); base64 keeps the action body under Next's 1 MB default. */
export const ASSESSMENT_FILE_MAX_BYTES = 512 * 1024;

export const assessmentImportSchema = z.object({
  stageId: idField(),
  fileName: singleLineText({ label: "Nama berkas" }).trim().min(1, "Nama berkas kosong").max(255, "Nama berkas paling panjang 255 karakter"),
  contentBase64: z
    .string()
    .min(1, "Berkas kosong")
    .max(Math.ceil(ASSESSMENT_FILE_MAX_BYTES / 3) * 4, "Berkas paling besar 512 KB")
    .refine((value) => value.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(value), { error: "Isi berkas tidak terbaca; pilih ulang berkasnya" }),
});
export type AssessmentImportInput = z.input<typeof assessmentImportSchema>;

export const closeStageSchema = z.object({
  stageId: idField(),
  /** The chair has reviewed the candidates whose members' scores differ by more than the alert threshold. */
  acknowledgeSpread: z.boolean().default(false),
});
export type CloseStageInput = z.input<typeof closeStageSchema>;

/** The chair reopens a closed stage for the candidates who entered after registration was reopened (#15 item 3). */
export const reopenStageSchema = z.object({ stageId: idField() });
