// The CPNS CAT results, SKD part: the chair imports the SKD result files (CSV and XLSX), sees every row error
// with its line, re-imports idempotently, corrects with an audit row per change; the SKB shortlist is the
// 3 × quota cut of `rankCpns` with ties at the boundary; each formation's SKD result is announced. The SKB
// and the final ranking are in cpns-skb.test.ts. Real PostgreSQL, real rows (no mocks).
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { importCatResults, previewCatImport } from "@/lib/cat-results/mutations";
import { getCpnsScoringView, loadCatFormations } from "@/lib/cat-results/queries";
import { publishCpnsFinalResult, publishCpnsSkdResult } from "@/lib/cat-results/publish";
import { parseCpnsResultSnapshot } from "@/lib/cat-results/snapshot";
import { renderCpnsResultAnnouncement } from "@/lib/pdf/cpns-result-announcement";
import { extractPdfText } from "../fixtures/pdf-text";
import { seedLine } from "../fixtures/seed-text";
import { refusal } from "../fixtures/refusal";
import { createCpnsSelection } from "../factories/cpns";
import {
  committee,
  counts,
  csv,
  FORMATION_A,
  formationACsv,
  formationBXlsx,
  IP,
  notPassed,
  people,
  person,
  selection,
  setUpCatJourney,
  SKD_HEADER,
  skbStageId,
  skdLine,
  skdStageId,
} from "../factories/cpns-cat-journey";

beforeAll(setUpCatJourney);

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

