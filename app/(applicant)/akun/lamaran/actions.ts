"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import { createApplication, submitApplication, updateDeclarations } from "@/lib/applications/mutations";
import { setAsnKarierNumber } from "@/lib/channels/mutations";
import { markNotificationsRead } from "@/lib/notifications";
import { asnKarierNumberSchema } from "@/lib/validation/channels";
import { applicationIdSchema, applySchema, updateDeclarationsSchema } from "@/lib/validation/application";
import { z } from "zod";

export const applyAction = defineAction({
  access: "apply:selection",
  schema: applySchema,
  handler: async (input, { user, ip }) => {
    const { vacancyId, asnKarierNumber, ...declarations } = input;
    const result = await createApplication({ userId: user.id, vacancyId, declarations, asnKarierNumber: asnKarierNumber ?? null, ip });
    redirect(`/akun/lamaran/${result.applicationId}`);
  },
});

export const updateDeclarationsAction = defineAction({
  access: "apply:selection",
  schema: updateDeclarationsSchema,
  handler: async ({ applicationId, ...declarations }, { user, ip }) => {
    await updateDeclarations({ userId: user.id, applicationId, declarations, ip });
    revalidatePath(`/akun/lamaran/${applicationId}`);
    return null;
  },
});

export const setAsnKarierNumberAction = defineAction({
  access: "apply:selection",
  schema: asnKarierNumberSchema,
  handler: async ({ applicationId, asnKarierNumber }, { user, ip }) => {
    await setAsnKarierNumber({ userId: user.id, applicationId, asnKarierNumber, ip });
    revalidatePath(`/akun/lamaran/${applicationId}`);
    return null;
  },
});

export const submitApplicationAction = defineAction({
  access: "apply:selection",
  schema: applicationIdSchema,
  handler: async ({ applicationId }, { user, ip }) => {
    const result = await submitApplication({ userId: user.id, applicationId, ip });
    revalidatePath(`/akun/lamaran/${applicationId}`);
    return { submittedAt: result.submittedAt.toISOString() };
  },
});

export const markAllNotificationsReadAction = defineAction({
  access: "manage:own-account",
  schema: z.object({}),
  handler: async (_input, { user }) => {
    await markNotificationsRead(user.id, "all");
    revalidatePath("/akun/notifikasi");
    return null;
  },
});
