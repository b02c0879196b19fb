"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { updateSkdThresholds } from "@/lib/selection-setup/mutations";
import { skdThresholdsSchema } from "@/lib/validation/cat-results";

export const updateSkdThresholdsAction = defineAction({
  access: "administer:selection",
  schema: skdThresholdsSchema,
  handler: async (input, { user, ip }) => {
    await updateSkdThresholds({ actorId: user.id, ip, data: input });
    revalidatePath("/pansel", "layout");
    return null;
  },
});
