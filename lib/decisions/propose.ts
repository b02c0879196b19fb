import "server-only";
// The chair's moves after the ranking, per vacancy (steps.ts): propose the three names to the PPK, or
// escalate a shortfall; and the order (ranked or alphabetical) of the announcements to come. Every move
// checks its order inside the per-selection lock and writes its audit row.
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { writeAudit } from "@/lib/audit";
import { now as clockNow } from "@/lib/clock";
import { Prisma, prisma, type TransactionClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { DecisionKind } from "@/lib/generated/prisma/enums";
import { recordApplicationEvents } from "@/lib/notifications";
import { getSelectionRanking } from "@/lib/scoring/queries";
import { lockSelection } from "@/lib/selections/transitions";
import { escalateSchema, proposeShortlistSchema, shortlistOrderSchema } from "@/lib/validation/decisions";
import { parseOrThrow } from "@/lib/validation/parse";
import { findDecisionTarget } from "./queries";
import { escalationEventMessage } from "./texts";
import { settleSelectionStatus } from "./selection-status";
import { assertDecisionTransition, ESCALATION_LABELS, roundScoredBefore, vacancyDecisionState, type EscalationOption, type ProposalData, type ProposalName } from "./steps";

type Meta = { actorId: string; ip?: string | null; now?: Date };

const CHAIR_ONLY = "Hanya Ketua Pansel seleksi ini yang dapat melakukan tindakan ini.";

async function requireChair(actorId: string, selectionId: string, permission: "propose:shortlist" | "publish:result"): Promise<void> {
  await requireSelectionAccess({ actorId, selectionId, permission, refusal: CHAIR_ONLY });
}

/**
 * The vacancy's decisions in recorded order (steps.ts reads rounds from the order). In a new round after a
 * reopening of registration, the round's first move (a proposal, or a new escalation) waits for a score of an
 * application not scored before the reopening: the ranking must include the new applicants.
 */
async function decisionKinds(tx: TransactionClient, selectionId: string, vacancyId: string): Promise<DecisionKind[]> {
  const rows = await tx.selectionDecision.findMany({ where: { selectionId, vacancyId }, orderBy: { createdAt: "asc" }, select: { kind: true, data: true } });
  const kinds = rows.map((row) => row.kind);
  const scoredBefore = roundScoredBefore(rows);
  if (scoredBefore && vacancyDecisionState(kinds) === "ROUND_REOPENED") {
    const newScores = await tx.score.count({ where: { stage: { selectionId }, application: { vacancyId }, status: { not: "DRAFT" }, applicationId: { notIn: [...scoredBefore] } } });
    if (newScores === 0) {
      throw new AppError("INVALID_TRANSITION", "Pendaftaran jabatan ini dibuka kembali; putaran baru menunggu nilai peserta yang dinilai sesudah pembukaan kembali.");
    }
  }
  return kinds;
}

async function requireStagesClosed(selectionId: string): Promise<void> {
  const open = await prisma.stage.findMany({ where: { selectionId, isScored: true, status: { not: "CLOSED" } }, orderBy: { order: "asc" }, select: { name: true } });
  if (open.length > 0) {
    throw new AppError("INVALID_TRANSITION", `Tutup dahulu tahap penilaian: ${open.map((stage) => stage.name).join(", ")}.`);
  }
}

/** The ranking of one vacancy, recomputed from the stored scores by the one ranking module. */
async function vacancyRanking(actorId: string, slug: string, vacancyId: string) {
  const ranking = await getSelectionRanking({ actorId, slug });
  const vacancy = ranking.vacancies.find((entry) => entry.vacancyId === vacancyId);
  if (!vacancy) throw new AppError("NOT_FOUND", "Jabatan tidak ditemukan pada seleksi ini.");
  const toName = (id: string, rank: number | null, final: number | null): ProposalName => ({
    applicationId: id,
    registrationNumber: vacancy.names[id]?.registrationNumber ?? "-",
    name: vacancy.names[id]?.name ?? "-",
    rank,
    final,
  });
  const rankedById = new Map(vacancy.result.ranking.map((row) => [row.id, row]));
  return {
    vacancy,
    names: vacancy.result.shortlist.map((id) => toName(id, rankedById.get(id)?.rank ?? null, rankedById.get(id)?.final ?? null)),
    ranking: vacancy.result.ranking.map((row) => toName(row.id, row.rank, row.final)),
  };
}

export async function proposeShortlist(input: Meta & { slug: string; vacancyId: string; note?: string | null }): Promise<{ decisionId: string; names: number }> {
  const parsed = parseOrThrow(proposeShortlistSchema, { slug: input.slug, vacancyId: input.vacancyId, note: input.note ?? undefined });
  const { selectionId } = await findDecisionTarget(input.slug, input.vacancyId);
  await requireChair(input.actorId, selectionId, "propose:shortlist");
  await requireStagesClosed(selectionId);
  const { vacancy, names, ranking } = await vacancyRanking(input.actorId, input.slug, input.vacancyId);
  const result = vacancy.result;
  if (result.shortfall) {
    throw new AppError(
      "INVALID_TRANSITION",
      `Hanya ${result.qualifiedCount} peserta memenuhi syarat, kurang dari ${result.shortlistTarget} nama yang harus diusulkan. Seleksi jabatan ini harus dieskalasi kepada lembaga pengawas.`,
    );
  }
  const note = parsed.note || null;
  if (result.tieAtCutoff && (!note || note.length < 10)) {
    throw new AppError("VALIDATION", "Ada nilai akhir yang sama pada batas tiga nama.", {
      note: "Jelaskan penanganan nilai sama pada batas tiga nama (paling sedikit 10 karakter)",
    });
  }
  const data: ProposalData = { names, tieAtCutoff: result.tieAtCutoff, shortlistTarget: result.shortlistTarget, qualifiedCount: result.qualifiedCount, ranking };

  return prisma.$transaction(async (tx) => {
    await lockSelection(tx, selectionId);
    assertDecisionTransition(await decisionKinds(tx, selectionId, input.vacancyId), "SHORTLIST_PROPOSED");
    const decision = await tx.selectionDecision.create({
      data: { selectionId, vacancyId: input.vacancyId, kind: "SHORTLIST_PROPOSED", actorId: input.actorId, note, data: data as unknown as Prisma.InputJsonValue, createdAt: input.now ?? clockNow() },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "decision.propose_shortlist",
      entityType: "SelectionDecision",
      entityId: decision.id,
      after: { vacancyId: input.vacancyId, names: names.map((name) => ({ applicationId: name.applicationId, rank: name.rank, final: name.final })), tieAtCutoff: result.tieAtCutoff, note },
      ip: input.ip,
    });
    return { decisionId: decision.id, names: names.length };
  });
}

export async function escalateVacancy(
  input: Meta & { slug: string; vacancyId: string; option: EscalationOption; note: string },
): Promise<{ decisionId: string }> {
  const { option, note } = parseOrThrow(escalateSchema, { slug: input.slug, vacancyId: input.vacancyId, option: input.option, note: input.note });
  const { selectionId } = await findDecisionTarget(input.slug, input.vacancyId);
  await requireChair(input.actorId, selectionId, "propose:shortlist");
  await requireStagesClosed(selectionId);
  const { vacancy } = await vacancyRanking(input.actorId, input.slug, input.vacancyId);
  if (!vacancy.result.shortfall) {
    throw new AppError("INVALID_TRANSITION", "Jumlah peserta yang memenuhi syarat mencukupi; usulkan tiga nama kepada PPK.");
  }

  const { decisionId } = await prisma.$transaction(async (tx) => {
    await lockSelection(tx, selectionId);
    assertDecisionTransition(await decisionKinds(tx, selectionId, input.vacancyId), "ESCALATED");
    const data = { option, optionLabel: ESCALATION_LABELS[option], qualifiedCount: vacancy.result.qualifiedCount, shortlistTarget: vacancy.result.shortlistTarget };
    const decision = await tx.selectionDecision.create({
      data: { selectionId, vacancyId: input.vacancyId, kind: "ESCALATED", actorId: input.actorId, note, data, createdAt: input.now ?? clockNow() },
      select: { id: true },
    });
    // ESCALATED, or CANCELLED once every vacancy of the selection is escalated with the option to cancel.
    await settleSelectionStatus(tx, { selectionId, actorId: input.actorId, ip: input.ip, cause: "decision.escalate" });
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "decision.escalate",
      entityType: "SelectionDecision",
      entityId: decision.id,
      after: { vacancyId: input.vacancyId, ...data, note },
      ip: input.ip,
    });
    // The participants still in the stages of this vacancy learn that it stops here, on their timeline and by e-mail.
    const participants = await tx.application.findMany({
      where: { selectionId, vacancyId: input.vacancyId, status: { in: ["ADMIN_PASSED", "IN_STAGES"] } },
      select: { id: true, applicantId: true },
    });
    const notificationIds = await recordApplicationEvents(
      tx,
      participants.map((participant) => ({
        applicationId: participant.id,
        applicantId: participant.applicantId,
        kind: "decision.escalated",
        message: escalationEventMessage(data.qualifiedCount, data.shortlistTarget, data.optionLabel),
        actorId: input.actorId,
        data: { decisionId: decision.id, option },
        notifyTitle: "Seleksi dieskalasi kepada lembaga pengawas",
        link: `/seleksi/${input.slug}`,
      })),
    );
    return { decisionId: decision.id, notificationIds };
  });
  return { decisionId };
}

/** Ranked (with final scores) or alphabetical (without): the chair's choice for this selection's announcements, until the three names are published. */
export async function setShortlistOrder(input: Meta & { slug: string; order: "RANKED" | "ALPHABETICAL" }): Promise<{ order: "RANKED" | "ALPHABETICAL" }> {
  const { order } = parseOrThrow(shortlistOrderSchema, { slug: input.slug, order: input.order });
  const selection = await prisma.selection.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (!selection) throw new AppError("NOT_FOUND", "Seleksi tidak ditemukan.");
  await requireChair(input.actorId, selection.id, "publish:result");
  return prisma.$transaction(async (tx) => {
    await lockSelection(tx, selection.id);
    if (await tx.announcement.findFirst({ where: { selectionId: selection.id, kind: "SHORTLIST" }, select: { id: true } })) {
      throw new AppError("LOCKED", "Tiga nama sudah diumumkan; urutannya tidak dapat diubah lagi.");
    }
    // Read again under the lock: the audit's "before" is what this change replaced.
    const before = await tx.selection.findUniqueOrThrow({ where: { id: selection.id }, select: { shortlistOrder: true } });
    await tx.selection.update({ where: { id: selection.id }, data: { shortlistOrder: order } });
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "selection.update",
      entityType: "Selection",
      entityId: selection.id,
      before: { shortlistOrder: before.shortlistOrder },
      after: { shortlistOrder: order },
      ip: input.ip,
    });
    return { order };
  });
}
