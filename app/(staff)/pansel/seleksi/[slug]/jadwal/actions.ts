"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { CACHE_TAGS, expirePublicData } from "@/lib/cache-tags";
import { wibToUtc } from "@/lib/dates/wib";
import { rescheduleStage, setReferenceDate } from "@/lib/selections/mutations";
import { rescheduleStageSchema, setReferenceDateSchema } from "@/lib/validation/selection";

export const rescheduleStageAction = defineAction({
  access: "manage:selection",
  schema: rescheduleStageSchema,
  handler: async (input, { user, ip }) => {
    const { slug } = await rescheduleStage({
      actorId: user.id,
      stageId: input.stageId,
      startsAt: wibToUtc(input.startsAt),
      endsAt: wibToUtc(input.endsAt),
      reason: input.reason,
      ip,
    });
    // The public selection page and the announcements list show the change at once.
    expirePublicData(CACHE_TAGS.selections);
    expirePublicData(CACHE_TAGS.announcements);
    revalidatePath(`/pansel/seleksi/${slug}/jadwal`);
    return null;
  },
});

export const setReferenceDateAction = defineAction({
  access: "manage:selection",
  schema: setReferenceDateSchema,
  handler: async (input, { user, ip }) => {
    const result = await setReferenceDate({ actorId: user.id, slug: input.slug, referenceDate: input.referenceDate, ip });
    expirePublicData(CACHE_TAGS.selections);
    revalidatePath(`/pansel/seleksi/${result.slug}/jadwal`);
    return { reevaluated: result.reevaluated, changed: result.changed };
  },
});
