// The administrator runs the next selection without a developer: a draft from a template or a copy,
// its details and formations, its own Pansel, then publication. A member seated only on the new
// selection finds nothing of Singkawang 2025's.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { prisma } from "@/lib/db";
import { addVacancy, createSelection, publishSelection, removeVacancy, seatMember, unseatMember, updateSelectionDetails } from "@/lib/selection-setup/mutations";
import { listStaffSelections } from "@/lib/selections/staff-queries";
import { listQueue } from "@/lib/verification/queries";
import { demoUserId } from "../factories/applications";
import { createCpnsSelection } from "../factories/cpns";
import { sawahlunto2019 } from "@/prisma/seed-data/sawahlunto-2019";
import { singkawang2025 } from "@/prisma/seed-data/singkawang-2025";
import { SINGKAWANG_SLUG } from "../factories/selections";
import { viewerOf } from "../factories/viewers";
import { refusal } from "../fixtures/refusal";

let admin: string;
const ip = "203.0.113.9";
const suffix = () => crypto.randomBytes(3).toString("hex");

async function staffUser(roles: ("SECRETARIAT" | "COMMITTEE" | "CHAIR")[]): Promise<{ id: string; email: string }> {
  const email = `petugas.${suffix()}@setup.uji`;
  const user = await prisma.user.create({ data: { email, name: `Petugas ${email}`, passwordHash: "-", roles }, select: { id: true } });
  return { id: user.id, email };
}

async function draftFrom(source: string, opensOn = "2027-03-01") {
  const slug = `setup-${suffix()}`;
  await createSelection({ actorId: admin, ip, data: { source, slug, title: `Seleksi Uji Pengaturan ${slug}`, announcementNumber: `01/UJI/${slug}`, registrationOpensOn: opensOn } });
  return prisma.selection.findUniqueOrThrow({
    where: { slug },
    select: {
      id: true,
      slug: true,
      status: true,
      regime: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      vacancies: { select: { code: true, quota: true } },
      stages: { orderBy: { order: "asc" }, select: { kind: true, name: true, startsAt: true, weight: true, minimumScore: true } },
      rules: { orderBy: { order: "asc" }, select: { ruleId: true, params: true } },
      documents: { orderBy: { number: "asc" }, select: { number: true, title: true, form: true, requiresStamp: true } },
      _count: { select: { committee: true, applications: true, announcements: true, forms: true } },
    },
  });
}

beforeAll(async () => {
  admin = await demoUserId("admin@demo.seleksi.id");
});

describe("creating a selection from data", () => {
  it("writes the CPNS selection with its formations, stages, rules, documents, call announcement and an audit row", async () => {
    const created = await createCpnsSelection("buat");
    const selection = await prisma.selection.findUniqueOrThrow({
      where: { id: created.id },
      select: {
        regime: true,
        vacancies: { orderBy: { order: "asc" }, select: { quota: true, educationRequired: true } },
        stages: { orderBy: { order: "asc" }, select: { kind: true, weight: true } },
        rules: { orderBy: { order: "asc" }, select: { ruleId: true } },
        _count: { select: { documents: true, announcements: true } },
      },
    });
    expect(selection.regime).toBe("CPNS");
    expect(selection.vacancies).toEqual([
      { quota: 2, educationRequired: ["S1"] },
      { quota: 1, educationRequired: ["D3"] },
    ]);
    expect(selection.stages.map((stage) => stage.kind)).toEqual(["REGISTRATION", "ADMINISTRATIVE", "ADMIN_RESULT", "OBJECTION", "SKD", "SKB", "FINAL_RESULT"]);
    expect(selection.stages.filter((stage) => stage.weight !== null).map((stage) => Number(stage.weight))).toEqual([40, 60]);
    expect(selection.rules.map((rule) => rule.ruleId)).toEqual(["age_range", "not_civil_servant", "education_in_formation"]);
    expect(selection._count).toEqual({ documents: 4, announcements: 1 });
    const audit = await prisma.auditLog.findFirst({ where: { action: "selection.create", entityId: created.id }, select: { after: true } });
    expect(audit?.after).toMatchObject({ slug: created.slug, regime: "CPNS", source: "test" });
  });

  it("copies Singkawang 2025 as a draft: the same rules, documents, stages and weights, moved to the new opening day; no Pansel, applicants or announcements", async () => {
    const source = await prisma.selection.findUniqueOrThrow({
      where: { slug: SINGKAWANG_SLUG },
      select: {
        registrationOpensAt: true,
        registrationClosesAt: true,
        vacancies: { select: { code: true, quota: true } },
        stages: { orderBy: { order: "asc" }, select: { kind: true, name: true, startsAt: true, weight: true, minimumScore: true } },
        rules: { orderBy: { order: "asc" }, select: { ruleId: true, params: true } },
        documents: { orderBy: { number: "asc" }, select: { number: true, title: true, form: true, requiresStamp: true } },
        _count: { select: { forms: true } },
      },
    });
    const copy = await draftFrom(`copy:${SINGKAWANG_SLUG}`, "2027-03-01");
    expect(copy.status).toBe("DRAFT");
    expect(copy.regime).toBe("JPT_PRATAMA");
    expect(copy.rules).toEqual(source.rules);
    expect(copy.documents).toEqual(source.documents);
    expect(copy.vacancies).toEqual(source.vacancies);
    expect(copy._count).toEqual({ committee: 0, applications: 0, announcements: 0, forms: source._count.forms });
    // 22 October 2025 00:00 WIB becomes 1 March 2027 00:00 WIB; every stage moves by the same 495 days.
    expect(copy.registrationOpensAt.toISOString()).toBe("2027-02-28T17:00:00.000Z");
    const shift = copy.registrationOpensAt.getTime() - source.registrationOpensAt.getTime();
    expect(shift).toBe(495 * 24 * 3600 * 1000);
    expect(copy.registrationClosesAt.getTime() - source.registrationClosesAt.getTime()).toBe(shift);
    expect(copy.stages.map((stage) => ({ ...stage, startsAt: stage.startsAt.getTime() - shift }))).toEqual(
      source.stages.map((stage) => ({ ...stage, startsAt: stage.startsAt.getTime() })),
    );
    const audit = await prisma.auditLog.findFirst({ where: { action: "selection.create", entityId: copy.id }, select: { actorId: true, ip: true, after: true } });
    expect(audit).toMatchObject({ actorId: admin, ip, after: { source: `copy:${SINGKAWANG_SLUG}`, status: "DRAFT" } });
  });

  it("starts from the JPT Pratama template, and refuses a page address already taken, naming the field", async () => {
    const draft = await draftFrom("template:jpt-pratama");
    expect(draft.rules.map((rule) => rule.ruleId)).toEqual(singkawang2025.rules.map((rule) => rule.ruleId));
    expect(draft.documents.length).toBe(singkawang2025.documents.length);
    const error = await refusal(
      createSelection({ actorId: admin, ip, data: { source: "template:jpt-pratama", slug: draft.slug, title: "Seleksi Uji Bentrok Alamat", announcementNumber: "02/UJI", registrationOpensOn: "2027-03-01" } }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.fieldErrors).toHaveProperty("slug");
  });

  it("starts a CPNS selection from the Sawahlunto 2019 template: its formations, SKD/SKB weights 40/60 and CPNS rules", async () => {
    const draft = await draftFrom("template:cpns", "2027-04-05");
    expect(draft.regime).toBe("CPNS");
    expect(draft.vacancies.length).toBe(sawahlunto2019.vacancies.length);
    expect(draft.rules.map((rule) => rule.ruleId)).toEqual(expect.arrayContaining(["age_range", "not_civil_servant", "education_in_formation"]));
    const weighted = draft.stages.filter((stage) => stage.weight !== null).map((stage) => [stage.kind, Number(stage.weight)]);
    expect(weighted).toEqual([
      ["SKD", 40],
      ["SKB", 60],
    ]);
    expect(draft.registrationOpensAt.toISOString().slice(0, 10)).toBe("2027-04-04");
  });
});

describe("setting up a draft and publishing it", () => {
  it("edits details and formations while a draft, with audit rows; refuses a duplicate code, and everything once published", async () => {
    const draft = await draftFrom("template:jpt-pratama");
    await updateSelectionDetails({
      actorId: admin,
      ip,
      data: {
        selectionId: draft.id,
        title: "Seleksi Terbuka JPT Pratama Kepala Dinas Uji",
        summary: "Seleksi terbuka untuk jabatan Kepala Dinas Uji.",
        announcementNumber: "07/SELTER/UJI/2027",
        announcementDate: "2027-02-27",
        announcementPlace: "Singkawang",
        committeeName: "Panitia Seleksi Terbuka Uji",
        committeeAddress: "Jl. Uji No. 1",
        chairName: "Ketua Uji",
      },
    });
    await addVacancy({ actorId: admin, ip, data: { selectionId: draft.id, code: "KADIS1", title: "Kepala Dinas Uji", unit: null, quota: 1, educationRequired: [] } });
    expect((await refusal(addVacancy({ actorId: admin, ip, data: { selectionId: draft.id, code: "KADIS1", title: "Lagi", unit: null, quota: 1, educationRequired: [] } }))).code).toBe("CONFLICT");
    const updated = await prisma.selection.findUniqueOrThrow({ where: { id: draft.id }, select: { title: true, announcementNumber: true, vacancies: { select: { code: true } } } });
    expect(updated.title).toBe("Seleksi Terbuka JPT Pratama Kepala Dinas Uji");
    expect(updated.vacancies.map((vacancy) => vacancy.code).sort()).toEqual([...draft.vacancies.map((vacancy) => vacancy.code), "KADIS1"].sort());
    const actions = await prisma.auditLog.findMany({ where: { actorId: admin, OR: [{ entityId: draft.id }, { entityType: "Vacancy" }] }, select: { action: true } });
    expect(actions.map((row) => row.action)).toEqual(expect.arrayContaining(["selection.update", "vacancy.create"]));

    const secretary = await staffUser(["SECRETARIAT"]);
    const chair = await staffUser(["CHAIR", "COMMITTEE"]);
    const publishGap = await refusal(publishSelection({ actorId: admin, ip, selectionId: draft.id }));
    expect(publishGap.message).toContain("Pansel belum memiliki ketua");
    await seatMember({ actorId: admin, ip, data: { selectionId: draft.id, email: secretary.email, position: "SECRETARY" } });
    await seatMember({ actorId: admin, ip, data: { selectionId: draft.id, email: chair.email, position: "CHAIR" } });
    await publishSelection({ actorId: admin, ip, selectionId: draft.id });
    const published = await prisma.selection.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, announcements: { select: { kind: true, number: true } } } });
    expect(published).toEqual({ status: "OPEN", announcements: [{ kind: "CALL", number: "07/SELTER/UJI/2027" }] });
    expect(await prisma.auditLog.count({ where: { action: "selection.publish", entityId: draft.id } })).toBe(1);

    const vacancy = await prisma.vacancy.findFirstOrThrow({ where: { selectionId: draft.id, code: "KADIS1" }, select: { id: true } });
    expect((await refusal(removeVacancy({ actorId: admin, ip, selectionId: draft.id, vacancyId: vacancy.id }))).code).toBe("LOCKED");
    expect((await refusal(publishSelection({ actorId: admin, ip, selectionId: draft.id }))).code).toBe("LOCKED");
  });

  it("seats only an active account holding the position's role, once; unseats unless the member has stage work", async () => {
    const draft = await draftFrom("template:jpt-pratama");
    const member = await staffUser(["COMMITTEE"]);
    const wrongRole = await refusal(seatMember({ actorId: admin, ip, data: { selectionId: draft.id, email: member.email, position: "SECRETARY" } }));
    expect(wrongRole.fieldErrors?.email).toContain("Sekretariat Pansel");
    await seatMember({ actorId: admin, ip, data: { selectionId: draft.id, email: member.email, position: "MEMBER" } });
    expect((await refusal(seatMember({ actorId: admin, ip, data: { selectionId: draft.id, email: member.email, position: "MEMBER" } }))).code).toBe("CONFLICT");
    const seat = await prisma.auditLog.findFirst({ where: { action: "committee.seat", actorId: admin, after: { path: ["userId"], equals: member.id } }, select: { ip: true } });
    expect(seat?.ip).toBe(ip);

    const stage = await prisma.stage.findFirstOrThrow({ where: { selectionId: draft.id, isScored: true }, select: { id: true } });
    await prisma.stageAssignment.create({ data: { stageId: stage.id, userId: member.id } });
    expect((await refusal(unseatMember({ actorId: admin, ip, selectionId: draft.id, userId: member.id }))).code).toBe("LOCKED");
    await prisma.stageAssignment.deleteMany({ where: { stageId: stage.id, userId: member.id } });
    await unseatMember({ actorId: admin, ip, selectionId: draft.id, userId: member.id });
    expect(await prisma.committeeMember.count({ where: { selectionId: draft.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "committee.unseat", before: { path: ["userId"], equals: member.id } } })).toBe(1);
  });

  it("is the administrator's alone: a seated secretariat member and the chair are refused", async () => {
    const draft = await draftFrom("template:jpt-pratama");
    const secretariat = await demoUserId("sekretariat@demo.seleksi.id");
    const chair = await demoUserId("ketua@demo.seleksi.id");
    expect((await refusal(addVacancy({ actorId: secretariat, ip, data: { selectionId: draft.id, code: "X1", title: "Jabatan X", unit: null, quota: 1, educationRequired: [] } }))).code).toMatch(/NOT_FOUND|FORBIDDEN/);
    const singkawang = await prisma.selection.findUniqueOrThrow({ where: { slug: SINGKAWANG_SLUG }, select: { id: true } });
    const seatRefusal = await refusal(seatMember({ actorId: chair, ip, data: { selectionId: singkawang.id, email: "anggota@demo.seleksi.id", position: "MEMBER" } }));
    expect(seatRefusal.code).toBe("FORBIDDEN");
  });
});

describe("a Pansel of the new selection", () => {
  it("sees its own selection and nothing of Singkawang 2025's", async () => {
    const copy = await draftFrom(`copy:${SINGKAWANG_SLUG}`);
    const secretary = await staffUser(["SECRETARIAT"]);
    await seatMember({ actorId: admin, ip, data: { selectionId: copy.id, email: secretary.email, position: "SECRETARY" } });
    const viewer = await viewerOf(secretary.id);
    expect((await listStaffSelections(viewer)).map((selection) => selection.slug)).toEqual([copy.slug]);
    expect(await listQueue({ slug: SINGKAWANG_SLUG, page: 1, pageSize: 25 }, viewer)).toBeNull();
    const singkawang = await prisma.selection.findUniqueOrThrow({ where: { slug: SINGKAWANG_SLUG }, select: { id: true } });
    expect((await refusal(requireSelectionAccess({ actorId: secretary.id, selectionId: singkawang.id, permission: "view:applications" }))).code).toBe("FORBIDDEN");
    await expect(requireSelectionAccess({ actorId: secretary.id, selectionId: copy.id, permission: "verify:document" })).resolves.toMatchObject({ position: "SECRETARY" });
  });
});
