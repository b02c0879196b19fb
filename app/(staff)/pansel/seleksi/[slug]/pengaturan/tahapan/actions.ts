"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { updateStage } from "@/lib/selection-content/mutations";
import { stageEditSchema } from "@/lib/validation/selection-content";

export const updateStageAction = defineAction({
  access: "administer:selection",
  schema: stageEditSchema,
  handler: async (input, { user, ip }) => {
    await updateStage({ actorId: user.id, ip, data: input });
    revalidatePath("/pansel", "layout");
    return null;
  },
});
