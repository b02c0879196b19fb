// #15: the administrator edits what an applicant applies to from the browser while the selection is a
// draft: the eligibility rules and their parameters (as the eligibility engine reads them), the required
// documents and the stages. A second editor working on an old copy is refused; everything is audited.
// After publication the announcement details and the documents are corrected with a reason, recorded
// and shown on the public page's change history; the rules stay locked.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { RULE_PARAM_SCHEMAS } from "@/lib/eligibility";
import { addDocumentRequirement, addRule, correctDocumentRequirement, correctSelectionDetails, removeDocumentRequirement, removeRule, updateDocumentRequirement, updateRule, updateStage } from "@/lib/selection-content/mutations";
import { getDetailsCorrection, getDocumentsSetup, getRulesSetup, getStagesSetup } from "@/lib/selection-content/queries";
import { createSelection, publishSelection, seatMember } from "@/lib/selection-setup/mutations";
import { loadSelectionDetail } from "@/lib/selections/queries";
import { detailsCorrectionSchema, documentAddSchema, documentCorrectionSchema, documentEditSchema, ruleAddSchema, ruleEditSchema, stageEditSchema, type RuleEditInput } from "@/lib/validation/selection-content";
import { demoUserId } from "../factories/applications";
import { SINGKAWANG_SLUG } from "../factories/selections";
import { refusal } from "../fixtures/refusal";

let admin: string;
const ip = "203.0.113.15";
const suffix = () => crypto.randomBytes(3).toString("hex");

async function draft() {
  const slug = `konten-${suffix()}`;
  await createSelection({ actorId: admin, ip, data: { source: `copy:${SINGKAWANG_SLUG}`, slug, title: `Seleksi Uji Konten ${slug}`, announcementNumber: `01/UJI/${slug}`, registrationOpensOn: "2027-05-03" } });
  return prisma.selection.findUniqueOrThrow({ where: { slug }, select: { id: true, slug: true } });
}

/** The rule's form as the page loads it, with `params` changed: what the browser would send. */
async function ruleForm(slug: string, ruleId: string, params: Record<string, string | string[]> = {}, text?: string): Promise<RuleEditInput> {
  const setup = await getRulesSetup(slug);
  const rule = setup?.rules.find((entry) => entry.ruleId === ruleId);
  if (!setup || !rule) throw new Error(`no rule ${ruleId}`);
  return { selectionId: setup.id, ruleId: ruleId as RuleEditInput["ruleId"], version: rule.version, text: text ?? rule.text, params: { ...rule.formParams, ...params } };
}

function parse<T>(schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

function issues(schema: { safeParse(input: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

beforeAll(async () => {
  admin = await demoUserId("admin@demo.seleksi.id");
});

describe("eligibility rules of a draft", () => {
  it("saves a parameter the eligibility engine then reads, with the wording, and an audit row", async () => {
    const selection = await draft();
    const form = await ruleForm(selection.slug, "age_max", { limit: "57" }, "Usia paling tinggi 57 (lima puluh tujuh) tahun.");
    await updateRule({ actorId: admin, ip, data: parse(ruleEditSchema, form) });
    const rule = await prisma.eligibilityRule.findUniqueOrThrow({ where: { selectionId_ruleId: { selectionId: selection.id, ruleId: "age_max" } }, select: { id: true, text: true, params: true } });
    expect(rule.text).toBe("Usia paling tinggi 57 (lima puluh tujuh) tahun.");
    // Stored as the eligibility engine reads it.
    expect(RULE_PARAM_SCHEMAS.age_max.parse(rule.params)).toEqual({ limit: 57, extendedLimit: 58, extendedLevels: ["JPT_PRATAMA", "JPT_MADYA", "JPT_UTAMA"], extendedRequiresNoMpp: true });
    const audit = await prisma.auditLog.findFirst({ where: { action: "rule.update", entityId: rule.id }, select: { actorId: true, ip: true, before: true, after: true } });
    expect(audit).toMatchObject({ actorId: admin, ip, before: { ruleId: "age_max", params: { limit: 56 } }, after: { params: { limit: 57 } } });
  });

  it("refuses parameters the rule cannot read, in Indonesian beside the parameter, and a document number the selection lacks", async () => {
    const selection = await draft();
    expect(issues(ruleEditSchema, await ruleForm(selection.slug, "age_max", { limit: "lima puluh" }))).toEqual({ "params.limit": "Batas usia (tahun) harus bilangan bulat antara 18 dan 70" });
    expect(issues(ruleEditSchema, await ruleForm(selection.slug, "age_max", { extendedLimit: "", extendedLevels: ["JPT_PRATAMA"] }))["params.extendedLimit"]).toMatch(/bersama-sama/);
    expect(issues(ruleEditSchema, await ruleForm(selection.slug, "age_max", { limit: "60", extendedLimit: "58" }))["params.extendedLimit"]).toBe("Batas usia diperpanjang harus lebih tinggi dari batas usia");
    expect(issues(ruleEditSchema, await ruleForm(selection.slug, "region_scope", { regionCodes: "61, Kalbar" }))["params.regionCodes"]).toBe("Kode wilayah harus 2 sampai 10 digit angka");
    expect(issues(ruleEditSchema, await ruleForm(selection.slug, "pns_status", { allowed: [] }))["params.allowed"]).toMatch(/^Pilih paling sedikit satu/);
    expect(issues(ruleEditSchema, await ruleForm(selection.slug, "education_min", {}, ""))).toHaveProperty("text");

    const missing = await refusal(updateRule({ actorId: admin, ip, data: parse(ruleEditSchema, await ruleForm(selection.slug, "lhkpn", { documentNumbers: "14, 99" })) }));
    expect(missing.fieldErrors).toEqual({ "params.documentNumbers": "Berkas nomor 99 tidak ada di daftar berkas seleksi ini" });
  });

  it("refuses the second of two editors working on the same copy of a rule", async () => {
    const selection = await draft();
    const first = parse(ruleEditSchema, await ruleForm(selection.slug, "rank_min", { minimum: "IV/a" }));
    const second = parse(ruleEditSchema, await ruleForm(selection.slug, "rank_min", { minimum: "IV/c" }));
    await updateRule({ actorId: admin, ip, data: first });
    const conflict = await refusal(updateRule({ actorId: admin, ip, data: second }));
    expect(conflict.code).toBe("CONFLICT");
    expect(conflict.message).toContain("baru saja diubah pengguna lain");
    const rule = await prisma.eligibilityRule.findUniqueOrThrow({ where: { selectionId_ruleId: { selectionId: selection.id, ruleId: "rank_min" } }, select: { params: true } });
    expect(rule.params).toEqual({ minimum: "IV/a" });
  });
});

describe("adding and removing rules of a draft", () => {
  it("adds a rule of the catalogue with its number and parameters, refuses it twice, and removes a rule no document decides", async () => {
    const selection = await draft();
    const input = { selectionId: selection.id, ruleId: "age_range", sourceItem: "19", text: "Berusia paling rendah 30 tahun pada saat melamar.", params: { min: "30", max: "56" } };
    expect(issues(ruleAddSchema, { ...input, params: { min: "30" } })).toEqual({ "params.max": "Usia paling tinggi (tahun) wajib diisi" });
    await addRule({ actorId: admin, ip, data: parse(ruleAddSchema, input) });
    const added = await prisma.eligibilityRule.findUniqueOrThrow({ where: { selectionId_ruleId: { selectionId: selection.id, ruleId: "age_range" } }, select: { id: true, sourceItem: true, params: true, order: true } });
    expect(added).toMatchObject({ sourceItem: 19, params: { min: 30, max: 56 }, order: 19 });
    const twice = await refusal(addRule({ actorId: admin, ip, data: parse(ruleAddSchema, input) }));
    expect(twice.fieldErrors).toEqual({ ruleId: "Seleksi ini sudah memiliki persyaratan ini; ubah yang ada" });

    // Document 4 (the diploma) decides education_min in Singkawang's list: that rule stays.
    const decided = await refusal(removeRule({ actorId: admin, ip, selectionId: selection.id, ruleId: "education_min" }));
    expect(decided.message).toBe("Persyaratan ini diputuskan oleh berkas nomor 4; persyaratan tidak dapat dihapus.");
    await removeRule({ actorId: admin, ip, selectionId: selection.id, ruleId: "age_range" });
    expect(await prisma.eligibilityRule.count({ where: { id: added.id } })).toBe(0);
    const actions = await prisma.auditLog.findMany({ where: { entityId: added.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((row) => row.action)).toEqual(["rule.create", "rule.delete"]);
  });
});

describe("required documents of a draft", () => {
  it("adds, edits and removes a document with audit rows; refuses a taken number and renumbering or removing a document a rule names", async () => {
    const selection = await draft();
    const fields = { number: "24", title: "Surat keterangan bebas temuan inspektorat", form: "ORIGINAL", requiresStamp: true, copies: "1", condition: "OUTSIDE_ORGANISER", acceptedTypes: ["application/pdf"], maxSizeMb: "3", note: "" };
    await addDocumentRequirement({ actorId: admin, ip, data: parse(documentAddSchema, { selectionId: selection.id, ...fields }) });
    const taken = await refusal(addDocumentRequirement({ actorId: admin, ip, data: parse(documentAddSchema, { selectionId: selection.id, ...fields }) }));
    expect(taken.fieldErrors).toEqual({ number: "Nomor 24 sudah dipakai berkas lain; pilih nomor yang kosong" });

    let setup = await getDocumentsSetup(selection.slug);
    const added = setup?.documents.find((document) => document.fields.number === "24");
    expect(added?.fields).toMatchObject({ title: fields.title, form: "ORIGINAL", requiresStamp: true, condition: "OUTSIDE_ORGANISER", maxSizeMb: "3" });
    await updateDocumentRequirement({
      actorId: admin,
      ip,
      data: parse(documentEditSchema, { selectionId: selection.id, documentId: added?.id, version: added?.version, ...fields, number: "25", form: "COPY", copies: "2" }),
    });
    const edited = await prisma.documentRequirement.findUniqueOrThrow({ where: { id: added?.id }, select: { number: true, form: true, copies: true, maxSizeBytes: true } });
    expect(edited).toEqual({ number: 25, form: "COPY", copies: 2, maxSizeBytes: 3 * 1024 * 1024 });
    // The old version of the row is refused.
    expect((await refusal(updateDocumentRequirement({ actorId: admin, ip, data: parse(documentEditSchema, { selectionId: selection.id, documentId: added?.id, version: added?.version, ...fields }) }))).code).toBe("CONFLICT");

    // Document 16 decides the drug-free rule (Singkawang's params name it): it keeps its number and stays.
    setup = await getDocumentsSetup(selection.slug);
    const sixteen = setup?.documents.find((document) => document.fields.number === "16");
    const renumber = await refusal(
      updateDocumentRequirement({ actorId: admin, ip, data: parse(documentEditSchema, { selectionId: selection.id, documentId: sixteen?.id, version: sixteen?.version, ...sixteen?.fields, number: "30" }) }),
    );
    expect(renumber.fieldErrors?.number).toContain("dirujuk persyaratan (drug_free)");
    expect((await refusal(removeDocumentRequirement({ actorId: admin, ip, selectionId: selection.id, documentId: sixteen?.id ?? "" }))).code).toBe("LOCKED");

    await removeDocumentRequirement({ actorId: admin, ip, selectionId: selection.id, documentId: added?.id ?? "" });
    expect(await prisma.documentRequirement.count({ where: { id: added?.id } })).toBe(0);
    const actions = await prisma.auditLog.findMany({ where: { entityId: added?.id }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true } });
    expect(actions.map((row) => row.action)).toEqual(["requirement.create", "requirement.update", "requirement.delete"]);
  });

  it("sets when a document is due and which of the selection's forms provides it, checked by the server and audited", async () => {
    const selection = await draft();
    const setup = await getDocumentsSetup(selection.slug);
    expect(setup?.forms.map((form) => form.code)).toContain("III");
    const first = setup!.documents.find((document) => document.fields.number === "1")!;
    const send = (changes: Record<string, unknown>, version = first.version) =>
      updateDocumentRequirement({ actorId: admin, ip, data: parse(documentEditSchema, { selectionId: selection.id, documentId: first.id, version, ...first.fields, ...changes }) });

    // A form the selection does not have is refused beside the field, and nothing changes.
    const unknown = await refusal(send({ dueStage: "INTERVIEW", formCode: "XX" }));
    expect(unknown.code).toBe("VALIDATION");
    expect(unknown.fieldErrors).toEqual({ formCode: "Formulir XX tidak ada pada seleksi ini; pilih salah satu formulir seleksi atau tanpa formulir" });
    // A stage no document is due at is refused by the same schema as the form.
    expect(issues(documentEditSchema, { selectionId: selection.id, documentId: first.id, version: first.version, ...first.fields, dueStage: "SKD" })).toEqual({ dueStage: "Pilih tahap penyerahan berkas" });

    await send({ dueStage: "INTERVIEW", formCode: "III" });
    const stored = () => prisma.documentRequirement.findUniqueOrThrow({ where: { id: first.id }, select: { dueStage: true, formCode: true } });
    expect(await stored()).toEqual({ dueStage: "INTERVIEW", formCode: "III" });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: first.id, action: "requirement.update" }, select: { actorId: true, before: true, after: true } });
    expect(audit.actorId).toBe(admin);
    expect(audit.before).toMatchObject({ dueStage: first.fields.dueStage, formCode: first.fields.formCode || null });
    expect(audit.after).toMatchObject({ dueStage: "INTERVIEW", formCode: "III" });

    // The page loads what was saved; "no form" clears it, and a new document is due at registration.
    const reloaded = (await getDocumentsSetup(selection.slug))!.documents.find((document) => document.id === first.id)!;
    expect(reloaded.fields).toMatchObject({ dueStage: "INTERVIEW", formCode: "III" });
    await send({ ...reloaded.fields, formCode: "" }, reloaded.version);
    expect(await stored()).toEqual({ dueStage: "INTERVIEW", formCode: null });
    await addDocumentRequirement({ actorId: admin, ip, data: parse(documentAddSchema, { selectionId: selection.id, number: "40", title: "Surat pernyataan tambahan", form: "ORIGINAL", requiresStamp: false, copies: "1", condition: "ALWAYS", acceptedTypes: ["application/pdf"], maxSizeMb: "2", note: "", formCode: "III" }) });
    expect(await prisma.documentRequirement.findFirstOrThrow({ where: { selectionId: selection.id, number: 40 }, select: { dueStage: true, formCode: true } })).toEqual({ dueStage: "REGISTRATION", formCode: "III" });
  });

  it("refuses an empty title, no upload type and a size above the limit, beside each field", async () => {
    const selection = await draft();
    const found = issues(documentAddSchema, { selectionId: selection.id, number: "0", title: "", form: "SCAN", requiresStamp: false, copies: "1", condition: "ALWAYS", acceptedTypes: [], maxSizeMb: "50", note: "" });
    expect(found).toEqual({
      number: "Nomor urut harus antara 1 dan 99",
      title: "Nama berkas wajib diisi",
      form: "Pilih bentuk berkas: asli, fotokopi atau pas foto",
      acceptedTypes: "Pilih paling sedikit satu jenis berkas unggahan",
      maxSizeMb: "Ukuran unggahan paling besar (MB) harus antara 1 dan 20",
    });
  });
});

describe("stages of a draft", () => {
  it("moves the registration stage and with it the window the server enforces; sets a scored stage's weight; refuses a weight on an unscored stage", async () => {
    const selection = await draft();
    const setup = await getStagesSetup(selection.slug);
    const registration = setup?.stages.find((stage) => stage.kind === "REGISTRATION");
    if (!setup || !registration) throw new Error("no registration stage");
    await updateStage({
      actorId: admin,
      ip,
      data: parse(stageEditSchema, { selectionId: setup.id, stageId: registration.id, version: registration.version, ...registration.fields, startsAt: "2027-05-03T08:00", endsAt: "2027-05-24T16:00" }),
    });
    const moved = await prisma.selection.findUniqueOrThrow({ where: { id: setup.id }, select: { registrationOpensAt: true, registrationClosesAt: true } });
    expect(moved.registrationOpensAt.toISOString()).toBe("2027-05-03T01:00:00.000Z");
    expect(moved.registrationClosesAt.toISOString()).toBe("2027-05-24T09:00:00.000Z");
    expect(await prisma.auditLog.count({ where: { action: "stage.update", entityId: registration.id } })).toBe(1);

    const unscored = await refusal(
      updateStage({ actorId: admin, ip, data: parse(stageEditSchema, { selectionId: setup.id, stageId: registration.id, version: (await getStagesSetup(selection.slug))?.stages.find((stage) => stage.id === registration.id)?.version, ...registration.fields, startsAt: "2027-05-03T08:00", endsAt: "2027-05-24T16:00", weight: "10" }) }),
    );
    expect(unscored.fieldErrors).toEqual({ weight: "Tahap ini tidak dinilai: kosongkan bobot dan nilai minimum" });

    const scored = setup.stages.find((stage) => stage.isScored);
    if (!scored) throw new Error("no scored stage");
    await updateStage({ actorId: admin, ip, data: parse(stageEditSchema, { selectionId: setup.id, stageId: scored.id, version: scored.version, ...scored.fields, weight: "35,5", minimumScore: "60" }) });
    const stage = await prisma.stage.findUniqueOrThrow({ where: { id: scored.id }, select: { weight: true, minimumScore: true } });
    expect([Number(stage.weight), Number(stage.minimumScore)]).toEqual([35.5, 60]);
  });

  it("refuses an end before the start", () => {
    expect(issues(stageEditSchema, { selectionId: "x", stageId: "y", version: "0123456789abcdef", name: "Wawancara", startsAt: "2027-06-02T08:00", endsAt: "2027-06-01T08:00" })).toEqual({
      endsAt: "Waktu selesai tidak boleh sebelum waktu mulai",
    });
  });
});

describe("who may edit, and when", () => {
  it("refuses the seated secretariat and the chair, and refuses every edit once the selection is published", async () => {
    const selection = await draft();
    const secretariat = await demoUserId("sekretariat@demo.seleksi.id");
    const form = parse(ruleEditSchema, await ruleForm(selection.slug, "age_max", { limit: "57" }));
    expect((await refusal(updateRule({ actorId: secretariat, ip, data: form }))).code).toMatch(/NOT_FOUND|FORBIDDEN/);
    const singkawang = await ruleForm(SINGKAWANG_SLUG, "age_max", { limit: "57" });
    const chair = await demoUserId("ketua@demo.seleksi.id");
    expect((await refusal(updateRule({ actorId: chair, ip, data: parse(ruleEditSchema, singkawang) }))).code).toBe("FORBIDDEN");
    // Singkawang 2025 is published: its rules are locked, even for the administrator.
    const locked = await refusal(updateRule({ actorId: admin, ip, data: parse(ruleEditSchema, singkawang) }));
    expect(locked.code).toBe("LOCKED");
    expect(locked.message).toBe("Seleksi sudah diumumkan: persyaratan, berkas dan tahapan tidak dapat diubah lagi di sini.");
    const stages = await getStagesSetup(SINGKAWANG_SLUG);
    const stage = stages?.stages[0];
    expect((await refusal(updateStage({ actorId: admin, ip, data: parse(stageEditSchema, { selectionId: stages?.id, stageId: stage?.id, version: stage?.version, ...stage?.fields }) }))).code).toBe("LOCKED");
    const rule = await prisma.eligibilityRule.findFirstOrThrow({ where: { selection: { slug: SINGKAWANG_SLUG }, ruleId: "age_max" }, select: { params: true } });
    expect(rule.params).toMatchObject({ limit: 56 });
  });
});

async function published() {
  const selection = await draft();
  const seat = async (roles: ("SECRETARIAT" | "CHAIR" | "COMMITTEE")[], position: "SECRETARY" | "CHAIR") => {
    const email = `petugas.${suffix()}@konten.uji`;
    await prisma.user.create({ data: { email, name: `Petugas ${email}`, passwordHash: "-", roles } });
    await seatMember({ actorId: admin, ip, data: { selectionId: selection.id, email, position } });
  };
  await seat(["SECRETARIAT"], "SECRETARY");
  await seat(["CHAIR", "COMMITTEE"], "CHAIR");
  await publishSelection({ actorId: admin, ip, selectionId: selection.id });
  return selection;
}

describe("corrections after publication", () => {
  it("corrects the announcement number with a reason: recorded, audited, in the call announcement and in the public page's change history", async () => {
    const selection = await published();
    const loaded = await getDetailsCorrection(selection.slug);
    if (!loaded) throw new Error("no selection");
    const form = { selectionId: loaded.selectionId, ...loaded.fields, version: loaded.version, announcementNumber: "01/SELTER/UJI/RALAT", reason: "Nomor pengumuman salah ketik." };
    expect(issues(detailsCorrectionSchema, { ...form, reason: "" })).toEqual({ reason: "Tuliskan alasan perubahan (minimal 5 karakter)" });
    await correctSelectionDetails({ actorId: admin, ip, data: parse(detailsCorrectionSchema, form) });

    const stored = await prisma.selection.findUniqueOrThrow({
      where: { id: selection.id },
      select: { announcementNumber: true, announcements: { where: { kind: "CALL" }, select: { number: true } }, changes: { select: { kind: true, subject: true, fields: true, reason: true, changedById: true } } },
    });
    expect(stored.announcementNumber).toBe("01/SELTER/UJI/RALAT");
    expect(stored.announcements).toEqual([{ number: "01/SELTER/UJI/RALAT" }]);
    expect(stored.changes).toEqual([
      { kind: "DETAILS", subject: "Data pengumuman", fields: [{ label: "Nomor pengumuman", before: loaded.fields.announcementNumber, after: "01/SELTER/UJI/RALAT" }], reason: "Nomor pengumuman salah ketik.", changedById: admin },
    ]);
    const audit = await prisma.auditLog.findFirst({ where: { action: "selection.correct", entityId: selection.id }, select: { actorId: true, ip: true, after: true } });
    expect(audit).toMatchObject({ actorId: admin, ip, after: { announcementNumber: "01/SELTER/UJI/RALAT", reason: "Nomor pengumuman salah ketik." } });

    const page = await loadSelectionDetail(selection.slug);
    expect(page?.history[0]).toMatchObject({ subject: "Data pengumuman", reason: "Nomor pengumuman salah ketik.", fields: [{ label: "Nomor pengumuman", after: "01/SELTER/UJI/RALAT" }] });

    // The same form sent again carries the old version: refused. Sent with nothing changed: refused.
    expect((await refusal(correctSelectionDetails({ actorId: admin, ip, data: parse(detailsCorrectionSchema, form) }))).code).toBe("CONFLICT");
    const reloaded = await getDetailsCorrection(selection.slug);
    const unchanged = await refusal(correctSelectionDetails({ actorId: admin, ip, data: parse(detailsCorrectionSchema, { selectionId: selection.id, ...reloaded?.fields, version: reloaded?.version, reason: "Tidak ada perubahan." }) }));
    expect(unchanged.message).toBe("Tidak ada yang berubah: ubah isian yang perlu dikoreksi terlebih dahulu.");
  });

  it("corrects a document with a reason, keeps its number, and shows the correction beside the schedule's changes; rules stay locked", async () => {
    const selection = await published();
    const setup = await getDocumentsSetup(selection.slug);
    const first = setup?.documents[0];
    if (!setup || !first) throw new Error("no document");
    const renumbered = await refusal(
      correctDocumentRequirement({ actorId: admin, ip, data: parse(documentCorrectionSchema, { selectionId: setup.id, documentId: first.id, version: first.version, ...first.fields, number: "40", reason: "Urutan berkas." }) }),
    );
    expect(renumbered.fieldErrors).toEqual({ number: `Nomor berkas tetap ${first.fields.number}` });
    await correctDocumentRequirement({
      actorId: admin,
      ip,
      data: parse(documentCorrectionSchema, { selectionId: setup.id, documentId: first.id, version: first.version, ...first.fields, requiresStamp: !first.fields.requiresStamp, copies: "2", reason: "Ralat: rangkap dan meterai." }),
    });
    const page = await loadSelectionDetail(selection.slug);
    expect(page?.history).toEqual([
      {
        at: expect.any(String),
        subject: `Berkas nomor ${first.fields.number}`,
        fields: [
          { label: "Bermeterai", before: first.fields.requiresStamp ? "Ya" : "Tidak", after: first.fields.requiresStamp ? "Tidak" : "Ya" },
          { label: "Jumlah rangkap", before: first.fields.copies, after: "2" },
        ],
        reason: "Ralat: rangkap dan meterai.",
      },
    ]);
    expect(await prisma.auditLog.count({ where: { action: "requirement.correct", entityId: first.id, actorId: admin } })).toBe(1);

    // A draft-style edit (no reason) and a rule change are refused once published.
    const current = (await getDocumentsSetup(selection.slug))?.documents[0];
    expect((await refusal(updateDocumentRequirement({ actorId: admin, ip, data: parse(documentEditSchema, { selectionId: setup.id, documentId: first.id, version: current?.version, ...current?.fields, copies: "3" }) }))).code).toBe("LOCKED");
    expect((await refusal(updateRule({ actorId: admin, ip, data: parse(ruleEditSchema, await ruleForm(selection.slug, "age_max", { limit: "57" })) }))).code).toBe("LOCKED");
  });

  it("refuses a correction by anyone but the administrator, and a correction of a draft", async () => {
    const selection = await published();
    const loaded = await getDetailsCorrection(selection.slug);
    const chair = await demoUserId("ketua@demo.seleksi.id");
    const data = parse(detailsCorrectionSchema, { selectionId: loaded?.selectionId, ...loaded?.fields, version: loaded?.version, chairName: "Ketua Lain", reason: "Pergantian ketua panitia." });
    expect((await refusal(correctSelectionDetails({ actorId: chair, ip, data }))).code).toMatch(/NOT_FOUND|FORBIDDEN/);
    const still = await draft();
    const loadedDraft = await getDetailsCorrection(still.slug);
    const refusedDraft = await refusal(
      correctSelectionDetails({ actorId: admin, ip, data: parse(detailsCorrectionSchema, { selectionId: still.id, ...loadedDraft?.fields, version: loadedDraft?.version, chairName: "Ketua Lain", reason: "Pergantian ketua panitia." }) }),
    );
    expect(refusedDraft.message).toBe("Seleksi ini masih draf: ubah datanya langsung tanpa koreksi.");
    expect(await prisma.selectionChange.count({ where: { selectionId: { in: [selection.id, still.id] } } })).toBe(0);
  });
});
