import { beforeAll, describe, expect, it } from "vitest";
import { viewerOf } from "../factories/viewers";
import { prisma } from "@/lib/db";
import { toCsv } from "@/lib/export/csv";
import { readOutbox } from "@/lib/mail";
import { deliverDueMail } from "@/lib/mail/mutations";
import { renderResultAnnouncement } from "@/lib/pdf/result-announcement";
import { publishAdministrativeResult, publishCorrection } from "@/lib/results/mutations";
import { answerObjection, submitObjection } from "@/lib/results/objections";
import { getAdministrativeResultDraft, getOwnAdministrativeResult } from "@/lib/results/queries";
import { parseResultSnapshot, type ResultSnapshot } from "@/lib/results/snapshot";
import { listParticipantsForExport, PARTICIPANT_EXPORT_HEADER } from "@/lib/selections/dashboard";
import { extractPdfText } from "../fixtures/pdf-text";
import { demoUserId } from "../factories/applications";
import { addSubmittedApplication, createResultSelection, type ResultSelection, type TestApplicant } from "../factories/results";
import { refusal } from "../fixtures/refusal";

const PUBLISHED_AT = new Date("2025-11-07T07:00:00Z"); // Friday 7 Nov 2025, 14:00 WIB
const WINDOW_CLOSES = new Date("2025-11-10T17:00:00Z"); // Tuesday 11 Nov 2025, 00:00:00 WIB (3 days after the 7th)
const ANSWER_CLOSES = new Date("2025-11-17T17:00:00Z"); // Tuesday 18 Nov 2025, 00:00:00 WIB (7 days later)
const ONE_SECOND = 1000;
const NUMBER = "06/SELTER/UJI/XI/2025";
const IP = "10.1.2.3";

const REASONS_BUDI = ["Berkas 1 (surat lamaran) tidak memenuhi: Tidak bermaterai", "Tidak memenuhi persyaratan pangkat: III/d di bawah IV/b"];
const REASONS_CICI = ["Berkas 1 (surat lamaran) tidak diunggah"];

let selection: ResultSelection;
let ani: TestApplicant; // MS
let budi: TestApplicant; // TMS, two reasons, confirmed
let cici: TestApplicant; // TMS, confirmed
let dodi: TestApplicant; // undecided at first
let memberId: string;

function publish(actorId: string, overrides: Partial<Parameters<typeof publishAdministrativeResult>[0]> = {}) {
  return publishAdministrativeResult({ actorId, slug: selection.slug, number: NUMBER, date: "2025-11-07", ip: IP, now: PUBLISHED_AT, ...overrides });
}

async function readAnnouncement(slug: string) {
  return prisma.announcement.findUniqueOrThrow({
    where: { slug },
    select: { id: true, kind: true, number: true, title: true, body: true, snapshot: true, publishedAt: true, publishedById: true, correctsId: true },
  });
}

beforeAll(async () => {
  memberId = await demoUserId("anggota@demo.seleksi.id");
  selection = await createResultSelection({ objectionEnabled: true });
  ani = await addSubmittedApplication(selection, { name: "Ani Lestari, S.E.", nip: "199002032015032001", vacancyIndex: 1, decision: "MS" });
  budi = await addSubmittedApplication(selection, {
    name: "Budi Santoso, S.H.",
    nip: "198805122014021002",
    decision: "TMS",
    reasons: REASONS_BUDI,
    confirmedById: selection.secondSecretariatId,
  });
  cici = await addSubmittedApplication(selection, {
    name: "Cici Paramida, S.Sos.",
    nip: "199107072016042003",
    decision: "TMS",
    reasons: REASONS_CICI,
    confirmedById: selection.secondSecretariatId,
  });
  dodi = await addSubmittedApplication(selection, { name: "Dodi Pratama, S.T.", nip: "198512302010011004" });
}, 60_000);

describe("publishing the administrative result", () => {
  it("is refused for anyone but this selection's chair, whatever the caller's session claims", async () => {
    // Its secretariat is seated but not the chair (forbidden); a member of another Pansel is told it is not on this one; an applicant finds nothing.
    for (const [actorId, code] of [
      [selection.secretariatId, "FORBIDDEN"],
      [memberId, "FORBIDDEN"],
      [ani.userId, "NOT_FOUND"],
    ] as const) {
      expect((await refusal(publish(actorId))).code).toBe(code);
    }
  });

  it("is refused while an application is undecided, naming it, and changes nothing", async () => {
    const error = await refusal(publish(selection.chairId));
    expect(error.code).toBe("VALIDATION");
    expect(Object.values(error.fieldErrors ?? {})).toEqual([`${dodi.registrationNumber} (Dodi Pratama, S.T.): belum diputuskan`]);
    expect(await prisma.announcement.count({ where: { selectionId: selection.id } })).toBe(0);
    expect(await prisma.application.count({ where: { selectionId: selection.id, status: "SUBMITTED" } })).toBe(4);
  });

  it("is refused while a TMS waits for its second check; a confirmation by the same member does not count", async () => {
    await prisma.application.update({
      where: { id: dodi.applicationId },
      data: {
        adminDecision: "TMS",
        adminDecisionReason: "Berkas 1 (surat lamaran) tidak memenuhi: Tidak ditandatangani",
        adminDecidedById: selection.secretariatId,
        adminConfirmedById: selection.secretariatId,
      },
    });
    const draft = await getAdministrativeResultDraft(selection.slug, await viewerOf(selection.secretariatId));
    expect(draft?.counts).toEqual({ UNDECIDED: 0, AWAITING_SECOND_CHECK: 1, DECIDED_MS: 1, DECIDED_TMS: 2 });
    expect(draft?.canPublish).toBe(false);
    const error = await refusal(publish(selection.chairId));
    expect(Object.values(error.fieldErrors ?? {})).toEqual([
      `${dodi.registrationNumber} (Dodi Pratama, S.T.): keputusan TMS belum dikonfirmasi anggota Sekretariat kedua`,
    ]);

    await prisma.application.update({ where: { id: dodi.applicationId }, data: { adminConfirmedById: selection.secondSecretariatId } });
    expect((await getAdministrativeResultDraft(selection.slug, await viewerOf(selection.secretariatId)))?.canPublish).toBe(true);
  });

  it("freezes the list with masked NIPs only, moves every status, notifies and audits in one go", async () => {
    const outcome = await publish(selection.chairId);
    expect(outcome).toEqual({ announcementSlug: `${selection.slug}-hasil-administrasi`, participants: 4, ms: 1, tms: 3 });

    const announcement = await readAnnouncement(outcome.announcementSlug);
    expect(announcement).toMatchObject({ kind: "ADMIN_RESULT", number: NUMBER, publishedAt: PUBLISHED_AT, publishedById: selection.chairId, correctsId: null });
    expect(announcement.title).toBe(`Pengumuman Hasil Seleksi Administrasi Seleksi Uji ${selection.slug.slice(-8)}`);
    const snapshot = parseResultSnapshot(announcement.snapshot);
    expect(snapshot).not.toBeNull();
    // Vacancy order first (the auditor vacancy has order 0), then registration number.
    expect(snapshot?.rows.map((row) => [row.no, row.registrationNumber, row.nipMasked, row.result, row.resultLabel])).toEqual([
      [1, budi.registrationNumber, "1988***********002", "TMS", "Tidak Memenuhi Syarat"],
      [2, cici.registrationNumber, "1991***********003", "TMS", "Tidak Memenuhi Syarat"],
      [3, dodi.registrationNumber, "1985***********004", "TMS", "Tidak Memenuhi Syarat"],
      [4, ani.registrationNumber, "1990***********001", "MS", "Memenuhi Syarat"],
    ]);
    expect(snapshot?.objectionLastDay).toBe("2025-11-10");
    expect(announcement.body).toContain("Senin, 10 November 2025 pukul 23.59 WIB");
    expect(announcement.body).toContain("Keputusan Panitia Seleksi Uji bersifat final.");

    const stored = JSON.stringify(announcement.snapshot) + announcement.body;
    for (const person of [ani, budi, cici, dodi]) {
      expect(stored).not.toContain(person.nip);
      expect(stored).not.toContain(person.nik);
    }
    for (const secret of [...REASONS_BUDI, ...REASONS_CICI, "Tidak ditandatangani", "1990-02-03", "Jl. Rahasia"]) expect(stored).not.toContain(secret);

    const statuses = await prisma.application.findMany({ where: { selectionId: selection.id }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({
      [ani.applicationId]: "ADMIN_PASSED",
      [budi.applicationId]: "ADMIN_FAILED",
      [cici.applicationId]: "ADMIN_FAILED",
      [dodi.applicationId]: "ADMIN_FAILED",
    });
    const audits = await prisma.auditLog.findMany({
      where: { OR: [{ entityId: announcement.id }, { entityId: { in: statuses.map((row) => row.id) }, action: "application.admin_result" }] },
      select: { action: true, actorId: true, ip: true },
    });
    expect(audits).toHaveLength(5);
    expect(audits.filter((row) => row.action === "announcement.publish")).toHaveLength(1);
    expect(audits.every((row) => row.actorId === selection.chairId && row.ip === IP)).toBe(true);
  });

  it("tells each applicant the result, and a TMS applicant every reason, in the timeline, the notification and the e-mail", async () => {
    const event = await prisma.applicationEvent.findFirstOrThrow({
      where: { applicationId: budi.applicationId, kind: "admin_result.published" },
      select: { message: true, data: true },
    });
    for (const reason of REASONS_BUDI) expect(event.message).toContain(reason);
    expect(event.data).toMatchObject({ result: "TMS", reasons: REASONS_BUDI, number: NUMBER });
    await deliverDueMail(); // what the worker does: the notification's e-mail, enqueued with it, goes out
    const notification = await prisma.notification.findFirstOrThrow({ where: { userId: budi.userId }, select: { title: true, body: true, link: true, emailedAt: true } });
    expect(notification).toMatchObject({ title: "Hasil seleksi administrasi", link: `/akun/lamaran/${budi.applicationId}`, emailedAt: expect.any(Date) });
    for (const reason of REASONS_BUDI) expect(notification.body).toContain(reason);
    const mails = (await readOutbox(budi.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain("Hasil seleksi administrasi");

    const own = await getOwnAdministrativeResult(budi.userId, budi.applicationId, PUBLISHED_AT);
    expect(own).toMatchObject({ result: "TMS", reasons: REASONS_BUDI, canObject: true });
    const passed = await prisma.applicationEvent.findFirstOrThrow({ where: { applicationId: ani.applicationId, kind: "admin_result.published" }, select: { message: true } });
    expect(passed.message).toContain("MEMENUHI SYARAT (MS)");
    expect(passed.message).not.toContain("Alasan");
  });

  it("is refused a second time: only a correction can change a published result", async () => {
    const error = await refusal(publish(selection.chairId, { number: "06B/SELTER/UJI/XI/2025" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("ralat");
  });

  it("does not change when a document verdict or a decision is edited afterwards", async () => {
    const slug = `${selection.slug}-hasil-administrasi`;
    const before = await readAnnouncement(slug);
    const pdfBefore = await extractPdfText(await renderResultAnnouncement(parseResultSnapshot(before.snapshot) as ResultSnapshot));

    await prisma.documentVerification.updateMany({ where: { documentId: dodi.documentId }, data: { verdict: "MEETS", reason: null } });
    await prisma.document.update({ where: { id: dodi.documentId }, data: { status: "MEETS" } });
    await prisma.application.update({ where: { id: dodi.applicationId }, data: { adminDecision: "MS", adminDecisionReason: null } });
    await prisma.applicantProfile.update({ where: { userId: dodi.userId }, data: { fullName: "Nama Baru Sesudah Pengumuman" } });

    const after = await readAnnouncement(slug);
    expect(after).toEqual(before);
    const pdfAfter = await extractPdfText(await renderResultAnnouncement(parseResultSnapshot(after.snapshot) as ResultSnapshot));
    expect(pdfAfter).toBe(pdfBefore);
    expect(pdfAfter).toContain("Dodi Pratama, S.T.");
    expect(pdfAfter).toContain("1985***********004");
    expect(pdfAfter).not.toContain(dodi.nip);
    expect((await prisma.application.findUniqueOrThrow({ where: { id: dodi.applicationId }, select: { status: true } })).status).toBe("ADMIN_FAILED");
    // The applicant still reads what was published to them.
    const own = await getOwnAdministrativeResult(dodi.userId, dodi.applicationId, PUBLISHED_AT);
    expect(own).toMatchObject({ result: "TMS", reasons: ["Berkas 1 (surat lamaran) tidak memenuhi: Tidak ditandatangani"] });
  });
});

describe("objections", () => {
  it("refuses a reason longer than 255 characters and accepts exactly 255", async () => {
    const tooLong = await refusal(submitObjection({ userId: cici.userId, applicationId: cici.applicationId, reason: "a".repeat(256), ip: null, now: PUBLISHED_AT }));
    expect(tooLong.code).toBe("VALIDATION");
    expect(tooLong.fieldErrors?.reason).toBe("Alasan sanggah paling banyak 255 karakter");
    const result = await submitObjection({ userId: cici.userId, applicationId: cici.applicationId, reason: "é".repeat(255), ip: IP, now: new Date(PUBLISHED_AT.getTime() + 3_600_000) });
    expect(result.objectionId).toEqual(expect.any(String));
    expect(await prisma.auditLog.count({ where: { entityId: result.objectionId, action: "objection.submit", actorId: cici.userId } })).toBe(1);
  });

  it("refuses a participant who passed, and another applicant's application", async () => {
    expect((await refusal(submitObjection({ userId: ani.userId, applicationId: ani.applicationId, reason: "Mohon ditinjau", ip: null, now: PUBLISHED_AT }))).code).toBe("FORBIDDEN");
    expect((await refusal(submitObjection({ userId: ani.userId, applicationId: budi.applicationId, reason: "Mohon ditinjau", ip: null, now: PUBLISHED_AT }))).code).toBe("NOT_FOUND");
  });

  it("refuses at the closing instant (Tuesday 00:00:00 WIB) and accepts one second before", async () => {
    const late = await refusal(submitObjection({ userId: budi.userId, applicationId: budi.applicationId, reason: "Materai ada di halaman 2.", ip: null, now: WINDOW_CLOSES }));
    expect(late.code).toBe("DEADLINE_PASSED");
    expect(late.message).toContain("Senin, 10 November 2025 pukul 23.59 WIB");
    const inTime = await submitObjection({
      userId: budi.userId,
      applicationId: budi.applicationId,
      reason: "Materai ada di halaman 2.",
      ip: null,
      now: new Date(WINDOW_CLOSES.getTime() - ONE_SECOND),
    });
    expect(inTime.objectionId).toEqual(expect.any(String));
  });

  it("accepts only one objection per applicant per announcement", async () => {
    const again = await refusal(submitObjection({ userId: budi.userId, applicationId: budi.applicationId, reason: "Sekali lagi", ip: null, now: PUBLISHED_AT }));
    expect(again.code).toBe("CONFLICT");
    expect(await prisma.objection.count({ where: { applicationId: budi.applicationId } })).toBe(1);
  });

  it("are refused when the selection's switch is off", async () => {
    const closed = await createResultSelection({ objectionEnabled: false, rejectionNeedsSecondCheck: false });
    const eko = await addSubmittedApplication(closed, { name: "Eko Saputra", nip: "198001012005011005", decision: "TMS", reasons: ["Berkas 1 (surat lamaran) tidak diunggah"] });
    await publishAdministrativeResult({ actorId: closed.chairId, slug: closed.slug, number: "01/HASIL/UJI", ip: null, now: PUBLISHED_AT });
    const announcement = await readAnnouncement(`${closed.slug}-hasil-administrasi`);
    expect(announcement.body).not.toContain("sanggah");
    const error = await refusal(submitObjection({ userId: eko.userId, applicationId: eko.applicationId, reason: "Mohon ditinjau", ip: null, now: PUBLISHED_AT }));
    expect(error.code).toBe("LOCKED");
    expect(await getOwnAdministrativeResult(eko.userId, eko.applicationId, PUBLISHED_AT)).toMatchObject({ result: "TMS", canObject: false, objectionPeriods: null });
  });
});

describe("answering objections", () => {
  it("is refused for anyone outside the selection's secretariat", async () => {
    const objection = await prisma.objection.findFirstOrThrow({ where: { applicationId: budi.applicationId }, select: { id: true } });
    for (const [actorId, code] of [
      [selection.chairId, "FORBIDDEN"],
      [memberId, "FORBIDDEN"],
      [budi.userId, "NOT_FOUND"],
    ] as const) {
      const error = await refusal(answerObjection({ actorId, objectionId: objection.id, outcome: "ACCEPTED", answer: "Diterima.", ip: null, now: WINDOW_CLOSES }));
      expect(error.code).toBe(code);
    }
  });

  it("records the answer, tells the applicant, audits it, and refuses a second answer", async () => {
    const objection = await prisma.objection.findFirstOrThrow({ where: { applicationId: budi.applicationId }, select: { id: true } });
    await answerObjection({ actorId: selection.secretariatId, objectionId: objection.id, outcome: "ACCEPTED", answer: "Materai terdapat pada halaman 2; berkas memenuhi.", ip: IP, now: WINDOW_CLOSES });
    const stored = await prisma.objection.findUniqueOrThrow({ where: { id: objection.id }, select: { outcome: true, answeredById: true, answeredAt: true } });
    expect(stored).toEqual({ outcome: "ACCEPTED", answeredById: selection.secretariatId, answeredAt: WINDOW_CLOSES });
    const notification = await prisma.notification.findFirstOrThrow({ where: { userId: budi.userId, title: "Jawaban sanggah" }, select: { body: true } });
    expect(notification.body).toContain("DITERIMA");
    expect(await prisma.auditLog.count({ where: { entityId: objection.id, action: "objection.answer" } })).toBe(1);

    const twice = await refusal(answerObjection({ actorId: selection.secondSecretariatId, objectionId: objection.id, outcome: "REJECTED", answer: "Ditolak saja.", ip: null, now: WINDOW_CLOSES }));
    expect(twice.code).toBe("CONFLICT");
  });

  it("is refused once the 7-day answer period has ended", async () => {
    const objection = await prisma.objection.findFirstOrThrow({ where: { applicationId: cici.applicationId }, select: { id: true } });
    const late = await refusal(answerObjection({ actorId: selection.secretariatId, objectionId: objection.id, outcome: "REJECTED", answer: "Berkas tidak diunggah.", ip: null, now: ANSWER_CLOSES }));
    expect(late.code).toBe("DEADLINE_PASSED");
    await answerObjection({
      actorId: selection.secretariatId,
      objectionId: objection.id,
      outcome: "REJECTED",
      answer: "Berkas 1 tidak pernah diunggah.",
      ip: null,
      now: new Date(ANSWER_CLOSES.getTime() - ONE_SECOND),
    });
  });
});

describe("corrections", () => {
  it("are refused for a secretariat member", async () => {
    const error = await refusal(publishCorrection({ actorId: selection.secretariatId, slug: selection.slug, number: "07/SELTER/UJI/XI/2025", ip: null, now: ANSWER_CLOSES }));
    expect(error.code).toBe("FORBIDDEN");
  });

  it("publish a new announcement that changes only the accepted objection's outcome; the original stays as it was", async () => {
    const originalBefore = await readAnnouncement(`${selection.slug}-hasil-administrasi`);
    const outcome = await publishCorrection({ actorId: selection.chairId, slug: selection.slug, number: "07/SELTER/UJI/XI/2025", ip: IP, now: ANSWER_CLOSES });
    expect(outcome).toMatchObject({ participants: 4, ms: 2, tms: 2, changed: 1 });

    const correction = await readAnnouncement(outcome.announcementSlug);
    expect(correction).toMatchObject({ kind: "CORRECTION", correctsId: originalBefore.id, number: "07/SELTER/UJI/XI/2025" });
    const before = parseResultSnapshot(originalBefore.snapshot) as ResultSnapshot;
    const after = parseResultSnapshot(correction.snapshot) as ResultSnapshot;
    expect(after.changes).toEqual([{ registrationNumber: budi.registrationNumber, name: "Budi Santoso, S.H.", from: "TMS", to: "MS" }]);
    expect(after.rows.map((row) => [row.registrationNumber, row.result])).toEqual(
      before.rows.map((row) => [row.registrationNumber, row.registrationNumber === budi.registrationNumber ? "MS" : row.result]),
    );
    // The correction starts from the published list, not from today's database (Dodi's name was edited).
    expect(after.rows.find((row) => row.registrationNumber === dodi.registrationNumber)?.name).toBe("Dodi Pratama, S.T.");
    expect(after.corrects).toEqual({ slug: `${selection.slug}-hasil-administrasi`, number: NUMBER, title: originalBefore.title });
    expect(await readAnnouncement(`${selection.slug}-hasil-administrasi`)).toEqual(originalBefore);

    const statuses = await prisma.application.findMany({ where: { id: { in: [budi.applicationId, cici.applicationId] } }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({ [budi.applicationId]: "ADMIN_PASSED", [cici.applicationId]: "ADMIN_FAILED" });
    expect(await prisma.auditLog.count({ where: { entityId: correction.id, action: "announcement.publish_correction" } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { entityId: budi.applicationId, action: "application.admin_result_corrected" } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: budi.userId, title: "Ralat hasil seleksi administrasi" } })).toBe(1);
    expect(await getOwnAdministrativeResult(budi.userId, budi.applicationId, ANSWER_CLOSES)).toMatchObject({
      result: "MS",
      announcement: { slug: outcome.announcementSlug, isCorrection: true },
    });
  });

  it("are refused when no accepted objection waits for one", async () => {
    const error = await refusal(publishCorrection({ actorId: selection.chairId, slug: selection.slug, number: "08/SELTER/UJI/XI/2025", ip: null, now: ANSWER_CLOSES }));
    expect(error.code).toBe("CONFLICT");
  });
});

describe("participant export", () => {
  it("lists every submitted application with the full NIP as semicolon-separated UTF-8 CSV with a BOM", async () => {
    const data = await listParticipantsForExport(selection.slug, await viewerOf(selection.secretariatId));
    expect(data?.rows).toHaveLength(4);
    const csv = toCsv(PARTICIPANT_EXPORT_HEADER, data?.rows ?? []);
    expect(csv.startsWith("\uFEFFNo;Nomor Pendaftaran;Nama;NIP;")).toBe(true);
    const lines = csv.split("\r\n");
    expect(lines).toHaveLength(6); // header, 4 rows, the empty string after the last CRLF
    const budiLine = lines.find((line) => line.includes(budi.registrationNumber)) ?? "";
    expect(budiLine).toContain(`;${budi.nip};`);
    expect(budiLine).toContain(budi.email);
    expect(budiLine).toContain("Memenuhi syarat administrasi");
    expect(budiLine).toContain(REASONS_BUDI.join("; "));
    expect(budiLine).toContain("2025-11-01 10:00");
  });
});
