import "server-only";
// The secretariat's verification: a verdict per document, the administrative decision per
// application (MS/TMS with reasons), its four-eyes confirmation, and the Pansel's track record.
// Every actor is read from the database and must sit on the selection's committee with the right
// role; every change is refused once the administrative result is published (status ≠ SUBMITTED),
// and writes its audit row in the same transaction.
import { writeAudit } from "@/lib/audit";
import { now as clockNow } from "@/lib/clock";
import { prisma, type TransactionClient } from "@/lib/db";
import { assertDocumentTransition } from "@/lib/documents/status";
import { PROFILE_ELIGIBILITY_SELECT } from "@/lib/eligibility/profile-candidate";
import { getSelectionEligibilityConfig } from "@/lib/selections/eligibility-config";
import { AppError } from "@/lib/errors";
import type { ApplicationStatus, DocumentStatus } from "@/lib/generated/prisma/enums";
import { requireSelectionAccess } from "@/lib/auth/selection-access";
import { parseOrThrow } from "@/lib/validation/parse";
import { adminDecisionSchema, documentVerdictSchema, trackRecordSchema } from "@/lib/validation/verification";
import { evaluateWithVerdicts, extendedAgeReliance, toVerifiedDocuments, VERIFICATION_REQUIREMENT_SELECT } from "./evaluation";
import { suggestAdministrativeDecision, type AdministrativeDecisionValue } from "./suggestion";

const NOT_FOUND = "Lamaran tidak ditemukan.";
const STALE = "Lamaran ini baru saja diubah oleh petugas lain. Muat ulang halaman lalu periksa kembali.";

function assertInVerification(status: ApplicationStatus): void {
  if (status === "SUBMITTED") return;
  throw new AppError(
    "LOCKED",
    status === "DRAFT" || status === "WITHDRAWN"
      ? "Lamaran ini tidak sedang dalam verifikasi administrasi."
      : "Hasil seleksi administrasi lamaran ini sudah diumumkan; perubahan hanya melalui koreksi pengumuman.",
  );
}

type LockedApplication = {
  status: ApplicationStatus;
  version: number;
  adminDecision: AdministrativeDecisionValue | null;
  adminDecisionReason: string | null;
  adminDecidedById: string | null;
  adminConfirmedById: string | null;
};

/** Serialises every verification write of one application (verdicts, decision, confirmation). */
async function lockApplication(tx: TransactionClient, applicationId: string): Promise<LockedApplication> {
  const [row] = await tx.$queryRaw<LockedApplication[]>`
    SELECT status, version, "adminDecision", "adminDecisionReason", "adminDecidedById", "adminConfirmedById"
    FROM "Application" WHERE id = ${applicationId} FOR UPDATE`;
  if (!row) throw new AppError("NOT_FOUND", NOT_FOUND);
  return row;
}

function decisionSnapshot(row: LockedApplication) {
  return {
    decision: row.adminDecision,
    reason: row.adminDecisionReason,
    decidedById: row.adminDecidedById,
    confirmedById: row.adminConfirmedById,
  };
}

export type SetDocumentVerdictInput = {
  actorId: string;
  documentId: string;
  verdict: "MEETS" | "FAILS";
  /** Required for FAILS (≤ 500 characters); ignored for MEETS. */
  reason?: string | null;
  /** The version the verifier looked at; when given, a newer upload in between is refused. */
  versionId?: string;
  ip: string | null;
  now?: Date;
};

export type DocumentVerdictResult = {
  applicationId: string;
  verificationId: string;
  status: DocumentStatus;
  /** The application's administrative decision was withdrawn because this verdict changed the facts. */
  clearedDecision: boolean;
};

/**
 * Records a verdict on the document's current version. Every verdict is a new row (the history
 * stays); the document's status follows the latest. A verdict that changes what a decision rests on
 * (a registration document newly failing, failing for another reason, or no longer failing)
 * withdraws the application's administrative decision and its confirmation, so nothing is
 * published on facts that no longer hold.
 */
export async function setDocumentVerdict(input: SetDocumentVerdictInput): Promise<DocumentVerdictResult> {
  const now = input.now ?? clockNow();
  const parsed = parseOrThrow(documentVerdictSchema, {
    documentId: input.documentId,
    versionId: input.versionId,
    verdict: input.verdict,
    reason: input.reason ?? undefined,
  });
  const reason = parsed.verdict === "FAILS" ? parsed.reason : "";

  const document = await prisma.document.findUnique({
    where: { id: input.documentId },
    select: { id: true, applicationId: true, application: { select: { selectionId: true } } },
  });
  if (!document) throw new AppError("NOT_FOUND", "Berkas tidak ditemukan.");
  const actor = await requireSelectionAccess({ actorId: input.actorId, selectionId: document.application.selectionId, permission: "verify:document",
    refusal: "Hanya anggota Sekretariat Pansel seleksi ini yang dapat memverifikasi berkas.",
  });

  return prisma.$transaction(async (tx) => {
    const application = await lockApplication(tx, document.applicationId);
    assertInVerification(application.status);
    const current = await tx.document.findUniqueOrThrow({
      where: { id: document.id },
      select: { status: true, currentVersionId: true, requirement: { select: { number: true, dueStage: true } } },
    });
    if (!current.currentVersionId) {
      throw new AppError("VALIDATION", "Berkas ini belum diunggah; tidak ada yang dapat diverifikasi.");
    }
    if (input.versionId && input.versionId !== current.currentVersionId) {
      throw new AppError("CONFLICT", "Pelamar telah mengunggah versi baru berkas ini. Muat ulang halaman dan periksa versi terbaru.");
    }
    const previous = await tx.documentVerification.findFirst({
      where: { documentId: document.id, versionId: current.currentVersionId },
      orderBy: [{ verifiedAt: "desc" }, { id: "desc" }],
      select: { verdict: true, reason: true },
    });
    const storedReason = reason || null;
    const created = await tx.documentVerification.create({
      data: {
        documentId: document.id,
        versionId: current.currentVersionId,
        verdict: input.verdict,
        reason: storedReason,
        verifiedById: actor.id,
        verifiedAt: now,
      },
      select: { id: true },
    });
    assertDocumentTransition(current.status, input.verdict);
    await tx.document.update({ where: { id: document.id }, data: { status: input.verdict } });

    // What a decision rests on changes when a registration document newly fails (or fails for another
    // reason), or stops failing. A first MEETS on a document nobody had judged changes neither an MS
    // (which needs every document verified anyway) nor a TMS's reasons.
    const wasFailing = previous?.verdict === "FAILS";
    const changesFacts =
      current.requirement.dueStage === "REGISTRATION" &&
      (input.verdict === "FAILS" ? !(wasFailing && previous?.reason === storedReason) : wasFailing);
    const clearedDecision = changesFacts && application.adminDecision !== null;
    if (clearedDecision) {
      await tx.application.update({
        where: { id: document.applicationId },
        data: {
          adminDecision: null,
          adminDecisionReason: null,
          adminDecidedById: null,
          adminDecidedAt: null,
          adminConfirmedById: null,
          adminConfirmedAt: null,
          version: { increment: 1 },
        },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "application.admin_decision_cleared",
        entityType: "Application",
        entityId: document.applicationId,
        before: decisionSnapshot(application),
        after: { decision: null, cause: { documentId: document.id, requirementNumber: current.requirement.number, verificationId: created.id } },
        ip: input.ip,
      });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "document.verify",
      entityType: "Document",
      entityId: document.id,
      before: { status: current.status, verdict: previous?.verdict ?? null, reason: previous?.reason ?? null },
      after: {
        applicationId: document.applicationId,
        requirementNumber: current.requirement.number,
        versionId: current.currentVersionId,
        verificationId: created.id,
        status: input.verdict,
        verdict: input.verdict,
        reason: storedReason,
      },
      ip: input.ip,
    });
    return { applicationId: document.applicationId, verificationId: created.id, status: input.verdict, clearedDecision };
  });
}

/**
 * What the MS check needs besides the document statuses: the selection's requirements and rules and
 * the applicant's CV. Read before the transaction (verification never changes them); the statuses
 * are read under the application's lock, so a verdict cannot slip in between check and decision.
 */
async function loadSuggestionContext(applicationId: string) {
  const application = await prisma.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      noMppStatement: true,
      selection: { select: { slug: true, organiser: { select: { regionCode: true } }, documents: { select: VERIFICATION_REQUIREMENT_SELECT } } },
      applicant: { select: { profile: { select: PROFILE_ELIGIBILITY_SELECT } } },
    },
  });
  const config = await getSelectionEligibilityConfig(application.selection.slug);
  if (!config) throw new AppError("NOT_FOUND", "Seleksi tidak ditemukan.");
  return { application, config };
}

/** MS is only for an application whose suggestion is MS: every registration document verified MEETS, no rule failing. */
async function assertSuggestionAllowsMs(
  tx: TransactionClient,
  applicationId: string,
  context: Awaited<ReturnType<typeof loadSuggestionContext>>,
): Promise<void> {
  const { application, config } = context;
  const statuses = await tx.document.findMany({ where: { applicationId }, select: { requirementId: true, status: true } });
  const profile = application.applicant.profile;
  const documents = toVerifiedDocuments({
    requirements: application.selection.documents,
    documents: statuses.map((document) => ({ ...document, latestVerdict: null })),
    applicability: {
      applicantRegionCode: profile?.institution?.regionCode ?? null,
      organiserRegionCode: application.selection.organiser.regionCode,
      reliesOnExtendedAge: config ? extendedAgeReliance({ config, profile, noMppStatement: application.noMppStatement }) : false,
    },
  });
  const eligibility = evaluateWithVerdicts({ config, profile, noMppStatement: application.noMppStatement, documents });
  const suggestion = suggestAdministrativeDecision({ eligibility, documents });
  if (suggestion.decision === "MS") return;
  const message =
    suggestion.decision === null
      ? `Belum dapat ditetapkan MS: berkas nomor ${suggestion.unverified.join(", ")} belum diverifikasi.`
      : `Tidak dapat ditetapkan MS: ${suggestion.reasons.join("; ")}.`;
  throw new AppError("VALIDATION", message);
}

/**
 * Sets (or replaces) the administrative decision: MS, or TMS with one reason per item. Replacing a
 * decision withdraws its confirmation. `expectedVersion` (the Application.version the decider saw)
 * refuses a decision taken on a page another member has changed since.
 */
export async function decideAdministration(input: {
  actorId: string;
  applicationId: string;
  decision: AdministrativeDecisionValue;
  reasons: readonly string[];
  expectedVersion?: number;
  ip: string | null;
  now?: Date;
}): Promise<{ version: number }> {
  const now = input.now ?? clockNow();
  // The stored reasons are one per line: whitespace inside a reason (a line break too) becomes a space.
  const parsed = parseOrThrow(adminDecisionSchema, {
    applicationId: input.applicationId,
    decision: input.decision,
    reasons: input.reasons.map((reason) => reason.replace(/\s+/g, " ")).join("\n"),
    expectedVersion: input.expectedVersion,
  });
  const reasons = input.decision === "TMS" ? parsed.reasons : [];
  const found = await prisma.application.findFirst({
    where: { id: input.applicationId, status: { not: "DRAFT" } },
    select: { selectionId: true },
  });
  if (!found) throw new AppError("NOT_FOUND", NOT_FOUND);
  const actor = await requireSelectionAccess({ actorId: input.actorId, selectionId: found.selectionId, permission: "decide:administration",
    refusal: "Hanya Sekretariat atau Ketua Pansel seleksi ini yang dapat menetapkan hasil seleksi administrasi.",
  });

  const context = input.decision === "MS" ? await loadSuggestionContext(input.applicationId) : null;

  return prisma.$transaction(async (tx) => {
    const application = await lockApplication(tx, input.applicationId);
    assertInVerification(application.status);
    if (input.expectedVersion !== undefined && input.expectedVersion !== application.version) throw new AppError("CONFLICT", STALE);
    if (context) await assertSuggestionAllowsMs(tx, input.applicationId, context);
    const reasonText = reasons.length > 0 ? reasons.join("\n") : null;
    const updated = await tx.application.update({
      where: { id: input.applicationId },
      data: {
        adminDecision: input.decision,
        adminDecisionReason: reasonText,
        adminDecidedById: actor.id,
        adminDecidedAt: now,
        adminConfirmedById: null,
        adminConfirmedAt: null,
        version: { increment: 1 },
      },
      select: { version: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "application.admin_decide",
      entityType: "Application",
      entityId: input.applicationId,
      before: decisionSnapshot(application),
      after: { decision: input.decision, reason: reasonText, decidedById: actor.id, decidedAt: now.toISOString(), confirmedById: null },
      ip: input.ip,
    });
    return { version: updated.version };
  });
}

/** The second pair of eyes on a rejection: another secretariat member than the one who decided. */
export async function confirmAdministration(input: {
  actorId: string;
  applicationId: string;
  expectedVersion?: number;
  ip: string | null;
  now?: Date;
}): Promise<{ version: number }> {
  const now = input.now ?? clockNow();
  const found = await prisma.application.findFirst({
    where: { id: input.applicationId, status: { not: "DRAFT" } },
    select: { selectionId: true, selection: { select: { rejectionNeedsSecondCheck: true } } },
  });
  if (!found) throw new AppError("NOT_FOUND", NOT_FOUND);
  const actor = await requireSelectionAccess({ actorId: input.actorId, selectionId: found.selectionId, permission: "confirm:administration",
    refusal: "Keputusan TMS hanya dapat dikonfirmasi oleh anggota Sekretariat Pansel seleksi ini.",
  });
  if (!found.selection.rejectionNeedsSecondCheck) {
    throw new AppError("VALIDATION", "Seleksi ini tidak mensyaratkan konfirmasi kedua atas keputusan TMS.");
  }

  return prisma.$transaction(async (tx) => {
    const application = await lockApplication(tx, input.applicationId);
    assertInVerification(application.status);
    if (application.adminDecision !== "TMS") {
      throw new AppError("INVALID_TRANSITION", "Tidak ada keputusan TMS yang menunggu konfirmasi.");
    }
    if (application.adminConfirmedById !== null) throw new AppError("CONFLICT", "Keputusan TMS ini sudah dikonfirmasi.");
    if (application.adminDecidedById === actor.id) {
      throw new AppError("FORBIDDEN", "Keputusan TMS harus dikonfirmasi oleh anggota Sekretariat lain, bukan oleh yang menetapkannya.");
    }
    if (input.expectedVersion !== undefined && input.expectedVersion !== application.version) throw new AppError("CONFLICT", STALE);
    const updated = await tx.application.update({
      where: { id: input.applicationId },
      data: { adminConfirmedById: actor.id, adminConfirmedAt: now, version: { increment: 1 } },
      select: { version: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "application.admin_confirm",
      entityType: "Application",
      entityId: input.applicationId,
      before: decisionSnapshot(application),
      after: { ...decisionSnapshot(application), confirmedById: actor.id, confirmedAt: now.toISOString() },
      ip: input.ip,
    });
    return { version: updated.version };
  });
}

/**
 * A track record note by a committee member or the chair; staff-only reading. Entries are never
 * edited: a correction is a new entry. A score is kept only when the selection weighs the track
 * record (a scored TRACK_RECORD stage).
 */
export async function addTrackRecord(input: {
  actorId: string;
  applicationId: string;
  notes: string;
  conclusion: string;
  score?: number | null;
  ip: string | null;
  now?: Date;
}): Promise<{ trackRecordId: string }> {
  const now = input.now ?? clockNow();
  const { notes, conclusion } = parseOrThrow(trackRecordSchema.pick({ notes: true, conclusion: true }), { notes: input.notes, conclusion: input.conclusion });
  const score = input.score ?? null;
  if (score !== null && (!Number.isFinite(score) || score < 0 || score > 100)) {
    throw new AppError("VALIDATION", "Nilai harus angka 0 sampai 100.", { score: "Nilai harus angka 0 sampai 100." });
  }

  const application = await prisma.application.findUnique({
    where: { id: input.applicationId },
    select: {
      status: true,
      selectionId: true,
      selection: { select: { stages: { where: { kind: "TRACK_RECORD" }, select: { isScored: true } } } },
    },
  });
  if (!application || application.status === "DRAFT") throw new AppError("NOT_FOUND", NOT_FOUND);
  const actor = await requireSelectionAccess({ actorId: input.actorId, selectionId: application.selectionId, permission: "record:track-record",
    refusal: "Hanya anggota atau Ketua Pansel seleksi ini yang dapat mencatat rekam jejak.",
  });
  if (application.status === "WITHDRAWN") throw new AppError("LOCKED", "Lamaran ini sudah ditarik.");
  if (score !== null && !application.selection.stages.some((stage) => stage.isScored)) {
    const message = "Seleksi ini tidak memberi bobot pada rekam jejak, sehingga nilai tidak dicatat.";
    throw new AppError("VALIDATION", message, { score: message });
  }

  return prisma.$transaction(async (tx) => {
    const created = await tx.trackRecord.create({
      data: { applicationId: input.applicationId, authorId: actor.id, notes, conclusion, score, createdAt: now },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "track_record.add",
      entityType: "TrackRecord",
      entityId: created.id,
      after: { applicationId: input.applicationId, notes, conclusion, score },
      ip: input.ip,
    });
    return { trackRecordId: created.id };
  });
}
