// The statuses of a selection, its stages and its applications move only through their state machines,
// where the portal acts: publishing the administrative result closes registration, the first score starts
// the stage and the selection's scoring, the chair closes a stage, the PPK's choice decides the selection
// and the final result completes it; an escalation escalates or cancels it. A refused move changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { transitionApplications } from "@/lib/applications/transitions";
import { prisma } from "@/lib/db";
import { escalateVacancy, proposeShortlist } from "@/lib/decisions/propose";
import { publishFinalResult, publishShortlist } from "@/lib/decisions/publish";
import { recordDecisionStep } from "@/lib/decisions/record-step";
import { publishAdministrativeResult } from "@/lib/results/mutations";
import { submitScore } from "@/lib/scoring/score-mutations";
import { assignStageScorers, declareConflict } from "@/lib/scoring/scorer-mutations";
import { closeStage, confirmStageWeights, updateStageWeights } from "@/lib/scoring/stage-mutations";
import { demoUserId } from "../factories/applications";
import { addSubmittedApplication, createResultSelection } from "../factories/results";
import { createScoringSelection, type ScoringSelection } from "../factories/scoring";
import { makePdf } from "../fixtures/pdf-files";
import { refusal } from "../fixtures/refusal";

const IP = "10.4.4.4";
const NOW = new Date("2025-11-20T03:00:00Z");
let ppkId: string;
let secretariatId: string;

const selectionStatus = async (id: string) => (await prisma.selection.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const stageStatus = async (id: string) => (await prisma.stage.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const statusAudits = (entityId: string) =>
  prisma.auditLog.findMany({ where: { entityId, action: { in: ["selection.status_change", "stage.status_change", "stage.close"] } }, orderBy: { createdAt: "asc" }, select: { action: true, before: true, after: true, actorId: true } });

function pdfFile(bytes: Buffer): File {
  return new File([new Uint8Array(bytes)], "surat.pdf", { type: "application/pdf" });
}

/** Weights, scorers and every scorer's score for every candidate of the interview (one value per candidate). */
async function scoreInterview(selection: ScoringSelection, values: readonly number[]): Promise<string[]> {
  const stageId = selection.stageIds.INTERVIEW!;
  const scorers = [selection.chairId, ...selection.memberIds];
  await updateStageWeights({ actorId: selection.chairId, selectionId: selection.id, weights: { INTERVIEW: 100 }, ip: IP });
  await confirmStageWeights({ actorId: selection.chairId, selectionId: selection.id, ip: IP });
  await assignStageScorers({ actorId: selection.chairId, stageId, userIds: scorers, ip: IP });
  for (const [index, candidate] of selection.candidates.entries()) {
    for (const scorer of scorers) {
      await declareConflict({ actorId: scorer, stageId, applicationId: candidate.applicationId, hasConflict: false, ip: IP });
      await submitScore({ actorId: scorer, stageId, applicationId: candidate.applicationId, value: values[index]!, ip: IP });
    }
  }
  return scorers;
}

beforeAll(async () => {
  ppkId = await demoUserId("ppk@demo.seleksi.id");
  secretariatId = await demoUserId("sekretariat@demo.seleksi.id");
}, 60_000);

describe("publishing the administrative result", () => {
  it("closes the selection's registration (OPEN → CLOSED) in the same transaction, audited", async () => {
    const selection = await createResultSelection({ objectionEnabled: false, rejectionNeedsSecondCheck: false });
    await addSubmittedApplication(selection, { name: "Ani", nip: "199002032015032101", decision: "MS" });
    expect(await selectionStatus(selection.id)).toBe("OPEN");
    await publishAdministrativeResult({ actorId: selection.chairId, slug: selection.slug, number: "01/STATUS/UJI", ip: IP, now: NOW });
    expect(await selectionStatus(selection.id)).toBe("CLOSED");
    const [audit] = await statusAudits(selection.id);
    expect(audit).toMatchObject({ action: "selection.status_change", actorId: selection.chairId, before: { status: "OPEN" }, after: { status: "CLOSED", cause: "announcement.publish" } });
  });

  it("is refused on a selection whose status cannot close, and nothing changes", async () => {
    const selection = await createResultSelection({ objectionEnabled: false, rejectionNeedsSecondCheck: false });
    const ani = await addSubmittedApplication(selection, { name: "Ani", nip: "199002032015032102", decision: "MS" });
    await prisma.selection.update({ where: { id: selection.id }, data: { status: "DRAFT" } });
    const error = await refusal(publishAdministrativeResult({ actorId: selection.chairId, slug: selection.slug, number: "02/STATUS/UJI", ip: IP, now: NOW }));
    expect(error.code).toBe("INVALID_TRANSITION");
    expect(error.message).toBe('Status seleksi tidak dapat diubah dari "Draf" menjadi "Pendaftaran ditutup".');
    expect(await selectionStatus(selection.id)).toBe("DRAFT");
    expect(await prisma.announcement.count({ where: { selectionId: selection.id } })).toBe(0);
    expect((await prisma.application.findUniqueOrThrow({ where: { id: ani.applicationId }, select: { status: true } })).status).toBe("SUBMITTED");
    expect(await prisma.applicationEvent.count({ where: { applicationId: ani.applicationId, kind: "admin_result.published" } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityId: { in: [selection.id, ani.applicationId] } } })).toBe(0);
  });
});

describe("a stage's status", () => {
  it("opens with its scorers, starts scoring (and the selection's) with the first score, and closes once", async () => {
    const selection = await createScoringSelection({ candidates: ["Ani", "Budi"] });
    const stageId = selection.stageIds.INTERVIEW!;
    expect([await stageStatus(stageId), await selectionStatus(selection.id)]).toEqual(["PLANNED", "CLOSED"]);

    // Nobody has scored it: it cannot be closed.
    const unscored = await refusal(closeStage({ actorId: selection.chairId, stageId, ip: IP }));
    expect(unscored.code).toBe("INVALID_TRANSITION");
    expect(unscored.message).toBe('Tahap "Wawancara" belum dinilai sehingga belum dapat ditutup.');
    expect(await stageStatus(stageId)).toBe("PLANNED");

    await updateStageWeights({ actorId: selection.chairId, selectionId: selection.id, weights: { INTERVIEW: 100 }, ip: IP });

    await confirmStageWeights({ actorId: selection.chairId, selectionId: selection.id, ip: IP });
    await assignStageScorers({ actorId: selection.chairId, stageId, userIds: [selection.memberIds[0]], ip: IP });
    expect([await stageStatus(stageId), await selectionStatus(selection.id)]).toEqual(["OPEN", "CLOSED"]);

    const [ani, budi] = selection.candidates;
    for (const candidate of [ani!, budi!]) {
      await declareConflict({ actorId: selection.memberIds[0], stageId, applicationId: candidate.applicationId, hasConflict: false, ip: IP });
      await submitScore({ actorId: selection.memberIds[0], stageId, applicationId: candidate.applicationId, value: 80, ip: IP });
      expect([await stageStatus(stageId), await selectionStatus(selection.id)]).toEqual(["SCORING", "IN_PROGRESS"]);
    }

    await closeStage({ actorId: selection.chairId, stageId, ip: IP });
    expect(await stageStatus(stageId)).toBe("CLOSED");
    const statuses = await prisma.application.findMany({ where: { selectionId: selection.id }, select: { status: true } });
    expect(statuses.map((row) => row.status)).toEqual(["IN_STAGES", "IN_STAGES"]);
    expect(await prisma.auditLog.count({ where: { action: "application.enter_stages", entityId: { in: [ani!.applicationId, budi!.applicationId] } } })).toBe(2);

    const audits = [...(await statusAudits(stageId)), ...(await statusAudits(selection.id))];
    expect(audits.map((row) => [row.action, (row.before as { status: string }).status, (row.after as { status: string }).status])).toEqual([
      ["stage.status_change", "PLANNED", "OPEN"],
      ["stage.status_change", "OPEN", "SCORING"],
      ["stage.close", "SCORING", "CLOSED"],
      ["selection.status_change", "CLOSED", "IN_PROGRESS"],
    ]);

    const twice = await refusal(closeStage({ actorId: selection.chairId, stageId, ip: IP }));
    expect(twice.code).toBe("INVALID_TRANSITION");
    expect(twice.message).toBe('Tahap "Wawancara" sudah ditutup; statusnya tidak dapat diubah lagi.');
    expect(await prisma.auditLog.count({ where: { action: "stage.close", entityId: stageId } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: "application.enter_stages", entityId: { in: [ani!.applicationId, budi!.applicationId] } } })).toBe(2);
  });
});

describe("the selection's status through the decisions", () => {
  it("is DECIDED by the PPK's choice and COMPLETED by the final result", async () => {
    const selection = await createScoringSelection({ candidates: ["Dewi", "Agus", "Citra", "Bambang"] });
    const vacancyId = selection.vacancyIds[0]!;
    await scoreInterview(selection, [88, 72, 82, 76]);
    await closeStage({ actorId: selection.chairId, stageId: selection.stageIds.INTERVIEW!, ip: IP });
    await proposeShortlist({ actorId: selection.chairId, slug: selection.slug, vacancyId, ip: IP });
    await recordDecisionStep({ actorId: ppkId, slug: selection.slug, vacancyId, step: "PPK_APPROVED_SHORTLIST", ip: IP });
    await recordDecisionStep({ actorId: secretariatId, slug: selection.slug, vacancyId, step: "REPORTED_TO_BKN", file: pdfFile(await makePdf()), ip: IP });
    await recordDecisionStep({ actorId: selection.chairId, slug: selection.slug, vacancyId, step: "BKN_RECOMMENDATION", file: pdfFile(await makePdf()), ip: IP });
    await publishShortlist({ actorId: selection.chairId, slug: selection.slug, number: "30/STATUS/UJI", date: "2025-11-20", ip: IP, now: NOW });
    expect(await selectionStatus(selection.id)).toBe("IN_PROGRESS");

    // Publishing the final result before the PPK has chosen is refused and changes nothing.
    const early = await refusal(publishFinalResult({ actorId: selection.chairId, slug: selection.slug, number: "31/STATUS/UJI", date: "2025-11-20", ip: IP, now: NOW }));
    expect(early.code).toBe("INVALID_TRANSITION");
    expect(await selectionStatus(selection.id)).toBe("IN_PROGRESS");

    await recordDecisionStep({ actorId: ppkId, slug: selection.slug, vacancyId, step: "PPK_CHOICE", applicationId: selection.candidates[2]!.applicationId, ip: IP });
    expect(await selectionStatus(selection.id)).toBe("DECIDED");
    await publishFinalResult({ actorId: selection.chairId, slug: selection.slug, number: "31/STATUS/UJI", date: "2025-11-20", ip: IP, now: NOW });
    expect(await selectionStatus(selection.id)).toBe("COMPLETED");

    const audits = await statusAudits(selection.id);
    expect(audits.map((row) => [(row.before as { status: string }).status, (row.after as { status: string; cause: string }).status, (row.after as { cause: string }).cause])).toEqual([
      ["CLOSED", "IN_PROGRESS", "score.submit"],
      ["IN_PROGRESS", "DECIDED", "decision.ppk_choice"],
      ["DECIDED", "COMPLETED", "decision.publish_final"],
    ]);
    // Every candidate moved once per announcement, each move audited with the status it really left.
    const moves = await prisma.auditLog.findMany({ where: { entityId: selection.candidates[2]!.applicationId, action: { in: ["application.shortlist_result", "application.final_result"] } }, orderBy: { createdAt: "asc" }, select: { before: true, after: true } });
    expect(moves.map((row) => [(row.before as { status: string }).status, (row.after as { status: string }).status])).toEqual([
      ["IN_STAGES", "SHORTLISTED"],
      ["SHORTLISTED", "SELECTED"],
    ]);
  });

  it("is CANCELLED by an escalation with the option to cancel, and stays so", async () => {
    const selection = await createScoringSelection({ candidates: ["Indra", "Joko"] });
    const vacancyId = selection.vacancyIds[0]!;
    await scoreInterview(selection, [80, 70]);
    await closeStage({ actorId: selection.chairId, stageId: selection.stageIds.INTERVIEW!, ip: IP });
    await escalateVacancy({ actorId: selection.chairId, slug: selection.slug, vacancyId, option: "CANCEL", note: "Diusulkan membatalkan seleksi jabatan ini.", ip: IP });
    expect(await selectionStatus(selection.id)).toBe("CANCELLED");
    const [, cancelled] = await statusAudits(selection.id);
    expect(cancelled).toMatchObject({ action: "selection.status_change", actorId: selection.chairId, before: { status: "IN_PROGRESS" }, after: { status: "CANCELLED", cause: "decision.escalate" } });

    const again = await refusal(escalateVacancy({ actorId: selection.chairId, slug: selection.slug, vacancyId, option: "REOPEN", note: "Sekali lagi, membuka kembali.", ip: IP }));
    expect(again.code).toBe("INVALID_TRANSITION");
    expect(await selectionStatus(selection.id)).toBe("CANCELLED");
    expect(await prisma.selectionDecision.count({ where: { selectionId: selection.id } })).toBe(1);
  });

  it("is ESCALATED (not cancelled) when the vacancy is to be reopened", async () => {
    const selection = await createScoringSelection({ candidates: ["Kiki", "Lala"] });
    await scoreInterview(selection, [80, 70]);
    await closeStage({ actorId: selection.chairId, stageId: selection.stageIds.INTERVIEW!, ip: IP });
    await escalateVacancy({ actorId: selection.chairId, slug: selection.slug, vacancyId: selection.vacancyIds[0]!, option: "REPEAT", note: "Diusulkan mengulang seleksi.", ip: IP });
    expect(await selectionStatus(selection.id)).toBe("ESCALATED");
  });
});

describe("moving many applications at once", () => {
  it("refuses the whole move when one application cannot make it, naming it, and changes nothing", async () => {
    const selection = await createResultSelection({ objectionEnabled: false });
    const ani = await addSubmittedApplication(selection, { name: "Ani", nip: "199002032015032103", decision: "MS" });
    const budi = await addSubmittedApplication(selection, { name: "Budi", nip: "199002032015032104", decision: "MS" });
    // As the administrative result would leave them: Ani passed (may enter the stages), Budi failed (may not).
    await prisma.application.update({ where: { id: ani.applicationId }, data: { status: "ADMIN_PASSED" } });
    await prisma.application.update({ where: { id: budi.applicationId }, data: { status: "ADMIN_FAILED" } });
    const error = await refusal(
      prisma.$transaction((tx) =>
        transitionApplications(tx, [ani.applicationId, budi.applicationId], { to: "IN_STAGES", actorId: selection.chairId, audit: { action: "application.enter_stages" } }),
      ),
    );
    expect(error.code).toBe("INVALID_TRANSITION");
    expect(error.message).toBe(`Status lamaran ${budi.registrationNumber} tidak dapat diubah dari "Tidak memenuhi syarat administrasi" menjadi "Mengikuti tahapan seleksi".`);
    const rows = await prisma.application.findMany({ where: { id: { in: [ani.applicationId, budi.applicationId] } }, select: { id: true, status: true } });
    expect(Object.fromEntries(rows.map((row) => [row.id, row.status]))).toEqual({ [ani.applicationId]: "ADMIN_PASSED", [budi.applicationId]: "ADMIN_FAILED" });
    expect(await prisma.auditLog.count({ where: { action: "application.enter_stages", entityId: { in: [ani.applicationId, budi.applicationId] } } })).toBe(0);
  });
});
