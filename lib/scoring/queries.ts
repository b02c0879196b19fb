import "server-only";
// Reads of committee scoring. Authorisation lives in the query: a member's sheet holds only the stage
// they are assigned to, and other members' scores only for the candidates they have already scored.
import { prisma } from "@/lib/db";
import { firstRoundCandidateIds } from "@/lib/scoring/round-queries";
import { AppError } from "@/lib/errors";
import type { ApplicationStatus, StageKind, StageStatus } from "@/lib/generated/prisma/enums";
import { DEFAULT_SHORTLIST_MULTIPLIER, rankJpt, type JptRankingInput, type JptRankingResult } from "@/lib/ranking";
import { stageLabel } from "@/lib/ranking/labels";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { canSeeOtherScores, hasSpreadAlert, meanScore, ownScoreState, SCORABLE_STATUSES, scoreSpread, type OwnScoreState } from "@/lib/scoring/rules";

export type ScoreView = {
  scoreId: string;
  assessorId: string;
  assessorName: string;
  value: number;
  subScores: Record<string, number> | null;
  note: string | null;
  submittedAt: Date | null;
  corrected: boolean;
};

export type ScoringStage = {
  id: string;
  selectionId: string;
  slug: string;
  selectionTitle: string;
  kind: StageKind;
  name: string;
  status: StageStatus;
  weight: number | null;
  minimumScore: number | null;
  weightsFrozenAt: Date | null;
  weightsConfirmedAt: Date | null;
  scoreSpreadAlert: number;
};

export type ScoringSheetRow = {
  applicationId: string;
  registrationNumber: string;
  name: string;
  vacancyTitle: string;
  state: OwnScoreState;
  conflictStatement: string | null;
  own: ScoreView | null;
  /** Other members' current scores; null while this member has not submitted (independence). */
  others: ScoreView[] | null;
};

export type ScoringSheet = { stage: ScoringStage; rows: ScoringSheetRow[] };

const SCORE_SELECT = {
  id: true,
  applicationId: true,
  assessorId: true,
  value: true,
  subScores: true,
  note: true,
  submittedAt: true,
  supersedesId: true,
  assessor: { select: { name: true } },
} as const;

type ScoreRow = {
  id: string;
  applicationId: string;
  assessorId: string;
  value: { toNumber(): number };
  subScores: unknown;
  note: string | null;
  submittedAt: Date | null;
  supersedesId: string | null;
  assessor: { name: string };
};

function isNumberRecord(value: unknown): value is Record<string, number> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((entry) => typeof entry === "number");
}

function toView(score: ScoreRow): ScoreView {
  return {
    scoreId: score.id,
    assessorId: score.assessorId,
    assessorName: score.assessor.name,
    value: score.value.toNumber(),
    subScores: isNumberRecord(score.subScores) ? score.subScores : null,
    note: score.note,
    submittedAt: score.submittedAt,
    corrected: score.supersedesId !== null,
  };
}

async function loadStage(stageId: string): Promise<ScoringStage> {
  const stage = await prisma.stage.findUnique({
    where: { id: stageId },
    select: {
      id: true,
      selectionId: true,
      kind: true,
      name: true,
      status: true,
      isScored: true,
      weight: true,
      minimumScore: true,
      weightsFrozenAt: true,
      selection: { select: { slug: true, title: true, scoreSpreadAlert: true, weightsConfirmedAt: true } },
    },
  });
  if (!stage || !stage.isScored) throw new AppError("NOT_FOUND", "Tahap penilaian tidak ditemukan.");
  return {
    id: stage.id,
    selectionId: stage.selectionId,
    slug: stage.selection.slug,
    selectionTitle: stage.selection.title,
    kind: stage.kind,
    name: stage.name,
    status: stage.status,
    weight: stage.weight?.toNumber() ?? null,
    minimumScore: stage.minimumScore?.toNumber() ?? null,
    weightsFrozenAt: stage.weightsFrozenAt,
    weightsConfirmedAt: stage.selection.weightsConfirmedAt,
    scoreSpreadAlert: stage.selection.scoreSpreadAlert.toNumber(),
  };
}

/** A selection's candidates in the given statuses, by registration number, with the name as the applicant wrote it. */
export async function loadCandidates(selectionId: string, statuses: readonly ApplicationStatus[]) {
  const applications = await prisma.application.findMany({
    where: { selectionId, status: { in: [...statuses] } },
    orderBy: { registrationNumber: "asc" },
    select: {
      id: true,
      registrationNumber: true,
      vacancyId: true,
      vacancy: { select: { title: true } },
      applicant: { select: { name: true, profile: { select: { fullName: true } } } },
    },
  });
  return applications.map((application) => ({
    id: application.id,
    registrationNumber: application.registrationNumber,
    vacancyId: application.vacancyId,
    vacancyTitle: application.vacancy.title,
    name: application.applicant.profile?.fullName ?? application.applicant.name,
  }));
}

/** The candidates of a stage for one assigned member, with their own state; others' scores only after their own. */
export async function getScoringSheet(input: { actorId: string; stageId: string }): Promise<ScoringSheet> {
  const stage = await loadStage(input.stageId);
  await requireSelectionAccess({ actorId: input.actorId, selectionId: stage.selectionId, permission: "score:application", refusal: "Anda tidak ditugaskan sebagai penilai pada tahap ini." });
  const [assignment, substituteFor] = await Promise.all([
    prisma.stageAssignment.findUnique({ where: { stageId_userId: { stageId: stage.id, userId: input.actorId } }, select: { id: true } }),
    prisma.stageSubstitute.findMany({ where: { stageId: stage.id, userId: input.actorId }, select: { applicationId: true } }),
  ]);
  if (!assignment && substituteFor.length === 0) throw new AppError("FORBIDDEN", "Anda tidak ditugaskan sebagai penilai pada tahap ini.");

  // A substitute scores only the candidates named for them.
  const substituted = new Set(substituteFor.map((row) => row.applicationId));
  let candidates = (await loadCandidates(stage.selectionId, SCORABLE_STATUSES)).filter((candidate) => assignment || substituted.has(candidate.id));
  const [declarations, ownScores] = await Promise.all([
    prisma.conflictDeclaration.findMany({ where: { stageId: stage.id, userId: input.actorId }, select: { applicationId: true, hasConflict: true, statement: true } }),
    prisma.score.findMany({ where: { stageId: stage.id, assessorId: input.actorId, status: { in: ["SUBMITTED", "SUPERSEDED"] } }, select: { ...SCORE_SELECT, status: true } }),
  ]);
  const declarationOf = new Map(declarations.map((declaration) => [declaration.applicationId, declaration]));
  const submittedFor = new Set(ownScores.map((score) => score.applicationId));
  // After registration was reopened, the first round's candidates are not scored again: a member sees only
  // those they scored (locked) besides the new candidates.
  const firstRound = await firstRoundCandidateIds(prisma, stage.selectionId);
  if (firstRound) candidates = candidates.filter((candidate) => !firstRound.has(candidate.id) || submittedFor.has(candidate.id));
  const ownCurrent = new Map(ownScores.filter((score) => score.status === "SUBMITTED").map((score) => [score.applicationId, score]));

  // Others' scores are read only for the candidates this member has submitted: what is not visible is not fetched.
  const visibleFor = [...submittedFor];
  const others =
    visibleFor.length === 0
      ? []
      : await prisma.score.findMany({
          where: { stageId: stage.id, applicationId: { in: visibleFor }, assessorId: { not: input.actorId }, status: "SUBMITTED" },
          orderBy: [{ assessor: { name: "asc" } }, { id: "asc" }],
          select: SCORE_SELECT,
        });

  const rows = candidates.map((candidate): ScoringSheetRow => {
    const declaration = declarationOf.get(candidate.id) ?? null;
    const state = ownScoreState(declaration, submittedFor.has(candidate.id));
    const own = ownCurrent.get(candidate.id);
    return {
      applicationId: candidate.id,
      registrationNumber: candidate.registrationNumber,
      name: candidate.name,
      vacancyTitle: candidate.vacancyTitle,
      state,
      conflictStatement: declaration?.hasConflict ? declaration.statement : null,
      own: own ? toView(own) : null,
      others: canSeeOtherScores(state) ? others.filter((score) => score.applicationId === candidate.id).map(toView) : null,
    };
  });
  return { stage, rows };
}

export type StageSummaryRow = {
  applicationId: string;
  registrationNumber: string;
  name: string;
  vacancyTitle: string;
  scores: ScoreView[];
  mean: number | null;
  spread: number | null;
  spreadAlert: boolean;
  recusedBy: string[];
  /** Assigned members (and substitutes for this candidate) who have neither scored nor recused. */
  pending: string[];
  /** Substitutes named for this candidate: who scores in place of whom. */
  substitutes: { name: string; replacesName: string }[];
  /** Recused assigned scorers still without a substitute: the chair may name one. */
  needsSubstitute: { id: string; name: string }[];
  /** The chair scores this stage too and has not scored this candidate yet: the scores stay hidden (independence). */
  hidden: boolean;
  /** Scored before registration was reopened (#15 item 3): the scores are locked, nothing is pending. */
  isFirstRound: boolean;
};

export type StageScoreSummary = {
  stage: ScoringStage;
  scorers: { id: string; name: string }[];
  rows: StageSummaryRow[];
  alertCount: number;
  /** Members of this selection's Pansel who do not score the stage: who may be named substitute. */
  substituteCandidates: { id: string; name: string }[];
};

/** For the chair of the selection: every member's current score per candidate, the mean and the spread alert. */
export async function getStageScoreSummary(input: { actorId: string; stageId: string }): Promise<StageScoreSummary> {
  const stage = await loadStage(input.stageId);
  await requireSelectionAccess({ actorId: input.actorId, selectionId: stage.selectionId, permission: "manage:scoring",
    refusal: "Hanya Ketua Pansel seleksi ini yang dapat melihat rekap nilai.",
  });
  const [candidates, assignments, scores, conflicts, substitutes, members] = await Promise.all([
    loadCandidates(stage.selectionId, SCORABLE_STATUSES),
    prisma.stageAssignment.findMany({ where: { stageId: stage.id }, select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } }),
    prisma.score.findMany({ where: { stageId: stage.id, status: "SUBMITTED" }, orderBy: [{ assessor: { name: "asc" } }, { id: "asc" }], select: SCORE_SELECT }),
    prisma.conflictDeclaration.findMany({ where: { stageId: stage.id, hasConflict: true }, select: { applicationId: true, userId: true } }),
    prisma.stageSubstitute.findMany({
      where: { stageId: stage.id },
      orderBy: { createdAt: "asc" },
      select: { applicationId: true, replacesId: true, user: { select: { id: true, name: true } }, replaces: { select: { name: true } } },
    }),
    prisma.committeeMember.findMany({
      where: { selectionId: stage.selectionId, user: { isActive: true, roles: { hasSome: ["COMMITTEE", "CHAIR"] } } },
      select: { user: { select: { id: true, name: true } } },
      orderBy: { user: { name: "asc" } },
    }),
  ]);
  const scorers = assignments.map((assignment) => assignment.user);
  const assignedIds = new Set(scorers.map((scorer) => scorer.id));
  const firstRound = await firstRoundCandidateIds(prisma, stage.selectionId);
  const chairScores = scorers.some((scorer) => scorer.id === input.actorId);
  const chairDone = new Set(
    chairScores
      ? (await prisma.score.findMany({ where: { stageId: stage.id, assessorId: input.actorId, status: { in: ["SUBMITTED", "SUPERSEDED"] } }, select: { applicationId: true } })).map(
          (score) => score.applicationId,
        )
      : [],
  );
  const rows = candidates.map((candidate): StageSummaryRow => {
    const recused = new Set(conflicts.filter((conflict) => conflict.applicationId === candidate.id).map((conflict) => conflict.userId));
    const named = substitutes.filter((row) => row.applicationId === candidate.id);
    // Without assigned scorers the stage was imported: the scores are the assessment institution's.
    const all = scores
      .filter((score) => score.applicationId === candidate.id)
      .map(toView)
      .map((view) => (scorers.length === 0 ? { ...view, assessorName: `Lembaga asesmen (diimpor oleh ${view.assessorName})` } : view));
    const scored = new Set(all.map((score) => score.assessorId));
    // A chair who scores this stage sees a candidate's scores only after scoring (or recusing from) them.
    const hidden = chairScores && !chairDone.has(candidate.id) && !recused.has(input.actorId);
    const own = hidden ? [] : all;
    const values = own.map((score) => score.value);
    const isFirstRound = firstRound?.has(candidate.id) ?? false;
    return {
      hidden,
      isFirstRound,
      applicationId: candidate.id,
      registrationNumber: candidate.registrationNumber,
      name: candidate.name,
      vacancyTitle: candidate.vacancyTitle,
      scores: own,
      mean: meanScore(values),
      spread: scoreSpread(values),
      spreadAlert: hasSpreadAlert(values, stage.scoreSpreadAlert),
      recusedBy: [...scorers, ...named.map((row) => row.user)].filter((scorer) => recused.has(scorer.id)).map((scorer) => scorer.name),
      pending: isFirstRound ? [] : [...scorers, ...named.map((row) => row.user)].filter((scorer) => !recused.has(scorer.id) && !scored.has(scorer.id)).map((scorer) => scorer.name),
      substitutes: named.map((row) => ({ name: row.user.name, replacesName: row.replaces.name })),
      // A recused scorer is covered by a substitute who has not recused in turn.
      needsSubstitute: isFirstRound ? [] : scorers.filter((scorer) => recused.has(scorer.id) && !named.some((row) => row.replacesId === scorer.id && !recused.has(row.user.id))),
    };
  });
  return {
    stage,
    scorers,
    rows,
    alertCount: rows.filter((row) => row.spreadAlert).length,
    substituteCandidates: members.map((member) => member.user).filter((user) => !assignedIds.has(user.id)),
  };
}

export type VacancyRanking = {
  vacancyId: string;
  vacancyTitle: string;
  quota: number;
  input: JptRankingInput;
  result: JptRankingResult;
  names: Record<string, { registrationNumber: string; name: string }>;
};

export type SelectionRanking = { selectionId: string; slug: string; title: string; vacancies: VacancyRanking[] };

/** Statuses of applications that went into the scored stages (and stay ranked after the shortlist). */
export const RANKED_STATUSES: readonly ApplicationStatus[] = ["ADMIN_PASSED", "IN_STAGES", "SHORTLISTED", "NOT_SHORTLISTED", "SELECTED", "NOT_SELECTED", "ANNULLED"];

/**
 * The JPT ranking per vacancy from the stored, current (SUBMITTED, not SUPERSEDED) scores and the
 * stages' weights and minimums: the one pure rankJpt does the arithmetic. Committee members only.
 */
export async function getSelectionRanking(input: { actorId: string; slug: string }): Promise<SelectionRanking> {
  const selection = await prisma.selection.findUnique({
    where: { slug: input.slug },
    select: {
      id: true,
      slug: true,
      title: true,
      shortlistPerQuota: true,
      vacancies: { orderBy: { order: "asc" }, select: { id: true, title: true, quota: true } },
      stages: { where: { isScored: true }, orderBy: { order: "asc" }, select: { id: true, kind: true, name: true, weight: true, minimumScore: true } },
    },
  });
  if (!selection) throw new AppError("NOT_FOUND", "Seleksi tidak ditemukan.");
  await requireSelectionAccess({ actorId: input.actorId, selectionId: selection.id, permission: "view:scoring", refusal: "Hanya anggota Pansel seleksi ini yang dapat melihat peringkat." });

  const weights: Record<string, number> = {};
  const minimums: Record<string, number | undefined> = {};
  const stageLabels: Record<string, string> = {};
  const kindOfStage = new Map<string, string>();
  for (const stage of selection.stages) {
    weights[stage.kind] = stage.weight?.toNumber() ?? 0;
    if (stage.minimumScore !== null) minimums[stage.kind] = stage.minimumScore.toNumber();
    stageLabels[stage.kind] = stageLabel(stage.kind);
    kindOfStage.set(stage.id, stage.kind);
  }
  const [candidates, scores] = await Promise.all([
    loadCandidates(selection.id, RANKED_STATUSES),
    prisma.score.findMany({
      where: { stageId: { in: [...kindOfStage.keys()] }, status: "SUBMITTED", application: { selectionId: selection.id } },
      select: { stageId: true, applicationId: true, value: true },
    }),
  ]);
  const scoresOf = new Map<string, Record<string, number[]>>();
  for (const score of scores) {
    const kind = kindOfStage.get(score.stageId) as string;
    const perStage = scoresOf.get(score.applicationId) ?? {};
    (perStage[kind] ??= []).push(score.value.toNumber());
    scoresOf.set(score.applicationId, perStage);
  }
  const vacancies = selection.vacancies.map((vacancy): VacancyRanking => {
    const own = candidates.filter((candidate) => candidate.vacancyId === vacancy.id);
    const rankingInput: JptRankingInput = {
      quota: vacancy.quota,
      shortlistMultiplier: selection.shortlistPerQuota || DEFAULT_SHORTLIST_MULTIPLIER,
      weights,
      minimums,
      stageLabels,
      candidates: own.map((candidate) => ({ id: candidate.id, scores: scoresOf.get(candidate.id) ?? {} })),
    };
    return {
      vacancyId: vacancy.id,
      vacancyTitle: vacancy.title,
      quota: vacancy.quota,
      input: rankingInput,
      result: rankJpt(rankingInput),
      names: Object.fromEntries(own.map((candidate) => [candidate.id, { registrationNumber: candidate.registrationNumber, name: candidate.name }])),
    };
  });
  return { selectionId: selection.id, slug: selection.slug, title: selection.title, vacancies };
}

export type ScoringSetupStage = {
  id: string;
  kind: StageKind;
  name: string;
  status: StageStatus;
  weight: number | null;
  minimumScore: number | null;
  scorerIds: string[];
  submittedScores: number;
};

export type ScoringSetup = {
  selection: { id: string; slug: string; title: string; scoreSpreadAlert: number };
  weightsFrozenAt: Date | null;
  /** The chair's confirmation of the weights and minimums; no score may be submitted before it. */
  weightsConfirmedAt: Date | null;
  stages: ScoringSetupStage[];
  /** After registration was reopened (#15 item 3): the candidates not scored before it, whom a closed stage can be reopened for; null otherwise. */
  newCandidates: number | null;
  /** Active committee members who may score (roles COMMITTEE or CHAIR). */
  members: { id: string; name: string; position: string }[];
  isChair: boolean;
};

/** The scored stages of a selection with weights, minimums, scorers and progress: for its committee. */
export async function getScoringSetup(input: { actorId: string; slug: string }): Promise<ScoringSetup> {
  const selection = await prisma.selection.findUnique({
    where: { slug: input.slug },
    select: {
      id: true,
      slug: true,
      title: true,
      scoreSpreadAlert: true,
      weightsConfirmedAt: true,
      stages: {
        where: { isScored: true },
        orderBy: { order: "asc" },
        select: {
          id: true,
          kind: true,
          name: true,
          status: true,
          weight: true,
          minimumScore: true,
          weightsFrozenAt: true,
          assignments: { select: { userId: true } },
          _count: { select: { scores: { where: { status: "SUBMITTED" } } } },
        },
      },
      committee: {
        where: { user: { isActive: true, roles: { hasSome: ["COMMITTEE", "CHAIR"] } } },
        orderBy: [{ position: "asc" }, { user: { name: "asc" } }],
        select: { position: true, user: { select: { id: true, name: true } } },
      },
    },
  });
  if (!selection) throw new AppError("NOT_FOUND", "Seleksi tidak ditemukan.");
  const actor = await requireSelectionAccess({ actorId: input.actorId, selectionId: selection.id, permission: "view:scoring", refusal: "Hanya anggota Pansel seleksi ini yang dapat melihat pengaturan penilaian." });
  const firstRound = await firstRoundCandidateIds(prisma, selection.id);
  const newCandidates = firstRound
    ? await prisma.application.count({ where: { selectionId: selection.id, status: { in: [...SCORABLE_STATUSES] }, id: { notIn: [...firstRound] } } })
    : null;
  return {
    newCandidates,
    selection: { id: selection.id, slug: selection.slug, title: selection.title, scoreSpreadAlert: selection.scoreSpreadAlert.toNumber() },
    weightsFrozenAt: selection.stages.find((stage) => stage.weightsFrozenAt)?.weightsFrozenAt ?? null,
    weightsConfirmedAt: selection.weightsConfirmedAt,
    stages: selection.stages.map((stage) => ({
      id: stage.id,
      kind: stage.kind,
      name: stage.name,
      status: stage.status,
      weight: stage.weight?.toNumber() ?? null,
      minimumScore: stage.minimumScore?.toNumber() ?? null,
      scorerIds: stage.assignments.map((assignment) => assignment.userId).sort(),
      submittedScores: stage._count.scores,
    })),
    members: selection.committee.map((member) => ({ id: member.user.id, name: member.user.name, position: member.position })),
    isChair: actor.position === "CHAIR",
  };
}
