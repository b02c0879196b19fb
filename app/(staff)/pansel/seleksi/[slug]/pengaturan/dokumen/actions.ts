"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { CACHE_TAGS, expirePublicData } from "@/lib/cache-tags";
import { addDocumentRequirement, correctDocumentRequirement, removeDocumentRequirement, updateDocumentRequirement } from "@/lib/selection-content/mutations";
import { documentAddSchema, documentCorrectionSchema, documentEditSchema, removeDocumentSchema } from "@/lib/validation/selection-content";

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

/** After publication: a correction with its reason, shown on the public page at once. */
export const correctDocumentRequirementAction = defineAction({
  access: "administer:selection",
  schema: documentCorrectionSchema,
  handler: async (input, { user, ip }) => {
    await correctDocumentRequirement({ actorId: user.id, ip, data: input });
    expirePublicData(CACHE_TAGS.selections);
    refresh();
    return null;
  },
});
