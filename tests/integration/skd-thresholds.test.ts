// The SKD passing thresholds are data of a selection: the CPNS template and a copy carry them, the
// administrator changes them on a draft (audited, refused once announced), the ranking reads them, the
// scoring page shows them. Real PostgreSQL, real rows.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { importCatResults } from "@/lib/cat-results/mutations";
import { getCpnsScoringView, getSkdThresholds, loadCatFormations } from "@/lib/cat-results/queries";
import { createSelection, updateSkdThresholds } from "@/lib/selection-setup/mutations";
import { parseOrThrow } from "@/lib/validation/parse";
import { skdThresholdsSchema } from "@/lib/validation/cat-results";
import { sawahlunto2019 } from "@/prisma/seed-data/sawahlunto-2019";
import { demoUserId } from "../factories/applications";
import { addCpnsCandidate, createCpnsSelection, seatCpnsCommittee } from "../factories/cpns";
import { skipAdministrativeSelection } from "../factories/results";
import { SINGKAWANG_SLUG } from "../factories/selections";
import { refusal } from "../fixtures/refusal";

const ip = "203.0.113.41";
const suffix = () => crypto.randomBytes(3).toString("hex");
let admin: string;

async function draftFrom(source: string): Promise<{ id: string; slug: string }> {
  const slug = `ambang-${suffix()}`;
  await createSelection({ actorId: admin, ip, data: { source, slug, title: `Seleksi Uji Ambang Batas ${slug}`, announcementNumber: `01/AMBANG/${slug}`, registrationOpensOn: "2027-05-03" } });
  return prisma.selection.findUniqueOrThrow({ where: { slug }, select: { id: true, slug: true } });
}

const input = (selectionId: string, twk: string, tiu: string, tkp: string) => parseOrThrow(skdThresholdsSchema, { selectionId, twk, tiu, tkp });

beforeAll(async () => {
  admin = await demoUserId("admin@demo.seleksi.id");
});

describe("SKD thresholds as selection data", () => {
  it("come with the CPNS template, are changed on the draft with an audit row, and go with a copy", async () => {
    const draft = await draftFrom("template:cpns");
    expect(await getSkdThresholds(draft.id)).toEqual(sawahlunto2019.skdThresholds);
    expect(sawahlunto2019.skdThresholds).toEqual({ twk: 65, tiu: 80, tkp: 126 });

    await updateSkdThresholds({ actorId: admin, ip, data: input(draft.id, "65", "80", "166") });
    expect(await getSkdThresholds(draft.id)).toEqual({ twk: 65, tiu: 80, tkp: 166 });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: draft.id, action: "selection.set_skd_thresholds" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorId: admin, ip, before: { twk: 65, tiu: 80, tkp: 126 }, after: { twk: 65, tiu: 80, tkp: 166 } });

    const copy = await draftFrom(`copy:${draft.slug}`);
    expect(await getSkdThresholds(copy.id)).toEqual({ twk: 65, tiu: 80, tkp: 166 });
  });

  it("are refused beyond a subtest's maximum, on a JPT selection, and once the selection is announced", async () => {
    expect(() => input("clx0000000000000000000001", "151", "80", "126")).toThrow();
    const jpt = await draftFrom(`copy:${SINGKAWANG_SLUG}`);
    expect(await getSkdThresholds(jpt.id)).toBeNull();
    expect((await refusal(updateSkdThresholds({ actorId: admin, ip, data: input(jpt.id, "65", "80", "126") }))).code).toBe("INVALID_TRANSITION");
    const open = await createCpnsSelection("ambang-terbit");
    expect((await refusal(updateSkdThresholds({ actorId: admin, ip, data: input(open.id, "60", "80", "126") }))).code).toBe("LOCKED");
  });

  it("decide who passes the SKD in the ranking and are shown on the scoring page", async () => {
    const selection = await createCpnsSelection("ambang-peringkat", (seed) => ({ ...seed, skdThresholds: { twk: 65, tiu: 80, tkp: 140 } }));
    const committee = await seatCpnsCommittee(selection);
    const a = await addCpnsCandidate(selection, committee, { name: "Peserta Ambang A", vacancyIndex: 0, birthDate: "1995-01-01", gpa: 3.2 });
    const b = await addCpnsCandidate(selection, committee, { name: "Peserta Ambang B", vacancyIndex: 0, birthDate: "1996-01-01", gpa: 3.2 });
    await skipAdministrativeSelection(selection.id, [a.applicationId, b.applicationId]);
    const stage = await prisma.stage.findFirstOrThrow({ where: { selectionId: selection.id, kind: "SKD" }, select: { id: true } });
    const csv = `Nomor Peserta;Nama;TWK;TIU;TKP\r\n${a.registrationNumber};A;100;100;150\r\n${b.registrationNumber};B;100;100;130\r\n`;
    await importCatResults({ actorId: committee.chairId, stageId: stage.id, fileName: "skd.csv", content: new TextEncoder().encode(csv), ip });
    const [formation] = await loadCatFormations(prisma, selection.id);
    // TKP 130 meets the regulation's 126 but not this selection's 140.
    expect(formation!.result.skdPassed).toEqual([a.applicationId]);
    expect(formation!.result.skdFailed.map((row) => row.id)).toEqual([b.applicationId]);
    const view = await getCpnsScoringView({ actorId: committee.chairId, slug: selection.slug });
    expect(view.thresholds).toEqual({ twk: 65, tiu: 80, tkp: 140 });
  });
});
