"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { CACHE_TAGS, expirePublicData } from "@/lib/cache-tags";
import { publishAdministrativeResult, publishCorrection } from "@/lib/results/mutations";
import { answerObjection } from "@/lib/results/objections";
import { answerObjectionSchema, publishResultSchema } from "@/lib/validation/results";


export const publishResultAction = defineAction({
  access: "publish:result",
  schema: publishResultSchema,
  handler: async ({ slug, number, date }, { user, ip }) => {
    const result = await publishAdministrativeResult({ actorId: user.id, slug, number, date, ip });
    expirePublicData(CACHE_TAGS.announcements);
    expirePublicData(CACHE_TAGS.selections); // the selection's registration is now closed
    revalidatePath(`/pansel/seleksi/${slug}`, "layout");
    return { announcementSlug: result.announcementSlug };
  },
});

export const publishCorrectionAction = defineAction({
  access: "publish:result",
  schema: publishResultSchema,
  handler: async ({ slug, number, date }, { user, ip }) => {
    const result = await publishCorrection({ actorId: user.id, slug, number, date, ip });
    expirePublicData(CACHE_TAGS.announcements);
    revalidatePath(`/pansel/seleksi/${slug}`, "layout");
    return { announcementSlug: result.announcementSlug };
  },
});

export const answerObjectionAction = defineAction({
  access: "answer:objection",
  schema: answerObjectionSchema,
  handler: async ({ slug, objectionId, outcome, answer }, { user, ip }) => {
    const result = await answerObjection({ actorId: user.id, objectionId, outcome, answer, ip });
    revalidatePath(`/pansel/seleksi/${slug}/hasil-administrasi`);
    return result;
  },
});
