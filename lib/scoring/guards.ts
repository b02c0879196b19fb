import "server-only";
// What every scoring mutation checks first (lib/scoring/scorer-mutations.ts, score-mutations.ts,
// stage-mutations.ts and the assessment import): the stage, the actor's role in its selection, the
// candidate, the confirmed weights, and the lock that makes changes to a selection's stages queue up.
import { prisma, type TransactionClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { SCORABLE_STATUSES } from "@/lib/scoring/rules";
import { FIRST_ROUND_LOCKED, firstRoundCandidateIds } from "@/lib/scoring/round-queries";

/** Who acts, from where and when (tests pass `now`; the clock otherwise). */
export type ScoringMeta = { actorId: string; ip?: string | null; now?: Date };

export const CHAIR_ONLY = "Hanya Ketua Pansel seleksi ini yang dapat melakukan tindakan ini.";
export const NOT_SCORER = "Anda tidak ditugaskan sebagai penilai pada tahap ini.";

export async function findStage(stageId: string, db: TransactionClient = prisma) {
  const stage = await db.stage.findUnique({
    where: { id: stageId },
    select: { id: true, selectionId: true, kind: true, name: true, isScored: true, status: true, weightsFrozenAt: true },
  });
  if (!stage) throw new AppError("NOT_FOUND", "Tahap seleksi tidak ditemukan.");
  return stage;
}

export function requireScoredStage(stage: { isScored: boolean; name: string }): void {
  if (!stage.isScored) throw new AppError("INVALID_TRANSITION", `Tahap "${stage.name}" bukan tahap yang dinilai.`);
}

/** A scorer of this candidate: assigned to the stage, or named substitute for this one candidate. */
export async function requireAssignment(db: TransactionClient, stageId: string, userId: string, applicationId: string): Promise<void> {
  const [assignment, substitute] = await Promise.all([
    db.stageAssignment.findUnique({ where: { stageId_userId: { stageId, userId } }, select: { id: true } }),
    db.stageSubstitute.findUnique({ where: { stageId_applicationId_userId: { stageId, applicationId, userId } }, select: { id: true } }),
  ]);
  if (!assignment && !substitute) throw new AppError("FORBIDDEN", NOT_SCORER);
}

export async function findCandidate(db: TransactionClient, selectionId: string, applicationId: string) {
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

export type LockedStage = Awaited<ReturnType<typeof findStage>>;

/**
 * The chair's preamble for a change to one scored stage: the stage (404 when unknown), a scored one, the actor
 * chairing its selection (all before any transaction), then a transaction holding the selection's stage lock,
 * `work` receiving the stage with its status read again under that lock.
 */
export async function inLockedChairStage<T>(actorId: string, stageId: string, work: (tx: TransactionClient, stage: LockedStage) => Promise<T>): Promise<T> {
  const stage = await findStage(stageId);
  requireScoredStage(stage);
  await requireSelectionAccess({ actorId, selectionId: stage.selectionId, permission: "manage:scoring", refusal: CHAIR_ONLY });

  return prisma.$transaction(async (tx) => {
    await lockStages(tx, stage.selectionId);
    const { status } = await tx.stage.findUniqueOrThrow({ where: { id: stage.id }, select: { status: true } });
    return work(tx, { ...stage, status });
  });
}
