import { z } from "zod";

export const declarationsSchema = z.object({
  willingAllStages: z.boolean(),
  willingToReside: z.boolean(),
  noMppStatement: z.boolean(),
});

export const applySchema = declarationsSchema.extend({
  vacancyId: z.string().min(1, "Pilih jabatan yang dilamar"),
  willingAllStages: z.literal(true, { error: "Anda harus bersedia mengikuti seluruh tahapan seleksi" }),
});
export type ApplyInput = z.input<typeof applySchema>;

export const updateDeclarationsSchema = declarationsSchema.extend({ applicationId: z.string().min(1) });

export const applicationIdSchema = z.object({ applicationId: z.string().min(1) });
