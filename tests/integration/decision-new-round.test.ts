// After an escalation and the chair's reopening of registration (#15), the vacancy's decision flow starts a new
// round (lib/decisions/steps.ts, ROUND_REOPENED): once the new applicants are scored, the ranking, the proposal,
// the PPK's approval, BKN's steps and both announcements run again in the regulated order, out-of-order steps are
// still refused, and the first round's escalation stays in the history.
import { beforeAll, describe, expect, it } from "vitest";
import { now } from "@/lib/clock";
import { prisma } from "@/lib/db";
import { escalateVacancy, proposeShortlist } from "@/lib/decisions/propose";
import { publishFinalResult, publishShortlist } from "@/lib/decisions/publish";
import { getDecisionBoard } from "@/lib/decisions/queries";
import { recordDecisionStep } from "@/lib/decisions/record-step";
import { submitScore } from "@/lib/scoring/score-mutations";
import { declareConflict } from "@/lib/scoring/scorer-mutations";
import { closeStage, reopenStageForNewCandidates } from "@/lib/scoring/stage-mutations";
import { reopenRegistration } from "@/lib/selections/mutations";
import { demoUserId, unusedNip } from "../factories/applications";
import { addSubmittedApplication } from "../factories/results";
import { createScoringSelection, scoreInterviewAndClose, type ScoringSelection } from "../factories/scoring";
import { makePdf } from "../fixtures/pdf-files";
import { refusal } from "../fixtures/refusal";

const IP = "10.4.7.8";
const DAY = 24 * 60 * 60 * 1000;
const REASON = "Lembaga pengawas memutuskan pendaftaran dibuka kembali selama tujuh hari.";
let selection: ScoringSelection;
let vacancyId: string;
let ppkId: string;
let newcomerIds: string[];

const pdf = async (text: string) => new File([new Uint8Array(await makePdf({ text }))], "surat.pdf", { type: "application/pdf" });
const kindsOf = async () => (await prisma.selectionDecision.findMany({ where: { vacancyId }, orderBy: { createdAt: "asc" }, select: { kind: true } })).map((row) => row.kind);
const status = async () => (await prisma.selection.findUniqueOrThrow({ where: { id: selection.id }, select: { status: true } })).status;

beforeAll(async () => {
  ppkId = await demoUserId("ppk@demo.seleksi.id");
  selection = await createScoringSelection({ candidates: ["Indra Wijaya, S.H.", "Joko Santoso, S.E."], registrationStage: true });
  vacancyId = selection.vacancyIds[0]!;
  await scoreInterviewAndClose(selection, (index) => 80 - index * 5, IP);
  await escalateVacancy({ actorId: selection.chairId, slug: selection.slug, vacancyId, option: "REOPEN", note: "Hanya dua peserta memenuhi syarat; diusulkan membuka kembali pendaftaran.", ip: IP });
  await reopenRegistration({ actorId: selection.chairId, slug: selection.slug, endsAt: new Date(now().getTime() + 7 * DAY), reason: REASON, ip: IP });
}, 120_000);

describe("a new decision round after registration is reopened", () => {
  it("starts with the reopening: the escalation stays in the history, the round waits for the proposal", async () => {
    expect(await kindsOf()).toEqual(["ESCALATED", "ROUND_REOPENED"]);
    const board = await getDecisionBoard({ actorId: selection.chairId, slug: selection.slug });
    const vacancy = board.vacancies[0]!;
    expect(vacancy.flow).toEqual({ done: [], next: "SHORTLIST_PROPOSED", escalated: false });
    expect(vacancy.escalation).toBeNull();
    expect(vacancy.awaitingNewScores).toBe(true);
    expect(vacancy.decisions.map((decision) => decision.label)).toEqual(["Dieskalasi kepada lembaga pengawas", "Pendaftaran dibuka kembali; putaran keputusan baru"]);
    expect(vacancy.decisions[1]!.note).toBe(REASON);
    expect(board.viewer.canReopenRegistration).toBe(false);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "decision.reopen_round", actorId: selection.chairId, after: { path: ["vacancyId"], equals: vacancyId } }, select: { after: true } });
    expect(audit.after).toEqual({ vacancyId, reason: REASON });
  });

  it("refuses every step of the round before new scores exist, and steps out of order", async () => {
    // The old ranking still falls short; the escalation itself waits for the new applicants' scores.
    expect((await refusal(proposeShortlist({ actorId: selection.chairId, slug: selection.slug, vacancyId, ip: IP }))).code).toBe("INVALID_TRANSITION");
    const early = await refusal(escalateVacancy({ actorId: selection.chairId, slug: selection.slug, vacancyId, option: "CANCEL", note: "Tetap kurang dari tiga peserta yang memenuhi syarat.", ip: IP }));
    expect(early.code).toBe("INVALID_TRANSITION");
    expect(early.message).toBe("Pendaftaran jabatan ini dibuka kembali; putaran baru menunggu nilai peserta yang dinilai sesudah pembukaan kembali.");
    const approval = await refusal(recordDecisionStep({ actorId: ppkId, slug: selection.slug, vacancyId, step: "PPK_APPROVED_SHORTLIST", ip: IP }));
    expect(approval.message).toBe("Langkah sebelumnya belum selesai. Langkah berikutnya: Pansel mengusulkan tiga nama kepada PPK.");
    expect(await kindsOf()).toEqual(["ESCALATED", "ROUND_REOPENED"]);
  });

  it("once the new applicants are scored, runs the whole flow again in order", async () => {
    // Between the reopening and the new scores: the new applicants' administrative result (written here as it would
    // leave the selection; reopened-selection.test.ts publishes it), then the interview reopened for them.
    const newcomers = [];
    for (const [index, name] of ["Kartika Dewi, S.H., M.H.", "Lukman Hakim, S.T., M.T."].entries()) {
      newcomers.push(await addSubmittedApplication(selection, { name, nip: await unusedNip(`1978${String(index + 3).padStart(2, "0")}012000041`), decision: "MS" }));
    }
    newcomerIds = newcomers.map((newcomer) => newcomer.applicationId);
    await prisma.application.updateMany({ where: { id: { in: newcomerIds } }, data: { status: "ADMIN_PASSED" } });
    await prisma.selection.update({ where: { id: selection.id }, data: { status: "CLOSED" } });
    const stageId = selection.stageIds.INTERVIEW!;
    await reopenStageForNewCandidates({ actorId: selection.chairId, stageId, ip: IP });
    for (const [index, applicationId] of newcomerIds.entries()) {
      for (const scorer of [selection.chairId, ...selection.memberIds]) {
        await declareConflict({ actorId: scorer, stageId, applicationId, hasConflict: false, ip: IP });
        await submitScore({ actorId: scorer, stageId, applicationId, value: 90 - index * 3, ip: IP });
      }
    }
    await closeStage({ actorId: selection.chairId, stageId, ip: IP });
    expect(await status()).toBe("IN_PROGRESS");

    expect((await getDecisionBoard({ actorId: selection.chairId, slug: selection.slug })).vacancies[0]!.awaitingNewScores).toBe(false);
    const proposed = await proposeShortlist({ actorId: selection.chairId, slug: selection.slug, vacancyId, ip: IP });
    expect(proposed.names).toBe(3);
    const board = await getDecisionBoard({ actorId: selection.chairId, slug: selection.slug });
    expect(board.vacancies[0]!.proposal!.names.map((name) => name.name)).toEqual(["Kartika Dewi, S.H., M.H.", "Lukman Hakim, S.T., M.T.", "Indra Wijaya, S.H."]);
    expect((await refusal(proposeShortlist({ actorId: selection.chairId, slug: selection.slug, vacancyId, ip: IP }))).code).toBe("CONFLICT");
    // Out of order: BKN's report before the PPK's approval, the announcement before BKN's recommendation.
    const report = await refusal(recordDecisionStep({ actorId: selection.secretariatId, slug: selection.slug, vacancyId, step: "REPORTED_TO_BKN", file: await pdf("Laporan"), ip: IP }));
    expect(report.message).toBe("Langkah sebelumnya belum selesai. Langkah berikutnya: PPK menyetujui tiga nama.");
    await recordDecisionStep({ actorId: ppkId, slug: selection.slug, vacancyId, step: "PPK_APPROVED_SHORTLIST", letterNumber: "800/21/BKPSDM", ip: IP });
    expect((await refusal(publishShortlist({ actorId: selection.chairId, slug: selection.slug, number: "11/SELTER/UJI/2025", date: "2025-12-01", ip: IP }))).code).toBe("INVALID_TRANSITION");
    await recordDecisionStep({ actorId: selection.secretariatId, slug: selection.slug, vacancyId, step: "REPORTED_TO_BKN", letterNumber: "800/98/PANSEL", file: await pdf("Laporan"), ip: IP });
    await recordDecisionStep({ actorId: selection.chairId, slug: selection.slug, vacancyId, step: "BKN_RECOMMENDATION", letterNumber: "R-456/BKN/2025", file: await pdf("Rekomendasi"), ip: IP });
    const choiceEarly = await refusal(recordDecisionStep({ actorId: ppkId, slug: selection.slug, vacancyId, step: "PPK_CHOICE", applicationId: newcomerIds[0], ip: IP }));
    expect(choiceEarly.message).toBe("Langkah sebelumnya belum selesai. Langkah berikutnya: Tiga nama diumumkan.");
    await publishShortlist({ actorId: selection.chairId, slug: selection.slug, number: "11/SELTER/UJI/2025", date: "2025-12-01", ip: IP });
    await recordDecisionStep({ actorId: ppkId, slug: selection.slug, vacancyId, step: "PPK_CHOICE", applicationId: newcomerIds[0], ip: IP });
    expect(await status()).toBe("DECIDED");
    await publishFinalResult({ actorId: selection.chairId, slug: selection.slug, number: "12/SELTER/UJI/2025", date: "2025-12-08", ip: IP });

    expect(await status()).toBe("COMPLETED");
    expect(await kindsOf()).toEqual(["ESCALATED", "ROUND_REOPENED", "SHORTLIST_PROPOSED", "PPK_APPROVED_SHORTLIST", "REPORTED_TO_BKN", "BKN_RECOMMENDATION", "SHORTLIST_PUBLISHED", "PPK_CHOICE", "FINAL_PUBLISHED"]);
    const chosen = await prisma.application.findUniqueOrThrow({ where: { id: newcomerIds[0]! }, select: { status: true } });
    expect(chosen.status).toBe("SELECTED");
    const final = await getDecisionBoard({ actorId: selection.chairId, slug: selection.slug });
    expect(final.vacancies[0]!.flow).toMatchObject({ next: null, escalated: false });
    // The round is over: a second escalation or reopening is refused.
    expect((await refusal(reopenRegistration({ actorId: selection.chairId, slug: selection.slug, endsAt: new Date(now().getTime() + 7 * DAY), reason: REASON, ip: IP }))).code).toBe("INVALID_TRANSITION");
  });
});
