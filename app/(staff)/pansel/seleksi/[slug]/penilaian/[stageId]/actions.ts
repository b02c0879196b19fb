"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { slugField } from "@/lib/validation/text";
import { defineAction } from "@/lib/action";
import { CACHE_TAGS, expirePublicData } from "@/lib/cache-tags";
import { importAssessmentResults, previewAssessmentImport } from "@/lib/scoring/assessment-import";
import { correctScore, submitScore } from "@/lib/scoring/score-mutations";
import { assignSubstituteScorer, declareConflict } from "@/lib/scoring/scorer-mutations";
import { aspectsToSubScores, assessmentImportSchema, assignSubstituteSchema, correctScoreSchema, declareConflictSchema, scoreFormSchema } from "@/lib/validation/scoring";

const slugSchema = z.object({ slug: slugField() });

function revalidateScoring(slug: string, weightsFrozen = false): void {
  revalidatePath(`/pansel/seleksi/${slug}`, "layout");
  // The selection's first score also starts its scoring phase, which the public pages show.
  if (weightsFrozen) expirePublicData(CACHE_TAGS.selections);
}

export const declareConflictAction = defineAction({
  access: "score:application",
  schema: z.intersection(declareConflictSchema, slugSchema),
  handler: async ({ slug, stageId, applicationId, hasConflict, statement }, { user, ip }) => {
    const result = await declareConflict({ actorId: user.id, stageId, applicationId, hasConflict, statement, ip });
    revalidateScoring(slug);
    return result;
  },
});

export const assignSubstituteAction = defineAction({
  access: "manage:scoring",
  schema: z.intersection(assignSubstituteSchema, slugSchema),
  handler: async ({ slug, stageId, applicationId, replacesId, userId }, { user, ip }) => {
    const result = await assignSubstituteScorer({ actorId: user.id, stageId, applicationId, replacesId, userId, ip });
    revalidateScoring(slug);
    return result;
  },
});

export const submitScoreAction = defineAction({
  access: "score:application",
  schema: scoreFormSchema.and(slugSchema),
  handler: async ({ slug, stageId, applicationId, value, aspects, note }, { user, ip }) => {
    const result = await submitScore({ actorId: user.id, stageId, applicationId, value, subScores: aspectsToSubScores(aspects), note, ip });
    revalidateScoring(slug, result.weightsFrozen);
    return { scoreId: result.scoreId };
  },
});

export const correctScoreAction = defineAction({
  access: "manage:scoring",
  schema: correctScoreSchema.extend(slugSchema.shape),
  handler: async ({ slug, scoreId, value, reason }, { user, ip }) => {
    const result = await correctScore({ actorId: user.id, scoreId, value, reason, ip });
    revalidateScoring(slug);
    return result;
  },
});

// The results file arrives base64-encoded (the schema caps its size) and is decoded only here.
export const previewAssessmentImportAction = defineAction({
  access: "manage:scoring",
  schema: assessmentImportSchema,
  handler: async ({ stageId, fileName, contentBase64 }, { user }) =>
    previewAssessmentImport({ actorId: user.id, stageId, fileName, content: Buffer.from(contentBase64, "base64") }),
});

export const importAssessmentAction = defineAction({
  access: "manage:scoring",
  schema: assessmentImportSchema.extend(slugSchema.shape),
  handler: async ({ slug, stageId, fileName, contentBase64 }, { user, ip }) => {
    const result = await importAssessmentResults({ actorId: user.id, stageId, fileName, content: Buffer.from(contentBase64, "base64"), ip });
    revalidateScoring(slug, result.weightsFrozen);
    return result;
  },
});
