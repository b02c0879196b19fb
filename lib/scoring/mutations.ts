import "server-only";
// Independent committee scoring (DOMAIN.md, "Stages, scores and ranking"): the chair assigns the
// scorers of a stage, each scorer declares (no) conflict of interest per candidate, then submits one
// locked score; a correction is a new row approved by the chair. The first score of a selection
// freezes its weights. Every change writes its audit row in the same transaction.
import { transitionApplications } from "@/lib/applications/transitions";
import { writeAudit } from "@/lib/audit";
import { now as clockNow } from "@/lib/clock";
import { Prisma, prisma, type TransactionClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { StageKind } from "@/lib/generated/prisma/enums";
import { toThousandths } from "@/lib/ranking/exact";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { CORRECTION_NOTE_PREFIX, hasSpreadAlert, SCORABLE_STATUSES } from "@/lib/scoring/rules";
import { FIRST_ROUND_LOCKED, firstRoundCandidateIds } from "@/lib/scoring/round-queries";
import { assertStageTransition } from "@/lib/scoring/stage-status";
import { startScoring, transitionStage } from "@/lib/scoring/stage-transitions";
import { transitionSelection } from "@/lib/selections/transitions";
import {
  assignStageScorersSchema,
  assignSubstituteSchema,
  closeStageSchema,
  confirmStageWeightsSchema,
  correctScoreSchema,
  declareConflictSchema,
  reopenStageSchema,
  submitScoreSchema,
  updateStageWeightsSchema,
} from "@/lib/validation/scoring";
import { parseOrThrow } from "@/lib/validation/parse";

type Meta = { actorId: string; ip?: string | null; now?: Date };

export const CHAIR_ONLY = "Hanya Ketua Pansel seleksi ini yang dapat melakukan tindakan ini.";
const NOT_SCORER = "Anda tidak ditugaskan sebagai penilai pada tahap ini.";


export async function findStage(stageId: string, db: TransactionClient = prisma) {
  const stage = await db.stage.findUnique({
    where: { id: stageId },
    select: { id: true, selectionId: true, kind: true, name: true, isScored: true, status: true, weightsFrozenAt: true },
  });
  if (!stage) throw new AppError("NOT_FOUND", "Tahap seleksi tidak ditemukan.");
  return stage;
}

function requireScoredStage(stage: { isScored: boolean; name: string }): void {
  if (!stage.isScored) throw new AppError("INVALID_TRANSITION", `Tahap "${stage.name}" bukan tahap yang dinilai.`);
}

/** A scorer of this candidate: assigned to the stage, or named substitute for this one candidate. */
async function requireAssignment(db: TransactionClient, stageId: string, userId: string, applicationId: string): Promise<void> {
  const [assignment, substitute] = await Promise.all([
    db.stageAssignment.findUnique({ where: { stageId_userId: { stageId, userId } }, select: { id: true } }),
    db.stageSubstitute.findUnique({ where: { stageId_applicationId_userId: { stageId, applicationId, userId } }, select: { id: true } }),
  ]);
  if (!assignment && !substitute) throw new AppError("FORBIDDEN", NOT_SCORER);
}

async function findCandidate(db: TransactionClient, selectionId: string, applicationId: string) {
  // Scoped to the stage's selection: an application of another selection is simply not found.
  const application = await db.application.findFirst({
    where: { id: applicationId, selectionId },
    select: { id: true, status: true, registrationNumber: true },
  });
  if (!application) throw new AppError("NOT_FOUND", "Peserta tidak ditemukan pada seleksi ini.");
  if (!SCORABLE_STATUSES.includes(application.status)) {
    throw new AppError("INVALID_TRANSITION", "Peserta ini tidak (lagi) mengikuti tahap penilaian.");
  }
  // After registration was reopened, only the new candidates are scored (declarations, substitutes, scores).
  if ((await firstRoundCandidateIds(db, selectionId))?.has(application.id)) throw new AppError("LOCKED", FIRST_ROUND_LOCKED);
  return application;
}

export const WEIGHTS_NOT_CONFIRMED =
  "Bobot dan nilai minimum tahapan belum dikonfirmasi Ketua Pansel. Nilai baru dapat dikirim setelah Ketua Pansel mengonfirmasinya pada halaman Penilaian.";

/** No score before the chair has confirmed the weights and minimums (#13): read under the stage lock. */
export async function requireWeightsConfirmed(db: TransactionClient, selectionId: string): Promise<void> {
  const selection = await db.selection.findUniqueOrThrow({ where: { id: selectionId }, select: { weightsConfirmedAt: true } });
  if (!selection.weightsConfirmedAt) throw new AppError("INVALID_TRANSITION", WEIGHTS_NOT_CONFIRMED);
}

/** The stage row locked for the rest of the transaction: submits and weight changes of a stage queue up. */
export async function lockStages(tx: TransactionClient, selectionId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Stage" WHERE "selectionId" = ${selectionId} ORDER BY id FOR UPDATE`;
}

// ---------------------------------------------------------------- assignments

export async function assignStageScorers(input: Meta & { stageId: string; userIds: readonly string[] }): Promise<{ userIds: string[] }> {
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
export async function assignSubstituteScorer(input: Meta & { stageId: string; applicationId: string; replacesId: string; userId: string }): Promise<{ substituteId: string }> {
  const parsed = parseOrThrow(assignSubstituteSchema, { stageId: input.stageId, applicationId: input.applicationId, replacesId: input.replacesId, userId: input.userId });
  const stage = await findStage(parsed.stageId);
  requireScoredStage(stage);
  await requireSelectionAccess({ actorId: input.actorId, selectionId: stage.selectionId, permission: "manage:scoring", refusal: CHAIR_ONLY });

  return prisma.$transaction(async (tx) => {
    await lockStages(tx, stage.selectionId);
    const { status } = await tx.stage.findUniqueOrThrow({ where: { id: stage.id }, select: { status: true } });
    if (status === "CLOSED") throw new AppError("LOCKED", `Tahap "${stage.name}" sudah ditutup; penilai pengganti tidak dapat ditunjuk.`);
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
  input: Meta & { stageId: string; applicationId: string; hasConflict: boolean; statement?: string | null },
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

// ---------------------------------------------------------------- scores

export async function submitScore(
  input: Meta & { stageId: string; applicationId: string; value: number; subScores?: Record<string, number>; note?: string | null },
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

export async function correctScore(input: Meta & { scoreId: string; value: number; reason: string }): Promise<{ scoreId: string }> {
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

// ---------------------------------------------------------------- weights

export async function updateStageWeights(
  input: Meta & {
    selectionId: string;
    weights: Partial<Record<StageKind, number>>;
    minimums?: Partial<Record<StageKind, number | null>>;
  },
): Promise<{ weights: Record<string, number>; minimums: Record<string, number | null> }> {
  const parsed = parseOrThrow(updateStageWeightsSchema, { selectionId: input.selectionId, weights: input.weights, minimums: input.minimums ?? {} });
  await requireSelectionAccess({ actorId: input.actorId, selectionId: parsed.selectionId, permission: "manage:scoring", refusal: CHAIR_ONLY });

  return prisma.$transaction(async (tx) => {
    await lockStages(tx, parsed.selectionId);
    const stages = await tx.stage.findMany({
      where: { selectionId: parsed.selectionId, isScored: true },
      select: { id: true, kind: true, weight: true, minimumScore: true, weightsFrozenAt: true },
    });
    if (stages.length === 0) throw new AppError("NOT_FOUND", "Seleksi ini tidak memiliki tahap yang dinilai.");
    if (stages.some((stage) => stage.weightsFrozenAt !== null)) {
      throw new AppError("LOCKED", "Bobot tahapan sudah dikunci karena penilaian telah dimulai.");
    }
    const { weightsConfirmedAt } = await tx.selection.findUniqueOrThrow({ where: { id: parsed.selectionId }, select: { weightsConfirmedAt: true } });
    if (weightsConfirmedAt) throw new AppError("LOCKED", WEIGHTS_LOCKED);
    const kinds = new Set<string>(stages.map((stage) => stage.kind));
    const fieldErrors: Record<string, string> = {};
    for (const kind of [...Object.keys(parsed.weights), ...Object.keys(parsed.minimums)]) {
      if (!kinds.has(kind)) fieldErrors[`weights.${kind}`] = "Tahap ini bukan tahap yang dinilai pada seleksi ini";
    }
    for (const stage of stages) {
      if (parsed.weights[stage.kind] === undefined) fieldErrors[`weights.${stage.kind}`] = "Isi bobot tahap ini";
    }
    const total = stages.reduce((sum, stage) => sum + toThousandths(parsed.weights[stage.kind] ?? 0, `weights.${stage.kind}`), 0);
    if (Object.keys(fieldErrors).length === 0 && total !== 100_000) fieldErrors.weights = "Jumlah bobot seluruh tahap harus 100%";
    if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", "Periksa kembali bobot tahapan.", fieldErrors);

    const before: Record<string, { weight: number | null; minimum: number | null }> = {};
    const after: Record<string, { weight: number; minimum: number | null }> = {};
    for (const stage of stages) {
      const weight = parsed.weights[stage.kind] as number;
      const minimum = stage.kind in parsed.minimums ? (parsed.minimums[stage.kind] ?? null) : (stage.minimumScore?.toNumber() ?? null);
      before[stage.kind] = { weight: stage.weight?.toNumber() ?? null, minimum: stage.minimumScore?.toNumber() ?? null };
      after[stage.kind] = { weight, minimum };
      await tx.stage.update({
        where: { id: stage.id },
        data: { weight: new Prisma.Decimal(weight.toFixed(3)), minimumScore: minimum === null ? null : new Prisma.Decimal(minimum.toFixed(3)) },
      });
    }
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "stage.update_weights",
      entityType: "Selection",
      entityId: parsed.selectionId,
      before,
      after,
      ip: input.ip,
    });
    return {
      weights: Object.fromEntries(Object.entries(after).map(([kind, entry]) => [kind, entry.weight])),
      minimums: Object.fromEntries(Object.entries(after).map(([kind, entry]) => [kind, entry.minimum])),
    };
  });
}

const WEIGHTS_LOCKED = "Bobot dan nilai minimum tahapan sudah dikonfirmasi Ketua Pansel dan terkunci; tidak dapat diubah lagi.";

export type WeightsConfirmation = { confirmedAt: Date; stages: { kind: StageKind; name: string; weight: number; minimum: number | null }[] };

/**
 * The chair confirms the weights and minimums as they stand (every scored stage weighed, 100 % in
 * total). From then on they are locked and scores may be submitted; the confirmation and its date
 * appear in the minutes and in the final result.
 */
export async function confirmStageWeights(input: Meta & { selectionId: string }): Promise<WeightsConfirmation> {
  const { selectionId } = parseOrThrow(confirmStageWeightsSchema, { selectionId: input.selectionId });
  await requireSelectionAccess({ actorId: input.actorId, selectionId, permission: "manage:scoring", refusal: CHAIR_ONLY });
  const confirmedAt = input.now ?? clockNow();

  return prisma.$transaction(async (tx) => {
    await lockStages(tx, selectionId);
    const selection = await tx.selection.findUniqueOrThrow({
      where: { id: selectionId },
      select: {
        weightsConfirmedAt: true,
        stages: { where: { isScored: true }, orderBy: { order: "asc" }, select: { kind: true, name: true, weight: true, minimumScore: true } },
      },
    });
    if (selection.weightsConfirmedAt) throw new AppError("CONFLICT", "Bobot dan nilai minimum tahapan sudah dikonfirmasi sebelumnya.");
    if (selection.stages.length === 0) throw new AppError("NOT_FOUND", "Seleksi ini tidak memiliki tahap yang dinilai.");
    const unweighed = selection.stages.filter((stage) => stage.weight === null);
    if (unweighed.length > 0) {
      throw new AppError("VALIDATION", `Isi dan simpan dahulu bobot tahap: ${unweighed.map((stage) => stage.name).join(", ")}.`);
    }
    const total = selection.stages.reduce((sum, stage) => sum + toThousandths(stage.weight!.toNumber(), `weights.${stage.kind}`), 0);
    if (total !== 100_000) throw new AppError("VALIDATION", "Jumlah bobot seluruh tahap harus 100% sebelum dikonfirmasi.");
    const stages = selection.stages.map((stage) => ({ kind: stage.kind, name: stage.name, weight: stage.weight!.toNumber(), minimum: stage.minimumScore?.toNumber() ?? null }));
    await tx.selection.update({ where: { id: selectionId }, data: { weightsConfirmedAt: confirmedAt, weightsConfirmedById: input.actorId } });
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "stage.confirm_weights",
      entityType: "Selection",
      entityId: selectionId,
      before: { weightsConfirmedAt: null },
      after: { weightsConfirmedAt: confirmedAt, stages },
      ip: input.ip,
    });
    return { confirmedAt, stages };
  });
}

// ---------------------------------------------------------------- closing a stage

export type CloseStageOutcome = { stageId: string; candidates: number; spreadAlerts: number };

/**
 * The chair closes a scored stage once every assigned member has scored or recused for every
 * candidate (an imported assessment needs one score per candidate). Candidates whose members' scores
 * differ by more than the selection's threshold are shown first: closing then needs the chair's
 * explicit acknowledgement. Closing locks the stage's scores and moves the candidates into the stages.
 */
export async function closeStage(input: Meta & { stageId: string; acknowledgeSpread?: boolean }): Promise<CloseStageOutcome> {
  const parsed = parseOrThrow(closeStageSchema, { stageId: input.stageId, acknowledgeSpread: input.acknowledgeSpread ?? false });
  const stage = await findStage(parsed.stageId);
  requireScoredStage(stage);
  await requireSelectionAccess({ actorId: input.actorId, selectionId: stage.selectionId, permission: "manage:scoring", refusal: CHAIR_ONLY });
  const closedAt = input.now ?? clockNow();

  return prisma.$transaction(async (tx) => {
    await lockStages(tx, stage.selectionId);
    const current = await tx.stage.findUniqueOrThrow({ where: { id: stage.id }, select: { status: true, selection: { select: { scoreSpreadAlert: true } } } });
    // Read under the lock: a second close (or a stage nobody scored) is refused before anything is checked.
    assertStageTransition(current.status, "CLOSED", stage.name);
    // After a reopening of registration, the first round's candidates were complete when the stage first closed:
    // only the new ones are checked (a scorer added for them has not scored the others, and need not).
    const firstRound = await firstRoundCandidateIds(tx, stage.selectionId);
    const [candidates, assignments, scores, recusals, substitutes] = await Promise.all([
      tx.application.findMany({
        where: { selectionId: stage.selectionId, status: { in: [...SCORABLE_STATUSES] }, ...(firstRound ? { id: { notIn: [...firstRound] } } : {}) },
        select: { id: true, status: true, registrationNumber: true },
      }),
      tx.stageAssignment.findMany({ where: { stageId: stage.id }, select: { userId: true, user: { select: { name: true } } } }),
      tx.score.findMany({ where: { stageId: stage.id, status: "SUBMITTED" }, select: { applicationId: true, assessorId: true, value: true } }),
      tx.conflictDeclaration.findMany({ where: { stageId: stage.id, hasConflict: true }, select: { applicationId: true, userId: true } }),
      tx.stageSubstitute.findMany({ where: { stageId: stage.id }, select: { applicationId: true, userId: true, user: { select: { name: true } } } }),
    ]);
    if (candidates.length === 0) throw new AppError("VALIDATION", "Belum ada peserta yang mengikuti tahap penilaian.");
    const threshold = current.selection.scoreSpreadAlert.toNumber();
    const missing: Record<string, string> = {};
    let alerts = 0;
    for (const candidate of candidates) {
      const own = scores.filter((score) => score.applicationId === candidate.id);
      const recused = new Set(recusals.filter((row) => row.applicationId === candidate.id).map((row) => row.userId));
      const scored = new Set(own.map((score) => score.assessorId));
      // Every assigned scorer and every substitute named for this candidate, except who recused.
      const expected = [...assignments, ...substitutes.filter((substitute) => substitute.applicationId === candidate.id)];
      const pending = expected.filter((scorer) => !scored.has(scorer.userId) && !recused.has(scorer.userId)).map((scorer) => scorer.user.name);
      if (pending.length > 0) missing[`pending.${candidate.registrationNumber}`] = `${candidate.registrationNumber}: belum dinilai oleh ${pending.join(", ")}`;
      // An imported stage (no scorers assigned) may close with a candidate absent from the institution's
      // results: the ranking then excludes that candidate with the reason shown, never silently.
      else if (own.length === 0 && assignments.length > 0) missing[`pending.${candidate.registrationNumber}`] = `${candidate.registrationNumber}: belum ada nilai`;
      if (hasSpreadAlert(own.map((score) => score.value.toNumber()), threshold)) alerts += 1;
    }
    const pendingCount = Object.keys(missing).length;
    if (pendingCount > 0) throw new AppError("VALIDATION", `Tahap belum dapat ditutup: ${pendingCount} peserta belum selesai dinilai.`, missing);
    if (alerts > 0 && !parsed.acknowledgeSpread) {
      throw new AppError(
        "VALIDATION",
        `${alerts} peserta memiliki selisih nilai antaranggota lebih dari ${threshold}. Tinjau rekap nilai, lalu tutup tahap dengan menyatakan telah meninjaunya.`,
        { acknowledgeSpread: "Nyatakan bahwa selisih nilai telah ditinjau" },
      );
    }
    await transitionStage(tx, {
      stageId: stage.id,
      to: "CLOSED",
      actorId: input.actorId,
      ip: input.ip,
      audit: { action: "stage.close", details: { closedAt, candidates: candidates.length, spreadAlerts: alerts, acknowledgeSpread: parsed.acknowledgeSpread } },
    });
    // Candidates who passed the administrative selection are in the stages from the first stage closed on.
    await transitionApplications(
      tx,
      candidates.filter((candidate) => candidate.status === "ADMIN_PASSED").map((candidate) => candidate.id),
      { to: "IN_STAGES", actorId: input.actorId, ip: input.ip, audit: { action: "application.enter_stages", after: () => ({ stageId: stage.id }) } },
    );
    return { stageId: stage.id, candidates: candidates.length, spreadAlerts: alerts };
  });
}

// ---------------------------------------------------------------- reopening a stage for new candidates

/**
 * After registration was reopened and the new applicants passed the additional administrative result (#15 item 3),
 * the chair reopens a closed stage for them: CLOSED → SCORING through the stage's status machine, the selection
 * back into scoring. The first round's candidates stay locked (findCandidate, correctScore, closeStage and the
 * assessment import refuse or skip them); the stage is then closed again like any stage.
 */
export async function reopenStageForNewCandidates(input: Meta & { stageId: string }): Promise<{ stageId: string; candidates: number }> {
  const parsed = parseOrThrow(reopenStageSchema, { stageId: input.stageId });
  const stage = await findStage(parsed.stageId);
  requireScoredStage(stage);
  await requireSelectionAccess({ actorId: input.actorId, selectionId: stage.selectionId, permission: "manage:scoring", refusal: CHAIR_ONLY });

  return prisma.$transaction(async (tx) => {
    await lockStages(tx, stage.selectionId);
    const { status } = await tx.stage.findUniqueOrThrow({ where: { id: stage.id }, select: { status: true } });
    if (status !== "CLOSED") throw new AppError("INVALID_TRANSITION", `Tahap "${stage.name}" belum ditutup; peserta baru dinilai seperti peserta lain.`);
    const firstRound = await firstRoundCandidateIds(tx, stage.selectionId);
    if (!firstRound) {
      throw new AppError("INVALID_TRANSITION", "Tahap yang sudah ditutup hanya dapat dibuka kembali untuk peserta baru setelah pendaftaran dibuka kembali.");
    }
    const newcomers = await tx.application.findMany({
      where: { selectionId: stage.selectionId, status: { in: [...SCORABLE_STATUSES] }, id: { notIn: [...firstRound] } },
      orderBy: { registrationNumber: "asc" },
      select: { id: true, registrationNumber: true },
    });
    if (newcomers.length === 0) {
      throw new AppError("INVALID_TRANSITION", "Belum ada peserta baru yang memenuhi syarat administrasi; umumkan dahulu hasil seleksi administrasi tambahan.");
    }
    const scored = await tx.score.findMany({ where: { stageId: stage.id, applicationId: { in: newcomers.map((row) => row.id) }, status: { not: "DRAFT" } }, distinct: ["applicationId"], select: { applicationId: true } });
    if (scored.length === newcomers.length) throw new AppError("CONFLICT", `Tahap "${stage.name}" sudah dinilai untuk setiap peserta baru.`);
    await transitionStage(tx, {
      stageId: stage.id,
      to: "SCORING",
      actorId: input.actorId,
      ip: input.ip,
      audit: { action: "stage.reopen_for_new_candidates", details: { applicationIds: newcomers.map((row) => row.id), registrationNumbers: newcomers.map((row) => row.registrationNumber) } },
    });
    // The additional administrative result closed registration (CLOSED); scoring resumes.
    await transitionSelection(tx, { selectionId: stage.selectionId, to: "IN_PROGRESS", actorId: input.actorId, ip: input.ip, cause: "stage.reopen_for_new_candidates", unlessAlready: true });
    return { stageId: stage.id, candidates: newcomers.length };
  });
}
