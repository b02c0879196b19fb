// The seat, not the role, opens a selection's data. A secretariat member and a committee member who sit on
// another selection's Pansel must find nothing of this one: not in the staff list, the dashboard, the
// queue, an applicant's workbench, a document download, the participant export or the result draft,
// and no write either (refused as not on this Pansel). The seated members and the portal-wide roles keep
// what their role gives them.
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { getSelectionAccess, NOT_ON_PANSEL_MESSAGE, refuseScopedMiss, requireSelectionAccess } from "@/lib/auth/selection-access";
import { prisma } from "@/lib/db";
import { getDecisionBoard } from "@/lib/decisions/queries";
import { getDocumentFileForUser } from "@/lib/documents/queries";
import { getAdministrativeResultDraft } from "@/lib/results/queries";
import { getScoringSetup } from "@/lib/scoring/queries";
import { getSelectionDashboard, listParticipantsForExport } from "@/lib/selections/dashboard";
import { rescheduleStage } from "@/lib/selections/mutations";
import { listStaffSelections } from "@/lib/selections/staff-queries";
import { getStorage } from "@/lib/storage";
import { setDocumentVerdict } from "@/lib/verification/mutations";
import { getWorkbench, listQueue } from "@/lib/verification/queries";
import { demoUserId } from "../factories/applications";
import { addSubmittedApplication, createResultSelection, type ResultSelection, type TestApplicant } from "../factories/results";
import { viewerOf } from "../factories/viewers";
import { refusal } from "../fixtures/refusal";

let target: ResultSelection; // the selection under attack, with the demo chair and secretariat on its Pansel
let other: ResultSelection; // another selection, where the outsiders have their seats
let applicant: TestApplicant;
let versionId: string;
let stageId: string;
const outsiders: Record<"secretariat" | "committee", string> = { secretariat: "", committee: "" };

async function staffUser(email: string, roles: ("SECRETARIAT" | "COMMITTEE" | "CHAIR" | "PPK" | "ADMIN")[]): Promise<string> {
  const user = await prisma.user.create({ data: { email, name: email.split("@")[0]!, passwordHash: "-", roles }, select: { id: true } });
  return user.id;
}

/** Every one of the seven staff reads, as the given user sees them on the target selection. */
async function reads(userId: string) {
  const viewer = await viewerOf(userId);
  const file = await getDocumentFileForUser({ userId, roles: viewer.roles, versionId }).then(
    (found) => {
      found.stream.destroy();
      return "found";
    },
    (error: { code?: string }) => error.code,
  );
  return {
    listed: (await listStaffSelections(viewer)).map((selection) => selection.slug).includes(target.slug),
    dashboard: (await getSelectionDashboard(target.slug, viewer)) !== null,
    queue: (await listQueue({ slug: target.slug, page: 1, pageSize: 25 }, viewer))?.total ?? null,
    workbench: (await getWorkbench(applicant.applicationId, viewer))?.registrationNumber ?? null,
    file,
    export: (await listParticipantsForExport(target.slug, viewer))?.rows.length ?? null,
    proposal: (await getAdministrativeResultDraft(target.slug, viewer))?.items.length ?? null,
  };
}

beforeAll(async () => {
  target = await createResultSelection({ objectionEnabled: false });
  other = await createResultSelection({ objectionEnabled: false });
  applicant = await addSubmittedApplication(target, { name: "Pelamar Rahasia", nip: "198001012005011001" });
  const version = await prisma.documentVersion.findFirstOrThrow({ where: { documentId: applicant.documentId }, select: { id: true, storageKey: true } });
  versionId = version.id;
  await getStorage().put(version.storageKey, Readable.from([Buffer.from("%PDF-1.4 KTP\n%%EOF\n")]), { contentType: "application/pdf" });
  stageId = (
    await prisma.stage.create({
      data: { selectionId: target.id, kind: "INTERVIEW", order: 1, name: "Wawancara", startsAt: new Date("2025-11-17T01:00:00Z"), endsAt: new Date("2025-11-18T09:00:00Z") },
      select: { id: true },
    })
  ).id;
  outsiders.secretariat = await staffUser("sekretariat.lain@akses.uji", ["SECRETARIAT"]);
  outsiders.committee = await staffUser("anggota.lain@akses.uji", ["COMMITTEE"]);
  await prisma.committeeMember.createMany({
    data: [
      { selectionId: other.id, userId: outsiders.secretariat, position: "SECRETARY" },
      { selectionId: other.id, userId: outsiders.committee, position: "MEMBER" },
    ],
  });
}, 120_000);

describe("staff reads of a selection", () => {
  it("give its own secretariat member every view of its applications", async () => {
    expect(await reads(target.secretariatId)).toEqual({
      listed: true,
      dashboard: true,
      queue: 1,
      workbench: applicant.registrationNumber,
      file: "found",
      export: 1,
      proposal: 1,
    });
  });

  it.each(["secretariat", "committee"] as const)("give a %s member seated on another selection nothing of it", async (who) => {
    expect(await reads(outsiders[who])).toEqual({
      listed: false,
      dashboard: false,
      queue: null,
      workbench: null,
      file: "NOT_FOUND",
      export: null,
      proposal: null,
    });
    // Their own selection is still theirs.
    expect((await listStaffSelections(await viewerOf(outsiders[who]))).map((selection) => selection.slug)).toEqual([other.slug]);
  });

  it("reach every selection for the administrator, and none of the applicants' data for the PPK", async () => {
    const admin = await demoUserId("admin@demo.seleksi.id");
    expect(await reads(admin)).toEqual({ listed: true, dashboard: true, queue: 1, workbench: applicant.registrationNumber, file: "found", export: 1, proposal: 1 });
    const ppk = await demoUserId("ppk@demo.seleksi.id");
    expect(await reads(ppk)).toEqual({ listed: true, dashboard: false, queue: null, workbench: null, file: "NOT_FOUND", export: null, proposal: null });
  });

  it("keep the owner's own document readable for the owner only", async () => {
    const file = await getDocumentFileForUser({ userId: applicant.userId, roles: ["APPLICANT"], versionId });
    file.stream.destroy();
    expect(file.versionId).toBe(versionId);
  });
});

describe("staff writes and views on a selection", () => {
  it("explain a page's empty scoped read: 403 to another Pansel's member, 404 to an applicant and for what does not exist", async () => {
    const outsider = await viewerOf(outsiders.secretariat);
    const bySlug = await refusal(refuseScopedMiss(outsider, { slug: target.slug }));
    expect([bySlug.code, bySlug.message]).toEqual(["FORBIDDEN", NOT_ON_PANSEL_MESSAGE]);
    expect((await refusal(refuseScopedMiss(outsider, { applicationId: applicant.applicationId }))).code).toBe("FORBIDDEN");
    expect((await refusal(refuseScopedMiss(outsider, { slug: "tidak-ada-seleksi-ini" }))).code).toBe("NOT_FOUND");
    expect((await refusal(refuseScopedMiss(outsider, { applicationId: "tidak-ada" }))).code).toBe("NOT_FOUND");
    const owner = await viewerOf(applicant.userId);
    expect((await refusal(refuseScopedMiss(owner, { slug: target.slug }))).code).toBe("NOT_FOUND");
    // A seated member whose read needed a permission it lacks is refused, not told it is off the Pansel.
    const seated = await refusal(refuseScopedMiss(await viewerOf(target.secretariatId), { slug: target.slug }));
    expect(seated.code).toBe("FORBIDDEN");
    expect(seated.message).not.toBe(NOT_ON_PANSEL_MESSAGE);
  });

  it("are refused to a member seated on another selection, saying it is not on this Pansel", async () => {
    const verdict = await refusal(setDocumentVerdict({ actorId: outsiders.secretariat, documentId: applicant.documentId, verdict: "MEETS", ip: null }));
    expect(verdict.code).toBe("FORBIDDEN");
    expect(verdict.message).toBe(NOT_ON_PANSEL_MESSAGE);
    const reschedule = await refusal(
      rescheduleStage({ actorId: outsiders.secretariat, stageId, startsAt: new Date("2025-11-19T01:00:00Z"), endsAt: new Date("2025-11-20T09:00:00Z"), reason: "Uji", ip: null }),
    );
    expect(reschedule.code).toBe("FORBIDDEN");
    expect((await refusal(getScoringSetup({ actorId: outsiders.committee, slug: target.slug }))).code).toBe("FORBIDDEN");
    expect((await refusal(getDecisionBoard({ actorId: outsiders.committee, slug: target.slug }))).code).toBe("FORBIDDEN");
    const stage = await prisma.stage.findUniqueOrThrow({ where: { id: stageId }, select: { startsAt: true } });
    expect(stage.startsAt.toISOString()).toBe("2025-11-17T01:00:00.000Z");
  });

  it("are forbidden to a seated member whose position lacks the permission", async () => {
    const seated = await requireSelectionAccess({ actorId: target.secretariatId, selectionId: target.id, permission: "view:applications" });
    expect(seated.position).toBe("SECRETARY");
    const chairOnly = await refusal(requireSelectionAccess({ actorId: target.secretariatId, selectionId: target.id, permission: "publish:result", refusal: "Hanya Ketua." }));
    expect(chairOnly).toMatchObject({ code: "FORBIDDEN", message: "Hanya Ketua." });
    const access = await getSelectionAccess(await viewerOf(target.chairId), target.slug);
    expect([access.can("publish:result"), access.can("verify:document")]).toEqual([true, false]);
  });
});
