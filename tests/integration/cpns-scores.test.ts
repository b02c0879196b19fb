// The CPNS CAT results: the chair imports the SKD and SKB result files (CSV and XLSX), sees every row
// error with its line, re-imports idempotently, corrects with an audit row per change; the SKB shortlist
// is the 3 × quota cut of `rankCpns` with ties at the boundary, and the final ranking is `rankCpns` on the
// same input. Real PostgreSQL, real rows (no mocks).
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { buildXlsx } from "@/lib/export/xlsx";
import { importCatResults, previewCatImport, recordCpnsWithdrawal } from "@/lib/cat-results/mutations";
import { getCpnsScoringView, loadCatFormations } from "@/lib/cat-results/queries";
import { publishCpnsFinalResult, publishCpnsReplacement, publishCpnsSkdResult } from "@/lib/cat-results/publish";
import { parseCpnsResultSnapshot } from "@/lib/cat-results/snapshot";
import { readPublishedList } from "@/lib/announcements/snapshot";
import { renderCpnsResultAnnouncement } from "@/lib/pdf/cpns-result-announcement";
import { rankCpns } from "@/lib/ranking";
import { extractPdfText } from "../fixtures/pdf-text";
import { seedLine } from "../fixtures/seed-text";
import { addCpnsCandidate, createCpnsSelection, seatCpnsCommittee, type CpnsCommittee, type CpnsTestSelection } from "../factories/cpns";
import { skipAdministrativeSelection } from "../factories/results";
import { refusal } from "../fixtures/refusal";
import { viewerOf } from "../factories/viewers";
import { getWorkbench, listQueue } from "@/lib/verification/queries";

const IP = "10.9.8.22";

type Person = { key: string; applicationId: string; registrationNumber: string; birthDate: string; gpa: number; skd: [number, number, number] };

let selection: CpnsTestSelection;
let committee: CpnsCommittee;
let skdStageId: string;
let skbStageId: string;
const people = new Map<string, Person>();
let notPassed: { registrationNumber: string };

// Formation A (quota 2: 6 SKB places). A6 and A7 are equal on all four SKD criteria at the 6th place, so
// both go through; A8 has the same total but a lower TKP, so it stays out; A9 misses the TKP threshold.
const FORMATION_A: Array<[string, [number, number, number], string, number]> = [
  ["A1", [120, 150, 170], "1995-01-10", 3.5],
  ["A2", [110, 140, 165], "1994-03-01", 3.4],
  ["A3", [100, 130, 160], "1996-05-05", 3.3],
  ["A4", [100, 125, 160], "1993-07-07", 3.2],
  ["A5", [95, 120, 150], "1997-09-09", 3.1],
  ["A6", [90, 110, 145], "1992-02-02", 3.2],
  ["A7", [90, 110, 145], "1998-04-04", 3.6],
  ["A8", [100, 105, 140], "1991-06-06", 3.9],
  ["A9", [150, 175, 120], "1990-08-08", 3.0],
];
// Formation B (quota 1: 3 SKB places). B4 meets every threshold exactly but is 4th.
const FORMATION_B: Array<[string, [number, number, number], string, number]> = [
  ["B1", [100, 100, 150], "1995-11-11", 3.0],
  ["B2", [80, 90, 130], "1996-12-12", 3.1],
  ["B3", [70, 85, 127], "1994-10-10", 3.2],
  ["B4", [65, 80, 126], "1993-01-01", 3.3],
];

function person(key: string): Person {
  const found = people.get(key);
  if (!found) throw new Error(`unknown ${key}`);
  return found;
}

function csv(lines: readonly string[]): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${lines.join("\r\n")}\r\n`);
}

function skdLine(key: string, scores = person(key).skd): string {
  return `${person(key).registrationNumber};${key};${scores.join(";")};${scores[0] + scores[1] + scores[2]}`;
}

const SKD_HEADER = "Nomor Peserta;Nama;TWK;TIU;TKP;Total";
const formationACsv = () => csv([SKD_HEADER, ...FORMATION_A.map(([key]) => skdLine(key))]);
const formationBXlsx = () =>
  buildXlsx({ name: "SKD", header: ["No. Pendaftaran", "Nama", "TWK", "TIU", "TKP"], rows: FORMATION_B.map(([key, scores]) => [person(key).registrationNumber, key, ...scores]) });

async function counts() {
  const [skd, skb, audits] = await Promise.all([
    prisma.skdResult.count({ where: { application: { selectionId: selection.id } } }),
    prisma.skbResult.count({ where: { application: { selectionId: selection.id } } }),
    prisma.auditLog.count({ where: { actorId: committee.chairId, action: { in: ["score.import_skd", "score.import_skb", "application.enter_stages", "stage.status_change", "selection.status_change"] } } }),
  ]);
  return { skd, skb, audits };
}

beforeAll(async () => {
  selection = await createCpnsSelection("skor");
  committee = await seatCpnsCommittee(selection);
  const stages = await prisma.stage.findMany({ where: { selectionId: selection.id, kind: { in: ["SKD", "SKB"] } }, select: { id: true, kind: true } });
  skdStageId = stages.find((stage) => stage.kind === "SKD")!.id;
  skbStageId = stages.find((stage) => stage.kind === "SKB")!.id;
  const passed: string[] = [];
  for (const [vacancyIndex, list] of [FORMATION_A, FORMATION_B].entries()) {
    for (const [key, skd, birthDate, gpa] of list) {
      const applicant = await addCpnsCandidate(selection, committee, { name: `Peserta ${key}`, vacancyIndex, birthDate, gpa });
      people.set(key, { key, applicationId: applicant.applicationId, registrationNumber: applicant.registrationNumber, birthDate, gpa, skd });
      passed.push(applicant.applicationId);
    }
  }
  // Sent, but never passed the administrative selection.
  notPassed = await addCpnsCandidate(selection, committee, { name: "Peserta Belum Lulus", vacancyIndex: 0, birthDate: "1995-01-01", gpa: 3.0, decision: null });
  await skipAdministrativeSelection(selection.id, passed);
});

describe("SKD import", () => {
  it("previews every row error with its line number and stores nothing", async () => {
    const content = csv([
      SKD_HEADER,
      skdLine("A1"),
      `UJI-TIDAK-ADA-0001;X;100;100;150;350`,
      `${notPassed.registrationNumber};Belum;100;100;150;350`,
      `${person("A2").registrationNumber};A2;151;100;150;401`,
      skdLine("A1"),
      `${person("A3").registrationNumber};A3;sembilan;100;150;`,
      `${person("A4").registrationNumber};A4;100;100;150;351`,
      `${person("A5").registrationNumber};A5;100,5;100;150;`,
    ]);
    const before = await counts();
    const preview = await previewCatImport({ actorId: committee.chairId, stageId: skdStageId, fileName: "skd.csv", content });
    const errors = Object.fromEntries(preview.rows.map((row) => [row.rowNumber, row.errors]));
    expect(errors[2]).toEqual([]);
    expect(errors[3]).toEqual([`Baris 3: nomor peserta UJI-TIDAK-ADA-0001 tidak terdaftar pada seleksi ini`]);
    expect(errors[4]).toEqual([`Baris 4: peserta ${notPassed.registrationNumber} tidak mengikuti SKD (belum/tidak lulus seleksi administrasi)`]);
    expect(errors[5]).toEqual(["Baris 5: TWK 151 di luar rentang 0–150"]);
    expect(errors[6]).toEqual([`Baris 6: peserta ${person("A1").registrationNumber} sudah ada pada baris 2`]);
    expect(errors[7]).toEqual(['Baris 7: TWK "sembilan" bukan angka']);
    expect(errors[8]).toEqual(["Baris 8: Total 351 tidak sama dengan TWK + TIU + TKP (350)"]);
    expect(errors[9]).toEqual(["Baris 9: TWK 100,5 harus bilangan bulat"]);
    expect(preview).toMatchObject({ test: "SKD", newCount: 1, errorRowCount: 7, changedCount: 0, unchangedCount: 0 });
    expect(preview.rows[0]).toMatchObject({ status: "NEW", applicantName: "Peserta A1", values: { test: "SKD", twk: 120, tiu: 150, tkp: 170, total: 440 } });

    const refused = await refusal(importCatResults({ actorId: committee.chairId, stageId: skdStageId, fileName: "skd.csv", content, ip: IP }));
    expect(refused.code).toBe("VALIDATION");
    expect(refused.fieldErrors?.["baris.5"]).toBe("Baris 5: TWK 151 di luar rentang 0–150");
    expect(await counts()).toEqual(before);
  });

  it("refuses a member who is not the chair, and the chair of another selection as not on its Pansel", async () => {
    const member = await refusal(previewCatImport({ actorId: committee.memberId, stageId: skdStageId, fileName: "skd.csv", content: formationACsv() }));
    expect(member.code).toBe("FORBIDDEN");
    const other = await createCpnsSelection("lain");
    const otherChair = await prisma.user.create({
      data: { email: `ketua-lain-${crypto.randomBytes(3).toString("hex")}@uji.seleksi.id`, name: "Ketua Lain", passwordHash: "-", roles: ["CHAIR", "COMMITTEE"] },
      select: { id: true },
    });
    await prisma.committeeMember.create({ data: { selectionId: other.id, userId: otherChair.id, position: "CHAIR" } });
    const before = await counts();
    expect((await refusal(previewCatImport({ actorId: otherChair.id, stageId: skdStageId, fileName: "skd.csv", content: formationACsv() }))).code).toBe("FORBIDDEN");
    expect((await refusal(importCatResults({ actorId: otherChair.id, stageId: skdStageId, fileName: "skd.csv", content: formationACsv(), ip: IP }))).code).toBe("FORBIDDEN");
    expect((await refusal(importCatResults({ actorId: committee.memberId, stageId: skdStageId, fileName: "skd.csv", content: formationACsv(), ip: IP }))).code).toBe("FORBIDDEN");
    expect(await counts()).toEqual(before);
  });

  it("refuses a CAT file on a stage that is not the SKD or SKB of a CPNS selection (the regime decides, not a name)", async () => {
    const assessment = await prisma.stage.findFirstOrThrow({ where: { selection: { slug: "sekda-singkawang-2025" }, kind: "ASSESSMENT" }, select: { id: true } });
    const jpt = await refusal(previewCatImport({ actorId: committee.chairId, stageId: assessment.id, fileName: "skd.csv", content: formationACsv() }));
    expect(jpt.code).toBe("INVALID_TRANSITION");
    const registration = await prisma.stage.findFirstOrThrow({ where: { selectionId: selection.id, kind: "REGISTRATION" }, select: { id: true } });
    const wrongStage = await refusal(importCatResults({ actorId: committee.chairId, stageId: registration.id, fileName: "skd.csv", content: formationACsv(), ip: IP }));
    expect(wrongStage.code).toBe("INVALID_TRANSITION");
  });

  it("imports formation A from CSV and formation B from XLSX, with who imported which file, and moves the candidates into the stages", async () => {
    const csvContent = formationACsv();
    const outcome = await importCatResults({ actorId: committee.chairId, stageId: skdStageId, fileName: "skd-a.csv", content: csvContent, ip: IP });
    expect(outcome).toEqual({ test: "SKD", created: 9, changed: 0, unchanged: 0 });
    const xlsx = await formationBXlsx();
    expect(await importCatResults({ actorId: committee.chairId, stageId: skdStageId, fileName: "skd-b.xlsx", content: xlsx, ip: IP })).toEqual({ test: "SKD", created: 4, changed: 0, unchanged: 0 });

    const a1 = await prisma.skdResult.findUniqueOrThrow({ where: { applicationId: person("A1").applicationId } });
    expect([a1.twk.toNumber(), a1.tiu.toNumber(), a1.tkp.toNumber(), a1.total.toNumber()]).toEqual([120, 150, 170, 440]);
    expect(a1).toMatchObject({ fileName: "skd-a.csv", importedById: committee.chairId, fileSha256: crypto.createHash("sha256").update(csvContent).digest("hex") });
    const b4 = await prisma.skdResult.findUniqueOrThrow({ where: { applicationId: person("B4").applicationId } });
    expect(b4.total.toNumber()).toBe(271);
    expect(b4.fileName).toBe("skd-b.xlsx");

    const statuses = await prisma.application.findMany({ where: { id: { in: [...people.values()].map((p) => p.applicationId) } }, select: { status: true } });
    expect(new Set(statuses.map((row) => row.status))).toEqual(new Set(["IN_STAGES"]));
    const stage = await prisma.stage.findUniqueOrThrow({ where: { id: skdStageId }, select: { status: true } });
    expect(stage.status).toBe("SCORING");
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "score.import_skd", entityId: a1.id } });
    expect(audit.before).toBeNull();
    expect(audit.after).toMatchObject({ twk: 120, tiu: 150, tkp: 170, total: 440, fileName: "skd-a.csv", registrationNumber: person("A1").registrationNumber });
  });

  it("re-importing the same files changes nothing: no new rows, no new audit rows", async () => {
    const before = await counts();
    const preview = await previewCatImport({ actorId: committee.chairId, stageId: skdStageId, fileName: "skd-a.csv", content: formationACsv() });
    expect(preview).toMatchObject({ newCount: 0, changedCount: 0, unchangedCount: 9, errorRowCount: 0 });
    expect(await importCatResults({ actorId: committee.chairId, stageId: skdStageId, fileName: "skd-a.csv", content: formationACsv(), ip: IP })).toEqual({ test: "SKD", created: 0, changed: 0, unchanged: 9 });
    expect(await importCatResults({ actorId: committee.chairId, stageId: skdStageId, fileName: "skd-b.xlsx", content: await formationBXlsx(), ip: IP })).toEqual({ test: "SKD", created: 0, changed: 0, unchanged: 4 });
    expect(await counts()).toEqual(before);
  });

  it("a corrected file replaces the changed row only, with one audit row holding before and after", async () => {
    const corrected = csv([SKD_HEADER, ...FORMATION_A.map(([key]) => (key === "A5" ? skdLine(key, [95, 121, 150]) : skdLine(key)))]);
    const preview = await previewCatImport({ actorId: committee.chairId, stageId: skdStageId, fileName: "skd-a-ralat.csv", content: corrected });
    expect(preview).toMatchObject({ newCount: 0, changedCount: 1, unchangedCount: 8 });
    expect(preview.rows.find((row) => row.status === "CHANGED")).toMatchObject({ registrationNumber: person("A5").registrationNumber, stored: { tiu: 120, total: 365 }, values: { tiu: 121, total: 366 } });
    const before = await counts();
    expect(await importCatResults({ actorId: committee.chairId, stageId: skdStageId, fileName: "skd-a-ralat.csv", content: corrected, ip: IP })).toEqual({ test: "SKD", created: 0, changed: 1, unchanged: 8 });
    expect(await counts()).toEqual({ ...before, audits: before.audits + 1 });
    const a5 = await prisma.skdResult.findUniqueOrThrow({ where: { applicationId: person("A5").applicationId } });
    expect([a5.tiu.toNumber(), a5.total.toNumber(), a5.fileName]).toEqual([121, 366, "skd-a-ralat.csv"]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "score.import_skd", entityId: a5.id }, orderBy: { id: "desc" } });
    expect(audit.before).toEqual({ twk: 95, tiu: 120, tkp: 150, total: 365 });
    expect(audit.after).toMatchObject({ twk: 95, tiu: 121, tkp: 150, total: 366, fileName: "skd-a-ralat.csv" });
    person("A5").skd = [95, 121, 150];
  });
});

describe("SKB shortlist (3 × quota, ties at the boundary)", () => {
  it("takes 3 × quota by SKD total, breaks a boundary tie by TKP and takes those equal on all four", async () => {
    const [formationA, formationB] = await loadCatFormations(prisma, selection.id);
    const ids = (keys: string[]) => keys.map((key) => person(key).applicationId);
    expect(formationA!.result.skdFailed.map((failed) => failed.id)).toEqual(ids(["A9"]));
    expect(formationA!.result.skdFailed[0]!.reason).toContain("TKP 120 di bawah nilai ambang batas 126");
    expect(formationA!.result.skbShortlist).toEqual(ids(["A1", "A2", "A3", "A4", "A5", ...["A6", "A7"].sort((a, b) => (person(a).applicationId < person(b).applicationId ? -1 : 1))]));
    expect(formationA!.result.skbShortlistTieAtCutoff).toBe(true);
    expect(formationA!.result.skdPassed).toContain(person("A8").applicationId);
    expect(formationA!.result.skbShortlist).not.toContain(person("A8").applicationId);
    expect(formationB!.result.skbShortlist).toEqual(ids(["B1", "B2", "B3"]));
    expect(formationB!.result.skbShortlistTieAtCutoff).toBe(false);
    expect(formationB!.result.skdPassed).toContain(person("B4").applicationId);
  });
});

describe("publishing a formation's SKD result", () => {
  const SKD_NUMBER_A = "800/70/BKPSDM-SWL/2019";
  const SKD_NUMBER_B = "800/71/BKPSDM-SWL/2019";
  const statusOf = async (key: string) => (await prisma.application.findUniqueOrThrow({ where: { id: person(key).applicationId }, select: { status: true } })).status;

  it("refuses an SKB score of a formation whose SKD result is not published yet, and the final result before it", async () => {
    const content = csv(["nomor_peserta;skb_cat", `${person("A1").registrationNumber};80`]);
    const preview = await previewCatImport({ actorId: committee.chairId, stageId: skbStageId, fileName: "skb.csv", content });
    expect(preview.rows[0]!.errors).toEqual(["Baris 2: hasil SKD formasi Pranata Komputer Ahli Pertama belum diumumkan; nilai SKB diimpor sesudah pengumuman hasil SKD"]);
    const early = await refusal(publishCpnsFinalResult({ actorId: committee.chairId, slug: selection.slug, vacancyId: selection.vacancies[0]!.id, number: SKD_NUMBER_A, ip: IP }));
    expect(early.code).toBe("INVALID_TRANSITION");
    const member = await refusal(publishCpnsSkdResult({ actorId: committee.memberId, slug: selection.slug, vacancyId: selection.vacancies[0]!.id, number: SKD_NUMBER_A, ip: IP }));
    expect(member.code).toBe("FORBIDDEN");
  });

  it("freezes who passes the thresholds and who is called to the SKB, moves and notifies the candidates, and settles the formation's SKD", async () => {
    const outcome = await publishCpnsSkdResult({ actorId: committee.chairId, slug: selection.slug, vacancyId: selection.vacancies[0]!.id, number: SKD_NUMBER_A, date: null, ip: IP });
    expect(outcome).toMatchObject({ passed: 8, calledToSkb: 7 });
    const announcement = await prisma.announcement.findUniqueOrThrow({ where: { slug: outcome.announcementSlug } });
    expect(announcement).toMatchObject({ kind: "STAGE_RESULT", number: SKD_NUMBER_A, publishedById: committee.chairId });
    const snapshot = parseCpnsResultSnapshot(announcement.snapshot)!;
    expect(snapshot.type).toBe("CPNS_SKD_RESULT");
    const byKey = (key: string) => snapshot.rows.find((row) => row.registrationNumber === person(key).registrationNumber)!;
    expect([byKey("A1").rank, byKey("A1").label, byKey("A1").skd, byKey("A1").skb]).toEqual([1, "Lulus SKD, mengikuti SKB", "440", "-"]);
    // A6 and A7 are equal on all four SKD criteria: one rank, both called.
    expect([byKey("A6").rank, byKey("A7").rank, byKey("A6").label, byKey("A7").label]).toEqual([6, 6, "Lulus SKD, mengikuti SKB", "Lulus SKD, mengikuti SKB"]);
    expect([byKey("A8").rank, byKey("A8").label]).toEqual([8, "Memenuhi nilai ambang batas, di luar peringkat peserta SKB"]);
    expect(byKey("A9").rank).toBeNull();
    expect(byKey("A9").label).toContain("Tidak lulus (");
    expect(snapshot.notes[0]).toContain("TWK 65, TIU 80, TKP 126");
    expect(snapshot.notes.some((note) => note.includes("semuanya diikutkan SKB"))).toBe(true);
    // The guideline's words for what the SKD announcement holds (V.C.3.c.4).
    expect(snapshot.opening).toContain(
      seedLine("sawahlunto", "nilai hasil Seleksi Kompetensi Dasar yang disusun berdasarkan nilai ambang batas").match(/nilai hasil Seleksi Kompetensi Dasar yang disusun berdasarkan nilai ambang batas, peringkat/)![0],
    );
    const profile = await prisma.applicantProfile.findFirstOrThrow({ where: { user: { applications: { some: { id: person("A1").applicationId } } } }, select: { nik: true } });
    expect(JSON.stringify(announcement.snapshot)).not.toContain(profile.nik);
    const pdf = await extractPdfText(await renderCpnsResultAnnouncement(snapshot, { publishedAt: announcement.publishedAt! }));
    expect(pdf).toContain("HASIL SELEKSI KOMPETENSI DASAR");
    expect(pdf).toContain(person("A8").registrationNumber);
    expect(pdf).not.toContain(profile.nik);

    expect(await Promise.all(["A1", "A7", "A8", "A9", "B1"].map(statusOf))).toEqual(["SHORTLISTED", "SHORTLISTED", "NOT_SHORTLISTED", "NOT_SHORTLISTED", "IN_STAGES"]);
    const notice = await prisma.notification.findFirstOrThrow({ where: { applicationId: person("A8").applicationId }, select: { title: true, body: true, link: true } });
    expect(notice).toEqual({
      title: "Pengumuman hasil SKD",
      body: `Pengumuman Nomor ${SKD_NUMBER_A}: Anda tidak termasuk peserta yang mengikuti Seleksi Kompetensi Bidang formasi Pranata Komputer Ahli Pertama. Terima kasih atas keikutsertaan Anda.`,
      link: `/pengumuman/${outcome.announcementSlug}`,
    });

    // Formation A's SKD scores are settled; formation B's still change until its announcement.
    const again = await previewCatImport({ actorId: committee.chairId, stageId: skdStageId, fileName: "skd-a.csv", content: formationACsv() });
    expect(again.rows[0]!.errors).toEqual([`Baris 2: hasil SKD formasi Pranata Komputer Ahli Pertama sudah diumumkan; nilai SKD peserta ${person("A1").registrationNumber} tidak dapat diubah`]);
    expect((await refusal(publishCpnsSkdResult({ actorId: committee.chairId, slug: selection.slug, vacancyId: selection.vacancies[0]!.id, number: "800/72/BKPSDM-SWL/2019", ip: IP }))).code).toBe("CONFLICT");

    await publishCpnsSkdResult({ actorId: committee.chairId, slug: selection.slug, vacancyId: selection.vacancies[1]!.id, number: SKD_NUMBER_B, ip: IP });
    expect(await Promise.all(["B1", "B2", "B3", "B4"].map(statusOf))).toEqual(["SHORTLISTED", "SHORTLISTED", "SHORTLISTED", "NOT_SHORTLISTED"]);
    const view = await getCpnsScoringView({ actorId: committee.chairId, slug: selection.slug });
    expect(Object.keys(view.skdPublished).sort()).toEqual([selection.vacancies[0]!.id, selection.vacancies[1]!.id].sort());
  });
});

describe("SKB import and the final ranking", () => {
  const SKB: Record<string, [number, number]> = {
    A1: [70, 80],
    A2: [85.5, 90],
    A3: [60, 70],
    A4: [75, 60],
    A5: [80, 85],
    A6: [78, 82],
    A7: [78, 82],
    B1: [60, 60],
    B2: [90, 95.125],
    B3: [70, 75],
  };
  const skbCsv = (keys: string[]) => csv(["nomor_peserta;nama;skb_cat;tes_tambahan", ...keys.map((key) => `${person(key).registrationNumber};${key};${SKB[key]![0]};${SKB[key]![1]}`)]);

  it("refuses a candidate outside the SKB shortlist and a file with an additional test but no weight", async () => {
    const outside = csv(["nomor_peserta;skb_cat;tes_tambahan", `${person("A8").registrationNumber};80;80`, `${person("B4").registrationNumber};80;80`]);
    const preview = await previewCatImport({ actorId: committee.chairId, stageId: skbStageId, fileName: "skb.csv", content: outside, additionalWeight: 40 });
    expect(preview.rows.map((row) => row.errors)).toEqual([
      [`Baris 2: peserta ${person("A8").registrationNumber} tidak termasuk peserta SKB formasi Pranata Komputer Ahli Pertama`],
      [`Baris 3: peserta ${person("B4").registrationNumber} tidak termasuk peserta SKB formasi Perawat Terampil`],
    ]);
    const noWeight = await refusal(previewCatImport({ actorId: committee.chairId, stageId: skbStageId, fileName: "skb.csv", content: skbCsv(["A1"]) }));
    expect(noWeight.code).toBe("VALIDATION");
    expect(noWeight.fieldErrors?.additionalWeight).toBeDefined();
  });

  it("imports the SKB with the additional test at 40 %, idempotently, and locks the SKD results", async () => {
    const content = skbCsv(Object.keys(SKB));
    expect(await importCatResults({ actorId: committee.chairId, stageId: skbStageId, fileName: "skb.csv", content, additionalWeight: 40, ip: IP })).toEqual({
      test: "SKB",
      created: 10,
      changed: 0,
      unchanged: 0,
    });
    const b2 = await prisma.skbResult.findUniqueOrThrow({ where: { applicationId: person("B2").applicationId } });
    // 60 % × 90 + 40 % × 95.125 = 54 + 38.05 = 92.05
    expect([b2.catScore.toNumber(), b2.additionalScore?.toNumber(), b2.additionalWeight?.toNumber(), b2.finalScore.toNumber()]).toEqual([90, 95.125, 40, 92.05]);
    const before = await counts();
    expect(await importCatResults({ actorId: committee.chairId, stageId: skbStageId, fileName: "skb.csv", content, additionalWeight: 40, ip: IP })).toMatchObject({ created: 0, changed: 0, unchanged: 10 });
    expect(await counts()).toEqual(before);
    const locked = await refusal(importCatResults({ actorId: committee.chairId, stageId: skdStageId, fileName: "skd-a.csv", content: formationACsv(), ip: IP }));
    expect(locked.code).toBe("LOCKED");
  });

  it("ranks each formation exactly as rankCpns does on the same input, with GPA deciding the A6/A7 tie", async () => {
    const view = await getCpnsScoringView({ actorId: committee.chairId, slug: selection.slug });
    expect(view.isChair).toBe(true);
    for (const [index, list] of [FORMATION_A, FORMATION_B].entries()) {
      const expected = rankCpns({
        quota: selection.vacancies[index]!.quota,
        thresholds: { TWK: 65, TIU: 80, TKP: 126 },
        candidates: list.map(([key]) => {
          const p = person(key);
          const skb = SKB[key];
          return {
            id: p.applicationId,
            birthDate: p.birthDate,
            gpa: p.gpa,
            skd: { TWK: p.skd[0], TIU: p.skd[1], TKP: p.skd[2] },
            ...(skb ? { skb: Math.round((skb[0] * 0.6 + skb[1] * 0.4) * 1000) / 1000 } : {}),
          };
        }),
      });
      expect(view.formations[index]!.result).toEqual(expected);
    }
    const ranking = view.formations[0]!.result.ranking;
    const rankOf = (key: string) => ranking.find((row) => row.id === person(key).applicationId)!.rank;
    // A6 and A7: equal SKD and SKB, so equal finals; A7's higher GPA ranks it ahead.
    expect(rankOf("A7")).toBeLessThan(rankOf("A6"));
    expect(view.formations[1]!.result.selected).toEqual([person("B2").applicationId]);
  });

  it("lets a member of the Pansel see the rankings without the chair's import, and refuses a user without a seat", async () => {
    const view = await getCpnsScoringView({ actorId: committee.memberId, slug: selection.slug });
    expect(view.isChair).toBe(false);
    const stranger = await prisma.user.create({
      data: { email: `anggota-lain-${crypto.randomBytes(3).toString("hex")}@uji.seleksi.id`, name: "Anggota Lain", passwordHash: "-", roles: ["COMMITTEE"] },
      select: { id: true },
    });
    expect((await refusal(getCpnsScoringView({ actorId: stranger.id, slug: selection.slug }))).code).toBe("FORBIDDEN");
  });
});

describe("publishing a formation's final result", () => {
  const NUMBER = "800/77/BKPSDM-SWL/2019";

  it("refuses a member who is not the chair, and a formation without SKB results", async () => {
    const member = await refusal(publishCpnsFinalResult({ actorId: committee.memberId, slug: selection.slug, vacancyId: selection.vacancies[1]!.id, number: NUMBER, ip: IP }));
    expect(member.code).toBe("FORBIDDEN");
    const empty = await createCpnsSelection("kosong");
    const emptyCommittee = await seatCpnsCommittee(empty);
    const none = await refusal(publishCpnsFinalResult({ actorId: emptyCommittee.chairId, slug: empty.slug, vacancyId: empty.vacancies[0]!.id, number: NUMBER, ip: IP }));
    expect(none.code).toBe("INVALID_TRANSITION");
    // Registration still open (no administrative result yet): no CAT result is taken either.
    const emptySkd = await prisma.stage.findFirstOrThrow({ where: { selectionId: empty.id, kind: "SKD" }, select: { id: true } });
    const early = await refusal(previewCatImport({ actorId: emptyCommittee.chairId, stageId: emptySkd.id, fileName: "skd.csv", content: csv([SKD_HEADER, "X;X;100;100;150;350"]) }));
    expect([early.code, early.message]).toEqual(["INVALID_TRANSITION", "Hasil CAT diimpor setelah hasil seleksi administrasi diumumkan."]);
    expect(await prisma.announcement.count({ where: { selectionId: { in: [selection.id, empty.id] }, kind: "FINAL_RESULT" } })).toBe(0);
  });

  it("freezes the ranking with per-stage scores and a masked NIK, in the page snapshot and the PDF", async () => {
    const outcome = await publishCpnsFinalResult({ actorId: committee.chairId, slug: selection.slug, vacancyId: selection.vacancies[1]!.id, number: NUMBER, date: null, ip: IP });
    expect(outcome).toMatchObject({ ranked: 3, selected: 1 });
    const announcement = await prisma.announcement.findUniqueOrThrow({ where: { slug: outcome.announcementSlug } });
    expect(announcement).toMatchObject({ kind: "FINAL_RESULT", number: NUMBER, publishedById: committee.chairId });
    const snapshot = parseCpnsResultSnapshot(announcement.snapshot)!;
    expect(readPublishedList(announcement.snapshot)?.type).toBe("cpns");
    expect(snapshot.formation).toMatchObject({ id: selection.vacancies[1]!.id, title: "Perawat Terampil", quota: 1, education: ["D3"] });
    const b2 = await prisma.applicantProfile.findFirstOrThrow({ where: { user: { applications: { some: { id: person("B2").applicationId } } } }, select: { nik: true } });
    expect(snapshot.rows[0]).toEqual({
      rank: 1,
      registrationNumber: person("B2").registrationNumber,
      name: "Peserta B2",
      nikMasked: `${b2.nik.slice(0, 4)}********${b2.nik.slice(-4)}`,
      twk: "80",
      tiu: "90",
      tkp: "130",
      skd: "300",
      skb: "92,05",
      // 0.4 × 300/500 × 100 + 0.6 × 92.05 = 24 + 55.23
      final: "79,230",
      label: "Lulus",
    });
    expect(snapshot.rows.map((row) => row.label)).toEqual(["Lulus", "Tidak lulus", "Tidak lulus"]);
    expect(JSON.stringify(announcement.snapshot)).not.toContain(b2.nik);
    // The guideline's words for what the final announcement holds.
    expect(snapshot.opening).toContain(
      seedLine("sawahlunto", "nilai hasil integrasi antara Seleksi Kompetensi Dasar dan Seleksi Kompetensi Bidang yang disusun berdasarkan peringkat, dan informasi lain")
        .match(/nilai hasil integrasi antara Seleksi Kompetensi Dasar dan Seleksi Kompetensi Bidang yang disusun berdasarkan peringkat/)![0],
    );
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "announcement.publish", entityId: announcement.id } });
    expect(audit.after).toMatchObject({ vacancyId: selection.vacancies[1]!.id, number: NUMBER, selected: [person("B2").applicationId] });

    const pdf = await extractPdfText(await renderCpnsResultAnnouncement(snapshot, { publishedAt: announcement.publishedAt! }));
    expect(pdf).toContain(person("B2").registrationNumber);
    expect(pdf).toContain("79,230");
    expect(pdf).not.toContain(b2.nik);
    // The selection's SKD thresholds, frozen into the published result.
    expect(snapshot.notes[0]).toBe("Nilai ambang batas kelulusan SKD seleksi ini: TWK 65, TIU 80, TKP 126; peserta lulus SKD bila memenuhi ketiganya.");
    expect(pdf).toContain("TWK 65, TIU 80, TKP 126");

    const again = await refusal(publishCpnsFinalResult({ actorId: committee.chairId, slug: selection.slug, vacancyId: selection.vacancies[1]!.id, number: "800/78/BKPSDM-SWL/2019", ip: IP }));
    expect(again.code).toBe("CONFLICT");
  });

  it("moves the formation's applications through the status machine and notifies each participant, as the JPT final result does", async () => {
    const announcement = await prisma.announcement.findFirstOrThrow({ where: { selectionId: selection.id, kind: "FINAL_RESULT" }, select: { slug: true } });
    const statusOf = async (key: string) => (await prisma.application.findUniqueOrThrow({ where: { id: person(key).applicationId }, select: { status: true } })).status;
    expect(await Promise.all(["B1", "B2", "B3", "B4"].map(statusOf))).toEqual(["NOT_SELECTED", "SELECTED", "NOT_SELECTED", "NOT_SHORTLISTED"]);
    // Formation A's final result is not published yet: its SKB participants wait.
    expect(await statusOf("A1")).toBe("SHORTLISTED");
    const notifications = await prisma.notification.findMany({
      where: { applicationId: { in: ["B2", "B1", "B4"].map((key) => person(key).applicationId) } },
      orderBy: { createdAt: "asc" },
      select: { applicationId: true, title: true, body: true, link: true },
    });
    const of = (key: string) => notifications.filter((row) => row.applicationId === person(key).applicationId).map((row) => [row.title, row.body]);
    expect(of("B2")).toEqual([
      ["Pengumuman hasil SKD", "Pengumuman Nomor 800/71/BKPSDM-SWL/2019: Anda lulus Seleksi Kompetensi Dasar dan berhak mengikuti Seleksi Kompetensi Bidang formasi Perawat Terampil."],
      ["Pengumuman hasil akhir", `Pengumuman Nomor ${NUMBER}: Anda dinyatakan lulus hasil akhir seleksi formasi Perawat Terampil. Lengkapi Daftar Riwayat Hidup dan tunggu informasi selanjutnya dari panitia.`],
    ]);
    expect(of("B1").at(-1)).toEqual(["Pengumuman hasil akhir", `Pengumuman Nomor ${NUMBER}: Anda tidak termasuk peserta yang lulus hasil akhir seleksi formasi Perawat Terampil. Terima kasih atas keikutsertaan Anda.`]);
    // B4 was told by the SKD announcement and is not part of the final result.
    expect(of("B4").map(([title]) => title)).toEqual(["Pengumuman hasil SKD"]);
    expect(notifications.filter((row) => row.title === "Pengumuman hasil akhir").every((row) => row.link === `/pengumuman/${announcement.slug}`)).toBe(true);
    const audits = await prisma.auditLog.count({ where: { action: "application.final_result", entityId: { in: ["B1", "B2", "B3"].map((key) => person(key).applicationId) } } });
    expect(audits).toBe(3);
  });

  it("a later SKB correction changes the staff ranking but never the published snapshot", async () => {
    const announcement = await prisma.announcement.findFirstOrThrow({ where: { selectionId: selection.id, kind: "FINAL_RESULT" } });
    const corrected = csv(["nomor_peserta;skb_cat;tes_tambahan", `${person("B1").registrationNumber};100;100`]);
    expect(await importCatResults({ actorId: committee.chairId, stageId: skbStageId, fileName: "skb-ralat.csv", content: corrected, additionalWeight: 40, ip: IP })).toMatchObject({ changed: 1 });
    const view = await getCpnsScoringView({ actorId: committee.chairId, slug: selection.slug });
    expect(view.formations[1]!.result.selected).toEqual([person("B1").applicationId]);
    expect(view.published[selection.vacancies[1]!.id]).toEqual({ slug: announcement.slug, number: NUMBER });
    const after = await prisma.announcement.findUniqueOrThrow({ where: { id: announcement.id } });
    expect(after.snapshot).toEqual(announcement.snapshot);
    expect(parseCpnsResultSnapshot(after.snapshot)!.rows[0]!.registrationNumber).toBe(person("B2").registrationNumber);
  });

  it("replaces a selected participant who withdraws by the next in the published rank, in a corrected announcement beside the first", async () => {
    const vacancyId = selection.vacancies[1]!.id;
    const first = await prisma.announcement.findFirstOrThrow({ where: { selectionId: selection.id, kind: "FINAL_RESULT", correctsId: null, snapshot: { path: ["formation", "id"], equals: vacancyId } } });
    const REASON = "Peserta menyampaikan surat pengunduran diri karena diterima bekerja di instansi lain.";
    const withdraw = (key: string, actorId = committee.chairId) => recordCpnsWithdrawal({ actorId, ip: IP, data: { slug: selection.slug, applicationId: person(key).applicationId, reason: REASON } });
    const replace = (number: string) => publishCpnsReplacement({ actorId: committee.chairId, slug: selection.slug, vacancyId, number, ip: IP });

    expect((await refusal(withdraw("B2", committee.memberId))).code).toBe("FORBIDDEN");
    expect((await refusal(withdraw("B1"))).code).toBe("INVALID_TRANSITION");
    expect((await refusal(replace("800/79/BKPSDM-SWL/2019"))).code).toBe("INVALID_TRANSITION");

    expect(await withdraw("B2")).toEqual({ registrationNumber: person("B2").registrationNumber, formation: "Perawat Terampil" });
    const b2 = await prisma.application.findUniqueOrThrow({ where: { id: person("B2").applicationId }, select: { status: true } });
    expect(b2.status).toBe("WITHDRAWN");
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "application.withdraw_selected", entityId: person("B2").applicationId } });
    expect(audit).toMatchObject({ actorId: committee.chairId, ip: IP, before: { status: "SELECTED" }, after: { status: "WITHDRAWN", reason: REASON } });
    expect((await refusal(withdraw("B2"))).code).toBe("INVALID_TRANSITION");

    // The published rank decides (B3 was 2nd), not the staff ranking a later SKB correction changed (B1 now first there).
    const view = await getCpnsScoringView({ actorId: committee.chairId, slug: selection.slug });
    expect(view.replacements[vacancyId]).toMatchObject({ withdrawn: [{ registrationNumber: person("B2").registrationNumber }], proposed: [{ registrationNumber: person("B3").registrationNumber, rank: 2 }] });

    const outcome = await replace("800/79/BKPSDM-SWL/2019");
    expect(outcome).toEqual({ announcementSlug: `${first.slug}-perubahan`, withdrawn: [person("B2").registrationNumber], replacements: [person("B3").applicationId] });
    const statuses = await prisma.application.findMany({ where: { id: { in: ["B1", "B2", "B3"].map((key) => person(key).applicationId) } }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({
      [person("B1").applicationId]: "NOT_SELECTED",
      [person("B2").applicationId]: "WITHDRAWN",
      [person("B3").applicationId]: "SELECTED",
    });
    // The first announcement is never changed; the correction stands beside it and names it.
    // The secretariat's queue and application page say it in the CPNS words, the replacement included.
    const secretariat = await viewerOf(committee.secretariatId);
    const queue = await listQueue({ slug: selection.slug, vacancyId, page: 1, pageSize: 100 }, secretariat);
    const labelOf = (key: string) => queue!.rows.find((row) => row.id === person(key).applicationId)?.statusLabel;
    expect(["B1", "B2", "B3"].map(labelOf)).toEqual(["Tidak lulus hasil akhir", "Ditarik / mengundurkan diri", "Lulus hasil akhir (pengganti)"]);
    expect((await getWorkbench(person("B3").applicationId, secretariat))?.statusLabel).toBe("Lulus hasil akhir (pengganti)");
    expect((await prisma.announcement.findUniqueOrThrow({ where: { id: first.id } })).snapshot).toEqual(first.snapshot);
    const corrected = await prisma.announcement.findUniqueOrThrow({ where: { slug: outcome.announcementSlug } });
    expect(corrected).toMatchObject({ kind: "FINAL_RESULT", correctsId: first.id, number: "800/79/BKPSDM-SWL/2019" });
    const snapshot = parseCpnsResultSnapshot(corrected.snapshot)!;
    expect(snapshot.title).toContain("Pengumuman Perubahan Hasil Akhir");
    expect(snapshot.rows.map((row) => [row.registrationNumber, row.label])).toEqual([
      [person("B2").registrationNumber, "Mengundurkan diri"],
      [person("B3").registrationNumber, "Lulus (pengganti)"],
      [person("B1").registrationNumber, "Tidak lulus"],
    ]);
    expect(snapshot.corrects).toEqual({
      slug: first.slug,
      number: NUMBER,
      reason: `Peserta ${person("B2").registrationNumber} (Peserta B2) mengundurkan diri (${REASON}); digantikan oleh peserta peringkat berikutnya: ${person("B3").registrationNumber} (Peserta B3, peringkat 2).`,
    });
    const notice = await prisma.notification.findFirstOrThrow({ where: { applicationId: person("B3").applicationId, title: "Pengumuman perubahan hasil akhir" }, select: { body: true, link: true } });
    expect(notice.link).toBe(`/pengumuman/${outcome.announcementSlug}`);
    expect(notice.body).toContain("Anda sebagai peserta peringkat berikutnya dinyatakan lulus sebagai pengganti");
    const pdf = await extractPdfText(await renderCpnsResultAnnouncement(snapshot, { publishedAt: corrected.publishedAt! }));
    expect(pdf).toContain(`melengkapi pengumuman Nomor ${NUMBER}`);
    // The staff page still names the first announcement, and lists the correction.
    const after = await getCpnsScoringView({ actorId: committee.chairId, slug: selection.slug });
    expect(after.published[vacancyId]!.slug).toBe(first.slug);
    // The ranking screen beside it: each participant's status in the CPNS words (B2 has left the ranking).
    expect(["B1", "B3"].map((key) => after.statusLabels[person(key).applicationId])).toEqual(["Tidak lulus hasil akhir", "Lulus hasil akhir (pengganti)"]);
    expect(after.replacements[vacancyId]).toMatchObject({ withdrawn: [], proposed: [], corrections: [{ slug: outcome.announcementSlug, number: "800/79/BKPSDM-SWL/2019" }] });
    expect((await refusal(replace("800/80/BKPSDM-SWL/2019"))).code).toBe("INVALID_TRANSITION");
  });

  it("completes the selection once every formation's final result is published; CAT files are then refused", async () => {
    const statusOfSelection = async () => (await prisma.selection.findUniqueOrThrow({ where: { id: selection.id }, select: { status: true } })).status;
    expect(await statusOfSelection()).toBe("IN_PROGRESS");
    const outcome = await publishCpnsFinalResult({ actorId: committee.chairId, slug: selection.slug, vacancyId: selection.vacancies[0]!.id, number: "800/81/BKPSDM-SWL/2019", ip: IP });
    expect(outcome.selected).toBe(2);
    expect(await statusOfSelection()).toBe("COMPLETED");
    const audits = await prisma.auditLog.findMany({ where: { entityId: selection.id, action: "selection.status_change" }, orderBy: { id: "asc" }, select: { after: true } });
    expect(audits.slice(-2).map((audit) => audit.after)).toEqual([
      { status: "DECIDED", cause: "cpns.publish_final" },
      { status: "COMPLETED", cause: "cpns.publish_final" },
    ]);
    const late = await refusal(previewCatImport({ actorId: committee.chairId, stageId: skbStageId, fileName: "skb.csv", content: csv(["nomor_peserta;skb_cat", `${person("A1").registrationNumber};80`]) }));
    expect(late.message).toBe("Seleksi ini tidak lagi dalam tahap penilaian; hasil CAT tidak dapat diimpor.");
  });
});

