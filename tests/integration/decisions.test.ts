import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { parseDecisionSnapshot } from "@/lib/decisions/snapshot";
import { escalateVacancy, proposeShortlist, setShortlistOrder } from "@/lib/decisions/propose";
import { publishFinalResult, publishShortlist } from "@/lib/decisions/publish";
import { DECISION_DOCUMENT_MAX_BYTES, recordDecisionStep } from "@/lib/decisions/record-step";
import { getDecisionBoard, getDecisionLetter } from "@/lib/decisions/queries";
import { FileRejectedError } from "@/lib/documents/file-check";
import { submitScore } from "@/lib/scoring/score-mutations";
import { assignStageScorers, declareConflict } from "@/lib/scoring/scorer-mutations";
import { closeStage, confirmStageWeights, updateStageWeights } from "@/lib/scoring/stage-mutations";
import { demoUserId } from "../factories/applications";
import { createScoringSelection, type ScoringSelection } from "../factories/scoring";
import { JPEG_BYTES, makeLargePdf, makePdf, TEXT_AS_PDF } from "../fixtures/pdf-files";
import { refusal } from "../fixtures/refusal";
import { seedListItem } from "../fixtures/seed-text";

const IP = "10.1.2.3";
const NOW = new Date("2025-11-20T03:00:00Z");
let ppkId: string;
let secretariatId: string;

function pdfFile(bytes: Buffer, name = "surat.pdf"): File {
  return new File([new Uint8Array(bytes)], name, { type: "application/pdf" });
}

/** Every scorer declares no conflict and gives the candidate's score (one value per scorer, in order). */
async function scoreAll(selection: ScoringSelection, scorers: readonly string[], values: readonly (readonly number[])[]): Promise<void> {
  const stageId = selection.stageIds.INTERVIEW!;
  for (const [index, candidate] of selection.candidates.entries()) {
    for (const [position, scorer] of scorers.entries()) {
      await declareConflict({ actorId: scorer, stageId, applicationId: candidate.applicationId, hasConflict: false, ip: IP });
      await submitScore({ actorId: scorer, stageId, applicationId: candidate.applicationId, value: values[index]![position]!, ip: IP });
    }
  }
}

async function readyToRank(names: readonly string[], values: readonly (readonly number[])[]): Promise<{ selection: ScoringSelection; scorers: string[] }> {
  const selection = await createScoringSelection({ candidates: names });
  const scorers = [selection.chairId, ...selection.memberIds];
  await updateStageWeights({ actorId: selection.chairId, selectionId: selection.id, weights: { INTERVIEW: 100 }, ip: IP });
  await confirmStageWeights({ actorId: selection.chairId, selectionId: selection.id, ip: IP });
  await assignStageScorers({ actorId: selection.chairId, stageId: selection.stageIds.INTERVIEW!, userIds: scorers, ip: IP });
  await scoreAll(selection, scorers, values);
  return { selection, scorers };
}

beforeAll(async () => {
  ppkId = await demoUserId("ppk@demo.seleksi.id");
  secretariatId = await demoUserId("sekretariat@demo.seleksi.id");
}, 60_000);

describe("closing a scored stage", () => {
  it("waits for every assigned member, asks the chair to acknowledge a wide spread, then locks the scores", async () => {
    const selection = await createScoringSelection({ candidates: ["Ani", "Budi"] });
    const stageId = selection.stageIds.INTERVIEW!;
    const scorers = [selection.chairId, ...selection.memberIds];
    await updateStageWeights({ actorId: selection.chairId, selectionId: selection.id, weights: { INTERVIEW: 100 }, ip: IP });
    await confirmStageWeights({ actorId: selection.chairId, selectionId: selection.id, ip: IP });
    await assignStageScorers({ actorId: selection.chairId, stageId, userIds: scorers, ip: IP });
    await scoreAll(selection, scorers.slice(0, 2), [
      [80, 82],
      [70, 95],
    ]);

    const pending = await refusal(closeStage({ actorId: selection.chairId, stageId, ip: IP }));
    expect(pending.code).toBe("VALIDATION");
    expect(Object.values(pending.fieldErrors ?? {}).join(" ")).toMatch(/belum dinilai oleh Anggota/);

    // The third member recuses from Budi and scores Ani.
    const [ani, budi] = selection.candidates;
    await declareConflict({ actorId: scorers[2]!, stageId, applicationId: budi!.applicationId, hasConflict: true, statement: "Peserta adalah sepupu saya", ip: IP });
    await declareConflict({ actorId: scorers[2]!, stageId, applicationId: ani!.applicationId, hasConflict: false, ip: IP });
    await submitScore({ actorId: scorers[2]!, stageId, applicationId: ani!.applicationId, value: 81, ip: IP });

    expect((await refusal(closeStage({ actorId: selection.memberIds[0], stageId, ip: IP }))).code).toBe("FORBIDDEN");
    const spread = await refusal(closeStage({ actorId: selection.chairId, stageId, ip: IP }));
    expect(spread.code).toBe("VALIDATION");
    expect(spread.message).toMatch(/1 peserta memiliki selisih nilai/);

    const closed = await closeStage({ actorId: selection.chairId, stageId, acknowledgeSpread: true, ip: IP });
    expect(closed).toEqual({ stageId, candidates: 2, spreadAlerts: 1 });
    const statuses = await prisma.application.findMany({ where: { selectionId: selection.id }, select: { status: true } });
    expect(statuses.map((row) => row.status)).toEqual(["IN_STAGES", "IN_STAGES"]);
    const locked = await refusal(submitScore({ actorId: scorers[2]!, stageId, applicationId: budi!.applicationId, value: 50, ip: IP }));
    expect(locked.code).toBe("LOCKED");
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "stage.close", entityId: stageId } });
    expect(audit.actorId).toBe(selection.chairId);
  });
});

describe("three names, PPK approval, BKN and the PPK's choice", () => {
  let selection: ScoringSelection;

  beforeAll(async () => {
    ({ selection } = await readyToRank(
      ["Dewi Lestari", "Agus Salim", "Citra Kirana", "Bambang Irawan"],
      [
        [88, 90, 86], // Dewi: 88
        [70, 72, 74], // Agus: 72
        [85, 80, 81], // Citra: 82
        [75, 77, 76], // Bambang: 76
      ],
    ));
  });

  it("refuses a proposal before the stages are closed, and lets only the chair propose", async () => {
    const open = await refusal(proposeShortlist({ actorId: selection.chairId, slug: selection.slug, vacancyId: selection.vacancyIds[0]!, ip: IP }));
    expect(open.code).toBe("INVALID_TRANSITION");
    expect(open.message).toMatch(/Tutup dahulu tahap penilaian: Wawancara/);
    // Independence: no ranking (averages of everyone's scores) while a scored stage is open.
    expect((await getDecisionBoard({ actorId: selection.memberIds[0], slug: selection.slug })).vacancies[0]!.ranking).toBeNull();
    await closeStage({ actorId: selection.chairId, stageId: selection.stageIds.INTERVIEW!, ip: IP });
    expect((await refusal(proposeShortlist({ actorId: selection.memberIds[0], slug: selection.slug, vacancyId: selection.vacancyIds[0]!, ip: IP }))).code).toBe("FORBIDDEN");
  });

  it("proposes the top three of the ranking, frozen with rank and final", async () => {
    const proposed = await proposeShortlist({ actorId: selection.chairId, slug: selection.slug, vacancyId: selection.vacancyIds[0]!, ip: IP });
    expect(proposed.names).toBe(3);
    const board = await getDecisionBoard({ actorId: selection.chairId, slug: selection.slug });
    const vacancy = board.vacancies[0]!;
    expect(vacancy.proposal?.names.map((name) => [name.name, name.rank, name.final])).toEqual([
      ["Dewi Lestari", 1, 88],
      ["Citra Kirana", 2, 82],
      ["Bambang Irawan", 3, 76],
    ]);
    expect(vacancy.flow.next).toBe("PPK_APPROVED_SHORTLIST");
    expect(vacancy.ranking?.result.ranking.map((row) => row.final)).toEqual([88, 82, 76, 72]);
    expect(vacancy.actionableStep).toBeNull(); // the chair does not approve for the PPK
    const again = await refusal(proposeShortlist({ actorId: selection.chairId, slug: selection.slug, vacancyId: selection.vacancyIds[0]!, ip: IP }));
    expect(again.code).toBe("CONFLICT");
  });

  it("keeps the steps in order and each with its own role", async () => {
    const vacancyId = selection.vacancyIds[0]!;
    const early = await refusal(recordDecisionStep({ actorId: secretariatId, slug: selection.slug, vacancyId, step: "REPORTED_TO_BKN", file: pdfFile(await makePdf()), ip: IP }));
    expect(early.code).toBe("INVALID_TRANSITION");
    expect((await refusal(recordDecisionStep({ actorId: selection.chairId, slug: selection.slug, vacancyId, step: "PPK_APPROVED_SHORTLIST", ip: IP }))).code).toBe("FORBIDDEN");

    const ppkBoard = await getDecisionBoard({ actorId: ppkId, slug: selection.slug });
    expect(ppkBoard.vacancies[0]!.ranking).toBeNull(); // the live ranking is for the committee
    expect(ppkBoard.vacancies[0]!.actionableStep).toBe("PPK_APPROVED_SHORTLIST");
    await recordDecisionStep({ actorId: ppkId, slug: selection.slug, vacancyId, step: "PPK_APPROVED_SHORTLIST", note: "Disetujui", letterNumber: "800/12/BKPSDM", ip: IP });
    // Approved but not yet recommended by BKN: the three names cannot be announced (the seed's ASN Karier flow).
    const unannounced = await refusal(publishShortlist({ actorId: selection.chairId, slug: selection.slug, number: "10/SELTER/UJI/XI/2025", date: "2025-11-20", ip: IP, now: NOW }));
    expect(unannounced.code).toBe("INVALID_TRANSITION");
    expect(unannounced.message).toMatch(/rekomendasi BKN/);
  });

  it("needs the letters for the BKN steps, stores them privately, and keeps the PPK's choice for after the three names are announced", async () => {
    const vacancyId = selection.vacancyIds[0]!;
    const missing = await refusal(recordDecisionStep({ actorId: secretariatId, slug: selection.slug, vacancyId, step: "REPORTED_TO_BKN", ip: IP }));
    expect(missing.code).toBe("VALIDATION");
    expect(missing.fieldErrors?.file).toMatch(/wajib diunggah/);
    const fake = await refusal(recordDecisionStep({ actorId: secretariatId, slug: selection.slug, vacancyId, step: "REPORTED_TO_BKN", file: pdfFile(TEXT_AS_PDF), ip: IP }));
    expect(fake.message).toMatch(/PDF|jenis/i);

    const report = await recordDecisionStep({ actorId: secretariatId, slug: selection.slug, vacancyId, step: "REPORTED_TO_BKN", letterNumber: "800/99/PANSEL", file: pdfFile(await makePdf({ text: "Laporan" }), "laporan-bkn.pdf"), ip: IP });
    await recordDecisionStep({ actorId: selection.chairId, slug: selection.slug, vacancyId, step: "BKN_RECOMMENDATION", letterNumber: "R-123/BKN/2025", file: pdfFile(await makePdf({ text: "Rekomendasi" })), ip: IP });

    const letter = await getDecisionLetter({ actorId: ppkId, slug: selection.slug, decisionId: report.decisionId });
    expect(letter.fileName).toBe("laporan-bkn.pdf");
    letter.stream.destroy();
    const applicant = await prisma.application.findUniqueOrThrow({ where: { id: selection.candidates[0]!.applicationId }, select: { applicantId: true } });
    expect((await refusal(getDecisionLetter({ actorId: applicant.applicantId, slug: selection.slug, decisionId: report.decisionId }))).code).toBe("NOT_FOUND");

    // The seed's order: the PPK chooses only after the three names are announced.
    const tooEarly = await refusal(
      recordDecisionStep({ actorId: ppkId, slug: selection.slug, vacancyId, step: "PPK_CHOICE", applicationId: selection.candidates[2]!.applicationId, ip: IP }),
    );
    expect(tooEarly).toMatchObject({ code: "INVALID_TRANSITION", message: "Langkah sebelumnya belum selesai. Langkah berikutnya: Tiga nama diumumkan." });
  });

  it("publishes the three names with masked NIPs and tells every candidate", async () => {
    const published = await publishShortlist({ actorId: selection.chairId, slug: selection.slug, number: "10/SELTER/UJI/XI/2025", date: "2025-11-20", ip: IP, now: NOW });
    expect(published.names).toBe(3);
    const announcement = await prisma.announcement.findUniqueOrThrow({ where: { slug: published.announcementSlug }, select: { kind: true, snapshot: true } });
    const snapshot = parseDecisionSnapshot(announcement.snapshot);
    expect(announcement.kind).toBe("SHORTLIST");
    expect(snapshot?.vacancies[0]?.rows.map((row) => [row.rank, row.name, row.final])).toEqual([
      [1, "Dewi Lestari", "88,000"],
      [2, "Citra Kirana", "82,000"],
      [3, "Bambang Irawan", "76,000"],
    ]);
    const dewiNip = selection.candidates[0]!.nip;
    expect(JSON.stringify(snapshot)).not.toContain(dewiNip);
    const statuses = Object.fromEntries(
      (await prisma.application.findMany({ where: { selectionId: selection.id }, select: { id: true, status: true } })).map((row) => [row.id, row.status]),
    );
    expect(statuses[selection.candidates[1]!.applicationId]).toBe("NOT_SHORTLISTED");
    expect(statuses[selection.candidates[0]!.applicationId]).toBe("SHORTLISTED");
    const notice = await prisma.notification.findFirstOrThrow({ where: { applicationId: selection.candidates[1]!.applicationId, title: "Pengumuman tiga nama" } });
    expect(notice.body).toMatch(/tidak termasuk tiga nama/);
  });

  it("lets the PPK choose any of the three once they are announced", async () => {
    const vacancyId = selection.vacancyIds[0]!;
    const outsider = await refusal(
      recordDecisionStep({ actorId: ppkId, slug: selection.slug, vacancyId, step: "PPK_CHOICE", applicationId: selection.candidates[1]!.applicationId, ip: IP }),
    );
    expect(outsider.fieldErrors?.applicationId).toBeDefined();
    // Citra is second in the ranking: the PPK's choice is free among the three.
    await recordDecisionStep({ actorId: ppkId, slug: selection.slug, vacancyId, step: "PPK_CHOICE", applicationId: selection.candidates[2]!.applicationId, ip: IP });
  });

  it("publishes the final result and completes the selection", async () => {
    const published = await publishFinalResult({ actorId: selection.chairId, slug: selection.slug, number: "11/SELTER/UJI/XI/2025", date: "2025-11-20", ip: IP, now: NOW });
    const announcement = await prisma.announcement.findUniqueOrThrow({ where: { slug: published.announcementSlug }, select: { snapshot: true } });
    const snapshot = parseDecisionSnapshot(announcement.snapshot);
    expect(snapshot?.kind).toBe("FINAL_RESULT");
    expect(snapshot?.opening).toMatch(/R-123\/BKN\/2025/);
    expect(snapshot?.vacancies[0]?.rows.map((row) => [row.name, row.label])).toEqual([["Citra Kirana", "Terpilih"]]);
    const byId = Object.fromEntries(
      (await prisma.application.findMany({ where: { selectionId: selection.id }, select: { id: true, status: true } })).map((row) => [row.id, row.status]),
    );
    expect(byId[selection.candidates[2]!.applicationId]).toBe("SELECTED");
    expect(byId[selection.candidates[0]!.applicationId]).toBe("NOT_SELECTED");
    expect(byId[selection.candidates[1]!.applicationId]).toBe("NOT_SHORTLISTED");
    expect((await prisma.selection.findUniqueOrThrow({ where: { id: selection.id }, select: { status: true } })).status).toBe("COMPLETED");
    const kinds = await prisma.selectionDecision.findMany({ where: { selectionId: selection.id }, orderBy: { kind: "asc" }, select: { kind: true } });
    expect(kinds.map((row) => row.kind)).toEqual(["SHORTLIST_PROPOSED", "PPK_APPROVED_SHORTLIST", "REPORTED_TO_BKN", "BKN_RECOMMENDATION", "SHORTLIST_PUBLISHED", "PPK_CHOICE", "FINAL_PUBLISHED"]);
    const audits = await prisma.auditLog.count({ where: { action: { startsWith: "decision." }, entityType: { in: ["SelectionDecision", "Announcement"] }, actorId: { in: [selection.chairId, ppkId, secretariatId] } } });
    expect(audits).toBeGreaterThanOrEqual(6);
  });

  // V.6 of the Singkawang announcement: the PPK may annul a chosen candidate who gave false information.
  const V6 = seedListItem("singkawang", "V. KETENTUAN LAIN", 6);

  it("lets only the PPK annul the chosen candidate (V.6), with a reason the candidate is told", async () => {
    const vacancyId = selection.vacancyIds[0]!;
    const citra = selection.candidates[2]!.applicationId;
    await prisma.selection.update({ where: { id: selection.id }, data: { otherTerms: [V6, "Keputusan Panitia Seleksi bersifat mutlak dan tidak dapat diganggu gugat."] } });
    const reason = "Ijazah S2 yang dilampirkan terbukti tidak sah menurut surat perguruan tinggi.";
    expect((await refusal(recordDecisionStep({ actorId: selection.chairId, slug: selection.slug, vacancyId, step: "CHOICE_ANNULLED", note: reason, ip: IP }))).code).toBe("FORBIDDEN");
    const bare = await refusal(recordDecisionStep({ actorId: ppkId, slug: selection.slug, vacancyId, step: "CHOICE_ANNULLED", note: "palsu", ip: IP }));
    expect(bare.fieldErrors?.note).toMatch(/alasan pembatalan/);

    const before = await getDecisionBoard({ actorId: ppkId, slug: selection.slug });
    expect(before.vacancies[0]!.annullable).toEqual({ applicationId: citra, label: `Citra Kirana (${selection.candidates[2]!.registrationNumber})` });
    expect(before.selection.annulmentTerm).toBe(V6);
    await recordDecisionStep({ actorId: ppkId, slug: selection.slug, vacancyId, step: "CHOICE_ANNULLED", note: reason, letterNumber: "800/77/PPK/2025", ip: IP });

    const application = await prisma.application.findUniqueOrThrow({ where: { id: citra }, select: { status: true } });
    expect(application.status).toBe("ANNULLED");
    const notice = await prisma.notification.findFirstOrThrow({ where: { applicationId: citra, title: "Penetapan calon terpilih dibatalkan" } });
    expect(notice.body).toContain(reason);
    // The selection runs again until the new choice is announced.
    expect((await prisma.selection.findUniqueOrThrow({ where: { id: selection.id }, select: { status: true } })).status).toBe("IN_PROGRESS");
    const after = await getDecisionBoard({ actorId: ppkId, slug: selection.slug });
    expect(after.vacancies[0]!).toMatchObject({ annullable: null, actionableStep: "PPK_CHOICE", annulledIds: [citra] });
    expect(after.vacancies[0]!.decisions.at(-1)).toMatchObject({ kind: "CHOICE_ANNULLED", note: reason, letterNumber: "800/77/PPK/2025" });
    expect((await refusal(recordDecisionStep({ actorId: ppkId, slug: selection.slug, vacancyId, step: "CHOICE_ANNULLED", note: reason, ip: IP }))).code).toBe("CONFLICT");
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "application.annul_choice", entityId: citra } });
    expect(audit.after).toMatchObject({ status: "ANNULLED", reason });
  });

  it("after an annulment, the PPK chooses again among the others and the corrected final result is announced", async () => {
    const vacancyId = selection.vacancyIds[0]!;
    const [dewi, agus, citra, bambang] = selection.candidates.map((candidate) => candidate.applicationId);
    const early = await refusal(publishFinalResult({ actorId: selection.chairId, slug: selection.slug, number: "12/SELTER/UJI/XI/2025", date: "2025-11-20", ip: IP }));
    expect(early).toMatchObject({ code: "INVALID_TRANSITION", message: expect.stringMatching(/PPK belum memilih/) });
    const again = await refusal(recordDecisionStep({ actorId: ppkId, slug: selection.slug, vacancyId, step: "PPK_CHOICE", applicationId: citra, ip: IP }));
    expect(again.fieldErrors?.applicationId).toMatch(/belum dibatalkan/);
    await recordDecisionStep({ actorId: ppkId, slug: selection.slug, vacancyId, step: "PPK_CHOICE", applicationId: dewi, ip: IP });
    expect((await prisma.selection.findUniqueOrThrow({ where: { id: selection.id }, select: { status: true } })).status).toBe("DECIDED");

    // On the server's clock, like the annulment and the new choice (the decisions count in the order recorded).
    const published = await publishFinalResult({ actorId: selection.chairId, slug: selection.slug, number: "12/SELTER/UJI/XI/2025", date: "2025-11-20", ip: IP });
    expect(published.announcementSlug).toBe(`${selection.slug}-hasil-akhir-perubahan`);
    const snapshot = parseDecisionSnapshot((await prisma.announcement.findUniqueOrThrow({ where: { slug: published.announcementSlug }, select: { snapshot: true } })).snapshot);
    expect(snapshot?.title).toMatch(/^Pengumuman Perubahan Hasil Akhir /);
    expect(snapshot?.opening).toContain(`"${V6}"`);
    expect(snapshot?.vacancies[0]?.rows.map((row) => [row.name, row.label])).toEqual([["Dewi Lestari", "Terpilih"]]);
    // The first announcement stays as it was published.
    const first = parseDecisionSnapshot((await prisma.announcement.findUniqueOrThrow({ where: { slug: `${selection.slug}-hasil-akhir` }, select: { snapshot: true } })).snapshot);
    expect(first?.vacancies[0]?.rows.map((row) => row.name)).toEqual(["Citra Kirana"]);

    const byId = Object.fromEntries(
      (await prisma.application.findMany({ where: { selectionId: selection.id }, select: { id: true, status: true } })).map((row) => [row.id, row.status]),
    );
    expect([byId[dewi!], byId[agus!], byId[citra!], byId[bambang!]]).toEqual(["SELECTED", "NOT_SHORTLISTED", "ANNULLED", "NOT_SELECTED"]);
    const told = await prisma.notification.findFirstOrThrow({ where: { applicationId: dewi, title: "Pengumuman hasil akhir" }, orderBy: { createdAt: "desc" } });
    expect(told.body).toMatch(/12\/SELTER\/UJI\/XI\/2025: Anda terpilih/);
    expect((await prisma.selection.findUniqueOrThrow({ where: { id: selection.id }, select: { status: true } })).status).toBe("COMPLETED");
    const twice = await refusal(publishFinalResult({ actorId: selection.chairId, slug: selection.slug, number: "13/SELTER/UJI/XI/2025", date: "2025-11-20", ip: IP }));
    expect(twice).toMatchObject({ code: "CONFLICT", message: "Hasil akhir seleksi ini sudah diumumkan." });
    const board = await getDecisionBoard({ actorId: selection.chairId, slug: selection.slug });
    expect(board.announcements.final?.slug).toBe(published.announcementSlug);
  });
});

describe("ties and shortfalls are never settled silently", () => {
  it("asks the chair to explain a tie at the cut-off and proposes every tied name", async () => {
    const { selection } = await readyToRank(
      ["Eka", "Fajar", "Gita", "Hadi"],
      [
        [90, 90, 90],
        [85, 85, 85],
        [80, 80, 80],
        [80, 80, 80],
      ],
    );
    await closeStage({ actorId: selection.chairId, stageId: selection.stageIds.INTERVIEW!, ip: IP });
    const unexplained = await refusal(proposeShortlist({ actorId: selection.chairId, slug: selection.slug, vacancyId: selection.vacancyIds[0]!, ip: IP }));
    expect(unexplained.fieldErrors?.note).toMatch(/nilai sama/);
    const proposed = await proposeShortlist({
      actorId: selection.chairId,
      slug: selection.slug,
      vacancyId: selection.vacancyIds[0]!,
      note: "Dua peserta bernilai sama pada peringkat ketiga; keduanya diusulkan kepada PPK.",
      ip: IP,
    });
    expect(proposed.names).toBe(4);
  });

  it("with fewer than three qualified candidates refuses a proposal and records the escalation", async () => {
    const { selection } = await readyToRank(
      ["Indra", "Joko"],
      [
        [80, 80, 80],
        [70, 70, 70],
      ],
    );
    await closeStage({ actorId: selection.chairId, stageId: selection.stageIds.INTERVIEW!, ip: IP });
    const short = await refusal(proposeShortlist({ actorId: selection.chairId, slug: selection.slug, vacancyId: selection.vacancyIds[0]!, ip: IP }));
    expect(short.message).toMatch(/Hanya 2 peserta memenuhi syarat.*dieskalasi/);
    await escalateVacancy({ actorId: selection.chairId, slug: selection.slug, vacancyId: selection.vacancyIds[0]!, option: "REOPEN", note: "Diusulkan membuka kembali pendaftaran selama 7 hari.", ip: IP });
    const board = await getDecisionBoard({ actorId: selection.chairId, slug: selection.slug });
    expect(board.selection.status).toBe("ESCALATED");
    expect(board.vacancies[0]!.flow).toEqual({ done: [], next: null, escalated: true });
    expect(board.vacancies[0]!.decisions[0]!.detail).toMatch(/Membuka kembali pendaftaran/);
    expect(board.vacancies[0]!.escalation).toMatch(/Membuka kembali pendaftaran/);
    // Escalation is a real state (#14): every participant of the vacancy is told, on the timeline and by notification.
    const notices = await prisma.notification.findMany({
      where: { applicationId: { in: selection.candidates.map((candidate) => candidate.applicationId) }, title: "Seleksi dieskalasi kepada lembaga pengawas" },
      select: { body: true, link: true },
    });
    expect(notices).toHaveLength(2);
    expect(notices[0]!.body).toMatch(/Hanya 2 peserta yang memenuhi syarat, kurang dari 3 nama.*membuka kembali pendaftaran/i);
    expect(notices[0]!.link).toBe(`/seleksi/${selection.slug}`);
    const publish = await refusal(publishShortlist({ actorId: selection.chairId, slug: selection.slug, number: "12/UJI", ip: IP, now: NOW }));
    expect(publish.code).toBe("INVALID_TRANSITION");
  });
});

describe("the order of the names is the chair's choice", () => {
  it("lists the three names alphabetically without rank or score, and freezes the choice once published", async () => {
    const { selection } = await readyToRank(
      ["Zainal", "Bagus", "Maya", "Citra"],
      [
        [90, 90, 90],
        [80, 80, 80],
        [85, 85, 85],
        [70, 70, 70],
      ],
    );
    const vacancyId = selection.vacancyIds[0]!;
    await closeStage({ actorId: selection.chairId, stageId: selection.stageIds.INTERVIEW!, ip: IP });
    await proposeShortlist({ actorId: selection.chairId, slug: selection.slug, vacancyId, ip: IP });
    await recordDecisionStep({ actorId: ppkId, slug: selection.slug, vacancyId, step: "PPK_APPROVED_SHORTLIST", ip: IP });
    expect((await refusal(setShortlistOrder({ actorId: selection.memberIds[0], slug: selection.slug, order: "ALPHABETICAL", ip: IP }))).code).toBe("FORBIDDEN");
    await setShortlistOrder({ actorId: selection.chairId, slug: selection.slug, order: "ALPHABETICAL", ip: IP });
    await recordDecisionStep({ actorId: secretariatId, slug: selection.slug, vacancyId, step: "REPORTED_TO_BKN", file: pdfFile(await makePdf()), ip: IP });
    await recordDecisionStep({ actorId: secretariatId, slug: selection.slug, vacancyId, step: "BKN_RECOMMENDATION", file: pdfFile(await makePdf()), ip: IP });
    const published = await publishShortlist({ actorId: selection.chairId, slug: selection.slug, number: "20/UJI/ABJAD", date: "2025-11-20", ip: IP, now: NOW });
    const announcement = await prisma.announcement.findUniqueOrThrow({ where: { slug: published.announcementSlug }, select: { snapshot: true } });
    const rows = parseDecisionSnapshot(announcement.snapshot)?.vacancies[0]?.rows;
    expect(rows?.map((row) => [row.no, row.name, row.rank, row.final])).toEqual([
      [1, "Bagus", null, null],
      [2, "Maya", null, null],
      [3, "Zainal", null, null],
    ]);
    const late = await refusal(setShortlistOrder({ actorId: selection.chairId, slug: selection.slug, order: "RANKED", ip: IP }));
    expect(late.code).toBe("LOCKED");
  });
});

describe("decision letters take the one checked-upload path", () => {
  /** The letters stored for a selection (the local driver's files, without its dot-files). */
  function storedLetters(selectionId: string): string[] {
    const dir = path.join(process.env.STORAGE_DIR as string, "selections", selectionId, "keputusan");
    return fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => !name.startsWith(".")) : [];
  }

  it("refuses a non-PDF and a too-large letter, stores nothing, and removes a stored letter when the step is refused", async () => {
    const selection = await createScoringSelection({ candidates: ["Eka", "Fajar", "Gita"] });
    const vacancyId = selection.vacancyIds[0]!;
    const report = (file: File) => recordDecisionStep({ actorId: secretariatId, slug: selection.slug, vacancyId, step: "REPORTED_TO_BKN", file, ip: IP });

    // The browser says PDF; the content says JPEG.
    const jpeg = await refusal(report(pdfFile(JPEG_BYTES, "surat.pdf")));
    expect(jpeg).toBeInstanceOf(FileRejectedError);
    expect((jpeg as FileRejectedError).reason).toBe("TYPE_NOT_ACCEPTED");

    // Over 5 MB: refused by its size before a byte is read.
    const large = await makeLargePdf(DECISION_DOCUMENT_MAX_BYTES + 64 * 1024);
    const tooLarge = await refusal(report(pdfFile(large)));
    expect(tooLarge.code).toBe("VALIDATION");
    expect(tooLarge.fieldErrors?.file).toMatch(/5 MB/);
    // A file that understates its size passes the early checks and is cut off while it streams.
    class UnderstatedFile extends File {
      override get size(): number {
        return 1024;
      }
    }
    const cutOff = await refusal(report(new UnderstatedFile([new Uint8Array(large)], "besar.pdf", { type: "application/pdf" })));
    expect(cutOff).toBeInstanceOf(FileRejectedError);
    expect((cutOff as FileRejectedError).reason).toBe("TOO_LARGE");

    // A valid letter for a step that is not due yet is stored first, then removed with the refusal.
    const early = await refusal(report(pdfFile(await makePdf({ text: "Laporan" }))));
    expect(early.code).toBe("INVALID_TRANSITION");
    expect(storedLetters(selection.id)).toEqual([]);
  });
});
