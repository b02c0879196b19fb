// The PPK who approves and chooses is the PPK of the selection's agency (#15 item 2): a PPK account
// assigned to another agency finds nothing of the selection (no list entry, no decision board, no step),
// and the administrator's assignments are audited.
import { beforeAll, describe, expect, it } from "vitest";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { prisma } from "@/lib/db";
import { proposeShortlist } from "@/lib/decisions/propose";
import { recordDecisionStep } from "@/lib/decisions/record-step";
import { getDecisionBoard } from "@/lib/decisions/queries";
import { assignAgencyPpk, unassignAgencyPpk } from "@/lib/institutions/mutations";
import { listStaffSelections } from "@/lib/selections/staff-queries";
import { assignAgencyPpkSchema } from "@/lib/validation/institutions";
import { demoUserId } from "../factories/applications";
import { createScoringSelection, scoreInterviewAndClose, type ScoringSelection } from "../factories/scoring";
import { viewerOf } from "../factories/viewers";
import { refusal } from "../fixtures/refusal";

const IP = "10.9.8.7";
let selection: ScoringSelection; // organised by Pemerintah Kota Singkawang, waiting for the PPK's approval
let singkawangPpk: string; // the demo PPK, assigned to Singkawang by the seed
let otherPpk: string; // a PPK account of another agency
let otherAgency: { id: string; name: string };
let adminId: string;

beforeAll(async () => {
  adminId = await demoUserId("admin@demo.seleksi.id");
  singkawangPpk = await demoUserId("ppk@demo.seleksi.id");
  otherAgency = await prisma.institution.findFirstOrThrow({ where: { regionCode: "6171" }, select: { id: true, name: true } });
  const email = `ppk.${Date.now().toString(36)}@uji.seleksi.id`;
  otherPpk = (await prisma.user.create({ data: { email, name: "Wali Kota Uji", passwordHash: "-", roles: ["PPK"] }, select: { id: true } })).id;
  await assignAgencyPpk(assignAgencyPpkSchema.parse({ institutionId: otherAgency.id, email }), adminId, IP);

  selection = await createScoringSelection({ candidates: ["Dewi Lestari", "Agus Salim", "Citra Kirana"] });
  await scoreInterviewAndClose(selection, (index) => 90 - index * 5, IP);
  await proposeShortlist({ actorId: selection.chairId, slug: selection.slug, vacancyId: selection.vacancyIds[0]!, ip: IP });
}, 120_000);

describe("the PPK of the selection's agency", () => {
  it("audits the administrator's assignment", async () => {
    const row = await prisma.agencyPpk.findUniqueOrThrow({ where: { institutionId_userId: { institutionId: otherAgency.id, userId: otherPpk } }, select: { id: true } });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "agency_ppk.assign", entityId: row.id }, select: { actorId: true, after: true } });
    expect(audit).toEqual({ actorId: adminId, after: { institutionId: otherAgency.id, userId: otherPpk } });
    const again = await refusal(assignAgencyPpk(assignAgencyPpkSchema.parse({ institutionId: otherAgency.id, email: (await prisma.user.findUniqueOrThrow({ where: { id: otherPpk } })).email }), adminId, IP));
    expect(again.code).toBe("CONFLICT");
    // Only a PPK account can be named.
    const notPpk = await refusal(assignAgencyPpk(assignAgencyPpkSchema.parse({ institutionId: otherAgency.id, email: "sekretariat@demo.seleksi.id" }), adminId, IP));
    expect(notPpk.code).toBe("VALIDATION");
  });

  it("refuses a PPK of another agency: not listed, no decision board, no approval", async () => {
    const viewer = await viewerOf(otherPpk);
    expect((await listStaffSelections(viewer)).map((row) => row.slug)).not.toContain(selection.slug);
    expect((await refusal(getDecisionBoard({ actorId: otherPpk, slug: selection.slug }))).code).toBe("FORBIDDEN");
    const approve = await refusal(
      recordDecisionStep({ actorId: otherPpk, slug: selection.slug, vacancyId: selection.vacancyIds[0]!, step: "PPK_APPROVED_SHORTLIST", note: "Disetujui", letterNumber: "800/1/UJI", ip: IP }),
    );
    expect(approve.code).toBe("FORBIDDEN");
    expect(await prisma.selectionDecision.count({ where: { selectionId: selection.id, kind: "PPK_APPROVED_SHORTLIST" } })).toBe(0);
  });

  it("lets the selection's own PPK approve", async () => {
    const board = await getDecisionBoard({ actorId: singkawangPpk, slug: selection.slug });
    expect(board.viewer.isPpk).toBe(true);
    expect(board.vacancies[0]!.actionableStep).toBe("PPK_APPROVED_SHORTLIST");
    await recordDecisionStep({ actorId: singkawangPpk, slug: selection.slug, vacancyId: selection.vacancyIds[0]!, step: "PPK_APPROVED_SHORTLIST", note: "Disetujui", letterNumber: "800/2/UJI", ip: IP });
    expect(await prisma.selectionDecision.count({ where: { selectionId: selection.id, kind: "PPK_APPROVED_SHORTLIST" } })).toBe(1);
  });

  it("follows the assignment: a selection of the other agency opens to its PPK only, until the assignment ends", async () => {
    await prisma.selection.update({ where: { id: selection.id }, data: { organiserId: otherAgency.id } });
    try {
      expect((await requireSelectionAccess({ actorId: otherPpk, selectionId: selection.id, permission: "choose:candidate" })).roles).toEqual(["PPK"]);
      expect((await refusal(requireSelectionAccess({ actorId: singkawangPpk, selectionId: selection.id, permission: "choose:candidate" }))).code).toBe("FORBIDDEN");
      expect((await listStaffSelections(await viewerOf(otherPpk))).map((row) => row.slug)).toContain(selection.slug);

      await unassignAgencyPpk({ institutionId: otherAgency.id, userId: otherPpk }, adminId, IP);
      expect(await prisma.auditLog.count({ where: { action: "agency_ppk.unassign", actorId: adminId, before: { path: ["userId"], equals: otherPpk } } })).toBe(1);
      expect((await refusal(requireSelectionAccess({ actorId: otherPpk, selectionId: selection.id, permission: "choose:candidate" }))).code).toBe("FORBIDDEN");
    } finally {
      await prisma.selection.update({ where: { id: selection.id }, data: { organiserId: (await prisma.institution.findFirstOrThrow({ where: { regionCode: "6172" } })).id } });
    }
  });
});
