"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import type { RoleName } from "@/lib/auth/permissions";
import { createStaffUser, setUserActive } from "@/lib/users/mutations";
import { createStaffUserSchema, setUserActiveSchema } from "@/lib/validation/users";

export const createStaffUserAction = defineAction({
  access: "manage:users",
  schema: createStaffUserSchema,
  handler: async (input, { user, ip }) => {
    const result = await createStaffUser({ ...input, roles: input.roles as RoleName[] }, user.id, ip);
    revalidatePath("/pansel/pengguna");
    return result;
  },
});

export const setUserActiveAction = defineAction({
  access: "manage:users",
  schema: setUserActiveSchema,
  handler: async (input, { user, ip }) => {
    await setUserActive(input.userId, input.isActive, user.id, ip);
    revalidatePath("/pansel/pengguna");
    return null;
  },
});
