import { z } from "zod";
import { asnKarierNumberField } from "@/lib/validation/channels";
import { idField } from "@/lib/validation/text";

export const declarationsSchema = z.object({
  willingAllStages: z.boolean(),
  willingToReside: z.boolean(),
  noMppStatement: z.boolean(),
});

export const applySchema = declarationsSchema.extend({
  vacancyId: idField("Pilih jabatan yang dilamar"),
  willingAllStages: z.literal(true, { error: "Anda harus bersedia mengikuti seluruh tahapan seleksi" }),
  asnKarierNumber: asnKarierNumberField.optional(),
});
export type ApplyInput = z.input<typeof applySchema>;
export type ApplyData = z.output<typeof applySchema>;

export const updateDeclarationsSchema = declarationsSchema.extend({ applicationId: idField() });

export const applicationIdSchema = z.object({ applicationId: idField() });
