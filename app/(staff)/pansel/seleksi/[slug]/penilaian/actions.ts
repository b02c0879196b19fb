"use server";

import { revalidatePath } from "next/cache";
import { CACHE_TAGS, expirePublicData } from "@/lib/cache-tags";
import { slugField } from "@/lib/validation/text";
import { defineAction } from "@/lib/action";
import { importCatResults, previewCatImport, recordCpnsWithdrawal } from "@/lib/cat-results/mutations";
import { assignStageScorers } from "@/lib/scoring/scorer-mutations";
import { closeStage, confirmStageWeights, reopenStageForNewCandidates, updateStageWeights } from "@/lib/scoring/stage-mutations";
import { publishCpnsFinalResult, publishCpnsReplacement, publishCpnsSkdResult } from "@/lib/cat-results/publish";
import { catImportSchema, cpnsWithdrawalSchema, publishCpnsResultSchema } from "@/lib/validation/cat-results";
import { assignStageScorersSchema, closeStageSchema, confirmStageWeightsSchema, reopenStageSchema, updateStageWeightsSchema } from "@/lib/validation/scoring";

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

// #15 item 3: a closed stage reopened for the candidates who entered after registration was reopened.
export const reopenStageAction = defineAction({
  access: "manage:scoring",
  schema: reopenStageSchema.extend(slugShape),
  handler: async ({ slug, stageId }, { user, ip }) => {
    const result = await reopenStageForNewCandidates({ actorId: user.id, stageId, ip });
    revalidateSelection(slug);
    return result;
  },
});

// CPNS: the CAT result file of the SKD or SKB, base64-encoded (the schema caps its size), decoded only here.
export const previewCatImportAction = defineAction({
  access: "manage:scoring",
  schema: catImportSchema,
  handler: async ({ stageId, fileName, contentBase64, additionalWeight }, { user }) =>
    previewCatImport({ actorId: user.id, stageId, fileName, content: Buffer.from(contentBase64, "base64"), additionalWeight }),
});

export const importCatResultsAction = defineAction({
  access: "manage:scoring",
  schema: catImportSchema.extend(slugShape),
  handler: async ({ slug, stageId, fileName, contentBase64, additionalWeight }, { user, ip }) => {
    const result = await importCatResults({ actorId: user.id, stageId, fileName, content: Buffer.from(contentBase64, "base64"), additionalWeight, ip });
    revalidateSelection(slug);
    return result;
  },
});

export const publishCpnsResultAction = defineAction({
  access: "publish:result",
  schema: publishCpnsResultSchema,
  handler: async ({ slug, vacancyId, number, date }, { user, ip }) => {
    const result = await publishCpnsFinalResult({ actorId: user.id, slug, vacancyId, number, date, ip });
    revalidateSelection(slug);
    expirePublicData(CACHE_TAGS.announcements);
    return result;
  },
});

export const publishCpnsSkdResultAction = defineAction({
  access: "publish:result",
  schema: publishCpnsResultSchema,
  handler: async ({ slug, vacancyId, number, date }, { user, ip }) => {
    const result = await publishCpnsSkdResult({ actorId: user.id, slug, vacancyId, number, date, ip });
    revalidateSelection(slug);
    expirePublicData(CACHE_TAGS.announcements);
    return result;
  },
});

export const recordCpnsWithdrawalAction = defineAction({
  access: "publish:result",
  schema: cpnsWithdrawalSchema,
  handler: async (input, { user, ip }) => {
    const result = await recordCpnsWithdrawal({ actorId: user.id, ip, data: input });
    revalidateSelection(input.slug);
    return result;
  },
});

export const publishCpnsReplacementAction = defineAction({
  access: "publish:result",
  schema: publishCpnsResultSchema,
  handler: async ({ slug, vacancyId, number, date }, { user, ip }) => {
    const result = await publishCpnsReplacement({ actorId: user.id, slug, vacancyId, number, date, ip });
    revalidateSelection(slug);
    expirePublicData(CACHE_TAGS.announcements);
    return result;
  },
});
