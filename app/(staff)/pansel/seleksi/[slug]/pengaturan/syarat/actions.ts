"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { updateRule } from "@/lib/selection-content/mutations";
import { ruleEditSchema } from "@/lib/validation/selection-content";

export const updateRuleAction = defineAction({
  access: "administer:selection",
  schema: ruleEditSchema,
  handler: async (input, { user, ip }) => {
    await updateRule({ actorId: user.id, ip, data: input });
    revalidatePath("/pansel", "layout");
    return null;
  },
});
