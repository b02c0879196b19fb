// The facts the upload policy needs, selected the same way by the upload (inside its transaction)
// and by the document list, so both judge a requirement identically.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StageKind } from "@/lib/generated/prisma/enums";
import { decideUpload, type UploadDecision } from "./upload-policy";

export const POLICY_APPLICATION_SELECT = {
  id: true,
  status: true,
  submittedAt: true,
  applicant: { select: { profile: { select: { institution: { select: { regionCode: true } } } } } },
  selection: {
    select: {
      documentDeadlineAt: true,
      organiser: { select: { regionCode: true } },
      stages: { select: { kind: true, endsAt: true } },
    },
  },
} satisfies Prisma.ApplicationSelect;

export type PolicyApplication = Prisma.ApplicationGetPayload<{ select: typeof POLICY_APPLICATION_SELECT }>;

/** The latest end among the selection's stages of that kind (a rescheduled stage keeps one row). */
export function stageEndsAt(stages: ReadonlyArray<{ kind: StageKind; endsAt: Date }>, kind: StageKind): Date | null {
  let latest: Date | null = null;
  for (const stage of stages) {
    if (stage.kind === kind && (latest === null || stage.endsAt > latest)) latest = stage.endsAt;
  }
  return latest;
}

export function decideForApplication(
  application: PolicyApplication,
  requirement: Parameters<typeof decideUpload>[0]["requirement"],
  now: Date,
): UploadDecision {
  return decideUpload({
    requirement,
    application: { status: application.status, submittedAt: application.submittedAt },
    documentDeadlineAt: application.selection.documentDeadlineAt,
    dueStageEndsAt: stageEndsAt(application.selection.stages, requirement.dueStage),
    applicantRegionCode: application.applicant.profile?.institution?.regionCode ?? null,
    organiserRegionCode: application.selection.organiser.regionCode,
    now,
  });
}
