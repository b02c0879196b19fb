"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { addDocumentRequirement, removeDocumentRequirement, updateDocumentRequirement } from "@/lib/selection-content/mutations";
import { documentAddSchema, documentEditSchema, removeDocumentSchema } from "@/lib/validation/selection-content";

function refresh() {
  revalidatePath("/pansel", "layout");
}

export const addDocumentRequirementAction = defineAction({
  access: "administer:selection",
  schema: documentAddSchema,
  handler: async (input, { user, ip }) => {
    await addDocumentRequirement({ actorId: user.id, ip, data: input });
    refresh();
    return null;
  },
});

export const updateDocumentRequirementAction = defineAction({
  access: "administer:selection",
  schema: documentEditSchema,
  handler: async (input, { user, ip }) => {
    await updateDocumentRequirement({ actorId: user.id, ip, data: input });
    refresh();
    return null;
  },
});

export const removeDocumentRequirementAction = defineAction({
  access: "administer:selection",
  schema: removeDocumentSchema,
  handler: async (input, { user, ip }) => {
    await removeDocumentRequirement({ actorId: user.id, ip, ...input });
    refresh();
    return null;
  },
});
