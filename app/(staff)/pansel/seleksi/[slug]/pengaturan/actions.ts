"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { CACHE_TAGS, expirePublicData } from "@/lib/cache-tags";
import { correctSelectionDetails } from "@/lib/selection-content/mutations";
import { detailsCorrectionSchema } from "@/lib/validation/selection-content";
import { addVacancy, publishSelection, removeVacancy, seatMember, unseatMember, updateSelectionDetails } from "@/lib/selection-setup/mutations";
import {
  publishSelectionSchema,
  removeVacancySchema,
  seatMemberSchema,
  selectionDetailsSchema,
  unseatMemberSchema,
  vacancySchema,
} from "@/lib/validation/selection-setup";

// Every setup change is shown on the setup page and the staff list; publishing also on the public pages.
function refresh() {
  revalidatePath("/pansel", "layout");
}

export const updateSelectionDetailsAction = defineAction({
  access: "administer:selection",
  schema: selectionDetailsSchema,
  handler: async (input, { user, ip }) => {
    await updateSelectionDetails({ actorId: user.id, ip, data: input });
    refresh();
    return null;
  },
});

/** After publication: a correction with its reason, shown on the public page at once. */
export const correctSelectionDetailsAction = defineAction({
  access: "administer:selection",
  schema: detailsCorrectionSchema,
  handler: async (input, { user, ip }) => {
    await correctSelectionDetails({ actorId: user.id, ip, data: input });
    expirePublicData(CACHE_TAGS.selections);
    expirePublicData(CACHE_TAGS.announcements);
    refresh();
    return null;
  },
});

export const addVacancyAction = defineAction({
  access: "administer:selection",
  schema: vacancySchema,
  handler: async (input, { user, ip }) => {
    await addVacancy({ actorId: user.id, ip, data: input });
    refresh();
    return null;
  },
});

export const removeVacancyAction = defineAction({
  access: "administer:selection",
  schema: removeVacancySchema,
  handler: async (input, { user, ip }) => {
    await removeVacancy({ actorId: user.id, ip, ...input });
    refresh();
    return null;
  },
});

export const seatMemberAction = defineAction({
  access: "administer:selection",
  schema: seatMemberSchema,
  handler: async (input, { user, ip }) => {
    await seatMember({ actorId: user.id, ip, data: input });
    refresh();
    return null;
  },
});

export const unseatMemberAction = defineAction({
  access: "administer:selection",
  schema: unseatMemberSchema,
  handler: async (input, { user, ip }) => {
    await unseatMember({ actorId: user.id, ip, ...input });
    refresh();
    return null;
  },
});

export const publishSelectionAction = defineAction({
  access: "administer:selection",
  schema: publishSelectionSchema,
  handler: async (input, { user, ip }) => {
    const result = await publishSelection({ actorId: user.id, ip, selectionId: input.selectionId });
    expirePublicData(CACHE_TAGS.selections);
    expirePublicData(CACHE_TAGS.announcements);
    refresh();
    return result;
  },
});
