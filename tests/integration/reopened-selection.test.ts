// A reopened selection runs to its result (#15 item 3): after an escalation and the chair's reopening of
// registration, a new applicant sends an application although the first administrative result is out; the
// secretariat verifies it and the chair publishes an additional administrative result that lists only the new
// applications (the first stays as published, with its own objection window; the addendum has its own); a closed
// stage is reopened for the new candidates only, the first round's scores stay locked; then the new round's
// proposal names three. Every step refuses the wrong actor.
import { beforeAll, describe, expect, it } from "vitest";
import { submitApplication } from "@/lib/applications/mutations";
import { now } from "@/lib/clock";
import { prisma } from "@/lib/db";
import { readOutbox } from "@/lib/mail";
import { escalateVacancy, proposeShortlist } from "@/lib/decisions/propose";
import { getDecisionBoard } from "@/lib/decisions/queries";
import { publishAdministrativeResult } from "@/lib/results/mutations";
import { submitObjection } from "@/lib/results/objections";
import { getAdministrativeResultDraft, getOwnAdministrativeResult } from "@/lib/results/queries";
import { parseResultSnapshot } from "@/lib/results/snapshot";
import { getStageScoreSummary } from "@/lib/scoring/queries";
import { FIRST_ROUND_LOCKED } from "@/lib/scoring/round-queries";
import { importAssessmentResults } from "@/lib/scoring/assessment-import";
import { correctScore, submitScore } from "@/lib/scoring/score-mutations";
import { declareConflict } from "@/lib/scoring/scorer-mutations";
import { closeStage, confirmStageWeights, reopenStageForNewCandidates, updateStageWeights } from "@/lib/scoring/stage-mutations";
import { reopenRegistration } from "@/lib/selections/mutations";
import { absoluteUrl } from "@/lib/urls/base-url";
import { decideAdministration, setDocumentVerdict } from "@/lib/verification/mutations";
import { addDraftApplicant, createEscalatedSelection, verifyAsMeeting } from "../factories/reopening";
import { mailBody } from "../factories/mail";
import type { TestApplicant } from "../factories/results";
import { createScoringSelection, type ScoringSelection } from "../factories/scoring";
import { viewerOf } from "../factories/viewers";
import { refusal } from "../fixtures/refusal";

const IP = "10.4.9.9";
const DAY = 24 * 60 * 60 * 1000;
const ADDENDUM_NUMBER = "07/HASIL-ADM-TAMBAHAN/UJI/2025";
let selection: ScoringSelection & { firstResultNumber: string };
let stageId: string;
let newcomer: Awaited<ReturnType<typeof addDraftApplicant>>;
let failing: Awaited<ReturnType<typeof addDraftApplicant>>;
let late: Awaited<ReturnType<typeof addDraftApplicant>>;
let firstSnapshot: unknown;

const statusOf = async (id: string) => (await prisma.application.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const selectionStatus = async () => (await prisma.selection.findUniqueOrThrow({ where: { id: selection.id }, select: { status: true } })).status;
const roundOneScores = async () =>
  prisma.score.findMany({
    where: { applicationId: { in: selection.candidates.map((candidate) => candidate.applicationId) } },
    orderBy: { id: "asc" },
    select: { id: true, value: true, status: true },
  });

beforeAll(async () => {
  selection = await createEscalatedSelection(IP);
  stageId = selection.stageIds.INTERVIEW!;
  // Objections open for this selection, a TMS final without a second check: what the addendum's window is about.
  await prisma.selection.update({ where: { id: selection.id }, data: { objectionEnabled: true, rejectionNeedsSecondCheck: false } });
  const first = await prisma.announcement.findFirstOrThrow({ where: { selectionId: selection.id, kind: "ADMIN_RESULT" }, select: { snapshot: true } });
  firstSnapshot = first.snapshot;
}, 120_000);

describe("a new applicant after the reopening", () => {
  it("a second administrative result is refused while the first one closes registration", async () => {
    const early = await refusal(publishAdministrativeResult({ actorId: selection.chairId, slug: selection.slug, number: ADDENDUM_NUMBER, ip: IP }));
    expect(early.code).toBe("CONFLICT");
    expect(early.message).toBe(`Hasil seleksi administrasi seleksi ini sudah diumumkan (Nomor ${selection.firstResultNumber}). Perubahan hanya melalui ralat.`);
  });

  it("applies and submits once registration is reopened, although the first result is published", async () => {
    await reopenRegistration({ actorId: selection.chairId, slug: selection.slug, endsAt: new Date(now().getTime() + 7 * DAY), reason: "Lembaga pengawas memutuskan pendaftaran dibuka kembali selama tujuh hari.", ip: IP });
    newcomer = await addDraftApplicant(selection, { name: "Kartika Dewi, S.H., M.H.", now: now() });
    failing = await addDraftApplicant(selection, { name: "Lukman Hakim, S.T.", now: now() });
    late = await addDraftApplicant(selection, { name: "Maria Ulfa, S.Sos.", now: now() });
    for (const applicant of [newcomer, failing]) await submitApplication({ userId: applicant.userId, applicationId: applicant.applicationId, ip: IP });
    expect(await statusOf(newcomer.applicationId)).toBe("SUBMITTED");
    expect(await statusOf(failing.applicationId)).toBe("SUBMITTED");
    // The first round's applicants keep their result and their place in the stages.
    for (const candidate of selection.candidates) expect(await statusOf(candidate.applicationId)).toBe("IN_STAGES");
  });
});

describe("the additional administrative result", () => {
  it("is the chair's only, and lists only the applications sent after the reopening; the first stays as published", async () => {
    await verifyAsMeeting(selection, newcomer.applicationId);
    await decideTms(failing.applicationId);
    const draft = await getAdministrativeResultDraft(selection.slug, await viewerOf(selection.secretariatId));
    expect(draft).toMatchObject({ isAddendum: true, isOpenForResult: true, canPublish: true });
    expect(draft!.items.map((item) => item.registrationNumber).sort()).toEqual([newcomer.registrationNumber, failing.registrationNumber].sort());

    for (const actorId of [selection.secretariatId, selection.memberIds[0]]) {
      expect((await refusal(publishAdministrativeResult({ actorId, slug: selection.slug, number: ADDENDUM_NUMBER, ip: IP }))).code).toBe("FORBIDDEN");
    }
    const outcome = await publishAdministrativeResult({ actorId: selection.chairId, slug: selection.slug, number: ADDENDUM_NUMBER, ip: IP });
    expect(outcome).toEqual({ announcementSlug: `${selection.slug}-hasil-administrasi-tambahan-1`, participants: 2, ms: 1, tms: 1 });

    const results = await prisma.announcement.findMany({ where: { selectionId: selection.id, kind: "ADMIN_RESULT" }, orderBy: { createdAt: "asc" }, select: { slug: true, number: true, title: true, snapshot: true } });
    expect(results.map((row) => row.number)).toEqual([selection.firstResultNumber, ADDENDUM_NUMBER]);
    expect(results[0]!.snapshot).toEqual(firstSnapshot);
    const addendum = parseResultSnapshot(results[1]!.snapshot)!;
    expect(results[1]!.title).toBe("Pengumuman Tambahan Hasil Seleksi Administrasi Seleksi Terbuka JPT Pratama Kepala Dinas Uji Penilaian");
    expect(addendum.rows.map((row) => [row.registrationNumber, row.result])).toEqual(
      [
        [newcomer.registrationNumber, "MS"],
        [failing.registrationNumber, "TMS"],
      ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    );
    expect(addendum.supplements).toEqual({ slug: results[0]!.slug, number: selection.firstResultNumber, title: results[0]!.title });
    expect(addendum.opening).toContain(`Pengumuman ini menambah Pengumuman Nomor ${selection.firstResultNumber}, yang tetap berlaku.`);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "announcement.publish", actorId: selection.chairId, after: { path: ["number"], equals: ADDENDUM_NUMBER } }, select: { after: true } });
    expect(audit.after).toMatchObject({ participants: 2, supplements: results[0]!.slug });

    expect(await statusOf(newcomer.applicationId)).toBe("ADMIN_PASSED");
    expect(await statusOf(failing.applicationId)).toBe("ADMIN_FAILED");
    for (const candidate of selection.candidates) expect(await statusOf(candidate.applicationId)).toBe("IN_STAGES");
    expect(await selectionStatus()).toBe("CLOSED");
    // Registration is closed again: the draft left unsent cannot be sent, and a third result is refused.
    const lateSubmit = await refusal(submitApplication({ userId: late.userId, applicationId: late.applicationId, ip: IP }));
    expect(lateSubmit).toMatchObject({ code: "DEADLINE_PASSED", message: "Hasil seleksi administrasi sudah diumumkan. Lamaran baru tidak dapat dikirim lagi." });
    expect((await refusal(publishAdministrativeResult({ actorId: selection.chairId, slug: selection.slug, number: "08/HASIL-ADM/UJI/2025", ip: IP }))).code).toBe("CONFLICT");
  });

  it("has its own objection window: a new TMS applicant objects against the addendum; the first round reads the first result", async () => {
    const own = await getOwnAdministrativeResult(failing.userId, failing.applicationId, now());
    expect(own).toMatchObject({ result: "TMS", original: { number: ADDENDUM_NUMBER }, canObject: true });
    const { objectionId } = await submitObjection({ userId: failing.userId, applicationId: failing.applicationId, reason: "Berkas surat lamaran saya sudah ditandatangani dan bermeterai.", ip: IP });
    const objection = await prisma.objection.findUniqueOrThrow({ where: { id: objectionId }, select: { announcement: { select: { number: true } } } });
    expect(objection.announcement.number).toBe(ADDENDUM_NUMBER);
    const roundOne = await getOwnAdministrativeResult(selection.candidates[0]!.userId, selection.candidates[0]!.applicationId, now());
    expect(roundOne).toMatchObject({ result: "MS", original: { number: selection.firstResultNumber } });
  });
});

describe("scoring the new candidates", () => {
  it("reopens a closed stage for them only: the chair's alone, first-round scores stay locked", async () => {
    const before = await roundOneScores();
    const scorers = await prisma.user.findMany({ where: { id: { in: [selection.chairId, ...selection.memberIds] } }, select: { id: true, email: true } });
    const scoringLink = `/pansel/seleksi/${selection.slug}/penilaian/${stageId}`;
    const byUser = (a: { userId: string }, b: { userId: string }) => (a.userId < b.userId ? -1 : 1);
    const reopenNotices = async () =>
      (
        await prisma.notification.findMany({
          where: { link: scoringLink },
          select: { userId: true, applicationId: true, title: true, body: true, outgoingMail: { select: { to: true, subject: true } } },
        })
      ).sort(byUser);
    expect(await reopenNotices()).toEqual([]);
    expect((await refusal(reopenStageForNewCandidates({ actorId: selection.memberIds[0], stageId, ip: IP }))).code).toBe("FORBIDDEN");
    expect((await refusal(reopenStageForNewCandidates({ actorId: selection.secretariatId, stageId, ip: IP }))).code).toBe("FORBIDDEN");
    // A refused reopening tells nobody.
    expect(await reopenNotices()).toEqual([]);
    expect(await reopenStageForNewCandidates({ actorId: selection.chairId, stageId, ip: IP })).toEqual({ stageId, candidates: 1 });

    // Every assigned scorer (the chair scores this stage too) is told, in-app and by e-mail: which stage, for how
    // many new candidates, and where to score them; no candidate is named.
    const title = "Tahap Wawancara dibuka kembali untuk peserta baru";
    const body =
      "Tahap \"Wawancara\" pada Seleksi Terbuka JPT Pratama Kepala Dinas Uji Penilaian dibuka kembali oleh Ketua Pansel untuk 1 peserta baru " +
      "yang mendaftar setelah pendaftaran dibuka kembali. Nyatakan ada atau tidaknya konflik kepentingan, lalu beri nilai bagi peserta baru tersebut. " +
      "Nilai peserta sebelumnya tetap terkunci.";
    expect(await reopenNotices()).toEqual(
      scorers.map((scorer) => ({ userId: scorer.id, applicationId: null, title, body, outgoingMail: { to: scorer.email, subject: `[Portal Seleksi Terbuka] ${title}` } })).sort(byUser),
    );
    for (const scorer of scorers) {
      const mails = (await readOutbox(scorer.email)).map(mailBody).filter((text) => text.includes(body));
      expect(mails).toHaveLength(1);
      expect(mails[0]).toContain(`Rincian: ${absoluteUrl(scoringLink)}`);
      expect(mails[0]).not.toContain("Kartika");
    }
    expect((await prisma.stage.findUniqueOrThrow({ where: { id: stageId }, select: { status: true } })).status).toBe("SCORING");
    expect(await selectionStatus()).toBe("IN_PROGRESS");
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "stage.reopen_for_new_candidates", entityId: stageId }, select: { actorId: true, before: true, after: true } });
    expect(audit).toMatchObject({ actorId: selection.chairId, before: { status: "CLOSED" }, after: { status: "SCORING", applicationIds: [newcomer.applicationId] } });

    const indra = selection.candidates[0]!.applicationId;
    const another = await refusal(submitScore({ actorId: selection.chairId, stageId, applicationId: indra, value: 99, ip: IP }));
    expect(another).toMatchObject({ code: "LOCKED", message: FIRST_ROUND_LOCKED });
    const corrected = await refusal(correctScore({ actorId: selection.chairId, scoreId: before[0]!.id, value: 99, reason: "Koreksi setelah pendaftaran dibuka kembali.", ip: IP }));
    expect(corrected).toMatchObject({ code: "LOCKED", message: FIRST_ROUND_LOCKED });
    expect((await refusal(declareConflict({ actorId: selection.memberIds[0], stageId, applicationId: indra, hasConflict: true, statement: "Peserta adalah kerabat saya.", ip: IP }))).code).toBe("LOCKED");

    // The chair's summary marks the first round locked and waits only for the new candidate's scores.
    const summary = await getStageScoreSummary({ actorId: selection.chairId, stageId });
    const rowOf = (applicationId: string) => summary.rows.find((row) => row.applicationId === applicationId)!;
    expect(rowOf(indra)).toMatchObject({ isFirstRound: true, pending: [], needsSubstitute: [] });
    expect(rowOf(newcomer.applicationId)).toMatchObject({ isFirstRound: false });
    expect(rowOf(newcomer.applicationId).pending).toHaveLength(3);

    for (const scorer of [selection.chairId, ...selection.memberIds]) {
      await declareConflict({ actorId: scorer, stageId, applicationId: newcomer.applicationId, hasConflict: false, ip: IP });
      await submitScore({ actorId: scorer, stageId, applicationId: newcomer.applicationId, value: 90, ip: IP });
    }
    expect((await refusal(reopenStageForNewCandidates({ actorId: selection.chairId, stageId, ip: IP }))).code).toBe("INVALID_TRANSITION");
    await closeStage({ actorId: selection.chairId, stageId, ip: IP });
    expect(await statusOf(newcomer.applicationId)).toBe("IN_STAGES");
    expect(await roundOneScores()).toEqual(before);
    // Closed again with everyone scored: nothing left to reopen it for.
    expect((await refusal(reopenStageForNewCandidates({ actorId: selection.chairId, stageId, ip: IP }))).code).toBe("CONFLICT");
  });

  it("the new round proposes three names, the new candidate first", async () => {
    await proposeShortlist({ actorId: selection.chairId, slug: selection.slug, vacancyId: selection.vacancyIds[0]!, ip: IP });
    const board = await getDecisionBoard({ actorId: selection.chairId, slug: selection.slug });
    expect(board.vacancies[0]!.proposal!.names.map((name) => name.name)).toEqual(["Kartika Dewi, S.H., M.H.", "Indra Wijaya, S.H.", "Joko Santoso, S.E."]);
  });
});

async function decideTms(applicationId: string): Promise<void> {
  const document = await prisma.document.findFirstOrThrow({ where: { applicationId, currentVersionId: { not: null } }, select: { id: true } });
  await setDocumentVerdict({ actorId: selection.secretariatId, documentId: document.id, verdict: "FAILS", reason: "Surat lamaran tidak bermeterai.", ip: null });
  await decideAdministration({ actorId: selection.secretariatId, applicationId, decision: "TMS", reasons: ["Surat lamaran tidak bermeterai."], ip: null });
}

describe("an assessment stage reopened for the new candidates", () => {
  const csv = (lines: readonly string[]) => new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
  const HEADER = "no_pendaftaran;nilai_akhir";

  it("takes one more import, of the new candidates' rows only", async () => {
    const world = await createScoringSelection({ candidates: ["Nina Agustina, S.H.", "Oki Pratama, S.E."], registrationStage: true, stages: [{ kind: "ASSESSMENT", name: "Assessment center", weight: null }] });
    const assessmentId = world.stageIds.ASSESSMENT!;
    const [nina, oki] = world.candidates as [TestApplicant, TestApplicant];
    const file = (lines: string[]) => ({ actorId: world.chairId, stageId: assessmentId, fileName: "hasil.csv", content: csv([HEADER, ...lines]), ip: IP });
    await updateStageWeights({ actorId: world.chairId, selectionId: world.id, weights: { ASSESSMENT: 100 }, ip: IP });
    await confirmStageWeights({ actorId: world.chairId, selectionId: world.id, ip: IP });
    await importAssessmentResults(file([`${nina.registrationNumber};80`, `${oki.registrationNumber};75`]));
    await closeStage({ actorId: world.chairId, stageId: assessmentId, ip: IP });
    await escalateVacancy({ actorId: world.chairId, slug: world.slug, vacancyId: world.vacancyIds[0]!, option: "REOPEN", note: "Hanya dua peserta memenuhi syarat; diusulkan membuka kembali pendaftaran.", ip: IP });
    await reopenRegistration({ actorId: world.chairId, slug: world.slug, endsAt: new Date(now().getTime() + 7 * DAY), reason: "Lembaga pengawas memutuskan pendaftaran dibuka kembali.", ip: IP });
    const fresh = await addDraftApplicant(world, { name: "Putri Handayani, S.Psi.", now: now() });
    await submitApplication({ userId: fresh.userId, applicationId: fresh.applicationId, ip: IP });
    await verifyAsMeeting(world, fresh.applicationId);
    await publishAdministrativeResult({ actorId: world.chairId, slug: world.slug, number: "09/HASIL-ADM/UJI-ASESMEN/2025", ip: IP });
    await reopenStageForNewCandidates({ actorId: world.chairId, stageId: assessmentId, ip: IP });

    const mixed = await refusal(importAssessmentResults(file([`${nina.registrationNumber};99`, `${fresh.registrationNumber};90`])));
    expect(mixed.code).toBe("VALIDATION");
    expect(Object.values(mixed.fieldErrors ?? {})).toEqual([`Baris 2: peserta ${nina.registrationNumber} dinilai sebelum pendaftaran dibuka kembali; nilainya tidak dapat diubah`]);
    expect((await importAssessmentResults(file([`${fresh.registrationNumber};90`]))).imported).toBe(1);
    expect((await refusal(importAssessmentResults(file([`${fresh.registrationNumber};91`])))).code).toBe("LOCKED");
    await closeStage({ actorId: world.chairId, stageId: assessmentId, ip: IP });
    const values = await prisma.score.findMany({ where: { stageId: assessmentId, status: "SUBMITTED" }, select: { applicationId: true, value: true } });
    expect(new Map(values.map((row) => [row.applicationId, row.value.toNumber()]))).toEqual(
      new Map([
        [nina.applicationId, 80],
        [oki.applicationId, 75],
        [fresh.applicationId, 90],
      ]),
    );
  });
});
