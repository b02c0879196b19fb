// What the upload route accepts besides the file itself (the raw request body).
import { z } from "zod";

export const documentUploadParamsSchema = z.object({
  applicationId: z.string().trim().min(1, "Lamaran belum dipilih.").max(64),
  requirementId: z.string().trim().min(1, "Jenis berkas belum dipilih.").max(64),
  fileName: z.string().trim().min(1, "Nama berkas kosong.").max(255, "Nama berkas terlalu panjang (maks. 255 karakter)."),
});

export type DocumentUploadParams = z.infer<typeof documentUploadParamsSchema>;
