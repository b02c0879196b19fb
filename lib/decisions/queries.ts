import "server-only";
// The decisions page: per vacancy, the live ranking (committee members only), the proposal, every
// recorded step with who/when/letter, and what the signed-in user may do next. A fixed number of
// queries whatever the number of vacancies and decisions.
import { canOnSelection, type Seat } from "@/lib/auth/permissions";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { DecisionKind, SelectionStatus, ShortlistOrder, StageStatus } from "@/lib/generated/prisma/enums";
import { getSelectionRanking, type VacancyRanking } from "@/lib/scoring/queries";
import { getStorage } from "@/lib/storage";
import { annulmentTerm } from "./texts";
import { annulledApplicationIds, canAnnulChoice, currentChoiceId, currentProposal, DECISION_LABELS, roundScoredBefore, STEP_RULES, vacancyDecisionState, vacancyFlow, type ProposalData, type RecordedStep, type StepData, type VacancyFlow } from "./steps";

export type DecisionEntry = {
  id: string;
  kind: DecisionKind;
  label: string;
  actorName: string;
  createdAt: Date;
  note: string | null;
  letterNumber: string | null;
  fileName: string | null;
  /** PPK_CHOICE and CHOICE_ANNULLED: the name concerned; ESCALATED: the proposed follow-up. */
  detail: string | null;
};

export type VacancyBoard = {
  id: string;
  title: string;
  quota: number;
  flow: VacancyFlow;
  decisions: DecisionEntry[];
  proposal: (ProposalData & { note: string | null }) | null;
  /** Ranking from the stored scores; for the selection's committee members once every scored stage is closed. */
  ranking: VacancyRanking | null;
  /** The recorded step the signed-in user may take now, if any. */
  actionableStep: RecordedStep | null;
  /** When escalated: the follow-up the chair proposed to the oversight body. */
  escalation: string | null;
  /** The names whose choice the PPK annulled (V.6): not offered again. */
  annulledIds: string[];
  /** A new round after a reopening of registration, still without scores given since (propose.ts refuses its first move). */
  awaitingNewScores: boolean;
  /** The chosen candidate the signed-in PPK may annul now (V.6), if any. */
  annullable: { applicationId: string; label: string } | null;
};

export type DecisionBoard = {
  selection: { id: string; slug: string; title: string; status: SelectionStatus; shortlistOrder: ShortlistOrder; annulmentTerm: string | null };
  viewer: { isChair: boolean; isCommittee: boolean; isPpk: boolean; canReopenRegistration: boolean };
  openStages: { name: string; status: StageStatus }[];
  vacancies: VacancyBoard[];
  announcements: { shortlist: { slug: string; number: string | null } | null; final: { slug: string; number: string | null } | null };
};

function stepActor(step: RecordedStep, roles: readonly string[], seat: Seat): boolean {
  return canOnSelection(roles, seat, STEP_RULES[step].permission);
}

export async function getDecisionBoard(input: { actorId: string; slug: string }): Promise<DecisionBoard> {
  const selection = await prisma.selection.findUnique({
      where: { slug: input.slug },
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        shortlistOrder: true,
        otherTerms: true,
        stages: { where: { isScored: true, status: { not: "CLOSED" } }, orderBy: { order: "asc" }, select: { name: true, status: true } },
        vacancies: {
          orderBy: { order: "asc" },
          select: {
            id: true,
            title: true,
            quota: true,
            decisions: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, actorId: true, createdAt: true, note: true, data: true } },
          },
        },
        // Latest first: after an annulment (V.6) the corrected final result is the one that counts.
        announcements: { where: { kind: { in: ["SHORTLIST", "FINAL_RESULT"] }, publishedAt: { not: null } }, orderBy: { publishedAt: "desc" }, select: { kind: true, slug: true, number: true } },
      },
    });
  if (!selection) throw new AppError("NOT_FOUND", "Seleksi tidak ditemukan.");
  const actor = await requireSelectionAccess({ actorId: input.actorId, selectionId: selection.id, permission: "view:decisions" });
  const { roles, seat } = actor;
  const viewer = {
    isChair: canOnSelection(roles, seat, "propose:shortlist"),
    isCommittee: canOnSelection(roles, seat, "view:scoring"),
    isPpk: canOnSelection(roles, seat, "approve:shortlist"),
    // After an escalation of every vacancy, the chair may reopen registration (lib/selections/mutations.ts).
    canReopenRegistration:
      selection.status === "ESCALATED" &&
      canOnSelection(roles, seat, "reopen:registration") &&
      selection.vacancies.every((vacancy) => vacancyDecisionState(vacancy.decisions.map((decision) => decision.kind)) === "ESCALATED"),
  };
  const actorIds = [...new Set(selection.vacancies.flatMap((vacancy) => vacancy.decisions.map((decision) => decision.actorId)))];
  const [actors, ranking] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
    // Independence: the ranking (every member's scores, averaged) is shown only once every scored stage is closed.
    viewer.isCommittee && selection.stages.length === 0 ? getSelectionRanking({ actorId: input.actorId, slug: input.slug }) : Promise.resolve(null),
  ]);
  const actorName = new Map(actors.map((actor) => [actor.id, actor.name]));
  // New rounds after a reopening: which of them already have a score of an application not scored before (one query).
  const newRounds = selection.vacancies
    .map((vacancy) => ({ id: vacancy.id, scoredBefore: roundScoredBefore(vacancy.decisions), state: vacancyDecisionState(vacancy.decisions.map((decision) => decision.kind)) }))
    .filter((round): round is { id: string; scoredBefore: Set<string>; state: "ROUND_REOPENED" } => round.state === "ROUND_REOPENED" && round.scoredBefore !== null);
  const scored =
    newRounds.length === 0
      ? []
      : await prisma.score.findMany({
          where: { stage: { selectionId: selection.id }, status: { not: "DRAFT" }, application: { vacancyId: { in: newRounds.map((round) => round.id) } } },
          distinct: ["applicationId"],
          select: { applicationId: true, application: { select: { vacancyId: true } } },
        });
  const scoredRounds = new Set(
    newRounds.filter((round) => scored.some((score) => score.application.vacancyId === round.id && !round.scoredBefore.has(score.applicationId))).map((round) => round.id),
  );

  const vacancies = selection.vacancies.map((vacancy): VacancyBoard => {
    const kinds = vacancy.decisions.map((decision) => decision.kind);
    const flow = vacancyFlow(kinds);
    const proposalRow = currentProposal(vacancy.decisions);
    const proposal = proposalRow ? { ...(proposalRow.data as unknown as ProposalData), note: proposalRow.note } : null;
    const nameOf = (applicationId: string | null | undefined) => {
      const name = proposal?.names.find((entry) => entry.applicationId === applicationId);
      return name ? `${name.name} (${name.registrationNumber})` : null;
    };
    const currentChoice = currentChoiceId(vacancy.decisions);
    const decisions = vacancy.decisions.map((decision): DecisionEntry => {
      const data = (decision.data ?? {}) as Partial<StepData> & { optionLabel?: string };
      return {
        id: decision.id,
        kind: decision.kind,
        label: DECISION_LABELS[decision.kind],
        actorName: actorName.get(decision.actorId) ?? "-",
        createdAt: decision.createdAt,
        note: decision.note,
        letterNumber: data.letterNumber ?? null,
        fileName: data.file?.name ?? null,
        detail: decision.kind === "PPK_CHOICE" || decision.kind === "CHOICE_ANNULLED" ? nameOf(data.applicationId) : decision.kind === "ESCALATED" ? (data.optionLabel ?? null) : null,
      };
    });
    const next = flow.next;
    const actionableStep = next && next in STEP_RULES && stepActor(next as RecordedStep, roles, seat) ? (next as RecordedStep) : null;
    return {
      id: vacancy.id,
      title: vacancy.title,
      quota: vacancy.quota,
      flow,
      decisions,
      proposal,
      ranking: ranking?.vacancies.find((entry) => entry.vacancyId === vacancy.id) ?? null,
      actionableStep,
      // The escalation that stops the vacancy now; after a reopening the earlier one is only history.
      escalation: flow.escalated ? (decisions.findLast((decision) => decision.kind === "ESCALATED")?.detail ?? null) : null,
      annulledIds: [...annulledApplicationIds(vacancy.decisions)],
      awaitingNewScores: newRounds.some((round) => round.id === vacancy.id) && !scoredRounds.has(vacancy.id),
      annullable:
        currentChoice && canAnnulChoice(kinds) && stepActor("CHOICE_ANNULLED", roles, seat) ? { applicationId: currentChoice, label: nameOf(currentChoice) ?? "-" } : null,
    };
  });
  const announcementOf = (kind: string) => {
    const row = selection.announcements.find((announcement) => announcement.kind === kind);
    return row ? { slug: row.slug, number: row.number } : null;
  };
  return {
    selection: {
      id: selection.id,
      slug: selection.slug,
      title: selection.title,
      status: selection.status,
      shortlistOrder: selection.shortlistOrder,
      annulmentTerm: annulmentTerm(selection.otherTerms),
    },
    viewer,
    openStages: selection.stages,
    vacancies,
    announcements: { shortlist: announcementOf("SHORTLIST"), final: announcementOf("FINAL_RESULT") },
  };
}

/** A step's letter, for the selection's committee, the PPK and the administrator. */
export async function getDecisionLetter(input: { actorId: string; slug: string; decisionId: string }) {
  const decision = await prisma.selectionDecision.findFirst({
    where: { id: input.decisionId, selection: { slug: input.slug }, storageKey: { not: null } },
    select: { selectionId: true, storageKey: true, data: true },
  });
  // Someone else's letter is "not found", like an applicant's document.
  const notFound = new AppError("NOT_FOUND", "Surat tidak ditemukan.");
  if (!decision?.storageKey) throw notFound;
  await requireSelectionAccess({ actorId: input.actorId, selectionId: decision.selectionId, permission: "view:decisions" }).catch(() => {
    throw notFound;
  });
  const object = await getStorage().get(decision.storageKey);
  const fileName = ((decision.data ?? {}) as Partial<StepData>).file?.name ?? "surat.pdf";
  return { ...object, fileName };
}

/** The selection and the vacancy a decision concerns, for the writers of propose.ts and record-step.ts. */
export async function findDecisionTarget(slug: string, vacancyId: string): Promise<{ selectionId: string; vacancy: { id: string; title: string; quota: number } }> {
  const vacancy = await prisma.vacancy.findFirst({ where: { id: vacancyId, selection: { slug } }, select: { id: true, title: true, quota: true, selectionId: true } });
  if (!vacancy) {
    const selection = await prisma.selection.findUnique({ where: { slug }, select: { id: true } });
    throw new AppError("NOT_FOUND", selection ? "Jabatan tidak ditemukan pada seleksi ini." : "Seleksi tidak ditemukan.");
  }
  return { selectionId: vacancy.selectionId, vacancy: { id: vacancy.id, title: vacancy.title, quota: vacancy.quota } };
}
