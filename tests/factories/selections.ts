// A selection of a spec's own, copied from a seeded one (by default the Singkawang 2025 selection): the same
// vacancy, rules, documents, stages, forms and committee under a new slug, title and vacancy code, and
// applicants with submitted applications made the way the seed makes the demo ones (the real domain
// functions: apply, upload, submit). Lets an end-to-end spec verify, decide or publish without touching
// what another spec reads. Written straight to the test database (no mocks).
import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { setDocumentVerdict } from "@/lib/verification/mutations";
import { submitDemoApplication } from "@/prisma/seed-data/demo-applications";
import { cloneDemoApplicant, demoUserId, unusedNip } from "./applications";

export const SINGKAWANG_SLUG = "sekda-singkawang-2025";

export type CopiedSelection = { id: string; slug: string; title: string; vacancyId: string; vacancyCode: string };

/** A vacancy code of the seed's length (registration numbers keep their width) that no vacancy uses yet. */
async function unusedVacancyCode(): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const code = `U${crypto.randomBytes(2).toString("hex").toUpperCase()}`;
    if (!(await prisma.vacancy.findFirst({ where: { code }, select: { id: true } }))) return code;
  }
  throw new Error("No free vacancy code");
}

/**
 * Copies a selection with everything an applicant applies to and the committee that works on it. The copy's
 * title does not contain the original's, and its registration opens a minute earlier, so the original stays
 * the newest selection (the default of the self-check, first in the lists) and keeps its own name on pages.
 */
export async function copySelection(options: { label: string; from?: string }): Promise<CopiedSelection> {
  const source = await prisma.selection.findUniqueOrThrow({
    where: { slug: options.from ?? SINGKAWANG_SLUG },
    include: { vacancies: true, stages: true, rules: true, documents: true, forms: true, committee: true },
  });
  const suffix = crypto.randomBytes(4).toString("hex");
  const code = await unusedVacancyCode();
  const { id: _id, slug: _slug, title: _title, createdAt: _c, updatedAt: _u, vacancies, stages, rules, documents, forms, committee, registrationOpensAt, ...fields } =
    source;
  const title = `Seleksi Uji ${options.label} ${suffix}`;
  const copy = await prisma.selection.create({
    data: {
      ...fields,
      slug: `uji-${options.label}-${suffix}`,
      title,
      registrationOpensAt: new Date(registrationOpensAt.getTime() - 60_000),
      vacancies: { create: vacancies.map(({ id: _v, selectionId: _s, code: _code, ...vacancy }, index) => ({ ...vacancy, code: index === 0 ? code : `${code}${index}` })) },
      stages: { create: stages.map(({ id: _v, selectionId: _s, ...stage }) => stage) },
      rules: { create: rules.map(({ id: _v, selectionId: _s, params, ...rule }) => ({ ...rule, params: params as Prisma.InputJsonValue })) },
      documents: { create: documents.map(({ id: _v, selectionId: _s, ...document }) => document) },
      forms: { create: forms.map(({ id: _v, selectionId: _s, ...form }) => form) },
      committee: { create: committee.map(({ id: _v, selectionId: _s, ...member }) => member) },
    },
    select: { id: true, slug: true, vacancies: { orderBy: { order: "asc" }, select: { id: true }, take: 1 } },
  });
  return { id: copy.id, slug: copy.slug, title, vacancyId: copy.vacancies[0]!.id, vacancyCode: code };
}

export type SubmittedApplicant = { userId: string; email: string; name: string; nip: string; applicationId: string; registrationNumber: string };

/**
 * A new applicant with a copy of a demo applicant's CV (same name, institution and eligibility; a new
 * e-mail and NIP) whose application to the selection is submitted with every registration document.
 */
export async function addSubmittedDemoApplicant(selection: CopiedSelection, sourceEmail: string): Promise<SubmittedApplicant> {
  const source = await prisma.user.findUniqueOrThrow({ where: { email: sourceEmail }, select: { name: true, nip: true } });
  const nip = await unusedNip(source.nip!.slice(0, 15));
  const email = `${sourceEmail.split("@")[0]}.${crypto.randomBytes(4).toString("hex")}@uji.seleksi.id`;
  const userId = await cloneDemoApplicant(sourceEmail, email, nip, source.name);
  const { applicationId, registrationNumber } = await submitDemoApplication({ id: userId, name: source.name }, selection.vacancyId);
  return { userId, email, name: source.name, nip, applicationId, registrationNumber };
}

/** A new applicant account with a copy of a demo applicant's CV and no application: theirs to change. */
export async function addDemoApplicantCopy(sourceEmail: string): Promise<{ userId: string; email: string; nip: string }> {
  const source = await prisma.user.findUniqueOrThrow({ where: { email: sourceEmail }, select: { nip: true } });
  const nip = await unusedNip(source.nip!.slice(0, 15));
  const email = `${sourceEmail.split("@")[0]}.${crypto.randomBytes(4).toString("hex")}@uji.seleksi.id`;
  const userId = await cloneDemoApplicant(sourceEmail, email, nip);
  return { userId, email, nip };
}

/**
 * Every uploaded document of the application MEMENUHI, given by the secretariat member through the domain
 * function the workbench calls: for specs about what follows verification (deciding, publishing), which
 * need verified applications but not another walk through the workbench (verification.spec.ts has that).
 */
export async function verifyAllDocuments(applicationId: string, secretariatEmail = "sekretariat@demo.seleksi.id"): Promise<void> {
  const actorId = await demoUserId(secretariatEmail);
  const documents = await prisma.document.findMany({ where: { applicationId, currentVersionId: { not: null } }, select: { id: true } });
  for (const document of documents) await setDocumentVerdict({ actorId, documentId: document.id, verdict: "MEETS", ip: null });
}
