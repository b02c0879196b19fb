// Pure: may an applicant upload or replace a document of one requirement at an instant? The server
// asks at write time with its own clock; the document list asks to show what can still be changed.
import { formatWib } from "@/lib/dates/wib";
import type { ApplicationStatus, DocumentCondition, StageKind } from "@/lib/generated/prisma/enums";

export type UploadRefusalCode =
  | "APPLICATION_CLOSED"
  | "NOT_APPLICABLE"
  | "DEADLINE_PASSED"
  | "FROZEN_AFTER_SUBMISSION"
  | "STAGE_NOT_SCHEDULED";

export type UploadDecision =
  | { allowed: true; closesAt: Date }
  | { allowed: false; code: UploadRefusalCode; reason: string };

export type UploadPolicyInput = {
  requirement: { condition: DocumentCondition; dueStage: StageKind };
  application: { status: ApplicationStatus; submittedAt: Date | null };
  documentDeadlineAt: Date;
  /** End of the requirement's due stage (the interview for items 14–16); null when the stage is not scheduled. */
  dueStageEndsAt: Date | null;
  /** Region code of the applicant's home institution; null when the CV does not name one yet. */
  applicantRegionCode: string | null;
  organiserRegionCode: string;
  now: Date;
};

/** Statuses after which nothing about the application changes any more. */
const CLOSED_STATUSES: readonly ApplicationStatus[] = ["ADMIN_FAILED", "WITHDRAWN"];

/**
 * OUTSIDE_ORGANISER documents (item 21, the own PPK's approval) apply to PNS whose institution is not
 * the organiser. An applicant whose CV names no institution yet sees the item as applicable: asking
 * for one document too many is recoverable, silently hiding a required one is not.
 */
export function isRequirementApplicable(condition: DocumentCondition, applicantRegionCode: string | null, organiserRegionCode: string): boolean {
  // The no-MPP statement may always be uploaded: whether it is *required* depends on the age and the
  // declaration, which change while the draft is edited (documentApplies decides that).
  if (condition === "ALWAYS" || condition === "EXTENDED_AGE_LIMIT") return true;
  if (applicantRegionCode === null) return true;
  return applicantRegionCode !== organiserRegionCode;
}

function isSubmitted(application: UploadPolicyInput["application"]): boolean {
  return application.submittedAt !== null || application.status !== "DRAFT";
}

function refuse(code: UploadRefusalCode, reason: string): UploadDecision {
  return { allowed: false, code, reason };
}

export function decideUpload(input: UploadPolicyInput): UploadDecision {
  const { requirement, application, now } = input;
  if (CLOSED_STATUSES.includes(application.status)) {
    return refuse(
      "APPLICATION_CLOSED",
      application.status === "WITHDRAWN"
        ? "Lamaran ini sudah ditarik, sehingga berkas tidak dapat diunggah lagi."
        : "Lamaran ini dinyatakan tidak memenuhi syarat administrasi, sehingga berkas tidak dapat diunggah lagi.",
    );
  }
  if (!isRequirementApplicable(requirement.condition, input.applicantRegionCode, input.organiserRegionCode)) {
    return refuse("NOT_APPLICABLE", "Berkas ini tidak berlaku bagi Anda, karena instansi Anda adalah instansi penyelenggara seleksi.");
  }

  if (!isSubmitted(application)) {
    // The deadline instant itself is already too late (16:00:00 WIB closes the door).
    if (now.getTime() >= input.documentDeadlineAt.getTime()) {
      return refuse("DEADLINE_PASSED", `Batas waktu unggah berkas telah lewat (${formatWib(input.documentDeadlineAt, { weekday: true })}).`);
    }
    return { allowed: true, closesAt: input.documentDeadlineAt };
  }

  // Submitted: what the secretariat verifies is frozen, except documents that may be handed in later.
  if (requirement.dueStage === "REGISTRATION") {
    return refuse("FROZEN_AFTER_SUBMISSION", "Lamaran sudah dikirim; berkas persyaratan pendaftaran tidak dapat diganti lagi.");
  }
  if (input.dueStageEndsAt === null) {
    return refuse("STAGE_NOT_SCHEDULED", "Jadwal tahap penyerahan berkas ini belum ditetapkan. Silakan hubungi Sekretariat Pansel.");
  }
  if (now.getTime() >= input.dueStageEndsAt.getTime()) {
    return refuse("DEADLINE_PASSED", `Batas waktu penyerahan berkas ini telah lewat (${formatWib(input.dueStageEndsAt, { weekday: true })}).`);
  }
  return { allowed: true, closesAt: input.dueStageEndsAt };
}
