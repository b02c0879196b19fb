// What the upload route accepts besides the file itself (the raw request body).
import { z } from "zod";

export const documentUploadParamsSchema = z.object({
  applicationId: z.string().trim().min(1, "Lamaran belum dipilih.").max(64),
  requirementId: z.string().trim().min(1, "Jenis berkas belum dipilih.").max(64),
  fileName: z.string().trim().min(1, "Nama berkas kosong.").max(255, "Nama berkas terlalu panjang (maks. 255 karakter)."),
});

export type DocumentUploadParams = z.infer<typeof documentUploadParamsSchema>;

/** A direct upload to S3, step 1: the file the browser is about to send (the server signs exactly that). */
export const directUploadStartSchema = documentUploadParamsSchema.extend({
  contentType: z.enum(["application/pdf", "image/jpeg", "image/png"], { error: "Jenis berkas tidak diterima. Unggah berkas PDF, JPG atau PNG." }),
  sizeBytes: z.number().int().min(1, "Berkas kosong (0 bita). Pilih berkas yang berisi dokumen.").max(1024 * 1024 * 1024),
});

/** Step 2: the signed ticket step 1 gave. */
export const directUploadCompleteSchema = z.object({ ticket: z.string().min(1).max(4096) });
