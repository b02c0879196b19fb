import "server-only";
// From the ranking to the final result, per vacancy (steps.ts): the chair proposes the three names
// (or escalates a shortfall), the PPK approves, the Pansel reports to BKN and records its
// recommendation (letters stored through the one storage module), the PPK picks one name, and the
// chair publishes the three names and the final result as frozen announcements. Every step records
// who and when, checks its order inside a per-selection lock, and writes its audit row.
import { transitionApplications, type ApplicationMove } from "@/lib/applications/transitions";
import { writeAudit, writeAuditMany, type AuditAction, type AuditEntry } from "@/lib/audit";
import { now as clockNow } from "@/lib/clock";
import { todayInWib } from "@/lib/dates/wib";
import { Prisma, prisma, type TransactionClient } from "@/lib/db";
import { storeCheckedUpload, type CheckedUpload } from "@/lib/documents/checked-upload";
import { AppError } from "@/lib/errors";
import type { ApplicationStatus, DecisionKind } from "@/lib/generated/prisma/enums";
import { recordApplicationEvents } from "@/lib/notifications";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import {
  assertNumberFree,
  committeeOf,
  deliver,
  findSelection,
  LONG_TRANSACTION,
  lockSelection,
  parseHeaderInput,
  type PublishInput,
} from "@/lib/results/publishing";
import { getSelectionRanking } from "@/lib/scoring/queries";
import { escalateSchema, proposeShortlistSchema, recordStepSchema, shortlistOrderSchema } from "@/lib/validation/decisions";
import { parseOrThrow } from "@/lib/validation/parse";
import { buildSnapshotVacancy, DECISION_SNAPSHOT_VERSION, type DecisionSnapshot, type SnapshotName } from "./snapshot";
import { settleSelectionStatus } from "./selection-status";
import { assertDecisionTransition, canRecordDecision, ESCALATION_LABELS, STEP_RULES, vacancyFlow, type EscalationOption, type ProposalData, type ProposalName, type RecordedStep, type StepData } from "./steps";
import { decisionClosing, finalEventMessage, finalOpening, finalTitle, shortlistEventMessage, shortlistOpening, shortlistTitle } from "./texts";

type Meta = { actorId: string; ip?: string | null; now?: Date };

const CHAIR_ONLY = "Hanya Ketua Pansel seleksi ini yang dapat melakukan tindakan ini.";
export const DECISION_DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;

const STEP_AUDIT: Record<RecordedStep, AuditAction> = {
  PPK_APPROVED_SHORTLIST: "decision.approve_shortlist",
  REPORTED_TO_BKN: "decision.report_bkn",
  BKN_RECOMMENDATION: "decision.bkn_recommendation",
  PPK_CHOICE: "decision.ppk_choice",
};

async function requireChair(actorId: string, selectionId: string, permission: "propose:shortlist" | "publish:result"): Promise<void> {
  await requireSelectionAccess({ actorId, selectionId, permission, refusal: CHAIR_ONLY });
}

async function vacancyOf(selectionId: string, vacancyId: string) {
  const vacancy = await prisma.vacancy.findFirst({ where: { id: vacancyId, selectionId }, select: { id: true, title: true, quota: true } });
  if (!vacancy) throw new AppError("NOT_FOUND", "Jabatan tidak ditemukan pada seleksi ini.");
  return vacancy;
}

async function decisionKinds(tx: TransactionClient, selectionId: string, vacancyId: string): Promise<DecisionKind[]> {
  const rows = await tx.selectionDecision.findMany({ where: { selectionId, vacancyId }, select: { kind: true } });
  return rows.map((row) => row.kind);
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

// ---------------------------------------------------------------- proposal and escalation

export async function proposeShortlist(input: Meta & { slug: string; vacancyId: string; note?: string | null }): Promise<{ decisionId: string; names: number }> {
  const parsed = parseOrThrow(proposeShortlistSchema, { slug: input.slug, vacancyId: input.vacancyId, note: input.note ?? undefined });
  const selection = await findSelection(input.slug);
  await requireChair(input.actorId, selection.id, "propose:shortlist");
  await vacancyOf(selection.id, input.vacancyId);
  await requireStagesClosed(selection.id);
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
    await lockSelection(tx, selection.id);
    assertDecisionTransition(await decisionKinds(tx, selection.id, input.vacancyId), "SHORTLIST_PROPOSED");
    const decision = await tx.selectionDecision.create({
      data: { selectionId: selection.id, vacancyId: input.vacancyId, kind: "SHORTLIST_PROPOSED", actorId: input.actorId, note, data: data as unknown as Prisma.InputJsonValue, createdAt: input.now ?? clockNow() },
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
  const selection = await findSelection(input.slug);
  await requireChair(input.actorId, selection.id, "propose:shortlist");
  await vacancyOf(selection.id, input.vacancyId);
  await requireStagesClosed(selection.id);
  const { vacancy } = await vacancyRanking(input.actorId, input.slug, input.vacancyId);
  if (!vacancy.result.shortfall) {
    throw new AppError("INVALID_TRANSITION", "Jumlah peserta yang memenuhi syarat mencukupi; usulkan tiga nama kepada PPK.");
  }

  return prisma.$transaction(async (tx) => {
    await lockSelection(tx, selection.id);
    assertDecisionTransition(await decisionKinds(tx, selection.id, input.vacancyId), "ESCALATED");
    const data = { option, optionLabel: ESCALATION_LABELS[option], qualifiedCount: vacancy.result.qualifiedCount, shortlistTarget: vacancy.result.shortlistTarget };
    const decision = await tx.selectionDecision.create({
      data: { selectionId: selection.id, vacancyId: input.vacancyId, kind: "ESCALATED", actorId: input.actorId, note, data, createdAt: input.now ?? clockNow() },
      select: { id: true },
    });
    // ESCALATED, or CANCELLED once every vacancy of the selection is escalated with the option to cancel.
    await settleSelectionStatus(tx, { selectionId: selection.id, actorId: input.actorId, ip: input.ip, cause: "decision.escalate" });
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "decision.escalate",
      entityType: "SelectionDecision",
      entityId: decision.id,
      after: { vacancyId: input.vacancyId, ...data, note },
      ip: input.ip,
    });
    return { decisionId: decision.id };
  });
}

/** Ranked (with final scores) or alphabetical (without): the chair's choice for this selection's announcements, until the three names are published. */
export async function setShortlistOrder(input: Meta & { slug: string; order: "RANKED" | "ALPHABETICAL" }): Promise<{ order: "RANKED" | "ALPHABETICAL" }> {
  const { order } = parseOrThrow(shortlistOrderSchema, { slug: input.slug, order: input.order });
  const selection = await findSelection(input.slug);
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

// ---------------------------------------------------------------- recorded steps (PPK, BKN)

/** The step's permission on this selection: PPK steps for the PPK, BKN steps for a seat on this selection's Pansel. */
async function requireStepActor(actorId: string, selectionId: string, step: RecordedStep): Promise<void> {
  await requireSelectionAccess({ actorId, selectionId, permission: STEP_RULES[step].permission, refusal: "Anda tidak berwenang mencatat langkah ini untuk seleksi ini." });
}

/** A decision letter through the one checked-upload path: PDF only, at most 5 MB. */
async function storeLetter(selectionId: string, file: File): Promise<CheckedUpload> {
  return storeCheckedUpload(file, {
    acceptedTypes: ["application/pdf"],
    maxSizeBytes: DECISION_DOCUMENT_MAX_BYTES,
    keyPrefix: ["selections", selectionId, "keputusan"],
    fileName: file.name,
    fallbackFileName: "surat.pdf",
  });
}

export async function recordDecisionStep(
  input: Meta & {
    slug: string;
    vacancyId: string;
    step: RecordedStep;
    note?: string | null;
    letterNumber?: string | null;
    applicationId?: string | null;
    file?: File | null;
  },
): Promise<{ decisionId: string }> {
  const parsed = parseOrThrow(recordStepSchema, {
    slug: input.slug,
    vacancyId: input.vacancyId,
    step: input.step,
    note: input.note ?? undefined,
    letterNumber: input.letterNumber ?? undefined,
    applicationId: input.applicationId ?? undefined,
    file: input.file ?? undefined,
  });
  const selection = await findSelection(input.slug);
  await requireStepActor(input.actorId, selection.id, input.step);
  await vacancyOf(selection.id, input.vacancyId);
  const rule = STEP_RULES[input.step];
  const file = parsed.file && parsed.file.size > 0 ? parsed.file : null;
  if (rule.document === "REQUIRED" && !file) throw new AppError("VALIDATION", "Unggah surat untuk langkah ini.", { file: `${rule.documentLabel} wajib diunggah (PDF)` });

  // The letter is stored before the transaction and removed again if the step is refused.
  const stored = file ? await storeLetter(selection.id, file) : null;
  try {
    return await prisma.$transaction(async (tx) => {
      await lockSelection(tx, selection.id);
      const decisions = await tx.selectionDecision.findMany({ where: { selectionId: selection.id, vacancyId: input.vacancyId }, select: { kind: true, data: true } });
      const kinds = decisions.map((decision) => decision.kind);
      assertDecisionTransition(kinds, input.step);
      const data: StepData = { note: parsed.note || null, letterNumber: parsed.letterNumber || null, ...(stored ? { file: { name: stored.fileName, sizeBytes: stored.sizeBytes, sha256: stored.sha256 } } : {}) };
      if (input.step === "PPK_CHOICE") {
        const proposal = decisions.find((decision) => decision.kind === "SHORTLIST_PROPOSED")?.data as ProposalData | undefined;
        const chosen = proposal?.names.find((name) => name.applicationId === input.applicationId);
        if (!chosen) throw new AppError("VALIDATION", "Pilih salah satu nama yang diusulkan Pansel.", { applicationId: "Pilih salah satu dari tiga nama" });
        data.applicationId = chosen.applicationId;
      }
      const decision = await tx.selectionDecision.create({
        data: {
          selectionId: selection.id,
          vacancyId: input.vacancyId,
          kind: input.step,
          actorId: input.actorId,
          note: data.note,
          storageKey: stored?.key ?? null,
          data: data as unknown as Prisma.InputJsonValue,
          createdAt: input.now ?? clockNow(),
        },
        select: { id: true },
      });
      await writeAudit(tx, {
        actorId: input.actorId,
        action: STEP_AUDIT[input.step],
        entityType: "SelectionDecision",
        entityId: decision.id,
        after: { vacancyId: input.vacancyId, step: input.step, ...data },
        ip: input.ip,
      });
      // The PPK's choice for the last vacancy still in the flow makes the selection DECIDED.
      await settleSelectionStatus(tx, { selectionId: selection.id, actorId: input.actorId, ip: input.ip, cause: STEP_AUDIT[input.step] });
      return { decisionId: decision.id };
    });
  } catch (error) {
    await stored?.discard();
    throw error;
  }
}

// ---------------------------------------------------------------- announcements

type VacancyDecisions = {
  id: string;
  title: string;
  quota: number;
  decisions: { kind: DecisionKind; data: Prisma.JsonValue; note: string | null; createdAt: Date }[];
};

async function hasAnnouncement(tx: TransactionClient, selectionId: string, kind: "SHORTLIST" | "FINAL_RESULT"): Promise<boolean> {
  return (await tx.announcement.count({ where: { selectionId, kind } })) > 0;
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
): Promise<VacancyDecisions[]> {
  const all = await tx.vacancy.findMany({
    where: { selectionId },
    orderBy: { order: "asc" },
    select: { id: true, title: true, quota: true, decisions: { orderBy: { createdAt: "asc" }, select: { kind: true, data: true, note: true, createdAt: true } } },
  });
  const kindsOf = (vacancy: VacancyDecisions) => vacancy.decisions.map((decision) => decision.kind);
  const vacancies = all.filter((vacancy) => !vacancyFlow(kindsOf(vacancy)).escalated);
  const waiting = vacancies.filter((vacancy) => !ready(kindsOf(vacancy)));
  if (vacancies.length === 0 || waiting.length > 0) {
    throw new AppError("INVALID_TRANSITION", `${refusal}: ${(waiting.length > 0 ? waiting : all).map((vacancy) => vacancy.title).join(", ")}.`);
  }
  return vacancies;
}

function proposalOf(vacancy: VacancyDecisions): { data: ProposalData; note: string | null } | null {
  const proposal = vacancy.decisions.find((decision) => decision.kind === "SHORTLIST_PROPOSED");
  return proposal ? { data: proposal.data as unknown as ProposalData, note: proposal.note } : null;
}

async function applicantsOf(tx: TransactionClient, ids: readonly string[]) {
  const rows = await tx.application.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, status: true, applicant: { select: { nip: true, profile: { select: { nip: true } } } } },
  });
  return new Map(rows.map((row) => [row.id, { status: row.status, nip: row.applicant.profile?.nip ?? row.applicant.nip }]));
}

type PublishedAnnouncement = { id: string; slug: string };

/** Stores the frozen announcement of a decision snapshot (three names or final result). */
async function createAnnouncement(
  tx: TransactionClient,
  input: { selectionId: string; slug: string; snapshot: DecisionSnapshot; actorId: string; now: Date },
): Promise<PublishedAnnouncement> {
  return tx.announcement.create({
    data: {
      selectionId: input.selectionId,
      kind: input.snapshot.kind,
      slug: input.slug,
      number: input.snapshot.number,
      title: input.snapshot.title,
      body: `${input.snapshot.opening}\n\n${input.snapshot.closing}`,
      snapshot: input.snapshot as unknown as Prisma.InputJsonValue,
      publishedAt: input.now,
      publishedById: input.actorId,
    },
    select: { id: true, slug: true },
  });
}

/**
 * What publishing does to each candidate it names: the status (positive or negative outcome) through the
 * application's state machine, the timeline entry with its notification, and the audit rows (the
 * announcement's first). Returns the notifications to e-mail after commit.
 */
async function settleCandidates(
  tx: TransactionClient,
  input: {
    ids: readonly string[];
    positive: ReadonlySet<string>;
    to: { positive: ApplicationStatus; negative: ApplicationStatus };
    announcement: PublishedAnnouncement;
    number: string;
    event: { kind: string; title: string; message: (positive: boolean) => string };
    audit: { announcement: AuditEntry; application: AuditAction };
    actorId: string;
    ip?: string | null;
  },
): Promise<string[]> {
  const moves: ApplicationMove[] = [];
  for (const positive of [true, false]) {
    const moved = await transitionApplications(
      tx,
      input.ids.filter((id) => input.positive.has(id) === positive),
      {
        to: positive ? input.to.positive : input.to.negative,
        actorId: input.actorId,
        ip: input.ip,
        audit: { action: input.audit.application, after: () => ({ announcementId: input.announcement.id }) },
      },
    );
    moves.push(...moved.moves);
  }
  const notificationIds = await recordApplicationEvents(
    tx,
    moves.map((move) => ({
      applicationId: move.id,
      applicantId: move.applicantId,
      kind: input.event.kind,
      message: input.event.message(input.positive.has(move.id)),
      actorId: input.actorId,
      data: { announcementSlug: input.announcement.slug, number: input.number, positive: input.positive.has(move.id) },
      notifyTitle: input.event.title,
      link: `/pengumuman/${input.announcement.slug}`,
    })),
  );
  await writeAuditMany(tx, [input.audit.announcement]);
  return notificationIds;
}

export type DecisionPublishOutcome = { announcementSlug: string; names: number };

/** The chair publishes the three names of every vacancy the PPK has approved. */
export async function publishShortlist(input: PublishInput): Promise<DecisionPublishOutcome> {
  const now = input.now ?? clockNow();
  const selection = await findSelection(input.slug);
  await requireChair(input.actorId, selection.id, "publish:result");
  const { number, date } = parseHeaderInput(input, selection, now);
  const order = selection.shortlistOrder;

  const outcome = await prisma.$transaction(async (tx) => {
    await lockSelection(tx, selection.id);
    if (await hasAnnouncement(tx, selection.id, "SHORTLIST")) throw new AppError("CONFLICT", "Tiga nama seleksi ini sudah diumumkan.");
    await assertNumberFree(tx, selection.id, number);
    const vacancies = await vacanciesReadyFor(tx, selection.id, (kinds) => kinds.includes("PPK_APPROVED_SHORTLIST"), "Tiga nama belum disetujui PPK untuk");
    const proposals = vacancies.map((vacancy) => ({ vacancy, proposal: proposalOf(vacancy)! }));
    const shortlisted = new Set(proposals.flatMap(({ proposal }) => proposal.data.names.map((name) => name.applicationId)));
    const rankedIds = proposals.flatMap(({ proposal }) => proposal.data.ranking.map((name) => name.applicationId));
    const applicants = await applicantsOf(tx, rankedIds);
    const approvedOn = vacancies
      .flatMap((vacancy) => vacancy.decisions.filter((decision) => decision.kind === "PPK_APPROVED_SHORTLIST").map((decision) => decision.createdAt))
      .sort((a, b) => b.getTime() - a.getTime())[0];
    const snapshot: DecisionSnapshot = {
      version: DECISION_SNAPSHOT_VERSION,
      kind: "SHORTLIST",
      title: shortlistTitle(selection.title),
      number,
      date,
      order,
      selection: { slug: selection.slug, title: selection.title },
      committee: committeeOf(selection),
      opening: shortlistOpening({ selectionTitle: selection.title, ranked: order === "RANKED", approvedOn: approvedOn ? todayInWib(approvedOn) : null }),
      closing: decisionClosing(selection.otherTerms),
      vacancies: proposals.map(({ vacancy, proposal }) =>
        buildSnapshotVacancy(
          { title: vacancy.title, quota: vacancy.quota, note: proposal.data.tieAtCutoff ? `Nilai akhir sama pada batas tiga nama: ${proposal.note ?? ""}`.trim() : null },
          proposal.data.names.map((name): SnapshotName => ({ ...name, nip: applicants.get(name.applicationId)?.nip ?? null, label: "Diusulkan kepada PPK" })),
          order,
        ),
      ),
    };
    const announcement = await createAnnouncement(tx, { selectionId: selection.id, slug: `${selection.slug}-tiga-nama`, snapshot, actorId: input.actorId, now });
    const notificationIds = await settleCandidates(tx, {
      ids: rankedIds.filter((id) => applicants.get(id)?.status === "IN_STAGES"),
      positive: shortlisted,
      to: { positive: "SHORTLISTED", negative: "NOT_SHORTLISTED" },
      announcement,
      number,
      event: { kind: "shortlist.published", title: "Pengumuman tiga nama", message: (positive) => shortlistEventMessage({ number, shortlisted: positive }) },
      audit: {
        announcement: { actorId: input.actorId, action: "announcement.publish", entityType: "Announcement", entityId: announcement.id, after: { kind: "SHORTLIST", slug: announcement.slug, number, date, order }, ip: input.ip },
        application: "application.shortlist_result",
      },
      actorId: input.actorId,
      ip: input.ip,
    });
    return { announcementSlug: announcement.slug, names: shortlisted.size, notificationIds };
  }, LONG_TRANSACTION);
  await deliver(input, outcome.notificationIds);
  return { announcementSlug: outcome.announcementSlug, names: outcome.names };
}

/** The chair publishes the PPK's choice for every vacancy; the selection is then completed. */
export async function publishFinalResult(input: PublishInput): Promise<DecisionPublishOutcome> {
  const now = input.now ?? clockNow();
  const selection = await findSelection(input.slug);
  await requireChair(input.actorId, selection.id, "publish:result");
  const { number, date } = parseHeaderInput(input, selection, now);
  const order = selection.shortlistOrder;

  const outcome = await prisma.$transaction(async (tx) => {
    await lockSelection(tx, selection.id);
    if (await hasAnnouncement(tx, selection.id, "FINAL_RESULT")) throw new AppError("CONFLICT", "Hasil akhir seleksi ini sudah diumumkan.");
    if (!(await hasAnnouncement(tx, selection.id, "SHORTLIST"))) throw new AppError("INVALID_TRANSITION", "Umumkan dahulu tiga nama yang diusulkan kepada PPK.");
    await assertNumberFree(tx, selection.id, number);
    const vacancies = await vacanciesReadyFor(tx, selection.id, (kinds) => canRecordDecision(kinds, "FINAL_PUBLISHED"), "PPK belum memilih satu nama untuk");
    const choices = vacancies.map((vacancy) => {
      const proposal = proposalOf(vacancy)!;
      const choice = vacancy.decisions.find((decision) => decision.kind === "PPK_CHOICE")!.data as unknown as StepData;
      const chosen = proposal.data.names.find((name) => name.applicationId === choice.applicationId)!;
      return { vacancy, proposal, chosen };
    });
    const recommendation = vacancies
      .flatMap((vacancy) => vacancy.decisions.filter((decision) => decision.kind === "BKN_RECOMMENDATION"))
      .map((decision) => (decision.data as unknown as StepData).letterNumber)
      .find((letter): letter is string => Boolean(letter));
    const shortlistIds = choices.flatMap(({ proposal }) => proposal.data.names.map((name) => name.applicationId));
    const chosenIds = new Set(choices.map(({ chosen }) => chosen.applicationId));
    const applicants = await applicantsOf(tx, shortlistIds);
    const snapshot: DecisionSnapshot = {
      version: DECISION_SNAPSHOT_VERSION,
      kind: "FINAL_RESULT",
      title: finalTitle(selection.title),
      number,
      date,
      order,
      selection: { slug: selection.slug, title: selection.title },
      committee: committeeOf(selection),
      opening: finalOpening({ selectionTitle: selection.title, bknRecommendation: recommendation ? `Nomor ${recommendation}` : null }),
      closing: decisionClosing(selection.otherTerms),
      vacancies: choices.map(({ vacancy, chosen }) =>
        buildSnapshotVacancy(
          { title: vacancy.title, quota: vacancy.quota, note: null },
          [{ ...chosen, nip: applicants.get(chosen.applicationId)?.nip ?? null, label: "Terpilih" }],
          order,
        ),
      ),
    };
    const announcement = await createAnnouncement(tx, { selectionId: selection.id, slug: `${selection.slug}-hasil-akhir`, snapshot, actorId: input.actorId, now });
    const notificationIds = await settleCandidates(tx, {
      ids: shortlistIds.filter((id) => applicants.get(id)?.status === "SHORTLISTED"),
      positive: chosenIds,
      to: { positive: "SELECTED", negative: "NOT_SELECTED" },
      announcement,
      number,
      event: { kind: "final_result.published", title: "Pengumuman hasil akhir", message: (positive) => finalEventMessage({ number, selected: positive }) },
      audit: {
        announcement: {
          actorId: input.actorId,
          action: "decision.publish_final",
          entityType: "Announcement",
          entityId: announcement.id,
          after: { kind: "FINAL_RESULT", slug: announcement.slug, number, date, chosen: [...chosenIds] },
          ip: input.ip,
        },
        application: "application.final_result",
      },
      actorId: input.actorId,
      ip: input.ip,
    });
    await tx.selectionDecision.createMany({
      data: vacancies.map((vacancy) => ({ selectionId: selection.id, vacancyId: vacancy.id, kind: "FINAL_PUBLISHED" as const, actorId: input.actorId, data: { announcementId: announcement.id, number }, createdAt: now })),
    });
    await settleSelectionStatus(tx, { selectionId: selection.id, actorId: input.actorId, ip: input.ip, cause: "decision.publish_final" });
    return { announcementSlug: announcement.slug, names: chosenIds.size, notificationIds };
  }, LONG_TRANSACTION);
  await deliver(input, outcome.notificationIds);
  return { announcementSlug: outcome.announcementSlug, names: outcome.names };
}
