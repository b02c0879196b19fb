import "server-only";
// Scores (DOMAIN.md, "Stages, scores and ranking"): each assigned scorer submits one locked score per candidate
// after declaring no conflict of interest; a correction is a new row approved by the chair. The first score of a
// selection freezes its weights. Every change writes its audit row in the same transaction. The scores of an
// assessment institution's file are imported by lib/scoring/assessment-import.ts.
import { writeAudit } from "@/lib/audit";
import { now as clockNow } from "@/lib/clock";
import { Prisma, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { parseOrThrow } from "@/lib/validation/parse";
import { CORRECTION_NOTE_PREFIX } from "@/lib/scoring/rules";
import { CHAIR_ONLY, findCandidate, findStage, lockStages, NOT_SCORER, requireAssignment, requireScoredStage, requireWeightsConfirmed, type ScoringMeta } from "@/lib/scoring/guards";
import { FIRST_ROUND_LOCKED, firstRoundCandidateIds } from "@/lib/scoring/round-queries";
import { startScoring } from "@/lib/scoring/stage-transitions";
import { correctScoreSchema, submitScoreSchema } from "@/lib/validation/scoring";

// ---------------------------------------------------------------- scores

export async function submitScore(
  input: ScoringMeta & { stageId: string; applicationId: string; value: number; subScores?: Record<string, number>; note?: string | null },
): Promise<{ scoreId: string; weightsFrozen: boolean }> {
  const parsed = parseOrThrow(submitScoreSchema, {
    stageId: input.stageId,
    applicationId: input.applicationId,
    value: input.value,
    subScores: input.subScores,
    note: input.note ?? undefined,
  });
  const stage = await findStage(parsed.stageId);
  await requireSelectionAccess({ actorId: input.actorId, selectionId: stage.selectionId, permission: "score:application", refusal: NOT_SCORER });
  requireScoredStage(stage);
  if (stage.status === "CLOSED") throw new AppError("LOCKED", `Tahap "${stage.name}" sudah ditutup; nilai tidak dapat dikirim lagi.`);
  const submittedAt = input.now ?? clockNow();

  return prisma.$transaction(async (tx) => {
    await lockStages(tx, stage.selectionId);
    await requireWeightsConfirmed(tx, stage.selectionId);
    await requireAssignment(tx, stage.id, input.actorId, parsed.applicationId);
    await findCandidate(tx, stage.selectionId, parsed.applicationId);
    const declaration = await tx.conflictDeclaration.findUnique({
      where: { stageId_applicationId_userId: { stageId: stage.id, applicationId: parsed.applicationId, userId: input.actorId } },
      select: { hasConflict: true },
    });
    if (!declaration) {
      throw new AppError("FORBIDDEN", "Nyatakan dahulu bahwa Anda tidak memiliki konflik kepentingan dengan peserta ini sebelum menilai.");
    }
    if (declaration.hasConflict) {
      throw new AppError("FORBIDDEN", "Anda telah menyatakan konflik kepentingan dengan peserta ini sehingga tidak dapat menilainya.");
    }
    const existing = await tx.score.findFirst({
      where: { stageId: stage.id, applicationId: parsed.applicationId, assessorId: input.actorId, status: { not: "DRAFT" } },
      select: { id: true },
    });
    if (existing) {
      throw new AppError("LOCKED", "Nilai Anda untuk peserta ini sudah dikirim dan terkunci. Perbaikan hanya melalui koreksi yang disetujui Ketua Pansel.");
    }
    // The first score of the selection freezes every scored stage's weight and minimum.
    const frozen = await tx.stage.updateMany({
      where: { selectionId: stage.selectionId, isScored: true, weightsFrozenAt: null },
      data: { weightsFrozenAt: submittedAt },
    });
    const score = await tx.score.create({
      data: {
        stageId: stage.id,
        applicationId: parsed.applicationId,
        assessorId: input.actorId,
        value: new Prisma.Decimal(parsed.value.toFixed(3)),
        subScores: parsed.subScores ?? Prisma.DbNull,
        note: parsed.note || null,
        status: "SUBMITTED",
        submittedAt,
      },
      select: { id: true },
    });
    await startScoring(tx, { stageId: stage.id, selectionId: stage.selectionId, actorId: input.actorId, ip: input.ip, cause: "score.submit" });
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "score.submit",
      entityType: "Score",
      entityId: score.id,
      after: { stageId: stage.id, applicationId: parsed.applicationId, value: parsed.value, subScores: parsed.subScores ?? null, note: parsed.note || null, weightsFrozen: frozen.count > 0 },
      ip: input.ip,
    });
    return { scoreId: score.id, weightsFrozen: frozen.count > 0 };
  });
}

export async function correctScore(input: ScoringMeta & { scoreId: string; value: number; reason: string }): Promise<{ scoreId: string }> {
  const parsed = parseOrThrow(correctScoreSchema, { scoreId: input.scoreId, value: input.value, reason: input.reason });
  const original = await prisma.score.findUnique({
    where: { id: parsed.scoreId },
    select: { id: true, stageId: true, applicationId: true, assessorId: true, value: true, subScores: true, note: true, stage: { select: { selectionId: true, status: true, name: true } } },
  });
  if (!original) throw new AppError("NOT_FOUND", "Nilai tidak ditemukan.");
  await requireSelectionAccess({ actorId: input.actorId, selectionId: original.stage.selectionId, permission: "manage:scoring", refusal: CHAIR_ONLY });
  if (original.stage.status === "CLOSED") throw new AppError("LOCKED", `Tahap "${original.stage.name}" sudah ditutup; nilai tidak dapat dikoreksi.`);
  // A stage reopened for the new candidates (#15 item 3): the first round's scores stay as they were closed.
  if ((await firstRoundCandidateIds(prisma, original.stage.selectionId))?.has(original.applicationId)) throw new AppError("LOCKED", FIRST_ROUND_LOCKED);
  const correctedAt = input.now ?? clockNow();

  return prisma.$transaction(async (tx) => {
    // Only the current submitted row can be replaced; a second correction of the same row finds nothing.
    const superseded = await tx.score.updateMany({ where: { id: original.id, status: "SUBMITTED" }, data: { status: "SUPERSEDED" } });
    if (superseded.count !== 1) throw new AppError("CONFLICT", "Nilai ini sudah dikoreksi sebelumnya; koreksi nilai yang berlaku saat ini.");
    const score = await tx.score.create({
      data: {
        stageId: original.stageId,
        applicationId: original.applicationId,
        assessorId: original.assessorId,
        value: new Prisma.Decimal(parsed.value.toFixed(3)),
        subScores: original.subScores ?? Prisma.DbNull,
        note: `${CORRECTION_NOTE_PREFIX}${parsed.reason}`,
        status: "SUBMITTED",
        submittedAt: correctedAt,
        supersedesId: original.id,
        approvedById: input.actorId,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "score.correct",
      entityType: "Score",
      entityId: score.id,
      before: { scoreId: original.id, value: original.value.toNumber(), note: original.note },
      after: { scoreId: score.id, supersedesId: original.id, assessorId: original.assessorId, value: parsed.value, reason: parsed.reason },
      ip: input.ip,
    });
    return { scoreId: score.id };
  });
}
