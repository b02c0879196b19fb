// The CPNS CAT results, SKB part: from both formations' announced SKD results (cpns-skd.test.ts covers those
// steps), the chair imports the SKB with an additional regional test, the final ranking is `rankCpns` on the
// same input, the final result is announced per formation with per-stage scores, a withdrawal is replaced by
// the next in rank, and the selection completes. Real PostgreSQL, real rows (no mocks).
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { importCatResults, previewCatImport, recordCpnsWithdrawal } from "@/lib/cat-results/mutations";
import { getCpnsScoringView } from "@/lib/cat-results/queries";
import { publishCpnsFinalResult, publishCpnsReplacement } from "@/lib/cat-results/publish";
import { parseCpnsResultSnapshot } from "@/lib/cat-results/snapshot";
import { readPublishedList } from "@/lib/announcements/snapshot";
import { renderCpnsResultAnnouncement } from "@/lib/pdf/cpns-result-announcement";
import { rankCpns } from "@/lib/ranking";
import { getWorkbench, listQueue } from "@/lib/verification/queries";
import { extractPdfText } from "../fixtures/pdf-text";
import { seedLine } from "../fixtures/seed-text";
import { refusal } from "../fixtures/refusal";
import { viewerOf } from "../factories/viewers";
import { createCpnsSelection, seatCpnsCommittee } from "../factories/cpns";
import {
  committee,
  counts,
  csv,
  FORMATION_A,
  FORMATION_B,
  formationACsv,
  IP,
  person,
  publishSkdOfBothFormations,
  selection,
  setUpCatJourney,
  SKD_HEADER,
  skbStageId,
  skdStageId,
} from "../factories/cpns-cat-journey";

beforeAll(async () => {
  await setUpCatJourney();
  await publishSkdOfBothFormations();
}, 60_000);

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

