import "server-only";
// The administrator's edits of what an applicant applies to: the eligibility rules and their parameters,
// the required documents and the stages, while the selection is a draft. Every edit is made on the
// version of the row the form was loaded with (a concurrent edit is refused), under the selection's row
// lock, and audited in the same transaction.
import { writeAudit } from "@/lib/audit";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { now as clockNow } from "@/lib/clock";
import { wibToUtc } from "@/lib/dates/wib";
import { Prisma, prisma, type TransactionClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SelectionStatus, StageKind } from "@/lib/generated/prisma/enums";
import { movedWindow } from "@/lib/selections/registration-window";
import { lockSelection } from "@/lib/selections/transitions";
import type { DetailsCorrectionData, DocumentCorrectionData, DocumentEditData, DocumentFieldsData, RuleAddData, RuleEditData, StageEditData } from "@/lib/validation/selection-content";
import { detailsChanges, documentChanges, type DetailsFields } from "./history";
import { referencedDocumentNumbers } from "./rule-params";
import { DETAILS_VERSION_SELECT, DOCUMENT_VERSION_SELECT, RULE_VERSION_SELECT, STAGE_VERSION_SELECT, rowVersion } from "./versions";

export const CONTENT_REFUSAL = "Hanya administrator yang dapat mengatur seleksi.";
export const CONCURRENT_EDIT = "Data ini baru saja diubah pengguna lain. Muat ulang halaman, periksa perubahannya, lalu ulangi.";
const DRAFT_ONLY = "Seleksi sudah diumumkan: persyaratan, berkas dan tahapan tidak dapat diubah lagi di sini.";

type Meta = { actorId: string; ip: string | null };

/** The administrator of this selection, with its row locked for the rest of the transaction. */
export async function lockForAdministrator(tx: TransactionClient, selectionId: string, actorId: string): Promise<{ status: SelectionStatus; slug: string }> {
  await requireSelectionAccess({ actorId, selectionId, permission: "administer:selection", refusal: CONTENT_REFUSAL, db: tx });
  await lockSelection(tx, selectionId);
  return tx.selection.findUniqueOrThrow({ where: { id: selectionId }, select: { status: true, slug: true } });
}

async function lockDraft(tx: TransactionClient, selectionId: string, actorId: string) {
  const selection = await lockForAdministrator(tx, selectionId, actorId);
  if (selection.status !== "DRAFT") throw new AppError("LOCKED", DRAFT_ONLY);
  return selection;
}

export function checkVersion(current: Record<string, unknown>, sent: string): void {
  if (rowVersion(current) !== sent) throw new AppError("CONFLICT", CONCURRENT_EDIT);
}

// ─────────────────────────────── Eligibility rules ───────────────────────────────

export async function updateRule(input: Meta & { data: RuleEditData }): Promise<void> {
  const { selectionId, ruleId, version, text, params } = input.data;
  await prisma.$transaction(async (tx) => {
    await lockDraft(tx, selectionId, input.actorId);
    const rule = await tx.eligibilityRule.findUnique({ where: { selectionId_ruleId: { selectionId, ruleId } }, select: { id: true, ...RULE_VERSION_SELECT } });
    if (!rule) throw new AppError("NOT_FOUND", "Persyaratan tidak ditemukan pada seleksi ini.");
    const { id, ...before } = rule;
    checkVersion(before, version);
    await refuseMissingDocuments(tx, selectionId, params);
    await tx.eligibilityRule.update({ where: { id }, data: { text, params: params as Prisma.InputJsonValue } });
    await writeAudit(tx, { actorId: input.actorId, action: "rule.update", entityType: "EligibilityRule", entityId: id, before: { ruleId, ...before }, after: { ruleId, text, params }, ip: input.ip });
  });
}

export async function addRule(input: Meta & { data: RuleAddData }): Promise<void> {
  const { selectionId, ruleId, sourceItem, text, params } = input.data;
  await prisma.$transaction(async (tx) => {
    await lockDraft(tx, selectionId, input.actorId);
    if (await tx.eligibilityRule.findUnique({ where: { selectionId_ruleId: { selectionId, ruleId } }, select: { id: true } })) {
      throw new AppError("CONFLICT", "Persyaratan ini sudah ada.", { ruleId: "Seleksi ini sudah memiliki persyaratan ini; ubah yang ada" });
    }
    await refuseMissingDocuments(tx, selectionId, params);
    const last = await tx.eligibilityRule.aggregate({ where: { selectionId }, _max: { order: true } });
    const rule = await tx.eligibilityRule.create({
      data: { selectionId, ruleId, sourceItem, text, params: params as Prisma.InputJsonValue, order: (last._max.order ?? 0) + 1 },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: input.actorId, action: "rule.create", entityType: "EligibilityRule", entityId: rule.id, after: { selectionId, ruleId, sourceItem, text, params }, ip: input.ip });
  });
}

export async function removeRule(input: Meta & { selectionId: string; ruleId: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await lockDraft(tx, input.selectionId, input.actorId);
    const rule = await tx.eligibilityRule.findUnique({ where: { selectionId_ruleId: { selectionId: input.selectionId, ruleId: input.ruleId } }, select: { id: true, ruleId: true, text: true, params: true } });
    if (!rule) throw new AppError("NOT_FOUND", "Persyaratan tidak ditemukan pada seleksi ini.");
    const documents = await tx.documentRequirement.findMany({ where: { selectionId: input.selectionId, ruleIds: { has: input.ruleId } }, select: { number: true } });
    if (documents.length > 0) {
      throw new AppError("LOCKED", `Persyaratan ini diputuskan oleh berkas nomor ${documents.map((document) => document.number).join(", ")}; persyaratan tidak dapat dihapus.`);
    }
    await tx.eligibilityRule.delete({ where: { id: rule.id } });
    const { id, ...before } = rule;
    await writeAudit(tx, { actorId: input.actorId, action: "rule.delete", entityType: "EligibilityRule", entityId: id, before, ip: input.ip });
  });
}

async function refuseMissingDocuments(tx: TransactionClient, selectionId: string, params: unknown) {
  const numbers = referencedDocumentNumbers(params);
  if (numbers.length === 0) return;
  const found = await tx.documentRequirement.findMany({ where: { selectionId, number: { in: numbers } }, select: { number: true } });
  const missing = numbers.filter((number) => !found.some((document) => document.number === number));
  if (missing.length > 0) {
    throw new AppError("VALIDATION", "Periksa kembali parameter persyaratan.", { "params.documentNumbers": `Berkas nomor ${missing.join(", ")} tidak ada di daftar berkas seleksi ini` });
  }
}

// ─────────────────────────────── Required documents ───────────────────────────────

const MIB = 1024 * 1024;

function documentRow(fields: Omit<DocumentFieldsData, "dueStage" | "formCode">) {
  const { maxSizeMb, ...rest } = fields;
  return { ...rest, maxSizeBytes: maxSizeMb * MIB };
}

/** A draft's document: also its due stage (absent: kept, or registration for a new one) and its form, one of the selection's or none. */
async function draftDocumentRow(tx: TransactionClient, selectionId: string, fields: DocumentFieldsData, keptDueStage: StageKind = "REGISTRATION") {
  const { dueStage, formCode, ...rest } = fields;
  if (formCode) {
    const form = await tx.formTemplate.findUnique({ where: { selectionId_code: { selectionId, code: formCode } }, select: { id: true } });
    if (!form) throw new AppError("VALIDATION", "Periksa kembali formulir berkas.", { formCode: `Formulir ${formCode} tidak ada pada seleksi ini; pilih salah satu formulir seleksi atau tanpa formulir` });
  }
  return { ...documentRow(rest), dueStage: dueStage ?? keptDueStage, formCode: formCode ?? null };
}

async function rulesNaming(tx: TransactionClient, selectionId: string, number: number): Promise<string[]> {
  const rules = await tx.eligibilityRule.findMany({ where: { selectionId }, select: { ruleId: true, params: true } });
  return rules.filter((rule) => referencedDocumentNumbers(rule.params).includes(number)).map((rule) => rule.ruleId);
}

async function refuseTakenNumber(tx: TransactionClient, selectionId: string, number: number, exceptId?: string) {
  const taken = await tx.documentRequirement.findFirst({ where: { selectionId, number, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { title: true } });
  if (taken) throw new AppError("CONFLICT", "Nomor urut sudah dipakai.", { number: `Nomor ${number} sudah dipakai berkas lain; pilih nomor yang kosong` });
}

export async function addDocumentRequirement(input: Meta & { data: DocumentFieldsData & { selectionId: string } }): Promise<void> {
  const { selectionId, ...fields } = input.data;
  await prisma.$transaction(async (tx) => {
    await lockDraft(tx, selectionId, input.actorId);
    await refuseTakenNumber(tx, selectionId, fields.number);
    const row = await draftDocumentRow(tx, selectionId, fields);
    const created = await tx.documentRequirement.create({ data: { selectionId, ...row }, select: { id: true } });
    await writeAudit(tx, { actorId: input.actorId, action: "requirement.create", entityType: "DocumentRequirement", entityId: created.id, after: { selectionId, ...row }, ip: input.ip });
  });
}

/** The document of this selection, locked, with what its form shows; refused when it changed since the form was loaded. */
export async function lockedDocument(tx: TransactionClient, selectionId: string, documentId: string, version: string) {
  const document = await tx.documentRequirement.findFirst({ where: { id: documentId, selectionId }, select: { id: true, ...DOCUMENT_VERSION_SELECT } });
  if (!document) throw new AppError("NOT_FOUND", "Berkas tidak ditemukan pada seleksi ini.");
  const { id, ...before } = document;
  checkVersion(before, version);
  return { id, before };
}

export async function updateDocumentRequirement(input: Meta & { data: DocumentEditData }): Promise<void> {
  const { selectionId, documentId, version, ...fields } = input.data;
  await prisma.$transaction(async (tx) => {
    await lockDraft(tx, selectionId, input.actorId);
    const { id, before } = await lockedDocument(tx, selectionId, documentId, version);
    if (fields.number !== before.number) {
      await refuseTakenNumber(tx, selectionId, fields.number, id);
      const naming = await rulesNaming(tx, selectionId, before.number);
      if (naming.length > 0) {
        throw new AppError("VALIDATION", "Nomor berkas ini dirujuk persyaratan.", {
          number: `Berkas nomor ${before.number} dirujuk persyaratan (${naming.join(", ")}); ubah rujukan di halaman Persyaratan terlebih dahulu`,
        });
      }
    }
    const row = await draftDocumentRow(tx, selectionId, fields, before.dueStage);
    await tx.documentRequirement.update({ where: { id }, data: row });
    await writeAudit(tx, { actorId: input.actorId, action: "requirement.update", entityType: "DocumentRequirement", entityId: id, before, after: row, ip: input.ip });
  });
}

export async function removeDocumentRequirement(input: Meta & { selectionId: string; documentId: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await lockDraft(tx, input.selectionId, input.actorId);
    const document = await tx.documentRequirement.findFirst({
      where: { id: input.documentId, selectionId: input.selectionId },
      select: { id: true, ...DOCUMENT_VERSION_SELECT, _count: { select: { documents: true } } },
    });
    if (!document) throw new AppError("NOT_FOUND", "Berkas tidak ditemukan pada seleksi ini.");
    if (document._count.documents > 0) throw new AppError("LOCKED", "Berkas ini sudah diunggah pelamar dan tidak dapat dihapus.");
    const naming = await rulesNaming(tx, input.selectionId, document.number);
    if (naming.length > 0) throw new AppError("LOCKED", `Berkas nomor ${document.number} dirujuk persyaratan (${naming.join(", ")}); ubah rujukan di halaman Persyaratan terlebih dahulu.`);
    await tx.documentRequirement.delete({ where: { id: document.id } });
    const { _count, id, ...before } = document;
    await writeAudit(tx, { actorId: input.actorId, action: "requirement.delete", entityType: "DocumentRequirement", entityId: id, before, ip: input.ip });
  });
}

// ─────────────────────────────── Stages ───────────────────────────────

const decimal = (value: number | null) => (value === null ? null : new Prisma.Decimal(value.toFixed(3)));

export async function updateStage(input: Meta & { data: StageEditData }): Promise<void> {
  const { selectionId, stageId, version, startsAt, endsAt, weight, minimumScore, ...fields } = input.data;
  await prisma.$transaction(async (tx) => {
    await lockDraft(tx, selectionId, input.actorId);
    const stage = await tx.stage.findFirst({ where: { id: stageId, selectionId }, select: { id: true, kind: true, isScored: true, ...STAGE_VERSION_SELECT } });
    if (!stage) throw new AppError("NOT_FOUND", "Tahap tidak ditemukan pada seleksi ini.");
    const { id, kind, isScored, ...before } = stage;
    checkVersion(before, version);
    if (!isScored && (weight !== null || minimumScore !== null)) {
      throw new AppError("VALIDATION", "Tahap ini tidak dinilai.", { weight: "Tahap ini tidak dinilai: kosongkan bobot dan nilai minimum" });
    }
    const selection = await tx.selection.findUniqueOrThrow({
      where: { id: selectionId },
      select: { weightsConfirmedAt: true, registrationOpensAt: true, registrationClosesAt: true, documentDeadlineAt: true },
    });
    const weightChanged = String(before.weight ?? "") !== String(decimal(weight) ?? "") || String(before.minimumScore ?? "") !== String(decimal(minimumScore) ?? "");
    if (weightChanged && selection.weightsConfirmedAt) throw new AppError("LOCKED", "Bobot dan nilai minimum tahapan sudah dikonfirmasi Ketua Pansel dan terkunci.");
    const row = { ...fields, startsAt: wibToUtc(startsAt), endsAt: wibToUtc(endsAt), weight: decimal(weight), minimumScore: decimal(minimumScore) };
    await tx.stage.update({ where: { id }, data: row });
    if (kind === "REGISTRATION") {
      // The registration stage is the one source of the window the server enforces (as rescheduling does).
      const window = movedWindow(
        { opensAt: selection.registrationOpensAt, closesAt: selection.registrationClosesAt, documentDeadlineAt: selection.documentDeadlineAt },
        row.startsAt,
        row.endsAt,
      );
      await tx.selection.update({ where: { id: selectionId }, data: { registrationOpensAt: window.opensAt, registrationClosesAt: window.closesAt, documentDeadlineAt: window.documentDeadlineAt } });
    }
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "stage.update",
      entityType: "Stage",
      entityId: id,
      before: { ...before, weight: before.weight?.toNumber() ?? null, minimumScore: before.minimumScore?.toNumber() ?? null },
      after: { ...fields, startsAt: row.startsAt, endsAt: row.endsAt, weight, minimumScore },
      ip: input.ip,
    });
  });
}

// ─────────────────────────────── Corrections after publication ───────────────────────────────

const STILL_DRAFT = "Seleksi ini masih draf: ubah datanya langsung tanpa koreksi.";
const NOTHING_CHANGED = "Tidak ada yang berubah: ubah isian yang perlu dikoreksi terlebih dahulu.";

async function lockPublished(tx: TransactionClient, selectionId: string, actorId: string) {
  const selection = await lockForAdministrator(tx, selectionId, actorId);
  if (selection.status === "DRAFT") throw new AppError("VALIDATION", STILL_DRAFT);
  return selection;
}

const isoDate = (value: Date) => value.toISOString().slice(0, 10);

/**
 * Corrects the announcement details of a published selection (text, number, the committee): the change,
 * its reason and the previous values are recorded and shown on the public page; the call announcement
 * follows.
 */
export async function correctSelectionDetails(input: Meta & { data: DetailsCorrectionData }): Promise<{ slug: string }> {
  const { selectionId, version, reason, ...fields } = input.data;
  return prisma.$transaction(async (tx) => {
    const { slug } = await lockPublished(tx, selectionId, input.actorId);
    const current = await tx.selection.findUniqueOrThrow({ where: { id: selectionId }, select: DETAILS_VERSION_SELECT });
    checkVersion(current, version);
    const before: DetailsFields = { ...current, announcementDate: isoDate(current.announcementDate) };
    const changed = detailsChanges(before, fields);
    if (changed.length === 0) throw new AppError("VALIDATION", NOTHING_CHANGED);
    await tx.selection.update({ where: { id: selectionId }, data: { ...fields, announcementDate: new Date(`${fields.announcementDate}T00:00:00.000Z`) } });
    await tx.announcement.updateMany({ where: { selectionId, kind: "CALL" }, data: { number: fields.announcementNumber, title: `Pengumuman ${fields.title}`, body: fields.summary } });
    await tx.selectionChange.create({
      data: { selectionId, kind: "DETAILS", subject: "Data pengumuman", fields: changed, reason, changedById: input.actorId, changedAt: clockNow() },
    });
    await writeAudit(tx, { actorId: input.actorId, action: "selection.correct", entityType: "Selection", entityId: selectionId, before, after: { ...fields, reason }, ip: input.ip });
    return { slug };
  });
}

/** Corrects one required document of a published selection (its number stays), recorded like the details. */
export async function correctDocumentRequirement(input: Meta & { data: DocumentCorrectionData }): Promise<{ slug: string }> {
  const { selectionId, documentId, version, reason, ...fields } = input.data;
  return prisma.$transaction(async (tx) => {
    const { slug } = await lockPublished(tx, selectionId, input.actorId);
    const { id, before } = await lockedDocument(tx, selectionId, documentId, version);
    if (fields.number !== before.number) {
      throw new AppError("VALIDATION", "Nomor berkas tidak dapat diubah setelah seleksi diumumkan.", { number: `Nomor berkas tetap ${before.number}` });
    }
    const row = documentRow(fields);
    const changed = documentChanges(before, row);
    if (changed.length === 0) throw new AppError("VALIDATION", NOTHING_CHANGED);
    await tx.documentRequirement.update({ where: { id }, data: row });
    await tx.selectionChange.create({
      data: { selectionId, kind: "DOCUMENT", subject: `Berkas nomor ${before.number}`, fields: changed, reason, changedById: input.actorId, changedAt: clockNow() },
    });
    await writeAudit(tx, { actorId: input.actorId, action: "requirement.correct", entityType: "DocumentRequirement", entityId: id, before, after: { ...row, reason }, ip: input.ip });
    return { slug };
  });
}
