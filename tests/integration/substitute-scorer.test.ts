// A substitute scorer for one candidate (#15 item 3): when an assigned scorer declares a conflict of interest
// for a candidate, the chair names another member of the selection's Pansel, who then declares and scores
// that candidate only; the stage waits for the substitute before it closes.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { renderStageMinutesPdf } from "@/lib/pdf/stage-minutes";
import { getStageMinutes } from "@/lib/scoring/minutes";
import { getScoringSheet, getStageScoreSummary } from "@/lib/scoring/queries";
import { extractPdfText } from "../fixtures/pdf-text";
import { submitScore } from "@/lib/scoring/score-mutations";
import { assignStageScorers, assignSubstituteScorer, declareConflict } from "@/lib/scoring/scorer-mutations";
import { closeStage, confirmStageWeights, updateStageWeights } from "@/lib/scoring/stage-mutations";
import { createScoringSelection, type ScoringSelection } from "../factories/scoring";
import { refusal } from "../fixtures/refusal";

const IP = "10.9.8.7";
let selection: ScoringSelection;
let stageId: string;
let chair: string;
let member: string;
let member2: string;
let conflicted: string; // the candidate the member recuses from
let other: string;

beforeAll(async () => {
  selection = await createScoringSelection({ candidates: ["Ani Kusuma", "Budi Santoso"] });
  stageId = selection.stageIds.INTERVIEW!;
  chair = selection.chairId;
  [member, member2] = selection.memberIds;
  [conflicted, other] = selection.candidates.map((candidate) => candidate.applicationId) as [string, string];
  await updateStageWeights({ actorId: chair, selectionId: selection.id, weights: { INTERVIEW: 100 }, ip: IP });
  await confirmStageWeights({ actorId: chair, selectionId: selection.id, ip: IP });
  // Two scorers; the second member of the Pansel does not score this stage.
  await assignStageScorers({ actorId: chair, stageId, userIds: [chair, member], ip: IP });
  await declareConflict({ actorId: member, stageId, applicationId: conflicted, hasConflict: true, statement: "Peserta adalah ipar saya.", ip: IP });
}, 60_000);

describe("a substitute scorer for one candidate", () => {
  it("is named by the chair only, for a scorer who recused, from the Pansel members who do not score the stage", async () => {
    const input = { stageId, applicationId: conflicted, replacesId: member, userId: member2, ip: IP };
    expect((await refusal(assignSubstituteScorer({ ...input, actorId: member }))).code).toBe("FORBIDDEN");
    // The chair did not recuse: nobody to replace.
    expect((await refusal(assignSubstituteScorer({ ...input, actorId: chair, replacesId: chair }))).fieldErrors?.replacesId).toBeDefined();
    // The chair scores the stage already; the secretary is not a scoring member.
    expect((await refusal(assignSubstituteScorer({ ...input, actorId: chair, userId: chair }))).fieldErrors?.userId).toMatch(/belum menilai tahap ini/);
    expect((await refusal(assignSubstituteScorer({ ...input, actorId: chair, userId: selection.secretariatId }))).fieldErrors?.userId).toBeDefined();

    const before = await getStageScoreSummary({ actorId: chair, stageId });
    expect(before.substituteCandidates.map((person) => person.id)).toEqual([member2]);
    expect(before.rows.find((row) => row.applicationId === conflicted)?.needsSubstitute.map((person) => person.id)).toEqual([member]);

    await assignSubstituteScorer({ ...input, actorId: chair });
    expect((await refusal(assignSubstituteScorer({ ...input, actorId: chair }))).code).toBe("CONFLICT");
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "stage.assign_substitute", actorId: chair }, orderBy: { createdAt: "desc" } });
    expect(audit.after).toMatchObject({ stageId, applicationId: conflicted, userId: member2, replacesId: member });
  });

  it("lets the substitute see, declare and score that candidate only", async () => {
    const sheet = await getScoringSheet({ actorId: member2, stageId });
    expect(sheet.rows.map((row) => row.applicationId)).toEqual([conflicted]);
    await declareConflict({ actorId: member2, stageId, applicationId: conflicted, hasConflict: false, ip: IP });
    expect((await refusal(declareConflict({ actorId: member2, stageId, applicationId: other, hasConflict: false, ip: IP }))).code).toBe("FORBIDDEN");
    expect((await refusal(submitScore({ actorId: member2, stageId, applicationId: other, value: 70, ip: IP }))).code).toBe("FORBIDDEN");
  });

  it("keeps the stage open until the substitute has scored, then closes it with the substitute's score counted", async () => {
    await declareConflict({ actorId: chair, stageId, applicationId: conflicted, hasConflict: false, ip: IP });
    await declareConflict({ actorId: chair, stageId, applicationId: other, hasConflict: false, ip: IP });
    await declareConflict({ actorId: member, stageId, applicationId: other, hasConflict: false, ip: IP });
    await submitScore({ actorId: chair, stageId, applicationId: conflicted, value: 80, ip: IP });
    await submitScore({ actorId: chair, stageId, applicationId: other, value: 75, ip: IP });
    await submitScore({ actorId: member, stageId, applicationId: other, value: 77, ip: IP });

    const waiting = await refusal(closeStage({ actorId: chair, stageId, ip: IP }));
    expect(waiting.code).toBe("VALIDATION");
    const substituteName = (await prisma.user.findUniqueOrThrow({ where: { id: member2 }, select: { name: true } })).name;
    expect(Object.values(waiting.fieldErrors ?? {}).join(" ")).toContain(substituteName);

    await submitScore({ actorId: member2, stageId, applicationId: conflicted, value: 84, ip: IP });
    const summary = await getStageScoreSummary({ actorId: chair, stageId });
    const row = summary.rows.find((entry) => entry.applicationId === conflicted)!;
    expect(row).toMatchObject({ mean: 82, pending: [], needsSubstitute: [] });
    expect(row.substitutes).toEqual([{ name: substituteName, replacesName: (await prisma.user.findUniqueOrThrow({ where: { id: member }, select: { name: true } })).name }]);
    await closeStage({ actorId: chair, stageId, ip: IP });

    // The minutes show the substitute as a column scoring that candidate only, and say who replaced whom.
    const minutes = await getStageMinutes({ actorId: chair, stageId });
    const column = minutes.members.findIndex((person) => person.id === member2);
    expect(column).toBeGreaterThanOrEqual(0);
    const cellOf = (applicationId: string) => minutes.rows.find((entry) => entry.applicationId === applicationId)!.cells[column];
    expect(cellOf(conflicted)).toMatchObject({ state: "SCORED", value: 84 });
    expect(cellOf(other)).toEqual({ state: "NOT_SCORER" });
    expect(minutes.rows.find((entry) => entry.applicationId === conflicted)!.mean).toBe(82);
    expect(minutes.substitutes).toEqual([expect.objectContaining({ memberName: substituteName, candidateName: "Ani Kusuma" })]);
    const text = await extractPdfText(await renderStageMinutesPdf(minutes));
    expect(text.replace(/\s+/g, " ")).toContain(`Penilai pengganti: ${substituteName} menilai Ani Kusuma`);
    expect((await refusal(assignSubstituteScorer({ actorId: chair, stageId, applicationId: other, replacesId: member, userId: member2, ip: IP }))).code).toBe("LOCKED");
  });
});
