import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { StageKind } from "@/lib/generated/prisma/enums";
import { rankJpt } from "@/lib/ranking";
import { WEIGHTS_NOT_CONFIRMED } from "@/lib/scoring/guards";
import { correctScore, submitScore } from "@/lib/scoring/score-mutations";
import { assignStageScorers, declareConflict } from "@/lib/scoring/scorer-mutations";
import { confirmStageWeights, updateStageWeights } from "@/lib/scoring/stage-mutations";
import { getScoringSheet, getSelectionRanking, getStageScoreSummary } from "@/lib/scoring/queries";
import { DEMO_APPLICATION_EMAILS } from "@/prisma/seed-data/demo-applications";
import { demoUserId } from "../factories/applications";
import { skipAdministrativeSelection } from "../factories/results";
import { refusal } from "../fixtures/refusal";

const SLUG = "sekda-singkawang-2025";
const IP = "10.9.8.7";

let selectionId: string;
let stageIds: Record<"TRACK_RECORD" | "PAPER" | "ASSESSMENT" | "INTERVIEW", string>;
let chairId: string;
let memberId: string;
let member2Id: string;
let secretariatId: string;
let applicationIds: [string, string, string]; // siti, hendri, nurul

function declare(actorId: string, stage: keyof typeof stageIds, applicationId: string, hasConflict = false, statement?: string) {
  return declareConflict({ actorId, stageId: stageIds[stage], applicationId, hasConflict, statement, ip: IP });
}

function score(actorId: string, stage: keyof typeof stageIds, applicationId: string, value: number, note?: string) {
  return submitScore({ actorId, stageId: stageIds[stage], applicationId, value, note, ip: IP });
}

beforeAll(async () => {
  const selection = await prisma.selection.findUniqueOrThrow({
    where: { slug: SLUG },
    select: { id: true, stages: { where: { isScored: true }, select: { id: true, kind: true } } },
  });
  selectionId = selection.id;
  stageIds = Object.fromEntries(selection.stages.map((stage) => [stage.kind, stage.id])) as typeof stageIds;
  chairId = await demoUserId("ketua@demo.seleksi.id");
  memberId = await demoUserId("anggota@demo.seleksi.id");
  member2Id = await demoUserId("anggota2@demo.seleksi.id");
  secretariatId = await demoUserId("sekretariat@demo.seleksi.id");
  const ids: string[] = [];
  for (const email of DEMO_APPLICATION_EMAILS) {
    const application = await prisma.application.findFirstOrThrow({ where: { selectionId, applicant: { email } }, select: { id: true } });
    ids.push(application.id);
  }
  const [siti, hendri, nurul] = ids;
  if (!siti || !hendri || !nurul) throw new Error("the seed has three demo applications");
  applicationIds = [siti, hendri, nurul];
  // The administrative selection is another feature: move the demo applications past it directly.
  await skipAdministrativeSelection(selectionId, applicationIds);
  await assignStageScorers({ actorId: chairId, stageId: stageIds.INTERVIEW, userIds: [memberId, member2Id, chairId], ip: IP });
}, 60_000);

describe("stage setup", () => {
  it("lets only the chair assign scorers, and only committee members of this selection", async () => {
    expect((await refusal(assignStageScorers({ actorId: memberId, stageId: stageIds.PAPER, userIds: [memberId], ip: IP }))).code).toBe("FORBIDDEN");
    const notMember = await refusal(assignStageScorers({ actorId: chairId, stageId: stageIds.PAPER, userIds: [secretariatId], ip: IP }));
    expect(notMember.code).toBe("VALIDATION");
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "stage.assign_scorers", entityId: stageIds.INTERVIEW } });
    expect(audit.actorId).toBe(chairId);
    expect(audit.after).toEqual({ userIds: [memberId, member2Id, chairId].sort() });
  });

  it("lets the chair change the weights before scoring starts, with a total of 100%", async () => {
    const invalid = await refusal(updateStageWeights({ actorId: chairId, selectionId, weights: { TRACK_RECORD: 20, PAPER: 20, ASSESSMENT: 25, INTERVIEW: 30 }, ip: IP }));
    expect(invalid.code).toBe("VALIDATION");
    expect((await refusal(updateStageWeights({ actorId: memberId, selectionId, weights: { TRACK_RECORD: 20, PAPER: 20, ASSESSMENT: 25, INTERVIEW: 35 }, ip: IP }))).code).toBe("FORBIDDEN");
    const updated = await updateStageWeights({
      actorId: chairId,
      selectionId,
      weights: { TRACK_RECORD: 15, PAPER: 20, ASSESSMENT: 25, INTERVIEW: 40 },
      minimums: { ASSESSMENT: 68 },
      ip: IP,
    });
    expect(updated.weights).toEqual({ TRACK_RECORD: 15, PAPER: 20, ASSESSMENT: 25, INTERVIEW: 40 });
    const interview = await prisma.stage.findUniqueOrThrow({ where: { id: stageIds.INTERVIEW }, select: { weight: true, weightsFrozenAt: true } });
    expect(interview.weight?.toNumber()).toBe(40);
    expect(interview.weightsFrozenAt).toBeNull();
    expect(await prisma.auditLog.count({ where: { action: "stage.update_weights", entityId: selectionId } })).toBe(1);
  });
});

describe("the chair's confirmation of the weights and minimums (#13)", () => {
  it("refuses every score while the weights are not confirmed, with the Indonesian reason", async () => {
    // Checked first: even an undeclared score meets this refusal.
    const error = await refusal(score(memberId, "INTERVIEW", applicationIds[1], 80));
    expect(error.code).toBe("INVALID_TRANSITION");
    expect(error.message).toBe(WEIGHTS_NOT_CONFIRMED);
    expect(await prisma.score.count({ where: { stageId: stageIds.INTERVIEW } })).toBe(0);
  });

  it("lets only the chair confirm, audited with the weights as confirmed; then they are locked", async () => {
    expect((await refusal(confirmStageWeights({ actorId: memberId, selectionId, ip: IP }))).code).toBe("FORBIDDEN");
    const confirmedAt = new Date("2025-11-09T02:00:00Z");
    const confirmed = await confirmStageWeights({ actorId: chairId, selectionId, ip: IP, now: confirmedAt });
    expect(confirmed.stages.find((stage) => stage.kind === "ASSESSMENT")).toMatchObject({ weight: 25, minimum: 68 });
    const row = await prisma.selection.findUniqueOrThrow({ where: { id: selectionId }, select: { weightsConfirmedAt: true, weightsConfirmedById: true } });
    expect(row).toEqual({ weightsConfirmedAt: confirmedAt, weightsConfirmedById: chairId });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "stage.confirm_weights", entityId: selectionId } });
    expect(audit.actorId).toBe(chairId);
    expect((audit.after as { stages: { kind: string; weight: number }[] }).stages.map((stage) => [stage.kind, stage.weight])).toEqual(
      expect.arrayContaining([["INTERVIEW", 40], ["TRACK_RECORD", 15]]),
    );
    expect((await refusal(confirmStageWeights({ actorId: chairId, selectionId, ip: IP }))).code).toBe("CONFLICT");
    // Confirmed weights are locked even before the first score.
    const change = await refusal(updateStageWeights({ actorId: chairId, selectionId, weights: { TRACK_RECORD: 20, PAPER: 20, ASSESSMENT: 25, INTERVIEW: 35 }, ip: IP }));
    expect(change.code).toBe("LOCKED");
    expect(change.message).toMatch(/dikonfirmasi/);
  });
});

describe("independent scoring", () => {
  it("refuses a member scoring a stage they are not assigned to", async () => {
    const error = await refusal(score(memberId, "PAPER", applicationIds[0], 80));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(/tidak ditugaskan/);
    expect((await refusal(declare(memberId, "PAPER", applicationIds[0]))).code).toBe("FORBIDDEN");
    expect((await refusal(getScoringSheet({ actorId: memberId, stageId: stageIds.PAPER }))).code).toBe("FORBIDDEN");
  });

  it("refuses scoring without a declaration", async () => {
    const error = await refusal(score(memberId, "INTERVIEW", applicationIds[0], 80));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(/konflik kepentingan/);
  });

  it("refuses scoring after declaring a conflict, and keeps the recusal final", async () => {
    await declare(member2Id, "INTERVIEW", applicationIds[2], true, "Peserta adalah saudara ipar saya");
    const error = await refusal(score(member2Id, "INTERVIEW", applicationIds[2], 75));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(/konflik kepentingan/);
    expect((await refusal(declare(member2Id, "INTERVIEW", applicationIds[2], false))).code).toBe("LOCKED");
    const sheet = await getScoringSheet({ actorId: member2Id, stageId: stageIds.INTERVIEW });
    expect(sheet.rows.find((row) => row.applicationId === applicationIds[2])?.state).toBe("RECUSED");
    expect(await prisma.auditLog.count({ where: { action: "score.declare_conflict", actorId: member2Id } })).toBe(1);
  });

  it("refuses an application that is not in the scored stages, and an invalid value", async () => {
    await prisma.application.update({ where: { id: applicationIds[1] }, data: { status: "SUBMITTED" } });
    expect((await refusal(declare(memberId, "INTERVIEW", applicationIds[1]))).code).toBe("INVALID_TRANSITION");
    await prisma.application.update({ where: { id: applicationIds[1] }, data: { status: "ADMIN_PASSED" } });
    await declare(memberId, "INTERVIEW", applicationIds[0]);
    const invalid = await refusal(score(memberId, "INTERVIEW", applicationIds[0], 100.0001));
    expect(invalid.code).toBe("VALIDATION");
    expect(invalid.fieldErrors?.value).toBeDefined();
  });

  it("locks a submitted score: a second submit is refused and the first value kept; the weights freeze", async () => {
    const first = await score(memberId, "INTERVIEW", applicationIds[0], 82.5, "Visi jelas");
    expect(first.weightsFrozen).toBe(true);
    const again = await refusal(score(memberId, "INTERVIEW", applicationIds[0], 90));
    expect(again.code).toBe("LOCKED");
    const rows = await prisma.score.findMany({ where: { stageId: stageIds.INTERVIEW, applicationId: applicationIds[0], assessorId: memberId } });
    expect(rows.map((row) => [row.status, row.value.toNumber()])).toEqual([["SUBMITTED", 82.5]]);
    const stages = await prisma.stage.findMany({ where: { selectionId, isScored: true }, select: { weightsFrozenAt: true } });
    expect(stages.every((stage) => stage.weightsFrozenAt !== null)).toBe(true);
  });

  it("refuses a weight change after the first score", async () => {
    const error = await refusal(updateStageWeights({ actorId: chairId, selectionId, weights: { TRACK_RECORD: 20, PAPER: 20, ASSESSMENT: 25, INTERVIEW: 35 }, ip: IP }));
    expect(error.code).toBe("LOCKED");
    const interview = await prisma.stage.findUniqueOrThrow({ where: { id: stageIds.INTERVIEW }, select: { weight: true } });
    expect(interview.weight?.toNumber()).toBe(40);
  });

  it("shows a member the others' scores for a candidate only after submitting their own", async () => {
    await declare(member2Id, "INTERVIEW", applicationIds[0]);
    const before = await getScoringSheet({ actorId: member2Id, stageId: stageIds.INTERVIEW });
    const rowBefore = before.rows.find((row) => row.applicationId === applicationIds[0]);
    expect(rowBefore?.state).toBe("OPEN");
    expect(rowBefore?.others).toBeNull();
    expect(JSON.stringify(before)).not.toContain("82.5");

    await score(member2Id, "INTERVIEW", applicationIds[0], 58);
    const after = await getScoringSheet({ actorId: member2Id, stageId: stageIds.INTERVIEW });
    const rowAfter = after.rows.find((row) => row.applicationId === applicationIds[0]);
    expect(rowAfter?.state).toBe("SUBMITTED");
    expect(rowAfter?.own?.value).toBe(58);
    expect(rowAfter?.others?.map((other) => [other.assessorId, other.value])).toEqual([[memberId, 82.5]]);
    // Still nothing for a candidate not scored yet.
    expect(after.rows.find((row) => row.applicationId === applicationIds[1])?.others).toBeNull();
  });

  it("gives the chair the means and a spread alert above the selection's threshold", async () => {
    expect((await refusal(getStageScoreSummary({ actorId: memberId, stageId: stageIds.INTERVIEW }))).code).toBe("FORBIDDEN");
    // The chair scores this stage too: the scores stay hidden until the chair has scored the candidate.
    const hidden = await getStageScoreSummary({ actorId: chairId, stageId: stageIds.INTERVIEW });
    const sitiHidden = hidden.rows.find((row) => row.applicationId === applicationIds[0]);
    expect(sitiHidden).toMatchObject({ hidden: true, scores: [], mean: null, spreadAlert: false });
    expect(sitiHidden?.pending).toEqual([hidden.scorers.find((scorer) => scorer.id === chairId)?.name]);
    await declare(chairId, "INTERVIEW", applicationIds[0]);
    await score(chairId, "INTERVIEW", applicationIds[0], 79.125);

    const summary = await getStageScoreSummary({ actorId: chairId, stageId: stageIds.INTERVIEW });
    const siti = summary.rows.find((row) => row.applicationId === applicationIds[0]);
    expect(siti?.hidden).toBe(false);
    expect(siti?.scores.map((entry) => entry.value).sort()).toEqual([58, 79.125, 82.5]);
    expect(siti?.mean).toBe(73.208); // 219.625 / 3 = 73.2083…
    expect(siti?.spread).toBe(24.5);
    expect(siti?.spreadAlert).toBe(true); // default threshold 20
    expect(summary.alertCount).toBe(1);
    const nurul = summary.rows.find((row) => row.applicationId === applicationIds[2]);
    expect(nurul?.recusedBy).toEqual(["Anggota Pansel Dua"]);
  });

  it("lets only the chair correct a score: a new row supersedes the old one, audited", async () => {
    const original = await prisma.score.findFirstOrThrow({ where: { stageId: stageIds.INTERVIEW, applicationId: applicationIds[0], assessorId: member2Id } });
    expect((await refusal(correctScore({ actorId: memberId, scoreId: original.id, value: 68, reason: "Salah ketik", ip: IP }))).code).toBe("FORBIDDEN");
    const corrected = await correctScore({ actorId: chairId, scoreId: original.id, value: 68, reason: "Salah ketik pada lembar nilai", ip: IP });
    const rows = await prisma.score.findMany({ where: { stageId: stageIds.INTERVIEW, applicationId: applicationIds[0], assessorId: member2Id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => [row.status, row.value.toNumber()])).toEqual([
      ["SUPERSEDED", 58],
      ["SUBMITTED", 68],
    ]);
    expect(rows[1]).toMatchObject({ id: corrected.scoreId, supersedesId: original.id, approvedById: chairId });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "score.correct", entityId: corrected.scoreId } });
    expect(audit).toMatchObject({ actorId: chairId, ip: IP });
    expect(audit.after).toMatchObject({ supersedesId: original.id, value: 68, reason: "Salah ketik pada lembar nilai" });
    expect((await refusal(correctScore({ actorId: chairId, scoreId: original.id, value: 70, reason: "Lagi-lagi", ip: IP }))).code).toBe("CONFLICT");
    // The member still cannot submit again after a correction.
    expect((await refusal(score(member2Id, "INTERVIEW", applicationIds[0], 99))).code).toBe("LOCKED");
    const summary = await getStageScoreSummary({ actorId: chairId, stageId: stageIds.INTERVIEW });
    expect(summary.rows.find((row) => row.applicationId === applicationIds[0])?.mean).toBe(76.542); // 229.625 / 3
  });
});

describe("ranking from stored scores", () => {
  it("matches rankJpt on the same numbers, current scores only", async () => {
    for (const stage of ["TRACK_RECORD", "PAPER", "ASSESSMENT"] as const) {
      await assignStageScorers({ actorId: chairId, stageId: stageIds[stage], userIds: [memberId, member2Id], ip: IP });
    }
    // Scorer (a: anggota, b: anggota2, c: ketua), candidate (siti, hendri, nurul), value; siti's interview
    // by a, b (corrected) and c is already stored.
    const members = { a: memberId, b: member2Id, c: chairId };
    type Entry = [keyof typeof members, number, number];
    const values: Record<keyof typeof stageIds, Entry[]> = {
      TRACK_RECORD: [["a", 0, 80], ["b", 0, 70], ["a", 1, 75], ["b", 1, 75.5], ["a", 2, 90], ["b", 2, 88]],
      PAPER: [["a", 0, 77.25], ["b", 0, 81], ["a", 1, 70], ["b", 1, 69.999], ["a", 2, 85], ["b", 2, 84]],
      ASSESSMENT: [["a", 0, 72], ["b", 0, 70], ["a", 1, 66], ["b", 1, 69], ["a", 2, 60], ["b", 2, 64]],
      INTERVIEW: [["a", 1, 71], ["c", 1, 73.5], ["b", 1, 74], ["a", 2, 90.001], ["c", 2, 88]],
    };
    for (const [stage, entries] of Object.entries(values) as [keyof typeof stageIds, Entry[]][]) {
      for (const [who, index, value] of entries) {
        if (index !== 0 && index !== 1 && index !== 2) throw new Error("three candidates");
        await declare(members[who], stage, applicationIds[index]);
        await score(members[who], stage, applicationIds[index], value);
      }
    }
    const ranking = await getSelectionRanking({ actorId: memberId, slug: SLUG });
    const vacancy = ranking.vacancies.find((entry) => entry.input.candidates.length > 0);
    expect(vacancy).toBeDefined();

    // The same numbers written out by hand: siti's interview holds 82.5 and the corrected 68 (not 58).
    const stored: Record<string, Partial<Record<StageKind, number[]>>> = {
      [applicationIds[0]]: { TRACK_RECORD: [80, 70], PAPER: [77.25, 81], ASSESSMENT: [72, 70], INTERVIEW: [82.5, 68, 79.125] },
      [applicationIds[1]]: { TRACK_RECORD: [75, 75.5], PAPER: [70, 69.999], ASSESSMENT: [66, 69], INTERVIEW: [71, 73.5, 74] },
      [applicationIds[2]]: { TRACK_RECORD: [90, 88], PAPER: [85, 84], ASSESSMENT: [60, 64], INTERVIEW: [90.001, 88] },
    };
    const expected = rankJpt({
      quota: vacancy?.quota ?? 1,
      shortlistMultiplier: 3,
      weights: { TRACK_RECORD: 15, PAPER: 20, ASSESSMENT: 25, INTERVIEW: 40 },
      minimums: { ASSESSMENT: 68 },
      candidates: applicationIds.map((id) => ({ id, scores: stored[id] ?? {} })),
    });
    const normalise = (result: typeof expected) => ({
      ...result,
      ranking: result.ranking.map((entry) => ({ ...entry, stages: [...entry.stages].sort((x, y) => x.stage.localeCompare(y.stage)) })),
    });
    expect(normalise(vacancy?.result as typeof expected)).toEqual(normalise(expected));
    // Nurul's assessment mean 62 is under the minimum 68: excluded with a reason; hendri's mean 67.5 too.
    const nurul = vacancy?.result.ranking.find((entry) => entry.id === applicationIds[2]);
    expect(nurul?.excluded).toBe(true);
    expect(vacancy?.result.ranking.find((entry) => entry.id === applicationIds[0])?.rank).toBe(1);
    expect((await refusal(getSelectionRanking({ actorId: secretariatId, slug: SLUG }))).code).toBe("FORBIDDEN");
  });
});
