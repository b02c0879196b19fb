"use server";

import { revalidatePath, updateTag } from "next/cache";
import { defineAction } from "@/lib/action";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { createInstitution } from "@/lib/institutions/mutations";
import { createInstitutionSchema } from "@/lib/validation/institutions";

export const createInstitutionAction = defineAction({
  access: "manage:institutions",
  schema: createInstitutionSchema,
  handler: async (input, { user, ip }) => {
    const result = await createInstitution(input, user.id, ip);
    // The CV's institution list reads the cached reference list.
    updateTag(CACHE_TAGS.institutions);
    revalidatePath("/pansel/instansi");
    return result;
  },
});
