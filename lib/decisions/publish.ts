import "server-only";
// The chair publishes the decisions as frozen announcements, through the one publishing kit
// (lib/announcements/publishing.ts): the three names of every vacancy the PPK approved, then the PPK's
// choice as the final result, which completes (or decides) the selection. After the PPK annuls a chosen
// candidate (V.6) and chooses again, the same step publishes the corrected final result for the vacancies
// concerned, as a new announcement beside the first.
import { publishAnnouncement, type PublishContext, type PublishInput } from "@/lib/announcements/publishing";
import { transitionApplications, type ApplicationMove } from "@/lib/applications/transitions";
import type { AuditAction } from "@/lib/audit";
import { todayInWib } from "@/lib/dates/wib";
import { Prisma, type TransactionClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ApplicationStatus, DecisionKind } from "@/lib/generated/prisma/enums";
import { recordApplicationEvents } from "@/lib/notifications";
import { weightLineText, weightsConfirmationLabel } from "@/lib/scoring/weights-confirmation";
import { settleSelectionStatus } from "./selection-status";
import { buildSnapshotVacancy, DECISION_SNAPSHOT_VERSION, type DecisionSnapshot, type SnapshotName } from "./snapshot";
import { canRecordDecision, currentChoiceId, currentProposal, vacancyDecisionState, vacancyFlow, type ProposalData, type StepData } from "./steps";
import { amendedFinalOpening, amendedFinalTitle, annulmentTerm, decisionClosing, finalEventMessage, finalOpening, finalTitle, shortlistEventMessage, shortlistOpening, shortlistTitle } from "./texts";

type VacancyDecisions = {
  id: string;
  title: string;
  quota: number;
  decisions: { kind: DecisionKind; data: Prisma.JsonValue; note: string | null; createdAt: Date }[];
};

async function countAnnouncements(tx: TransactionClient, selectionId: string, kind: "SHORTLIST" | "FINAL_RESULT"): Promise<number> {
  return tx.announcement.count({ where: { selectionId, kind } });
}

/**
 * The vacancies still in the flow (not escalated) with their decisions; every one must be `ready`
 * for the announcement, otherwise the refusal names those that are not.
 */
async function vacanciesReadyFor(
  tx: TransactionClient,
  selectionId: string,
  ready: (kinds: DecisionKind[]) => boolean,
  refusal: string,
  /** Vacancies this announcement leaves alone, and the CONFLICT when it would leave every one alone. */
  settled?: { is: (kinds: DecisionKind[]) => boolean; refusal: string },
): Promise<VacancyDecisions[]> {
  const all = await tx.vacancy.findMany({
    where: { selectionId },
    orderBy: { order: "asc" },
    select: { id: true, title: true, quota: true, decisions: { orderBy: { createdAt: "asc" }, select: { kind: true, data: true, note: true, createdAt: true } } },
  });
  const kindsOf = (vacancy: VacancyDecisions) => vacancy.decisions.map((decision) => decision.kind);
  const inFlow = all.filter((vacancy) => !vacancyFlow(kindsOf(vacancy)).escalated);
  const vacancies = inFlow.filter((vacancy) => !settled?.is(kindsOf(vacancy)));
  if (settled && inFlow.length > 0 && vacancies.length === 0) throw new AppError("CONFLICT", settled.refusal);
  const waiting = vacancies.filter((vacancy) => !ready(kindsOf(vacancy)));
  if (vacancies.length === 0 || waiting.length > 0) {
    throw new AppError("INVALID_TRANSITION", `${refusal}: ${(waiting.length > 0 ? waiting : all).map((vacancy) => vacancy.title).join(", ")}.`);
  }
  return vacancies;
}

function proposalOf(vacancy: VacancyDecisions): { data: ProposalData; note: string | null } | null {
  const proposal = currentProposal(vacancy.decisions);
  return proposal ? { data: proposal.data as unknown as ProposalData, note: proposal.note } : null;
}

async function applicantsOf(tx: TransactionClient, ids: readonly string[]) {
  const rows = await tx.application.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, status: true, applicant: { select: { nip: true, profile: { select: { nip: true } } } } },
  });
  return new Map(rows.map((row) => [row.id, { status: row.status, nip: row.applicant.profile?.nip ?? row.applicant.nip }]));
}

/** The weights and minimums of the scored stages as one sentence, frozen into the announcement (#13). */
async function weightsNoteOf(tx: TransactionClient, selectionId: string): Promise<string> {
  const selection = await tx.selection.findUniqueOrThrow({
    where: { id: selectionId },
    select: { weightsConfirmedAt: true, stages: { where: { isScored: true }, orderBy: { order: "asc" }, select: { name: true, weight: true, minimumScore: true } } },
  });
  const lines = selection.stages.map((stage) => weightLineText({ name: stage.name, weight: stage.weight?.toNumber() ?? null, minimum: stage.minimumScore?.toNumber() ?? null }));
  return `Bobot dan nilai minimum tahapan (${weightsConfirmationLabel(selection.weightsConfirmedAt)}): ${lines.join("; ")}.`;
}

/** The first letter number recorded for `kind` among these vacancies (BKN's recommendation). */
function letterOf(vacancies: readonly VacancyDecisions[], kind: DecisionKind): string | null {
  return (
    vacancies
      .flatMap((vacancy) => vacancy.decisions.filter((decision) => decision.kind === kind))
      .map((decision) => (decision.data as unknown as StepData).letterNumber)
      .find((letter): letter is string => Boolean(letter)) ?? null
  );
}

/** The announcement as a step of each vacancy's flow, so that the next step (the PPK's choice, or the end) follows it. */
async function recordPublished(context: PublishContext, vacancies: readonly VacancyDecisions[], kind: "SHORTLIST_PUBLISHED" | "FINAL_PUBLISHED", announcementId: string): Promise<void> {
  await context.tx.selectionDecision.createMany({
    data: vacancies.map((vacancy) => ({
      selectionId: context.selection.id,
      vacancyId: vacancy.id,
      kind,
      actorId: context.actorId,
      data: { announcementId, number: context.number },
      createdAt: context.now,
    })),
  });
}

/** The frozen announcement of a decision snapshot (three names or final result), through the kit. */
function createDecisionAnnouncement(context: PublishContext, slug: string, snapshot: DecisionSnapshot, after: Record<string, unknown>, action: AuditAction) {
  return context.createAnnouncement({ kind: snapshot.kind, slug, title: snapshot.title, opening: snapshot.opening, closing: snapshot.closing, snapshot, audit: { action, after } });
}

/**
 * What publishing does to each candidate it names: the status (positive or negative outcome) through the
 * application's state machine and the timeline entry with its notification. Returns the notifications
 * to e-mail after commit.
 */
export async function settleCandidates(
  context: PublishContext,
  input: {
    ids: readonly string[];
    positive: ReadonlySet<string>;
    to: { positive: ApplicationStatus; negative: ApplicationStatus };
    announcement: { id: string; slug: string };
    event: { kind: string; title: string; message: (positive: boolean) => string };
    audit: AuditAction;
  },
): Promise<string[]> {
  const { tx, actorId, ip, number } = context;
  const moves: ApplicationMove[] = [];
  for (const positive of [true, false]) {
    const moved = await transitionApplications(
      tx,
      input.ids.filter((id) => input.positive.has(id) === positive),
      { to: positive ? input.to.positive : input.to.negative, actorId, ip, audit: { action: input.audit, after: () => ({ announcementId: input.announcement.id }) } },
    );
    moves.push(...moved.moves);
  }
  return recordApplicationEvents(
    tx,
    moves.map((move) => ({
      applicationId: move.id,
      applicantId: move.applicantId,
      kind: input.event.kind,
      message: input.event.message(input.positive.has(move.id)),
      actorId,
      data: { announcementSlug: input.announcement.slug, number, positive: input.positive.has(move.id) },
      notifyTitle: input.event.title,
      link: `/pengumuman/${input.announcement.slug}`,
    })),
  );
}

export type DecisionPublishOutcome = { announcementSlug: string; names: number };

/** The chair publishes the three names of every vacancy the PPK has approved. */
export function publishShortlist(input: PublishInput): Promise<DecisionPublishOutcome> {
  return publishAnnouncement(input, async (context) => {
    const { tx, selection, number, date, committee } = context;
    const order = selection.shortlistOrder;
    if ((await countAnnouncements(tx, selection.id, "SHORTLIST")) > 0) throw new AppError("CONFLICT", "Tiga nama seleksi ini sudah diumumkan.");
    // The seed's order: the three names are announced once the PPK approved them and BKN recommended them.
    const vacancies = await vacanciesReadyFor(tx, selection.id, (kinds) => canRecordDecision(kinds, "SHORTLIST_PUBLISHED"), "Tiga nama diumumkan setelah persetujuan PPK dan rekomendasi BKN; belum lengkap untuk");
    const proposals = vacancies.map((vacancy) => ({ vacancy, proposal: proposalOf(vacancy)! }));
    const shortlisted = new Set(proposals.flatMap(({ proposal }) => proposal.data.names.map((name) => name.applicationId)));
    const rankedIds = proposals.flatMap(({ proposal }) => proposal.data.ranking.map((name) => name.applicationId));
    const applicants = await applicantsOf(tx, rankedIds);
    const approvedOn = vacancies
      .flatMap((vacancy) => vacancy.decisions.filter((decision) => decision.kind === "PPK_APPROVED_SHORTLIST").map((decision) => decision.createdAt))
      .sort((a, b) => b.getTime() - a.getTime())[0];
    const recommendation = letterOf(vacancies, "BKN_RECOMMENDATION");
    const snapshot: DecisionSnapshot = {
      version: DECISION_SNAPSHOT_VERSION,
      kind: "SHORTLIST",
      title: shortlistTitle(selection.title),
      number,
      date,
      order,
      selection: { slug: selection.slug, title: selection.title },
      committee,
      opening: shortlistOpening({
        selectionTitle: selection.title,
        ranked: order === "RANKED",
        approvedOn: approvedOn ? todayInWib(approvedOn) : null,
        bknRecommendation: recommendation ? `Nomor ${recommendation}` : null,
      }),
      closing: decisionClosing(selection.otherTerms),
      weightsNote: await weightsNoteOf(tx, selection.id),
      vacancies: proposals.map(({ vacancy, proposal }) =>
        buildSnapshotVacancy(
          { title: vacancy.title, quota: vacancy.quota, note: proposal.data.tieAtCutoff ? `Nilai akhir sama pada batas tiga nama: ${proposal.note ?? ""}`.trim() : null },
          proposal.data.names.map((name): SnapshotName => ({ ...name, nip: applicants.get(name.applicationId)?.nip ?? null, label: "Diusulkan kepada PPK" })),
          order,
        ),
      ),
    };
    const slug = `${selection.slug}-tiga-nama`;
    const announcement = await createDecisionAnnouncement(context, slug, snapshot, { kind: "SHORTLIST", slug, number, date, order }, "announcement.publish");
    const notificationIds = await settleCandidates(context, {
      ids: rankedIds.filter((id) => applicants.get(id)?.status === "IN_STAGES"),
      positive: shortlisted,
      to: { positive: "SHORTLISTED", negative: "NOT_SHORTLISTED" },
      announcement,
      event: { kind: "shortlist.published", title: "Pengumuman tiga nama", message: (positive) => shortlistEventMessage({ number, shortlisted: positive }) },
      audit: "application.shortlist_result",
    });
    await recordPublished(context, vacancies, "SHORTLIST_PUBLISHED", announcement.id);
    return { outcome: { announcementSlug: announcement.slug, names: shortlisted.size }, notificationIds };
  });
}

/** The chair publishes the PPK's choice for every vacancy; the selection is then completed. */
export function publishFinalResult(input: PublishInput): Promise<DecisionPublishOutcome> {
  return publishAnnouncement(input, async (context) => {
    const { tx, selection, number, date, committee, actorId, ip } = context;
    const order = selection.shortlistOrder;
    // Once announced, the final result is announced again only for vacancies whose choice the PPK annulled (V.6).
    const earlier = await countAnnouncements(tx, selection.id, "FINAL_RESULT");
    const vacancies = await vacanciesReadyFor(tx, selection.id, (kinds) => canRecordDecision(kinds, "FINAL_PUBLISHED"), "PPK belum memilih satu nama untuk", {
      is: (kinds) => vacancyDecisionState(kinds) === "FINAL_PUBLISHED",
      refusal: "Hasil akhir seleksi ini sudah diumumkan.",
    });
    const choices = vacancies.map((vacancy) => {
      const proposal = proposalOf(vacancy)!;
      const choiceId = currentChoiceId(vacancy.decisions);
      const chosen = proposal.data.names.find((name) => name.applicationId === choiceId)!;
      return { vacancy, proposal, chosen };
    });
    const recommendation = letterOf(vacancies, "BKN_RECOMMENDATION");
    const shortlistIds = choices.flatMap(({ proposal }) => proposal.data.names.map((name) => name.applicationId));
    const chosenIds = new Set(choices.map(({ chosen }) => chosen.applicationId));
    const applicants = await applicantsOf(tx, shortlistIds);
    const snapshot: DecisionSnapshot = {
      version: DECISION_SNAPSHOT_VERSION,
      kind: "FINAL_RESULT",
      title: earlier > 0 ? amendedFinalTitle(selection.title) : finalTitle(selection.title),
      number,
      date,
      order,
      selection: { slug: selection.slug, title: selection.title },
      committee,
      opening:
        earlier > 0
          ? amendedFinalOpening({ selectionTitle: selection.title, bknRecommendation: recommendation ? `Nomor ${recommendation}` : null, term: annulmentTerm(selection.otherTerms) })
          : finalOpening({ selectionTitle: selection.title, bknRecommendation: recommendation ? `Nomor ${recommendation}` : null }),
      closing: decisionClosing(selection.otherTerms),
      weightsNote: await weightsNoteOf(tx, selection.id),
      vacancies: choices.map(({ vacancy, chosen }) =>
        buildSnapshotVacancy(
          { title: vacancy.title, quota: vacancy.quota, note: null },
          [{ ...chosen, nip: applicants.get(chosen.applicationId)?.nip ?? null, label: "Terpilih" }],
          order,
        ),
      ),
    };
    const slug = earlier === 0 ? `${selection.slug}-hasil-akhir` : `${selection.slug}-hasil-akhir-perubahan${earlier > 1 ? `-${earlier}` : ""}`;
    const announcement = await createDecisionAnnouncement(context, slug, snapshot, { kind: "FINAL_RESULT", slug, number, date, chosen: [...chosenIds] }, "decision.publish_final");
    const notificationIds = await settleCandidates(context, {
      // Those still waiting, and the new choice among those a first result did not select (after an annulment).
      ids: shortlistIds.filter((id) => applicants.get(id)?.status === "SHORTLISTED" || (chosenIds.has(id) && applicants.get(id)?.status === "NOT_SELECTED")),
      positive: chosenIds,
      to: { positive: "SELECTED", negative: "NOT_SELECTED" },
      announcement,
      event: { kind: "final_result.published", title: "Pengumuman hasil akhir", message: (positive) => finalEventMessage({ number, selected: positive }) },
      audit: "application.final_result",
    });
    await recordPublished(context, vacancies, "FINAL_PUBLISHED", announcement.id);
    await settleSelectionStatus(tx, { selectionId: selection.id, actorId, ip, cause: "decision.publish_final" });
    return { outcome: { announcementSlug: announcement.slug, names: chosenIds.size }, notificationIds };
  });
}
