import "server-only";
// Who scores a stage (DOMAIN.md, "Stages, scores and ranking"): the chair assigns the scorers of a stage and
// names a substitute for a candidate an assigned scorer recused from; each scorer declares (no) conflict of
// interest per candidate. Every change writes its audit row in the same transaction.
import { writeAudit } from "@/lib/audit";
import { now as clockNow } from "@/lib/clock";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { parseOrThrow } from "@/lib/validation/parse";
import { CHAIR_ONLY, findCandidate, findStage, inLockedChairStage, lockStages, NOT_SCORER, requireAssignment, requireScoredStage, type ScoringMeta } from "@/lib/scoring/guards";
import { transitionStage } from "@/lib/scoring/stage-transitions";
import { assignStageScorersSchema, assignSubstituteSchema, declareConflictSchema } from "@/lib/validation/scoring";

// ---------------------------------------------------------------- assignments

export async function assignStageScorers(input: ScoringMeta & { stageId: string; userIds: readonly string[] }): Promise<{ userIds: string[] }> {
  const { stageId, userIds } = parseOrThrow(assignStageScorersSchema, { stageId: input.stageId, userIds: [...input.userIds] });
  const stage = await findStage(stageId);
  requireScoredStage(stage);
  await requireSelectionAccess({ actorId: input.actorId, selectionId: stage.selectionId, permission: "manage:scoring", refusal: CHAIR_ONLY });
  const wanted = [...new Set(userIds)].sort();

  return prisma.$transaction(async (tx) => {
    await lockStages(tx, stage.selectionId);
    const members = await tx.committeeMember.findMany({
      where: { selectionId: stage.selectionId, userId: { in: wanted }, user: { isActive: true, roles: { hasSome: ["COMMITTEE", "CHAIR"] } } },
      select: { userId: true },
    });
    if (members.length !== wanted.length) {
      throw new AppError("VALIDATION", "Penilai harus anggota Pansel seleksi ini yang aktif.", { userIds: "Ada penilai yang bukan anggota Pansel seleksi ini" });
    }
    const current = await tx.stageAssignment.findMany({ where: { stageId }, select: { userId: true } });
    const before = current.map((row) => row.userId).sort();
    // Scores without assigned scorers came from the assessment institution's file: the stage stays imported.
    if (before.length === 0 && (await tx.score.count({ where: { stageId, status: "SUBMITTED" } })) > 0) {
      throw new AppError("LOCKED", "Nilai tahap ini diimpor dari lembaga asesmen; penilai Pansel tidak dapat ditambahkan.");
    }
    const removed = before.filter((userId) => !wanted.includes(userId));
    if (removed.length > 0) {
      const scored = await tx.score.count({ where: { stageId, assessorId: { in: removed }, status: { not: "DRAFT" } } });
      if (scored > 0) throw new AppError("LOCKED", "Penilai yang sudah memberi nilai tidak dapat dilepas dari tahap ini.");
      await tx.stageAssignment.deleteMany({ where: { stageId, userId: { in: removed } } });
    }
    const added = wanted.filter((userId) => !before.includes(userId));
    if (added.length > 0) await tx.stageAssignment.createMany({ data: added.map((userId) => ({ stageId, userId })) });
    // Scorers assigned open a planned stage: they can now declare conflicts of interest and score.
    const { status } = await tx.stage.findUniqueOrThrow({ where: { id: stageId }, select: { status: true } });
    if (status === "PLANNED" && wanted.length > 0) {
      await transitionStage(tx, { stageId, to: "OPEN", actorId: input.actorId, ip: input.ip, audit: { cause: "stage.assign_scorers" } });
    }
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "stage.assign_scorers",
      entityType: "Stage",
      entityId: stageId,
      before: { userIds: before },
      after: { userIds: wanted },
      ip: input.ip,
    });
    return { userIds: wanted };
  });
}

/**
 * The chair names a substitute scorer for one candidate when an assigned scorer declared a conflict of interest
 * for that candidate (#15 item 3): an active member of this selection's Pansel who does not score the stage
 * already and has no conflict with the candidate. One substitute per recusal; a substitute who recuses in turn
 * may be replaced. The substitute then declares and scores that candidate like any scorer.
 */
export async function assignSubstituteScorer(input: ScoringMeta & { stageId: string; applicationId: string; replacesId: string; userId: string }): Promise<{ substituteId: string }> {
  const parsed = parseOrThrow(assignSubstituteSchema, { stageId: input.stageId, applicationId: input.applicationId, replacesId: input.replacesId, userId: input.userId });

  return inLockedChairStage(input.actorId, parsed.stageId, async (tx, stage) => {
    if (stage.status === "CLOSED") throw new AppError("LOCKED", `Tahap "${stage.name}" sudah ditutup; penilai pengganti tidak dapat ditunjuk.`);
    await findCandidate(tx, stage.selectionId, parsed.applicationId);
    const [recusal, member, assigned, conflicts, substitutes] = await Promise.all([
      tx.conflictDeclaration.findUnique({ where: { stageId_applicationId_userId: { stageId: stage.id, applicationId: parsed.applicationId, userId: parsed.replacesId } }, select: { hasConflict: true } }),
      tx.committeeMember.findFirst({
        where: { selectionId: stage.selectionId, userId: parsed.userId, user: { isActive: true, roles: { hasSome: ["COMMITTEE", "CHAIR"] } } },
        select: { userId: true },
      }),
      tx.stageAssignment.findUnique({ where: { stageId_userId: { stageId: stage.id, userId: parsed.userId } }, select: { id: true } }),
      tx.conflictDeclaration.findMany({ where: { stageId: stage.id, applicationId: parsed.applicationId, hasConflict: true }, select: { userId: true } }),
      tx.stageSubstitute.findMany({ where: { stageId: stage.id, applicationId: parsed.applicationId }, select: { userId: true, replacesId: true } }),
    ]);
    if (!recusal?.hasConflict) {
      throw new AppError("VALIDATION", "Penilai pengganti hanya ditunjuk bagi penilai yang menyatakan konflik kepentingan dengan peserta ini.", { replacesId: "Penilai ini tidak menyatakan konflik kepentingan" });
    }
    if (!member) throw new AppError("VALIDATION", "Penilai pengganti harus anggota Pansel seleksi ini yang aktif.", { userId: "Bukan anggota Pansel seleksi ini" });
    if (assigned) throw new AppError("VALIDATION", "Anggota ini sudah menilai tahap ini.", { userId: "Pilih anggota yang belum menilai tahap ini" });
    const recused = new Set(conflicts.map((conflict) => conflict.userId));
    if (recused.has(parsed.userId)) throw new AppError("VALIDATION", "Anggota ini menyatakan konflik kepentingan dengan peserta ini.", { userId: "Anggota ini berkonflik kepentingan dengan peserta ini" });
    if (substitutes.some((row) => row.userId === parsed.userId)) throw new AppError("CONFLICT", "Anggota ini sudah ditunjuk sebagai pengganti untuk peserta ini.");
    // One substitute per recusal, unless that substitute recused in turn.
    if (substitutes.some((row) => row.replacesId === parsed.replacesId && !recused.has(row.userId))) {
      throw new AppError("CONFLICT", "Penilai pengganti untuk penilai ini sudah ditunjuk.");
    }
    const substitute = await tx.stageSubstitute.create({
      data: { stageId: stage.id, applicationId: parsed.applicationId, userId: parsed.userId, replacesId: parsed.replacesId, assignedById: input.actorId, createdAt: input.now ?? clockNow() },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "stage.assign_substitute",
      entityType: "StageSubstitute",
      entityId: substitute.id,
      after: { stageId: stage.id, applicationId: parsed.applicationId, userId: parsed.userId, replacesId: parsed.replacesId },
      ip: input.ip,
    });
    return { substituteId: substitute.id };
  });
}

// ---------------------------------------------------------------- conflict of interest

export async function declareConflict(
  input: ScoringMeta & { stageId: string; applicationId: string; hasConflict: boolean; statement?: string | null },
): Promise<{ declarationId: string; hasConflict: boolean }> {
  const parsed = parseOrThrow(declareConflictSchema, {
    stageId: input.stageId,
    applicationId: input.applicationId,
    hasConflict: input.hasConflict,
    statement: input.statement ?? undefined,
  });
  const stage = await findStage(parsed.stageId);
  requireScoredStage(stage);
  await requireSelectionAccess({ actorId: input.actorId, selectionId: stage.selectionId, permission: "score:application", refusal: NOT_SCORER });
  const declaredAt = input.now ?? clockNow();

  return prisma.$transaction(async (tx) => {
    await requireAssignment(tx, stage.id, input.actorId, parsed.applicationId);
    await findCandidate(tx, stage.selectionId, parsed.applicationId);
    const key = { stageId: stage.id, applicationId: parsed.applicationId, userId: input.actorId };
    const existing = await tx.conflictDeclaration.findUnique({
      where: { stageId_applicationId_userId: key },
      select: { id: true, hasConflict: true, statement: true, declaredAt: true },
    });
    if (existing) {
      // A recusal is final; a "no conflict" may still become a recusal as long as no score was given.
      if (existing.hasConflict || !parsed.hasConflict) {
        throw new AppError("LOCKED", "Anda sudah menyatakan konflik kepentingan untuk peserta ini; pernyataan tidak dapat diubah.");
      }
      const scored = await tx.score.count({ where: { stageId: stage.id, applicationId: parsed.applicationId, assessorId: input.actorId, status: { not: "DRAFT" } } });
      if (scored > 0) throw new AppError("LOCKED", "Nilai Anda untuk peserta ini sudah dikirim; pernyataan tidak dapat diubah lagi.");
    }
    const data = { hasConflict: parsed.hasConflict, statement: parsed.statement || null, declaredAt };
    const declaration = existing
      ? await tx.conflictDeclaration.update({ where: { id: existing.id }, data, select: { id: true } })
      : await tx.conflictDeclaration.create({ data: { ...key, ...data }, select: { id: true } });
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "score.declare_conflict",
      entityType: "ConflictDeclaration",
      entityId: declaration.id,
      before: existing ? { hasConflict: existing.hasConflict, statement: existing.statement, declaredAt: existing.declaredAt } : null,
      after: { ...key, ...data },
      ip: input.ip,
    });
    return { declarationId: declaration.id, hasConflict: parsed.hasConflict };
  });
}
