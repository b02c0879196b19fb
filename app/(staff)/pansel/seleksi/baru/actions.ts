"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { createSelection } from "@/lib/selection-setup/mutations";
import { createSelectionSchema } from "@/lib/validation/selection-setup";

export const createSelectionAction = defineAction({
  access: "administer:selection",
  schema: createSelectionSchema,
  handler: async (input, { user, ip }) => {
    const result = await createSelection({ actorId: user.id, ip, data: input });
    revalidatePath("/pansel");
    return result;
  },
});
