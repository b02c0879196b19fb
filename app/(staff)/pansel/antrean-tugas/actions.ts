"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { resendFailedMail } from "@/lib/mail/mutations";
import { resendMailSchema } from "@/lib/validation/jobs";

export const resendMailAction = defineAction({
  access: "manage:jobs",
  schema: resendMailSchema,
  handler: async ({ mailId }, { user, ip }) => {
    await resendFailedMail(mailId, user.id, ip);
    revalidatePath("/pansel/antrean-tugas");
    return null;
  },
});
