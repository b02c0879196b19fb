import "server-only";
// The chair's decisions on the scored stages of a selection (DOMAIN.md, "Stages, scores and ranking"): weights
// and minimums, their confirmation, closing a stage, and reopening a closed one for the candidates who joined
// after registration was reopened. Every change writes its audit row in the same transaction.
import { transitionApplications } from "@/lib/applications/transitions";
import { writeAudit } from "@/lib/audit";
import { now as clockNow } from "@/lib/clock";
import { Prisma, prisma, type TransactionClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { parseOrThrow } from "@/lib/validation/parse";
import type { StageKind } from "@/lib/generated/prisma/enums";
import { notifyUsers } from "@/lib/notifications";
import { toThousandths } from "@/lib/ranking/exact";
import { hasSpreadAlert, SCORABLE_STATUSES } from "@/lib/scoring/rules";
import { CHAIR_ONLY, findStage, inLockedChairStage, lockStages, requireScoredStage, type LockedStage, type ScoringMeta } from "@/lib/scoring/guards";
import { firstRoundCandidateIds } from "@/lib/scoring/round-queries";
import { assertStageTransition } from "@/lib/scoring/stage-status";
import { transitionStage } from "@/lib/scoring/stage-transitions";
import { transitionSelection } from "@/lib/selections/transitions";
import { closeStageSchema, confirmStageWeightsSchema, reopenStageSchema, updateStageWeightsSchema } from "@/lib/validation/scoring";

// ---------------------------------------------------------------- weights

export async function updateStageWeights(
  input: ScoringMeta & {
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
export async function confirmStageWeights(input: ScoringMeta & { selectionId: string }): Promise<WeightsConfirmation> {
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
export async function closeStage(input: ScoringMeta & { stageId: string; acknowledgeSpread?: boolean }): Promise<CloseStageOutcome> {
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
 * back into scoring, and every assigned scorer told (in-app and by e-mail). The first round's candidates stay
 * locked (findCandidate, correctScore, closeStage and the assessment import refuse or skip them); the stage is then
 * closed again like any stage.
 */
export async function reopenStageForNewCandidates(input: ScoringMeta & { stageId: string }): Promise<{ stageId: string; candidates: number }> {
  const parsed = parseOrThrow(reopenStageSchema, { stageId: input.stageId });

  return inLockedChairStage(input.actorId, parsed.stageId, async (tx, stage) => {
    if (stage.status !== "CLOSED") throw new AppError("INVALID_TRANSITION", `Tahap "${stage.name}" belum ditutup; peserta baru dinilai seperti peserta lain.`);
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
    await notifyScorersOfReopening(tx, stage, newcomers.length);
    return { stageId: stage.id, candidates: newcomers.length };
  });
}

/**
 * Every active scorer assigned to the stage is told it reopened (#15): which stage of which selection, for how
 * many new candidates, with a link to its scoring page; in-app and by e-mail, in the reopening's transaction. An
 * imported stage has no scorers to tell. The message names no candidate.
 */
async function notifyScorersOfReopening(tx: TransactionClient, stage: LockedStage, newCandidates: number): Promise<void> {
  const [selection, scorers] = await Promise.all([
    tx.selection.findUniqueOrThrow({ where: { id: stage.selectionId }, select: { slug: true, title: true } }),
    tx.stageAssignment.findMany({ where: { stageId: stage.id, user: { isActive: true } }, select: { userId: true } }),
  ]);
  await notifyUsers(tx, scorers.map((scorer) => scorer.userId), {
    title: `Tahap ${stage.name} dibuka kembali untuk peserta baru`,
    body:
      `Tahap "${stage.name}" pada ${selection.title} dibuka kembali oleh Ketua Pansel untuk ${newCandidates} peserta baru ` +
      "yang mendaftar setelah pendaftaran dibuka kembali. Nyatakan ada atau tidaknya konflik kepentingan, lalu beri nilai " +
      "bagi peserta baru tersebut. Nilai peserta sebelumnya tetap terkunci.",
    link: `/pansel/seleksi/${selection.slug}/penilaian/${stage.id}`,
  });
}
