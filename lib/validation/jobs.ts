import { z } from "zod";
import { idField } from "@/lib/validation/text";

/** "Kirim ulang" on /pansel/antrean-tugas: one mail whose retries ran out. */
export const resendMailSchema = z.object({ mailId: idField("E-mail tidak dikenal") });
export type ResendMailInput = z.infer<typeof resendMailSchema>;
