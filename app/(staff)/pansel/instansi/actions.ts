"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { CACHE_TAGS, expirePublicData } from "@/lib/cache-tags";
import { assignAgencyPpk, createInstitution, unassignAgencyPpk } from "@/lib/institutions/mutations";
import { assignAgencyPpkSchema, createInstitutionSchema, unassignAgencyPpkSchema } from "@/lib/validation/institutions";

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

// Each agency's PPK: who approves and chooses for the selections that agency organises. Staff pages read
// the assignment fresh (no cache), so refreshing the staff area is enough.
export const assignAgencyPpkAction = defineAction({
  access: "manage:institutions",
  schema: assignAgencyPpkSchema,
  handler: async (input, { user, ip }) => {
    await assignAgencyPpk(input, user.id, ip);
    revalidatePath("/pansel", "layout");
    return null;
  },
});

export const unassignAgencyPpkAction = defineAction({
  access: "manage:institutions",
  schema: unassignAgencyPpkSchema,
  handler: async (input, { user, ip }) => {
    await unassignAgencyPpk(input, user.id, ip);
    revalidatePath("/pansel", "layout");
    return null;
  },
});
