"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { CACHE_TAGS, expirePublicData } from "@/lib/cache-tags";
import { createInstitution } from "@/lib/institutions/mutations";
import { createInstitutionSchema } from "@/lib/validation/institutions";

export const createInstitutionAction = defineAction({
  access: "manage:institutions",
  schema: createInstitutionSchema,
  handler: async (input, { user, ip }) => {
    const result = await createInstitution(input, user.id, ip);
    // The CV's institution list reads the cached reference list.
    expirePublicData(CACHE_TAGS.institutions);
    revalidatePath("/pansel/instansi");
    return result;
  },
});
