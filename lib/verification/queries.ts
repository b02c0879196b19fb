import "server-only";
// Reads of the verification: the queue of a selection's applications and the workbench of one.
// Staff only (the pages check view:applications); a draft is the applicant's own business and is
// never listed. Query counts do not grow with the page: the queue runs a fixed handful of queries.
import { getSelectionEligibilityConfig } from "@/lib/selections/eligibility-config";
import { selectionAccessOf, staffApplicationWhere, staffSelectionWhere, standingOf, type SelectionViewer } from "@/lib/auth/selection-access";
import { PROFILE_ELIGIBILITY_SELECT } from "@/lib/eligibility/profile-candidate";
import type { EligibilityResult, EligibilityVerdict } from "@/lib/eligibility";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus, DocumentForm, DocumentStatus, FileContentWarning, Regime, StageKind, VerificationVerdict } from "@/lib/generated/prisma/enums";
import { applicationStatusLabel } from "@/lib/applications/status";
import { replacementApplicationIds as replacementIds } from "@/lib/cat-results/queries";
import { normalizeNip } from "@/lib/identifiers/nip";
import { adminDecisionStateOf, splitReasons, type AdminDecisionState } from "@/lib/results/admin-decision";
import { evaluateWithVerdicts, extendedAgeReliance, toVerifiedDocuments, VERIFICATION_REQUIREMENT_SELECT } from "./evaluation";
import { isRegistrationDocument, suggestAdministrativeDecision, type AdministrativeSuggestion } from "./suggestion";

export type QueueDecisionFilter = "UNDECIDED" | "MS" | "TMS" | "AWAITING_CONFIRMATION";

export type QueueQuery = {
  slug: string;
  status?: ApplicationStatus;
  /** MEETS: no uploaded document is unverified or failing; FAILS: at least one document fails. */
  verdict?: "MEETS" | "FAILS";
  /** Only applications with at least one uploaded document still waiting for a verdict. */
  unverifiedOnly?: boolean;
  decision?: QueueDecisionFilter;
  vacancyId?: string;
  /** Name, NIP or registration number (part of it). */
  q?: string;
  page: number;
  pageSize: number;
};

export type QueueRow = {
  id: string;
  registrationNumber: string;
  name: string;
  nip: string | null;
  vacancyTitle: string;
  status: ApplicationStatus;
  /** The status in the words of the selection's regime (applicationStatusLabel). */
  statusLabel: string;
  submittedAt: Date | null;
  /** Re-evaluated now, with the verdicts' decisions. */
  eligibilityVerdict: EligibilityVerdict;
  documentsVerified: number;
  documentsFailed: number;
  /** Uploaded documents (there is nothing to verify in one that was never uploaded). */
  documentsTotal: number;
  decisionState: AdminDecisionState;
};

export type QueuePage = {
  selection: { id: string; slug: string; title: string; regime: Regime; vacancies: { id: string; title: string }[] };
  rows: QueueRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
};

function searchWhere(raw: string | undefined): Prisma.ApplicationWhereInput | null {
  const q = raw?.trim();
  if (!q) return null;
  const digits = normalizeNip(q);
  const contains = { contains: q, mode: "insensitive" as const };
  const or: Prisma.ApplicationWhereInput[] = [
    { registrationNumber: contains },
    { applicant: { name: contains } },
    { applicant: { profile: { is: { fullName: contains } } } },
  ];
  if (/^\d+$/.test(digits)) {
    or.push({ applicant: { nip: { contains: digits } } }, { applicant: { profile: { is: { nip: { contains: digits } } } } });
  }
  return { OR: or };
}

function decisionWhere(filter: QueueDecisionFilter | undefined, needsSecondCheck: boolean): Prisma.ApplicationWhereInput | null {
  switch (filter) {
    case undefined:
      return null;
    case "UNDECIDED":
      return { adminDecision: null };
    case "MS":
      return { adminDecision: "MS" };
    case "TMS":
      return needsSecondCheck ? { adminDecision: "TMS", adminConfirmedById: { not: null } } : { adminDecision: "TMS" };
    case "AWAITING_CONFIRMATION":
      // Without a second check no TMS ever waits.
      return needsSecondCheck ? { adminDecision: "TMS", adminConfirmedById: null } : { id: { in: [] } };
  }
}

/** Null for an unknown selection or one the viewer has no seat on. Ordered by registration number (unique, so pages never overlap). */
export async function listQueue(query: QueueQuery, viewer: SelectionViewer): Promise<QueuePage | null> {
  const selection = await prisma.selection.findFirst({
    where: { slug: query.slug, ...staffSelectionWhere(viewer, "view:applications") },
    select: {
      id: true,
      slug: true,
      title: true,
      regime: true,
      rejectionNeedsSecondCheck: true,
      organiser: { select: { regionCode: true } },
      vacancies: { orderBy: { order: "asc" }, select: { id: true, title: true } },
      documents: { select: VERIFICATION_REQUIREMENT_SELECT },
    },
  });
  if (!selection) return null;

  const filters: Prisma.ApplicationWhereInput[] = [
    { selectionId: selection.id },
    query.status ? { status: query.status } : { status: { not: "DRAFT" } },
  ];
  if (query.vacancyId) filters.push({ vacancyId: query.vacancyId });
  if (query.unverifiedOnly) filters.push({ documents: { some: { status: "UPLOADED" } } });
  if (query.verdict === "FAILS") filters.push({ documents: { some: { status: "FAILS" } } });
  if (query.verdict === "MEETS") {
    filters.push({ documents: { some: { status: "MEETS" } } }, { documents: { none: { status: { in: ["UPLOADED", "FAILS"] } } } });
  }
  const decision = decisionWhere(query.decision, selection.rejectionNeedsSecondCheck);
  if (decision) filters.push(decision);
  const search = searchWhere(query.q);
  if (search) filters.push(search);
  const where: Prisma.ApplicationWhereInput = { AND: filters };

  const pageSize = Math.min(Math.max(query.pageSize, 1), 100);
  const total = await prisma.application.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(query.page, 1), pageCount);
  const base = { selection: { id: selection.id, slug: selection.slug, title: selection.title, regime: selection.regime, vacancies: selection.vacancies }, total, page, pageSize, pageCount };
  if (total === 0) return { ...base, rows: [] };

  const applications = await prisma.application.findMany({
    where,
    orderBy: { registrationNumber: "asc" },
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      registrationNumber: true,
      status: true,
      submittedAt: true,
      noMppStatement: true,
      adminDecision: true,
      adminDecidedById: true,
      adminConfirmedById: true,
      vacancy: { select: { title: true } },
      applicant: {
        select: { name: true, nip: true, profile: { select: { ...PROFILE_ELIGIBILITY_SELECT, fullName: true } } },
      },
    },
  });
  const ids = applications.map((application) => application.id);
  // Counts per application and status in SQL; the eligibility needs each document's status, which the
  // same page of applications gets in one more query (never one query per row).
  const [counts, documents, config, replacements] = await Promise.all([
    prisma.document.groupBy({
      by: ["applicationId", "status"],
      where: { applicationId: { in: ids }, currentVersionId: { not: null } },
      _count: { _all: true },
    }),
    prisma.document.findMany({
      where: { applicationId: { in: ids }, requirement: { ruleIds: { isEmpty: false } } },
      select: { applicationId: true, requirementId: true, status: true },
    }),
    getSelectionEligibilityConfig(selection.slug),
    replacementIds(ids),
  ]);

  const rows = applications.map((application): QueueRow => {
    const own = counts.filter((row) => row.applicationId === application.id);
    const countOf = (status: DocumentStatus) => own.find((row) => row.status === status)?._count._all ?? 0;
    const profile = application.applicant.profile;
    let eligibilityVerdict: EligibilityVerdict = "PENDING_VERIFICATION";
    if (config) {
      const verified = toVerifiedDocuments({
        requirements: selection.documents,
        documents: documents.filter((document) => document.applicationId === application.id).map((document) => ({ ...document, latestVerdict: null })),
        applicability: {
          applicantRegionCode: profile?.institution?.regionCode ?? null,
          organiserRegionCode: selection.organiser.regionCode,
          reliesOnExtendedAge: config ? extendedAgeReliance({ config, profile, noMppStatement: application.noMppStatement }) : false,
        },
      });
      eligibilityVerdict = evaluateWithVerdicts({ config, profile, noMppStatement: application.noMppStatement, documents: verified }).verdict;
    }
    return {
      id: application.id,
      registrationNumber: application.registrationNumber,
      name: profile?.fullName ?? application.applicant.name,
      nip: profile?.nip ?? application.applicant.nip,
      vacancyTitle: application.vacancy.title,
      status: application.status,
      statusLabel: applicationStatusLabel(application.status, selection.regime, { replacement: replacements.has(application.id) }),
      submittedAt: application.submittedAt,
      eligibilityVerdict,
      documentsVerified: countOf("MEETS") + countOf("FAILS"),
      documentsFailed: countOf("FAILS"),
      documentsTotal: own.reduce((sum, row) => sum + row._count._all, 0),
      decisionState: adminDecisionStateOf(application, selection.rejectionNeedsSecondCheck),
    };
  });
  return { ...base, rows };
}

export type WorkbenchVerification = {
  id: string;
  verdict: VerificationVerdict;
  reason: string | null;
  verifiedBy: string;
  verifiedAt: Date;
  version: number;
  /** Given on the version that is current now (older versions' verdicts are history). */
  isCurrentVersion: boolean;
};

export type WorkbenchDocument = {
  requirementId: string;
  number: number;
  title: string;
  note: string | null;
  form: DocumentForm;
  requiresStamp: boolean;
  dueStage: StageKind;
  applies: boolean;
  /** Due with the registration and applicable: what the administrative decision judges. */
  isRegistrationDocument: boolean;
  documentId: string | null;
  status: DocumentStatus;
  current: {
    versionId: string;
    version: number;
    fileName: string;
    mimeType: string;
    sizeBytes: number;
    uploadedAt: Date;
    contentWarnings: FileContentWarning[];
  } | null;
  /** Newest first. */
  verifications: WorkbenchVerification[];
};

export type WorkbenchTrackRecord = { id: string; author: string; notes: string; conclusion: string | null; score: string | null; createdAt: Date };

export type Workbench = NonNullable<Awaited<ReturnType<typeof getWorkbench>>>;

/** Everything the secretariat needs beside one application; null for an unknown id, a draft, or a selection the viewer has no seat on. */
export async function getWorkbench(applicationId: string, viewer: SelectionViewer) {
  const application = await prisma.application.findFirst({
    where: { id: applicationId, status: { not: "DRAFT" }, ...staffApplicationWhere(viewer, "view:applications") },
    select: {
      id: true,
      registrationNumber: true,
      status: true,
      version: true,
      submittedAt: true,
      noMppStatement: true,
      willingAllStages: true,
      willingToReside: true,
      adminDecision: true,
      adminDecisionReason: true,
      adminDecidedById: true,
      adminDecidedAt: true,
      adminConfirmedById: true,
      adminConfirmedAt: true,
      vacancy: { select: { title: true } },
      selection: {
        select: {
          id: true,
          slug: true,
          title: true,
          regime: true,
          rejectionNeedsSecondCheck: true,
          committee: { where: { userId: viewer.id }, select: { position: true } },
          organiser: { select: { name: true, regionCode: true, ppks: { where: { userId: viewer.id }, select: { id: true } } } },
          stages: { where: { kind: "TRACK_RECORD" }, select: { isScored: true, weight: true } },
          documents: {
            orderBy: { number: "asc" },
            select: { ...VERIFICATION_REQUIREMENT_SELECT, note: true, form: true, requiresStamp: true },
          },
        },
      },
      applicant: {
        select: {
          name: true,
          email: true,
          nip: true,
          profile: {
            select: {
              ...PROFILE_ELIGIBILITY_SELECT,
              fullName: true,
              birthPlace: true,
              phone: true,
              unitKerja: true,
              currentPositionTitle: true,
              tmtCpns: true,
              positions: {
                orderBy: [{ startDate: "asc" }, { id: "asc" }],
                select: { title: true, level: true, eselon: true, unitKerja: true, startDate: true, endDate: true },
              },
              educations: { select: { level: true, major: true, institutionName: true, graduationYear: true } },
            },
          },
        },
      },
      documents: {
        select: {
          id: true,
          requirementId: true,
          status: true,
          currentVersion: { select: { id: true, version: true, fileName: true, mimeType: true, sizeBytes: true, uploadedAt: true, contentWarnings: true } },
          verifications: {
            orderBy: [{ verifiedAt: "desc" }, { id: "desc" }],
            select: { id: true, verdict: true, reason: true, verifiedById: true, verifiedAt: true, versionId: true, version: { select: { version: true } } },
          },
        },
      },
      trackRecords: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, authorId: true, notes: true, conclusion: true, score: true, createdAt: true },
      },
    },
  });
  if (!application) return null;

  const { selection, applicant } = application;
  const profile = applicant.profile;
  const peopleIds = new Set<string>();
  for (const document of application.documents) for (const verification of document.verifications) peopleIds.add(verification.verifiedById);
  for (const record of application.trackRecords) peopleIds.add(record.authorId);
  if (application.adminDecidedById) peopleIds.add(application.adminDecidedById);
  if (application.adminConfirmedById) peopleIds.add(application.adminConfirmedById);
  const [config, people, replacements] = await Promise.all([
    getSelectionEligibilityConfig(selection.slug),
    prisma.user.findMany({ where: { id: { in: [...peopleIds] } }, select: { id: true, name: true } }),
    replacementIds([application.id]),
  ]);
  const nameOf = (id: string | null) => (id ? (people.find((person) => person.id === id)?.name ?? "Petugas") : null);

  const byRequirement = new Map(application.documents.map((document) => [document.requirementId, document]));
  const latestOnCurrent = (document: (typeof application.documents)[number] | undefined) => {
    const versionId = document?.currentVersion?.id;
    const latest = versionId ? document.verifications.find((verification) => verification.versionId === versionId) : undefined;
    return latest ? { verdict: latest.verdict, reason: latest.reason } : null;
  };
  const verified = toVerifiedDocuments({
    requirements: selection.documents,
    documents: selection.documents.map((requirement) => {
      const document = byRequirement.get(requirement.id);
      return { requirementId: requirement.id, status: document?.status ?? "MISSING", latestVerdict: latestOnCurrent(document) };
    }),
    applicability: {
      applicantRegionCode: profile?.institution?.regionCode ?? null,
      organiserRegionCode: selection.organiser.regionCode,
      reliesOnExtendedAge: config ? extendedAgeReliance({ config, profile, noMppStatement: application.noMppStatement }) : false,
    },
  });
  const eligibility: EligibilityResult | null = config
    ? evaluateWithVerdicts({ config, profile, noMppStatement: application.noMppStatement, documents: verified })
    : null;
  const suggestion: AdministrativeSuggestion | null = eligibility ? suggestAdministrativeDecision({ eligibility, documents: verified }) : null;

  const documents = selection.documents.map((requirement, index): WorkbenchDocument => {
    const document = byRequirement.get(requirement.id);
    const current = document?.currentVersion ?? null;
    const reading = verified[index];
    return {
      requirementId: requirement.id,
      number: requirement.number,
      title: requirement.title,
      note: requirement.note,
      form: requirement.form,
      requiresStamp: requirement.requiresStamp,
      dueStage: requirement.dueStage,
      applies: reading?.applies ?? true,
      isRegistrationDocument: reading ? isRegistrationDocument(reading) : false,
      documentId: document?.id ?? null,
      status: document?.status ?? "MISSING",
      current: current
        ? {
            versionId: current.id,
            version: current.version,
            fileName: current.fileName,
            mimeType: current.mimeType,
            sizeBytes: current.sizeBytes,
            uploadedAt: current.uploadedAt,
            contentWarnings: current.contentWarnings,
          }
        : null,
      verifications: (document?.verifications ?? []).map((verification) => ({
        id: verification.id,
        verdict: verification.verdict,
        reason: verification.reason,
        verifiedBy: nameOf(verification.verifiedById) ?? "Petugas",
        verifiedAt: verification.verifiedAt,
        version: verification.version.version,
        isCurrentVersion: verification.versionId === current?.id,
      })),
    };
  });

  const trackRecordStage = selection.stages[0];
  return {
    /** What the viewer may do on this application's selection (server-side only: it holds a function). */
    access: selectionAccessOf(viewer, standingOf(selection)),
    id: application.id,
    registrationNumber: application.registrationNumber,
    status: application.status,
    statusLabel: applicationStatusLabel(application.status, selection.regime, { replacement: replacements.has(application.id) }),
    version: application.version,
    submittedAt: application.submittedAt,
    vacancyTitle: application.vacancy.title,
    declarations: {
      willingAllStages: application.willingAllStages,
      willingToReside: application.willingToReside,
      noMppStatement: application.noMppStatement,
    },
    selection: {
      id: selection.id,
      slug: selection.slug,
      title: selection.title,
      rejectionNeedsSecondCheck: selection.rejectionNeedsSecondCheck,
      trackRecordWeighted: Boolean(trackRecordStage?.isScored),
    },
    applicant: {
      name: profile?.fullName ?? applicant.name,
      email: applicant.email,
      nip: profile?.nip ?? applicant.nip,
      birthPlace: profile?.birthPlace ?? null,
      birthDate: profile?.birthDate ?? null,
      gender: profile?.gender ?? null,
      phone: profile?.phone ?? null,
      employmentStatus: profile?.employmentStatus ?? null,
      institution: profile?.institution?.name ?? null,
      unitKerja: profile?.unitKerja ?? null,
      currentRank: profile?.currentRank ?? null,
      currentPositionTitle: profile?.currentPositionTitle ?? null,
      tmtCpns: profile?.tmtCpns ?? null,
      positions: profile?.positions ?? [],
      educations: profile?.educations ?? [],
    },
    eligibility,
    ruleTexts: config?.ruleTexts ?? {},
    suggestion,
    decision: {
      value: application.adminDecision,
      reasons: splitReasons(application.adminDecisionReason),
      state: adminDecisionStateOf(application, selection.rejectionNeedsSecondCheck),
      decidedById: application.adminDecidedById,
      decidedBy: nameOf(application.adminDecidedById),
      decidedAt: application.adminDecidedAt,
      confirmedBy: nameOf(application.adminConfirmedById),
      confirmedAt: application.adminConfirmedAt,
    },
    documents,
    trackRecords: application.trackRecords.map((record): WorkbenchTrackRecord => ({
      id: record.id,
      author: nameOf(record.authorId) ?? "Petugas",
      notes: record.notes,
      conclusion: record.conclusion,
      score: record.score === null ? null : record.score.toString(),
      createdAt: record.createdAt,
    })),
  };
}
