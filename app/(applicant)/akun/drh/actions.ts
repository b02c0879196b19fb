"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { addProfileRow, deleteProfileRow, updatePersonalData, updateProfileRow } from "@/lib/profile/mutations";
import { personalDataSchema, profileRowCommandSchema, profileRowDeleteSchema, profileRowUpdateSchema } from "@/lib/validation/profile";

// The DRH page, its printout and the account page (which shows the name) read what these change.
function refreshAccountPages(): void {
  revalidatePath("/akun", "layout");
}

export const savePersonalDataAction = defineAction({
  access: "apply:selection",
  schema: personalDataSchema,
  handler: async (input, { user, ip }) => {
    const result = await updatePersonalData(user.id, input, ip);
    refreshAccountPages();
    return result;
  },
});

export const addProfileRowAction = defineAction({
  access: "apply:selection",
  schema: profileRowCommandSchema,
  handler: async (input, { user, ip }) => {
    const result = await addProfileRow(user.id, input, ip);
    refreshAccountPages();
    return result;
  },
});

export const updateProfileRowAction = defineAction({
  access: "apply:selection",
  schema: profileRowUpdateSchema,
  handler: async (input, { user, ip }) => {
    const result = await updateProfileRow(user.id, input, ip);
    refreshAccountPages();
    return result;
  },
});

export const deleteProfileRowAction = defineAction({
  access: "apply:selection",
  schema: profileRowDeleteSchema,
  handler: async (input, { user, ip }) => {
    const result = await deleteProfileRow(user.id, input, ip);
    refreshAccountPages();
    return result;
  },
});
