import "server-only";
// The minutes (berita acara) of one scored stage: who scored, every member's current score per
// candidate, recusals, the conflict declarations and the chair's corrections. The chair of the
// selection may print it at any time (a draft while the stage is open); the other committee members
// once the stage is closed. Candidates are identified by registration number and name only.
import type { WeightLine } from "@/lib/scoring/weights-confirmation";
import { now as clockNow } from "@/lib/clock";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CommitteePosition, StageKind, StageStatus } from "@/lib/generated/prisma/enums";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { loadCandidates, RANKED_STATUSES } from "@/lib/scoring/queries";
import { CORRECTION_NOTE_PREFIX, hasSpreadAlert, meanScore, scoreSpread } from "@/lib/scoring/rules";

export type MinutesMember = { id: string; name: string; position: CommitteePosition | null };

/**
 * One member's entry for one candidate. HIDDEN: in a draft for a chair who scores this stage, the
 * others' scores of a candidate the chair has not scored yet stay hidden (independence).
 */
export type MinutesCell = { state: "SCORED"; value: number; isCorrected: boolean } | { state: "RECUSED" | "PENDING" | "HIDDEN" | "NOT_SCORER" };

/** A substitute scorer named by the chair for one candidate, in place of a member who recused (#15 item 3). */
export type MinutesSubstitute = { memberName: string; replacesName: string; registrationNumber: string; candidateName: string };

export type MinutesRow = {
  applicationId: string;
  registrationNumber: string;
  name: string;
  /** In the order of `members`. */
  cells: MinutesCell[];
  mean: number | null;
  spread: number | null;
  spreadAlert: boolean;
};

export type MinutesDeclaration = {
  memberName: string;
  registrationNumber: string;
  candidateName: string;
  hasConflict: boolean;
  statement: string | null;
  declaredAt: Date;
};

export type MinutesCorrection = {
  memberName: string;
  registrationNumber: string;
  candidateName: string;
  originalValue: number;
  correctedValue: number;
  reason: string;
  approvedByName: string | null;
  correctedAt: Date | null;
};

export type StageMinutes = {
  /** The stage is not closed: the document is a draft. */
  isDraft: boolean;
  generatedAt: Date;
  selection: { slug: string; title: string; committeeName: string; committeeAddress: string; chairName: string; place: string };
  stage: {
    id: string;
    name: string;
    kind: StageKind;
    status: StageStatus;
    weight: number | null;
    minimumScore: number | null;
    startsAt: Date;
    endsAt: Date;
    isAllDay: boolean;
    scoreSpreadAlert: number;
  };
  members: MinutesMember[];
  rows: MinutesRow[];
  declarations: MinutesDeclaration[];
  substitutes: MinutesSubstitute[];
  corrections: MinutesCorrection[];
  spreadAlertCount: number;
  /** Every scored stage's weight and minimum, and when the chair confirmed them (null: not yet). */
  weights: { confirmedAt: Date | null; stages: WeightLine[] };
};


const POSITION_ORDER: Record<CommitteePosition, number> = { CHAIR: 0, SECRETARY: 1, MEMBER: 2 };


/**
 * Everything the minutes of a scored stage show, in a fixed number of queries. With `slug`, a stage
 * of another selection is not found.
 */
export async function getStageMinutes(input: { actorId: string; stageId: string; slug?: string }): Promise<StageMinutes> {
  const stage = await prisma.stage.findFirst({
    where: { id: input.stageId, isScored: true, ...(input.slug ? { selection: { slug: input.slug } } : {}) },
    select: {
      id: true,
      selectionId: true,
      kind: true,
      name: true,
      status: true,
      weight: true,
      minimumScore: true,
      startsAt: true,
      endsAt: true,
      isAllDay: true,
      selection: {
        select: {
          slug: true,
          title: true,
          committeeName: true,
          committeeAddress: true,
          chairName: true,
          announcementPlace: true,
          scoreSpreadAlert: true,
          weightsConfirmedAt: true,
          stages: { where: { isScored: true }, orderBy: { order: "asc" }, select: { name: true, weight: true, minimumScore: true } },
          committee: { select: { userId: true, position: true, user: { select: { name: true } } } },
        },
      },
      assignments: { select: { user: { select: { id: true, name: true } } } },
      substitutes: {
        orderBy: { createdAt: "asc" },
        select: { applicationId: true, user: { select: { id: true, name: true } }, replaces: { select: { name: true } } },
      },
    },
  });
  if (!stage) throw new AppError("NOT_FOUND", "Tahap penilaian tidak ditemukan.");
  const actor = await requireSelectionAccess({ actorId: input.actorId, selectionId: stage.selectionId, permission: "view:scoring",
    refusal: "Hanya anggota Pansel seleksi ini yang dapat melihat berita acara penilaian.",
  });
  const isDraft = stage.status !== "CLOSED";
  if (isDraft && actor.position !== "CHAIR") {
    throw new AppError("FORBIDDEN", "Berita acara penilaian dapat dilihat anggota Pansel setelah tahap ditutup oleh Ketua Pansel.");
  }

  const [candidates, scores, declarations] = await Promise.all([
    loadCandidates(stage.selectionId, RANKED_STATUSES),
    prisma.score.findMany({
      where: { stageId: stage.id, status: { in: ["SUBMITTED", "SUPERSEDED"] } },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: { id: true, applicationId: true, assessorId: true, value: true, note: true, status: true, submittedAt: true, supersedesId: true, approvedById: true },
    }),
    prisma.conflictDeclaration.findMany({
      where: { stageId: stage.id },
      select: { applicationId: true, userId: true, hasConflict: true, statement: true, declaredAt: true, user: { select: { name: true } } },
    }),
  ]);

  const committee = new Map(stage.selection.committee.map((member) => [member.userId, member]));
  // A stage without assigned scorers was imported from the assessment institution's file: its one
  // column is the institution (the scores are stored under the chair who imported them).
  const importers = stage.assignments.length === 0 ? [...new Set(scores.map((score) => score.assessorId))] : [];
  // Substitutes are columns too, scoring only the candidates they were named for (NOT_SCORER elsewhere).
  const assignedIds = new Set(stage.assignments.map(({ user }) => user.id));
  const substituteUsers = [...new Map(stage.substitutes.filter(({ user }) => !assignedIds.has(user.id)).map(({ user }) => [user.id, user])).values()];
  const substituteFor = new Set(stage.substitutes.map((row) => `${row.applicationId}|${row.user.id}`));
  const members: MinutesMember[] = [
    ...[...stage.assignments.map(({ user }) => user), ...substituteUsers].map((user) => ({ id: user.id, name: user.name, position: committee.get(user.id)?.position ?? null })),
    ...importers.map((id) => ({ id, name: `Lembaga asesmen (diimpor oleh ${committee.get(id)?.user.name ?? "Ketua Pansel"})`, position: null })),
  ].sort((a, b) => (a.position ? POSITION_ORDER[a.position] : 3) - (b.position ? POSITION_ORDER[b.position] : 3) || a.name.localeCompare(b.name, "id"));
  const memberOrder = new Map(members.map((member, index) => [member.id, index]));
  const nameOf = (userId: string) => members.find((member) => member.id === userId)?.name ?? committee.get(userId)?.user.name ?? null;

  const candidateOf = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const current = scores.filter((score) => score.status === "SUBMITTED");
  const key = (applicationId: string, userId: string) => `${applicationId}|${userId}`;
  const currentOf = new Map(current.map((score) => [key(score.applicationId, score.assessorId), score]));
  const recused = new Set(declarations.filter((declaration) => declaration.hasConflict).map((declaration) => key(declaration.applicationId, declaration.userId)));
  const spreadThreshold = stage.selection.scoreSpreadAlert.toNumber();

  // A chair who scores this stage sees the others' scores of a candidate only after scoring (or
  // recusing from) that candidate, as on the chair's summary page; once closed, nothing is hidden.
  const chairScores = isDraft && memberOrder.has(actor.id);
  const chairDone = new Set(scores.filter((score) => score.assessorId === actor.id).map((score) => score.applicationId));

  const rows = candidates.map((candidate): MinutesRow => {
    const hidden = chairScores && !chairDone.has(candidate.id) && !recused.has(key(candidate.id, actor.id));
    const cells = members.map((member): MinutesCell => {
      if (!assignedIds.has(member.id) && !substituteFor.has(key(candidate.id, member.id)) && importers.length === 0) return { state: "NOT_SCORER" };
      if (recused.has(key(candidate.id, member.id))) return { state: "RECUSED" };
      const score = currentOf.get(key(candidate.id, member.id));
      if (!score) return { state: "PENDING" };
      if (hidden) return { state: "HIDDEN" };
      return { state: "SCORED", value: score.value.toNumber(), isCorrected: score.supersedesId !== null };
    });
    const values = cells.flatMap((cell) => (cell.state === "SCORED" ? [cell.value] : []));
    return {
      applicationId: candidate.id,
      registrationNumber: candidate.registrationNumber,
      name: candidate.name,
      cells,
      mean: hidden ? null : meanScore(values),
      spread: hidden ? null : scoreSpread(values),
      spreadAlert: !hidden && hasSpreadAlert(values, spreadThreshold),
    };
  });

  const byMemberThenCandidate = (a: { userId: string; registrationNumber: string }, b: { userId: string; registrationNumber: string }) =>
    (memberOrder.get(a.userId) ?? members.length) - (memberOrder.get(b.userId) ?? members.length) || a.registrationNumber.localeCompare(b.registrationNumber);
  const minutesDeclarations = declarations
    .flatMap((declaration) => {
      const candidate = candidateOf.get(declaration.applicationId);
      return candidate ? [{ ...declaration, registrationNumber: candidate.registrationNumber, candidateName: candidate.name }] : [];
    })
    .sort(byMemberThenCandidate)
    .map(
      (declaration): MinutesDeclaration => ({
        memberName: declaration.user.name,
        registrationNumber: declaration.registrationNumber,
        candidateName: declaration.candidateName,
        hasConflict: declaration.hasConflict,
        statement: declaration.statement,
        declaredAt: declaration.declaredAt,
      }),
    );

  const scoreById = new Map(scores.map((score) => [score.id, score]));
  const corrections = scores.flatMap((score): MinutesCorrection[] => {
    const original = score.supersedesId ? scoreById.get(score.supersedesId) : undefined;
    const candidate = candidateOf.get(score.applicationId);
    if (!original || !candidate) return [];
    return [
      {
        memberName: nameOf(score.assessorId) ?? "–",
        registrationNumber: candidate.registrationNumber,
        candidateName: candidate.name,
        originalValue: original.value.toNumber(),
        correctedValue: score.value.toNumber(),
        reason: (score.note ?? "").replace(CORRECTION_NOTE_PREFIX, ""),
        approvedByName: score.approvedById ? nameOf(score.approvedById) : null,
        correctedAt: score.submittedAt,
      },
    ];
  });

  return {
    isDraft,
    generatedAt: clockNow(),
    selection: {
      slug: stage.selection.slug,
      title: stage.selection.title,
      committeeName: stage.selection.committeeName,
      committeeAddress: stage.selection.committeeAddress,
      chairName: stage.selection.chairName,
      place: stage.selection.announcementPlace,
    },
    stage: {
      id: stage.id,
      name: stage.name,
      kind: stage.kind,
      status: stage.status,
      weight: stage.weight?.toNumber() ?? null,
      minimumScore: stage.minimumScore?.toNumber() ?? null,
      startsAt: stage.startsAt,
      endsAt: stage.endsAt,
      isAllDay: stage.isAllDay,
      scoreSpreadAlert: spreadThreshold,
    },
    members,
    rows,
    declarations: minutesDeclarations,
    substitutes: stage.substitutes.flatMap((row): MinutesSubstitute[] => {
      const candidate = candidateOf.get(row.applicationId);
      return candidate ? [{ memberName: row.user.name, replacesName: row.replaces.name, registrationNumber: candidate.registrationNumber, candidateName: candidate.name }] : [];
    }),
    corrections,
    spreadAlertCount: rows.filter((row) => row.spreadAlert).length,
    weights: {
      confirmedAt: stage.selection.weightsConfirmedAt,
      stages: stage.selection.stages.map((entry) => ({ name: entry.name, weight: entry.weight?.toNumber() ?? null, minimum: entry.minimumScore?.toNumber() ?? null })),
    },
  };
}
