import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { renderStageMinutesPdf } from "@/lib/pdf/stage-minutes";
import { getStageMinutes } from "@/lib/scoring/minutes";
import { correctScore, submitScore } from "@/lib/scoring/score-mutations";
import { assignStageScorers, declareConflict } from "@/lib/scoring/scorer-mutations";
import { confirmStageWeights } from "@/lib/scoring/stage-mutations";
import { buildScoreWorkbook } from "@/lib/scoring/score-export";
import { DEMO_APPLICATION_EMAILS } from "@/prisma/seed-data/demo-applications";
import { demoUserId } from "../factories/applications";
import { skipAdministrativeSelection } from "../factories/results";
import { extractPdfText } from "../fixtures/pdf-text";
import { workbookRows } from "../fixtures/xlsx";
import { refusal } from "../fixtures/refusal";

const SLUG = "sekda-singkawang-2025";
const IP = "10.1.2.3";
const STATEMENT = "Saudara ipar peserta";
const REASON = "Salah ketik pada lembar nilai";

let interviewId: string;
let paperId: string;
let chairId: string;
let memberId: string;
let member2Id: string;
let secretariatId: string;
let applications: { id: string; registrationNumber: string }[];

async function declareAndScore(actorId: string, stageId: string, applicationId: string, value: number): Promise<void> {
  await declareConflict({ actorId, stageId, applicationId, hasConflict: false, ip: IP });
  await submitScore({ actorId, stageId, applicationId, value, ip: IP });
}

function application(index: 0 | 1 | 2): { id: string; registrationNumber: string } {
  const found = applications[index];
  if (!found) throw new Error("the seed has three demo applications");
  return found;
}

const WEIGHTS_CONFIRMED_AT = new Date("2025-11-09T02:00:00Z");

beforeAll(async () => {
  const selection = await prisma.selection.findUniqueOrThrow({
    where: { slug: SLUG },
    select: { id: true, stages: { where: { isScored: true }, select: { id: true, kind: true } } },
  });
  const stageId = (kind: string) => selection.stages.find((stage) => stage.kind === kind)?.id ?? "";
  interviewId = stageId("INTERVIEW");
  paperId = stageId("PAPER");
  chairId = await demoUserId("ketua@demo.seleksi.id");
  memberId = await demoUserId("anggota@demo.seleksi.id");
  member2Id = await demoUserId("anggota2@demo.seleksi.id");
  secretariatId = await demoUserId("sekretariat@demo.seleksi.id");
  applications = [];
  for (const email of DEMO_APPLICATION_EMAILS) {
    applications.push(
      await prisma.application.findFirstOrThrow({ where: { selectionId: selection.id, applicant: { email } }, select: { id: true, registrationNumber: true } }),
    );
  }
  // The administrative selection is another feature: move the demo applications past it directly.
  await skipAdministrativeSelection(selection.id, applications.map((entry) => entry.id));

  // Interview: two members score; the second recuses from the third candidate; the chair corrects one score.
  await confirmStageWeights({ actorId: chairId, selectionId: selection.id, ip: IP, now: WEIGHTS_CONFIRMED_AT });
  await assignStageScorers({ actorId: chairId, stageId: interviewId, userIds: [memberId, member2Id], ip: IP });
  await declareAndScore(memberId, interviewId, application(0).id, 82.5);
  await declareAndScore(memberId, interviewId, application(1).id, 71);
  await declareAndScore(memberId, interviewId, application(2).id, 90.25);
  await declareAndScore(member2Id, interviewId, application(0).id, 58);
  await declareAndScore(member2Id, interviewId, application(1).id, 74);
  await declareConflict({ actorId: member2Id, stageId: interviewId, applicationId: application(2).id, hasConflict: true, statement: STATEMENT, ip: IP });
  const wrong = await prisma.score.findFirstOrThrow({ where: { stageId: interviewId, applicationId: application(0).id, assessorId: member2Id }, select: { id: true } });
  await correctScore({ actorId: chairId, scoreId: wrong.id, value: 68, reason: REASON, ip: IP });
}, 60_000);

describe("minutes of a stage still open", () => {
  it("gives the chair every member's current score, the recusal, the declarations and the correction", async () => {
    const minutes = await getStageMinutes({ actorId: chairId, stageId: interviewId });
    expect(minutes.isDraft).toBe(true);
    expect(minutes.members.map((member) => [member.name, member.position])).toEqual([
      ["Anggota Pansel Dua", "MEMBER"],
      ["Anggota Pansel Satu", "MEMBER"],
    ]);
    const [dua, satu] = [0, 1];
    const rowOf = (index: 0 | 1 | 2) => minutes.rows.find((row) => row.applicationId === application(index).id);
    expect(rowOf(0)?.cells[dua]).toEqual({ state: "SCORED", value: 68, isCorrected: true });
    expect(rowOf(0)?.cells[satu]).toEqual({ state: "SCORED", value: 82.5, isCorrected: false });
    expect(rowOf(0)?.mean).toBe(75.25);
    expect(rowOf(2)?.cells).toEqual([{ state: "RECUSED" }, { state: "SCORED", value: 90.25, isCorrected: false }]);
    expect(rowOf(2)?.mean).toBe(90.25);
    expect(minutes.declarations).toHaveLength(6);
    expect(minutes.declarations.find((declaration) => declaration.hasConflict)).toMatchObject({
      memberName: "Anggota Pansel Dua",
      registrationNumber: application(2).registrationNumber,
      statement: STATEMENT,
    });
    expect(minutes.corrections).toEqual([
      expect.objectContaining({
        memberName: "Anggota Pansel Dua",
        registrationNumber: application(0).registrationNumber,
        originalValue: 58,
        correctedValue: 68,
        reason: REASON,
        approvedByName: "Dr. HERMANSYAH, S.H., M.Hum",
      }),
    ]);
    // No personal data beyond registration number and name.
    const profiles = await prisma.applicantProfile.findMany({
      where: { user: { applications: { some: { id: { in: applications.map((entry) => entry.id) } } } } },
      select: { nik: true, nip: true, address: true },
    });
    expect(profiles).toHaveLength(3);
    const serialised = JSON.stringify(minutes);
    for (const profile of profiles) {
      for (const value of [profile.nik, profile.nip, profile.address]) if (value) expect(serialised).not.toContain(value);
    }
  });

  it("prints a draft with the stage, the members, every candidate, KK, the statement and the corrected value", async () => {
    const minutes = await getStageMinutes({ actorId: chairId, stageId: interviewId });
    const text = await extractPdfText(await renderStageMinutesPdf(minutes));
    expect(text).toContain("BERITA ACARA PENILAIAN");
    expect(text).toContain("SELEKSI WAWANCARA");
    expect(text).toContain("penilaian tahap Seleksi Wawancara");
    expect(text).toContain("DRAF - tahap belum ditutup");
    for (const name of ["Anggota Pansel Satu", "Anggota Pansel Dua", "Dr. HERMANSYAH, S.H., M.Hum"]) expect(text).toContain(name);
    for (const row of minutes.rows) {
      expect(text).toContain(row.registrationNumber);
      expect(text).toContain(row.name);
    }
    expect(text).toContain("KK");
    expect(text).toContain(STATEMENT);
    expect(text).toContain("68 (k)");
    expect(text).toMatch(/58 68 Salah ketik/);
    expect(text).toContain("75,25");
    expect(text).not.toContain("Tidak ada koreksi nilai");
    // The weights and minimums of every scored stage, with the chair's confirmation and its date (#13).
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("Bobot dan nilai minimum tahapan (dikonfirmasi Ketua Pansel pada 9 November 2025");
    expect(flat).toMatch(/Assessment Center: bobot 25%, nilai minimum 68/);
    expect(flat).toMatch(/Seleksi Wawancara: bobot 35%/);
  });

  it("hides the others' scores from a chair who scores the stage until the chair has scored the candidate", async () => {
    await assignStageScorers({ actorId: chairId, stageId: paperId, userIds: [chairId, memberId], ip: IP });
    await declareAndScore(memberId, paperId, application(0).id, 77.5);
    const before = await getStageMinutes({ actorId: chairId, stageId: paperId });
    expect(before.members.map((member) => member.position)).toEqual(["CHAIR", "MEMBER"]);
    const hidden = before.rows.find((row) => row.applicationId === application(0).id);
    expect(hidden).toMatchObject({ cells: [{ state: "PENDING" }, { state: "HIDDEN" }], mean: null });
    const text = await extractPdfText(await renderStageMinutesPdf(before));
    expect(text).not.toContain("77,5");
    expect(text).toContain("Tidak ada koreksi nilai");

    await declareAndScore(chairId, paperId, application(0).id, 80);
    const after = await getStageMinutes({ actorId: chairId, stageId: paperId });
    expect(after.rows.find((row) => row.applicationId === application(0).id)?.mean).toBe(78.75);
  });

  it("refuses the other members, the secretariat and a stage of another selection", async () => {
    expect((await refusal(getStageMinutes({ actorId: memberId, stageId: interviewId }))).code).toBe("FORBIDDEN");
    expect((await refusal(getStageMinutes({ actorId: secretariatId, stageId: interviewId }))).code).toBe("FORBIDDEN");
    expect((await refusal(getStageMinutes({ actorId: chairId, stageId: interviewId, slug: "seleksi-lain" }))).code).toBe("NOT_FOUND");
  });
});

describe("score workbook", () => {
  it("gives the chair every score row, the corrected one marked, and the ranking per vacancy", async () => {
    // The chair scores the paper: everyone's scores only once that stage is closed (independence).
    const early = await refusal(buildScoreWorkbook({ actorId: chairId, slug: SLUG }));
    expect(early.code).toBe("LOCKED");
    expect(early.message).toMatch(/setelah tahap yang Anda nilai ditutup/);
    await prisma.stage.update({ where: { id: paperId }, data: { status: "CLOSED" } });
    const sheets = await workbookRows(await buildScoreWorkbook({ actorId: chairId, slug: SLUG }));
    expect([...sheets.keys()]).toEqual(["Nilai", "Peringkat", "Bobot"]);
    const scores = sheets.get("Nilai") ?? [];
    expect(scores[0]).toBe("Tahap | Nomor Pendaftaran | Nama | Anggota Pansel | Nilai | Sub-nilai | Catatan | Status | Dikirim (WIB) | Koreksi dari nilai");
    const siti = scores.filter((row) => row.startsWith(`Seleksi Wawancara | ${application(0).registrationNumber} |`) && row.includes("Anggota Pansel Dua"));
    expect(siti).toHaveLength(2);
    // "Dikirim (WIB)" is a real date (read back as its WIB wall clock), the corrected value a number.
    expect(siti.find((row) => row.includes("| 58 |"))).toMatch(/\| dikoreksi \| \d{4}-\d{2}-\d{2}T[\d:.]+Z \| $/);
    expect(siti.find((row) => row.includes("| 68 |"))).toMatch(new RegExp(`\\| Koreksi: ${REASON} \\| berlaku \\| \\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z \\| 58$`));
    // Paper (1 + 1) and interview (3 + 2 + 1 correction) rows, plus the header.
    expect(scores).toHaveLength(1 + 2 + 6);

    const ranking = sheets.get("Peringkat") ?? [];
    expect(ranking[0]).toMatch(/^Jabatan \| Peringkat \| Nomor Pendaftaran \| Nama \| .*Seleksi Wawancara \| Nilai Akhir \| Alasan tidak diperingkat \| Masuk daftar pendek \| Nilai sama di batas$/);
    for (const entry of applications) expect(ranking.some((row) => row.includes(entry.registrationNumber))).toBe(true);
    // No candidate has every weighted stage yet: none is ranked, each with a reason.
    expect(ranking.slice(1).every((row) => row.includes("| Tidak | Tidak"))).toBe(true);
    // The weights the ranking used, with the chair's confirmation (#13).
    const weights = sheets.get("Bobot") ?? [];
    expect(weights[0]).toBe("Tahap | Bobot (%) | Nilai minimum | Konfirmasi Ketua Pansel");
    expect(weights.find((row) => row.includes("Assessment Center |"))).toMatch(/Assessment Center \| 25 \| 68 \| 9 November 2025/);
  });

  it("refuses a member who is not the chair", async () => {
    expect((await refusal(buildScoreWorkbook({ actorId: memberId, slug: SLUG }))).code).toBe("FORBIDDEN");
    expect((await refusal(buildScoreWorkbook({ actorId: chairId, slug: "seleksi-lain" }))).code).toBe("NOT_FOUND");
  });
});

describe("minutes of a closed stage", () => {
  it("lets every committee member read the final minutes, without the draft mark", async () => {
    await prisma.stage.update({ where: { id: interviewId }, data: { status: "CLOSED" } });
    const minutes = await getStageMinutes({ actorId: memberId, stageId: interviewId });
    expect(minutes.isDraft).toBe(false);
    const text = await extractPdfText(await renderStageMinutesPdf(minutes));
    expect(text).not.toContain("DRAF");
    expect(text).toContain(STATEMENT);
    expect((await refusal(getStageMinutes({ actorId: secretariatId, stageId: interviewId }))).code).toBe("FORBIDDEN");
  });
});
