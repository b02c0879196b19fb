"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { submitObjection } from "@/lib/results/objections";
import { submitObjectionSchema } from "@/lib/validation/results";

export const submitObjectionAction = defineAction({
  access: "apply:selection",
  schema: submitObjectionSchema,
  handler: async ({ applicationId, reason }, { user, ip }) => {
    const result = await submitObjection({ userId: user.id, applicationId, reason, ip });
    revalidatePath(`/akun/lamaran/${applicationId}`);
    return result;
  },
});
