"use server";

import { revalidatePath } from "next/cache";
import { slugField } from "@/lib/validation/text";
import { defineAction } from "@/lib/action";
import { assignStageScorers, closeStage, confirmStageWeights, updateStageWeights } from "@/lib/scoring/mutations";
import { assignStageScorersSchema, closeStageSchema, confirmStageWeightsSchema, updateStageWeightsSchema } from "@/lib/validation/scoring";

const slugShape = { slug: slugField() };

function revalidateSelection(slug: string): void {
  revalidatePath(`/pansel/seleksi/${slug}`, "layout");
}

export const updateWeightsAction = defineAction({
  access: "manage:scoring",
  schema: updateStageWeightsSchema.extend(slugShape),
  handler: async ({ slug, selectionId, weights, minimums }, { user, ip }) => {
    const result = await updateStageWeights({ actorId: user.id, selectionId, weights, minimums, ip });
    revalidateSelection(slug);
    return result;
  },
});

export const confirmWeightsAction = defineAction({
  access: "manage:scoring",
  schema: confirmStageWeightsSchema.extend(slugShape),
  handler: async ({ slug, selectionId }, { user, ip }) => {
    const result = await confirmStageWeights({ actorId: user.id, selectionId, ip });
    revalidateSelection(slug);
    return { confirmedAt: result.confirmedAt.toISOString() };
  },
});

export const assignScorersAction = defineAction({
  access: "manage:scoring",
  schema: assignStageScorersSchema.extend(slugShape),
  handler: async ({ slug, stageId, userIds }, { user, ip }) => {
    const result = await assignStageScorers({ actorId: user.id, stageId, userIds, ip });
    revalidateSelection(slug);
    return result;
  },
});

export const closeStageAction = defineAction({
  access: "manage:scoring",
  schema: closeStageSchema.extend(slugShape),
  handler: async ({ slug, stageId, acknowledgeSpread }, { user, ip }) => {
    const result = await closeStage({ actorId: user.id, stageId, acknowledgeSpread, ip });
    revalidateSelection(slug);
    return result;
  },
});
