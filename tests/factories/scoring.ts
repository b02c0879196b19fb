// A JPT selection of its own at the start of the scored stages: candidates who passed the
// administrative selection (registration CLOSED), a committee (chair, two members, a secretary),
// scored stages with their weights, still PLANNED, and no scorer assigned yet. Written straight to the
// database: the administrative selection is another feature. Used by the integration tests and by the
// scoring end-to-end spec.
import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import type { StageKind } from "@/lib/generated/prisma/enums";
import { publishAdministrativeResult } from "@/lib/results/mutations";
import { submitScore } from "@/lib/scoring/score-mutations";
import { assignStageScorers, declareConflict } from "@/lib/scoring/scorer-mutations";
import { closeStage, confirmStageWeights, updateStageWeights } from "@/lib/scoring/stage-mutations";
import { demoUserId, unusedNip } from "./applications";
import { addSubmittedApplication, type ResultSelection, type TestApplicant } from "./results";

export type ScoringSelection = ResultSelection & {
  stageIds: Partial<Record<StageKind, string>>;
  memberIds: [string, string];
  candidates: TestApplicant[];
};

export const SCORING_SCENARIO_CANDIDATES = ["Rina Marlina, S.H., M.H.", "Doni Saputra, S.T., M.T.", "Yusuf Hamdani, S.E., M.Si.", "Lina Kusuma, S.Sos., M.AP."];

export async function createScoringSelection(options: {
  slug?: string;
  candidates: readonly string[];
  /** Scored stages and their weights; default: the interview alone, 100 %. */
  stages?: ReadonlyArray<{ kind: StageKind; name: string; weight: number | null }>;
  quota?: number;
  /** Also a REGISTRATION stage (order 0) matching the registration window, as selections made from a template have. */
  registrationStage?: boolean;
  /**
   * The candidates pass through a real published administrative result (publishAdministrativeResult, dated `now`)
   * instead of being written ADMIN_PASSED: for the specs that need the first result on record (#15, the addendum).
   */
  administrativeResult?: { number: string; date: string; now: Date };
}): Promise<ScoringSelection> {
  const suffix = crypto.randomBytes(4).toString("hex");
  const slug = options.slug ?? `uji-penilaian-${suffix}`;
  const organiser = await prisma.institution.findFirstOrThrow({ where: { regionCode: "6172" }, select: { id: true } });
  const stages = options.stages ?? [{ kind: "INTERVIEW", name: "Wawancara", weight: null }];
  const selection = await prisma.selection.create({
    data: {
      slug,
      regime: "JPT_PRATAMA",
      title: "Seleksi Terbuka JPT Pratama Kepala Dinas Uji Penilaian",
      summary: "Seleksi untuk pengujian penilaian Pansel, tiga nama dan keputusan PPK.",
      status: options.administrativeResult ? "OPEN" : "CLOSED",
      organiserId: organiser.id,
      committeeName: "Panitia Seleksi Terbuka JPT Pratama Uji Penilaian",
      committeeAddress: "Jalan Firdaus Nomor 1 Singkawang 79123",
      announcementNumber: `09/SELTER/UJI/${suffix}`,
      announcementDate: new Date("2025-10-01T00:00:00Z"),
      announcementPlace: "Singkawang",
      chairName: "Dr. Ketua Uji, M.Si",
      registrationOpensAt: new Date("2025-10-02T01:00:00Z"),
      registrationClosesAt: new Date("2025-10-09T09:00:00Z"),
      documentDeadlineAt: new Date("2025-10-09T09:00:00Z"),
      referenceDatePlanned: new Date("2025-10-15T00:00:00Z"),
      otherTerms: ["Keputusan Panitia Seleksi bersifat mutlak dan tidak dapat diganggu gugat."],
      // A code of its own: an applicant applying through createApplication gets a number unique across selections.
      vacancies: { create: [{ code: `KADIS${suffix.toUpperCase()}`, title: "Kepala Dinas Uji", quota: options.quota ?? 1, order: 0 }] },
      documents: { create: [{ number: 1, title: "Surat lamaran", form: "ORIGINAL", acceptedTypes: ["application/pdf"], maxSizeBytes: 1_000_000 }] },
      stages: {
        create: [
          ...stages.map((stage, index) => ({
            kind: stage.kind,
            order: index + 1,
            name: stage.name,
            startsAt: new Date("2025-10-20T01:00:00Z"),
            endsAt: new Date("2025-10-31T09:00:00Z"),
            isScored: true,
            weight: stage.weight,
          })),
          ...(options.registrationStage
            ? [{ kind: "REGISTRATION" as const, order: 0, name: "Pendaftaran dan penyampaian berkas lamaran", startsAt: new Date("2025-10-02T01:00:00Z"), endsAt: new Date("2025-10-09T09:00:00Z"), isScored: false }]
            : []),
        ],
      },
    },
    select: { id: true, slug: true, vacancies: { select: { id: true } }, stages: { select: { id: true, kind: true } } },
  });
  const [chairId, memberId, member2Id, secretariatId, secondSecretariatId] = await Promise.all(
    ["ketua", "anggota", "anggota2", "sekretariat", "sekretariat2"].map((name) => demoUserId(`${name}@demo.seleksi.id`)),
  );
  await prisma.committeeMember.createMany({
    data: [
      { selectionId: selection.id, userId: chairId!, position: "CHAIR" },
      { selectionId: selection.id, userId: memberId!, position: "MEMBER" },
      { selectionId: selection.id, userId: member2Id!, position: "MEMBER" },
      { selectionId: selection.id, userId: secretariatId!, position: "SECRETARY" },
    ],
  });
  const base: ResultSelection = {
    id: selection.id,
    slug: selection.slug,
    vacancyIds: selection.vacancies.map((vacancy) => vacancy.id),
    chairId: chairId!,
    secretariatId: secretariatId!,
    secondSecretariatId: secondSecretariatId!,
  };
  const candidates: TestApplicant[] = [];
  for (const [index, name] of options.candidates.entries()) {
    // 18 digits: birth date, appointment month, gender, sequence; unique across the selections of one database.
    const nip = await unusedNip(`1975${String((index % 12) + 1).padStart(2, "0")}012000031`);
    candidates.push(await addSubmittedApplication(base, { name, nip, decision: "MS" }));
  }
  if (options.administrativeResult) {
    const { number, date, now } = options.administrativeResult;
    await publishAdministrativeResult({ actorId: chairId!, slug: selection.slug, number, date, now, ip: "127.0.0.1" });
  } else {
    await prisma.application.updateMany({ where: { selectionId: selection.id }, data: { status: "ADMIN_PASSED" } });
  }
  return {
    ...base,
    stageIds: Object.fromEntries(selection.stages.map((stage) => [stage.kind, stage.id])),
    memberIds: [memberId!, member2Id!],
    candidates,
  };
}

/**
 * The interview as the only scored stage (100 %), weights confirmed, every Pansel member assigned and
 * scoring candidate i `valueOf(i)` without a conflict, then closed by the chair: the state the decision
 * flow starts from.
 */
export async function scoreInterviewAndClose(selection: ScoringSelection, valueOf: (index: number) => number, ip = "127.0.0.1"): Promise<void> {
  const stageId = selection.stageIds.INTERVIEW!;
  const scorers = [selection.chairId, ...selection.memberIds];
  await updateStageWeights({ actorId: selection.chairId, selectionId: selection.id, weights: { INTERVIEW: 100 }, ip });
  await confirmStageWeights({ actorId: selection.chairId, selectionId: selection.id, ip });
  await assignStageScorers({ actorId: selection.chairId, stageId, userIds: scorers, ip });
  for (const [index, candidate] of selection.candidates.entries()) {
    for (const scorer of scorers) {
      await declareConflict({ actorId: scorer, stageId, applicationId: candidate.applicationId, hasConflict: false, ip });
      await submitScore({ actorId: scorer, stageId, applicationId: candidate.applicationId, value: valueOf(index), ip });
    }
  }
  await closeStage({ actorId: selection.chairId, stageId, ip });
}
