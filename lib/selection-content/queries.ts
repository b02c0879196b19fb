import "server-only";
// Reads of the administrator's rules, documents and stages pages: each row with what its form shows and
// its version (the fingerprint a concurrent edit is detected by).
import { prisma } from "@/lib/db";
import { utcToWibDateTime } from "@/lib/dates/wib";
import { isRuleId, ruleLabel } from "@/lib/eligibility/catalog";
import { ruleParamsToForm } from "./rule-params";
import { DETAILS_VERSION_SELECT, DOCUMENT_VERSION_SELECT, RULE_VERSION_SELECT, STAGE_VERSION_SELECT, rowVersion } from "./versions";

const HEADER_SELECT = { id: true, slug: true, title: true, status: true } as const;

export async function getRulesSetup(slug: string) {
  const selection = await prisma.selection.findUnique({
    where: { slug },
    select: { ...HEADER_SELECT, rules: { orderBy: { order: "asc" }, select: { id: true, ruleId: true, sourceItem: true, ...RULE_VERSION_SELECT } } },
  });
  if (!selection) return null;
  return {
    ...selection,
    rules: selection.rules.map(({ text, params, ...rule }) => ({
      ...rule,
      label: ruleLabel(rule.ruleId),
      known: isRuleId(rule.ruleId),
      text,
      formParams: isRuleId(rule.ruleId) ? ruleParamsToForm(rule.ruleId, params) : {},
      version: rowVersion({ text, params }),
    })),
  };
}
export type RulesSetup = NonNullable<Awaited<ReturnType<typeof getRulesSetup>>>;

const MIB = 1024 * 1024;

export async function getDocumentsSetup(slug: string) {
  const selection = await prisma.selection.findUnique({
    where: { slug },
    select: {
      ...HEADER_SELECT,
      documents: { orderBy: { number: "asc" }, select: { id: true, ...DOCUMENT_VERSION_SELECT, _count: { select: { documents: true } } } },
      // The forms (Lampiran) a document may name, as the document editor offers them.
      forms: { orderBy: { code: "asc" }, select: { code: true, title: true } },
    },
  });
  if (!selection) return null;
  return {
    ...selection,
    documents: selection.documents.map(({ id, _count, ...document }) => ({
      id,
      uploads: _count.documents,
      version: rowVersion(document),
      fields: {
        number: String(document.number),
        title: document.title,
        form: document.form,
        requiresStamp: document.requiresStamp,
        copies: String(document.copies),
        condition: document.condition,
        acceptedTypes: document.acceptedTypes,
        maxSizeMb: String(Math.max(1, Math.round(document.maxSizeBytes / MIB))),
        note: document.note ?? "",
        dueStage: document.dueStage,
        formCode: document.formCode ?? "",
      },
    })),
  };
}
export type DocumentsSetup = NonNullable<Awaited<ReturnType<typeof getDocumentsSetup>>>;

export async function getStagesSetup(slug: string) {
  const selection = await prisma.selection.findUnique({
    where: { slug },
    select: {
      ...HEADER_SELECT,
      weightsConfirmedAt: true,
      stages: { orderBy: { order: "asc" }, select: { id: true, kind: true, scheduleNo: true, isScored: true, isAllDay: true, ...STAGE_VERSION_SELECT } },
    },
  });
  if (!selection) return null;
  const decimal = (value: { toNumber(): number } | null) => (value === null ? "" : String(value.toNumber()).replace(".", ","));
  return {
    ...selection,
    stages: selection.stages.map(({ id, kind, scheduleNo, isScored, isAllDay, ...stage }) => ({
      id,
      kind,
      scheduleNo,
      isScored,
      isAllDay,
      version: rowVersion(stage),
      fields: {
        name: stage.name,
        startsAt: utcToWibDateTime(stage.startsAt).slice(0, 16),
        endsAt: utcToWibDateTime(stage.endsAt).slice(0, 16),
        responsible: stage.responsible ?? "",
        note: stage.note ?? "",
        weight: decimal(stage.weight),
        minimumScore: decimal(stage.minimumScore),
      },
    })),
  };
}
export type StagesSetup = NonNullable<Awaited<ReturnType<typeof getStagesSetup>>>;

/** The announcement details of a published selection as the correction form shows them, with their version. */
export async function getDetailsCorrection(slug: string) {
  const selection = await prisma.selection.findUnique({ where: { slug }, select: { id: true, ...DETAILS_VERSION_SELECT } });
  if (!selection) return null;
  const { id, ...details } = selection;
  return { selectionId: id, version: rowVersion(details), fields: { ...details, announcementDate: details.announcementDate.toISOString().slice(0, 10) } };
}
