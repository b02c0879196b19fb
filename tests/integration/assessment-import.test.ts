import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { buildXlsx } from "@/lib/export/xlsx";
import { importAssessmentResults, previewAssessmentImport } from "@/lib/scoring/assessment-import";
import { WEIGHTS_NOT_CONFIRMED } from "@/lib/scoring/guards";
import { assignStageScorers } from "@/lib/scoring/scorer-mutations";
import { closeStage, confirmStageWeights } from "@/lib/scoring/stage-mutations";
import { getStageMinutes } from "@/lib/scoring/minutes";
import { getSelectionRanking, getStageScoreSummary } from "@/lib/scoring/queries";
import { DEMO_APPLICATION_EMAILS } from "@/prisma/seed-data/demo-applications";
import { demoUserId } from "../factories/applications";
import { skipAdministrativeSelection } from "../factories/results";
import { refusal } from "../fixtures/refusal";

const SLUG = "sekda-singkawang-2025";
const IP = "10.9.8.6";
const IMPORTED_AT = new Date("2025-11-13T09:00:00.000Z");

type Candidate = { id: string; registrationNumber: string; name: string };

let selectionId: string;
let assessmentStageId: string;
let paperStageId: string;
let chairId: string;
let memberId: string;
let secretariatId: string;
let siti: Candidate;
let hendri: Candidate;
let nurul: Candidate;

function csv(lines: readonly string[]): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${lines.join("\r\n")}\r\n`);
}

async function storedCounts() {
  const [scores, audits, frozen] = await Promise.all([
    prisma.score.count({ where: { stageId: assessmentStageId } }),
    prisma.auditLog.count({ where: { action: "score.import_assessment" } }),
    prisma.stage.count({ where: { selectionId, weightsFrozenAt: { not: null } } }),
  ]);
  return { scores, audits, frozen };
}

beforeAll(async () => {
  const selection = await prisma.selection.findUniqueOrThrow({
    where: { slug: SLUG },
    select: { id: true, stages: { where: { isScored: true }, select: { id: true, kind: true } } },
  });
  selectionId = selection.id;
  const stageOf = (kind: string) => selection.stages.find((stage) => stage.kind === kind)?.id ?? "";
  assessmentStageId = stageOf("ASSESSMENT");
  paperStageId = stageOf("PAPER");
  chairId = await demoUserId("ketua@demo.seleksi.id");
  memberId = await demoUserId("anggota@demo.seleksi.id");
  secretariatId = await demoUserId("sekretariat@demo.seleksi.id");
  const candidates: Candidate[] = [];
  for (const email of DEMO_APPLICATION_EMAILS) {
    const application = await prisma.application.findFirstOrThrow({
      where: { selectionId, applicant: { email } },
      select: { id: true, registrationNumber: true, applicant: { select: { name: true, profile: { select: { fullName: true } } } } },
    });
    candidates.push({ id: application.id, registrationNumber: application.registrationNumber, name: application.applicant.profile?.fullName ?? application.applicant.name });
  }
  [siti, hendri, nurul] = candidates as [Candidate, Candidate, Candidate];
  // The administrative selection is another feature: move the demo applications past it directly.
  await skipAdministrativeSelection(selectionId, candidates.map((candidate) => candidate.id));
}, 60_000);

describe("preview", () => {
  it("shows each row's status, errors and warnings, and stores nothing", async () => {
    await prisma.application.update({ where: { id: hendri.id }, data: { status: "SUBMITTED" } });
    const content = csv([
      "no_pendaftaran;nama;manajerial;sosiokultural;nilai_akhir;kategori",
      `${siti.registrationNumber};${siti.name.toUpperCase()};80;78,5;79,25;MS`,
      `${hendri.registrationNumber};${hendri.name};70;70;70;MMS`,
      `${siti.registrationNumber.toLowerCase()};${siti.name};80;80;80;MS`,
      "6172-25-SEKDA-09999-0;Orang Lain;;;75;",
      `${nurul.registrationNumber};Nurul Salah Nama;;;104;`,
    ]);
    const preview = await previewAssessmentImport({ actorId: chairId, stageId: assessmentStageId, fileName: "hasil.csv", content });
    await prisma.application.update({ where: { id: hendri.id }, data: { status: "ADMIN_PASSED" } });

    expect(preview.rows.map((row) => [row.rowNumber, row.errors, row.warnings])).toEqual([
      [2, [], []],
      [3, [`Baris 3: peserta ${hendri.registrationNumber} tidak (lagi) mengikuti tahap penilaian`], []],
      [4, [`Baris 4: peserta ${siti.registrationNumber} sudah ada pada baris 2`], []],
      [5, ["Baris 5: nomor pendaftaran 6172-25-SEKDA-09999-0 tidak terdaftar pada seleksi ini"], []],
      [6, ["Baris 6: nilai_akhir 104 di luar rentang 0–100"], [`Baris 6: nama "Nurul Salah Nama" berbeda dengan nama pelamar "${nurul.name}"`]],
    ]);
    expect(preview.rows[0]).toMatchObject({ applicantName: siti.name, value: 79.25, managerial: 80, socioCultural: 78.5, category: "MS" });
    expect(preview.rows[3]?.applicantName).toBeNull();
    // Hendri is not scorable at the time of the preview, so he does not count as missing either.
    expect(preview.missing).toEqual([]);
    expect(preview).toMatchObject({ readyCount: 1, errorRowCount: 4, warningCount: 1, fileName: "hasil.csv" });
    expect(await storedCounts()).toEqual({ scores: 0, audits: 0, frozen: 0 });
  });

  it("warns about candidates of the scored stages missing from the file", async () => {
    const content = csv(["no_pendaftaran;nilai", `${siti.registrationNumber};80`]);
    const preview = await previewAssessmentImport({ actorId: chairId, stageId: assessmentStageId, fileName: "sebagian.csv", content });
    expect(preview.missing.map((candidate) => candidate.registrationNumber).sort()).toEqual([hendri.registrationNumber, nurul.registrationNumber].sort());
    expect(preview).toMatchObject({ readyCount: 1, errorRowCount: 0, warningCount: 2 });
  });

  it("warns about a score that looks like a percentage cell (0,785 for 78,5%)", async () => {
    const content = csv(["no_pendaftaran;nilai", `${siti.registrationNumber};0,785`, `${hendri.registrationNumber};78,5`, `${nurul.registrationNumber};0`]);
    const preview = await previewAssessmentImport({ actorId: chairId, stageId: assessmentStageId, fileName: "persen.csv", content });
    expect(preview.rows.map((row) => row.warnings)).toEqual([
      ["Baris 2: nilai 0,785 sangat kecil; bila sel berformat persen (78,5%), tulis nilainya sebagai angka 78,5"],
      [],
      [],
    ]);
  });
});

describe("refusals", () => {
  const goodFile = () =>
    csv(["no_pendaftaran;nilai", `${siti.registrationNumber};80`, `${hendri.registrationNumber};70`, `${nurul.registrationNumber};60`]);

  it("lets only the chair of the selection preview or import", async () => {
    for (const actorId of [memberId, secretariatId]) {
      expect((await refusal(previewAssessmentImport({ actorId, stageId: assessmentStageId, fileName: "hasil.csv", content: goodFile() }))).code).toBe("FORBIDDEN");
      expect((await refusal(importAssessmentResults({ actorId, stageId: assessmentStageId, fileName: "hasil.csv", content: goodFile(), ip: IP }))).code).toBe("FORBIDDEN");
    }
    expect(await storedCounts()).toEqual({ scores: 0, audits: 0, frozen: 0 });
  });

  it("refuses a stage that is not the assessment center, and a closed one", async () => {
    const paper = await refusal(importAssessmentResults({ actorId: chairId, stageId: paperStageId, fileName: "hasil.csv", content: goodFile(), ip: IP }));
    expect(paper.code).toBe("INVALID_TRANSITION");
    const { status } = await prisma.stage.findUniqueOrThrow({ where: { id: assessmentStageId }, select: { status: true } });
    await prisma.stage.update({ where: { id: assessmentStageId }, data: { status: "CLOSED" } });
    const closed = await refusal(importAssessmentResults({ actorId: chairId, stageId: assessmentStageId, fileName: "hasil.csv", content: goodFile(), ip: IP }));
    await prisma.stage.update({ where: { id: assessmentStageId }, data: { status } });
    expect(closed.code).toBe("LOCKED");
    expect(closed.message).toMatch(/sudah ditutup/);
    expect(await storedCounts()).toEqual({ scores: 0, audits: 0, frozen: 0 });
  });

  it("imports nothing before the chair confirms the weights and minimums (#13)", async () => {
    const error = await refusal(importAssessmentResults({ actorId: chairId, stageId: assessmentStageId, fileName: "hasil.csv", content: goodFile(), ip: IP }));
    expect(error.code).toBe("INVALID_TRANSITION");
    expect(error.message).toBe(WEIGHTS_NOT_CONFIRMED);
    expect(await storedCounts()).toEqual({ scores: 0, audits: 0, frozen: 0 });
    await confirmStageWeights({ actorId: chairId, selectionId, ip: IP });
  });

  it("imports nothing from a file with one bad row, and lists the row", async () => {
    const content = csv(["no_pendaftaran;nilai", `${siti.registrationNumber};80`, `${hendri.registrationNumber};70`, `${nurul.registrationNumber};104`]);
    const error = await refusal(importAssessmentResults({ actorId: chairId, stageId: assessmentStageId, fileName: "hasil.csv", content, ip: IP }));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toMatch(/1 baris bergalat/);
    expect(error.fieldErrors).toEqual({ "baris.4": "Baris 4: nilai 104 di luar rentang 0–100" });
    expect(await storedCounts()).toEqual({ scores: 0, audits: 0, frozen: 0 });
  });

  it("refuses a file that cannot be read as a whole", async () => {
    const content = csv(["no_pendaftaran;nama", `${siti.registrationNumber};Siti`]);
    const error = await refusal(importAssessmentResults({ actorId: chairId, stageId: assessmentStageId, fileName: "hasil.csv", content, ip: IP }));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toMatch(/Kolom wajib tidak ditemukan: nilai/);
  });
});

describe("import", () => {
  const rows = () => [
    [siti.registrationNumber, siti.name, 81.5, 79, 80.125, "MS"],
    [hendri.registrationNumber, hendri.name, null, null, 72, null],
    [nurul.registrationNumber, nurul.name, 60, 66, 63.5, "KMS"],
  ];
  const xlsx = () =>
    buildXlsx({ name: "Hasil", header: ["No. Pendaftaran", "Nama", "Manajerial", "Sosiokultural", "Nilai Akhir", "Kategori"], rows: rows() });

  it("stores one submitted score per candidate, freezes the weights and writes one audit row without personal data", async () => {
    const content = await xlsx();
    const outcome = await importAssessmentResults({ actorId: chairId, stageId: assessmentStageId, fileName: "hasil-ac.xlsx", content, ip: IP, now: IMPORTED_AT });
    expect(outcome).toEqual({ imported: 3, missing: 0, weightsFrozen: true });

    const scores = await prisma.score.findMany({ where: { stageId: assessmentStageId }, orderBy: { value: "desc" } });
    expect(
      scores.map((score) => [score.applicationId, score.value.toNumber(), score.subScores, score.assessorId, score.status, score.submittedAt?.toISOString(), score.note]),
    ).toEqual([
      [siti.id, 80.125, { manajerial: 81.5, sosiokultural: 79, kategori: "MS" }, chairId, "SUBMITTED", IMPORTED_AT.toISOString(), "Hasil lembaga asesmen (berkas hasil-ac.xlsx)"],
      [hendri.id, 72, null, chairId, "SUBMITTED", IMPORTED_AT.toISOString(), "Hasil lembaga asesmen (berkas hasil-ac.xlsx)"],
      [nurul.id, 63.5, { manajerial: 60, sosiokultural: 66, kategori: "KMS" }, chairId, "SUBMITTED", IMPORTED_AT.toISOString(), "Hasil lembaga asesmen (berkas hasil-ac.xlsx)"],
    ]);
    const stages = await prisma.stage.findMany({ where: { selectionId, isScored: true }, select: { weightsFrozenAt: true } });
    expect(stages.map((stage) => stage.weightsFrozenAt?.toISOString())).toEqual(stages.map(() => IMPORTED_AT.toISOString()));

    const audits = await prisma.auditLog.findMany({ where: { action: "score.import_assessment" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: chairId, entityType: "Stage", entityId: assessmentStageId, ip: IP });
    expect(audits[0]?.after).toEqual({
      fileName: "hasil-ac.xlsx",
      format: "xlsx",
      sha256: createHash("sha256").update(content).digest("hex"),
      sizeBytes: content.length,
      imported: 3,
      missingCandidates: 0,
      nameWarnings: 0,
      weightsFrozen: true,
    });
    const logged = JSON.stringify([audits[0]?.before, audits[0]?.after]);
    for (const candidate of [siti, hendri, nurul]) {
      expect(logged).not.toContain(candidate.name);
      expect(logged).not.toContain(candidate.registrationNumber);
    }
  });

  it("refuses a second import and its preview", async () => {
    const again = await refusal(importAssessmentResults({ actorId: chairId, stageId: assessmentStageId, fileName: "hasil-ac.xlsx", content: await xlsx(), ip: IP }));
    expect(again.code).toBe("LOCKED");
    expect(again.message).toBe("Hasil asesmen sudah diimpor; perbaikan melalui koreksi nilai oleh Ketua Pansel.");
    expect((await refusal(previewAssessmentImport({ actorId: chairId, stageId: assessmentStageId, fileName: "hasil-ac.xlsx", content: await xlsx() }))).code).toBe("LOCKED");
    expect(await prisma.score.count({ where: { stageId: assessmentStageId } })).toBe(3);
    expect(await prisma.auditLog.count({ where: { action: "score.import_assessment" } })).toBe(1);
  });

  it("feeds the ranking: the assessment stage's mean is the imported value", async () => {
    const ranking = await getSelectionRanking({ actorId: chairId, slug: SLUG });
    const vacancy = ranking.vacancies.find((entry) => entry.input.candidates.length > 0);
    const expected: Record<string, number> = { [siti.id]: 80.125, [hendri.id]: 72, [nurul.id]: 63.5 };
    for (const [id, value] of Object.entries(expected)) {
      expect(vacancy?.input.candidates.find((candidate) => candidate.id === id)?.scores.ASSESSMENT).toEqual([value]);
      const stage = vacancy?.result.ranking.find((entry) => entry.id === id)?.stages.find((entry) => entry.stage === "ASSESSMENT");
      expect(stage).toEqual({ stage: "ASSESSMENT", mean: value, assessorCount: 1 });
    }
  });

  it("shows the imported scores as the institution's in the chair's summary and the minutes", async () => {
    const summary = await getStageScoreSummary({ actorId: chairId, stageId: assessmentStageId });
    const sitiRow = summary.rows.find((row) => row.applicationId === siti.id);
    expect(sitiRow?.scores.map((score) => [score.assessorName, score.value])).toEqual([["Lembaga asesmen (diimpor oleh Dr. HERMANSYAH, S.H., M.Hum)", 80.125]]);
    expect(sitiRow?.pending).toEqual([]);
    const minutes = await getStageMinutes({ actorId: chairId, stageId: assessmentStageId });
    expect(minutes.members.map((member) => member.name)).toEqual(["Lembaga asesmen (diimpor oleh Dr. HERMANSYAH, S.H., M.Hum)"]);
    expect(minutes.rows.find((row) => row.applicationId === siti.id)?.mean).toBe(80.125);
  });

  it("keeps one source per stage: no committee scorers on an imported stage", async () => {
    const error = await refusal(assignStageScorers({ actorId: chairId, stageId: assessmentStageId, userIds: [memberId], ip: IP }));
    expect(error.code).toBe("LOCKED");
    expect(error.message).toMatch(/diimpor dari lembaga asesmen/);
    const closed = await closeStage({ actorId: chairId, stageId: assessmentStageId, ip: IP });
    expect(closed.candidates).toBe(3);
  });

  it("refuses an import into a stage scored by assigned committee members", async () => {
    await prisma.stage.update({ where: { id: assessmentStageId }, data: { status: "SCORING" } });
    await prisma.score.deleteMany({ where: { stageId: assessmentStageId } });
    await assignStageScorers({ actorId: chairId, stageId: assessmentStageId, userIds: [memberId], ip: IP });
    const error = await refusal(importAssessmentResults({ actorId: chairId, stageId: assessmentStageId, fileName: "hasil-ac.xlsx", content: await xlsx(), ip: IP }));
    expect(error.code).toBe("INVALID_TRANSITION");
    expect(error.message).toMatch(/dinilai oleh anggota Pansel/);
  });
});
