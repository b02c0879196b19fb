"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { CACHE_TAGS, expirePublicData } from "@/lib/cache-tags";
import { escalateVacancy, proposeShortlist, setShortlistOrder } from "@/lib/decisions/propose";
import { publishFinalResult, publishShortlist } from "@/lib/decisions/publish";
import { recordDecisionStep } from "@/lib/decisions/record-step";
import { STEP_RULES } from "@/lib/decisions/steps";
import { escalateSchema, proposeShortlistSchema, recordStepSchema, shortlistOrderSchema } from "@/lib/validation/decisions";
import { publishResultSchema } from "@/lib/validation/results";
import { wibToUtc } from "@/lib/dates/wib";
import { reopenRegistration } from "@/lib/selections/mutations";
import { reopenRegistrationSchema } from "@/lib/validation/selection";


function revalidateSelection(slug: string): void {
  revalidatePath(`/pansel/seleksi/${slug}`, "layout");
}

export const proposeShortlistAction = defineAction({
  access: "propose:shortlist",
  schema: proposeShortlistSchema,
  handler: async ({ slug, vacancyId, note }, { user, ip }) => {
    const result = await proposeShortlist({ actorId: user.id, slug, vacancyId, note, ip });
    revalidateSelection(slug);
    return result;
  },
});

export const escalateAction = defineAction({
  access: "propose:shortlist",
  schema: escalateSchema,
  handler: async ({ slug, vacancyId, option, note }, { user, ip }) => {
    const result = await escalateVacancy({ actorId: user.id, slug, vacancyId, option, note, ip });
    expirePublicData(CACHE_TAGS.selections);
    revalidateSelection(slug);
    return result;
  },
});

export const recordStepAction = defineAction({
  access: ({ step }) => STEP_RULES[step].permission,
  schema: recordStepSchema,
  handler: async ({ slug, vacancyId, step, note, letterNumber, applicationId, file }, { user, ip }) => {
    const result = await recordDecisionStep({ actorId: user.id, slug, vacancyId, step, note, letterNumber, applicationId, file, ip });
    // The selection may now be decided, or (an annulment) running again.
    if (step === "PPK_CHOICE" || step === "CHOICE_ANNULLED") expirePublicData(CACHE_TAGS.selections);
    revalidateSelection(slug);
    return result;
  },
});

export const publishShortlistAction = defineAction({
  access: "publish:result",
  schema: publishResultSchema,
  handler: async ({ slug, number, date }, { user, ip }) => {
    const result = await publishShortlist({ actorId: user.id, slug, number, date, ip });
    expirePublicData(CACHE_TAGS.announcements);
    revalidateSelection(slug);
    return { announcementSlug: result.announcementSlug };
  },
});

export const publishFinalAction = defineAction({
  access: "publish:result",
  schema: publishResultSchema,
  handler: async ({ slug, number, date }, { user, ip }) => {
    const result = await publishFinalResult({ actorId: user.id, slug, number, date, ip });
    expirePublicData(CACHE_TAGS.announcements);
    expirePublicData(CACHE_TAGS.selections);
    revalidateSelection(slug);
    return { announcementSlug: result.announcementSlug };
  },
});

export const shortlistOrderAction = defineAction({
  access: "publish:result",
  schema: shortlistOrderSchema,
  handler: async ({ slug, order }, { user, ip }) => {
    const result = await setShortlistOrder({ actorId: user.id, slug, order, ip });
    revalidateSelection(slug);
    return result;
  },
});

/** After an escalation, the chair reopens registration (the selection is OPEN again, the public page says so). */
export const reopenRegistrationAction = defineAction({
  access: "reopen:registration",
  schema: reopenRegistrationSchema,
  handler: async ({ slug, endsAt, reason }, { user, ip }) => {
    await reopenRegistration({ actorId: user.id, slug, endsAt: wibToUtc(endsAt), reason, ip });
    expirePublicData(CACHE_TAGS.selections);
    expirePublicData(CACHE_TAGS.announcements);
    revalidateSelection(slug);
    return null;
  },
});
