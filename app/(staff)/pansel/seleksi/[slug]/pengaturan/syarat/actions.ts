"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { addRule, removeRule, updateRule } from "@/lib/selection-content/mutations";
import { removeRuleSchema, ruleAddSchema, ruleEditSchema } from "@/lib/validation/selection-content";

function refresh() {
  revalidatePath("/pansel", "layout");
}

export const updateRuleAction = defineAction({
  access: "administer:selection",
  schema: ruleEditSchema,
  handler: async (input, { user, ip }) => {
    await updateRule({ actorId: user.id, ip, data: input });
    refresh();
    return null;
  },
});

export const addRuleAction = defineAction({
  access: "administer:selection",
  schema: ruleAddSchema,
  handler: async (input, { user, ip }) => {
    await addRule({ actorId: user.id, ip, data: input });
    refresh();
    return null;
  },
});

export const removeRuleAction = defineAction({
  access: "administer:selection",
  schema: removeRuleSchema,
  handler: async (input, { user, ip }) => {
    await removeRule({ actorId: user.id, ip, ...input });
    refresh();
    return null;
  },
});
