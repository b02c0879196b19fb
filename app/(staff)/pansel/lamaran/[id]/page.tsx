import type { Metadata } from "next";
import Link from "next/link";
import { EligibilityChecklist } from "@/components/eligibility/eligibility-checklist";
import { ApplicantSummary, type ApplicantSummaryView } from "@/components/verification/applicant-summary";
import { ChannelsPanel } from "@/components/verification/channels-panel";
import { DecisionPanel } from "@/components/verification/decision-panel";
import { DocumentWorkbench, type WorkbenchDocumentView } from "@/components/verification/document-workbench";
import { TrackRecordPanel } from "@/components/verification/track-record-panel";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { orPageError, requirePermissionPage } from "@/lib/auth/guards";
import { refuseScopedMiss } from "@/lib/auth/selection-access";
import { formatCalendarDate } from "@/lib/dates/calendar";
import { formatWib, todayInWib } from "@/lib/dates/wib";
import { getApplicationChannels } from "@/lib/channels/queries";
import { now } from "@/lib/clock";
import { DOCUMENT_FORM_LABELS, dueLabel, fileContentWarningText, formatFileSize } from "@/lib/documents/labels";
import { isPositionLevel, positionLevelLabel } from "@/lib/identifiers/position-level";
import { isRankCode, rankLabel } from "@/lib/identifiers/rank";
import { EMPLOYMENT_STATUS_LABELS, GENDER_LABELS } from "@/lib/profile/options";
import { getWorkbench, type Workbench } from "@/lib/verification/queries";
import {
  addTrackRecordAction,
  confirmAdministrationAction,
  decideAdministrationAction,
  recordPhysicalReceiptAction,
  setDocumentVerdictAction,
  undoPhysicalReceiptAction,
  verifyAsnKarierAction,
} from "../actions";

export const metadata: Metadata = { title: "Verifikasi lamaran" };

const day = (date: Date | null) => (date ? formatCalendarDate(date.toISOString().slice(0, 10)) : null);

function applicantView(workbench: Workbench): ApplicantSummaryView {
  const { applicant, declarations } = workbench;
  return {
    name: applicant.name,
    nip: applicant.nip,
    email: applicant.email,
    phone: applicant.phone,
    birth: [applicant.birthPlace, day(applicant.birthDate)].filter(Boolean).join(", ") || null,
    gender: applicant.gender ? GENDER_LABELS[applicant.gender] : null,
    employmentStatus: applicant.employmentStatus ? EMPLOYMENT_STATUS_LABELS[applicant.employmentStatus] : null,
    institution: applicant.institution,
    unitKerja: applicant.unitKerja,
    rank: isRankCode(applicant.currentRank) ? rankLabel(applicant.currentRank) : applicant.currentRank,
    currentPositionTitle: applicant.currentPositionTitle,
    tmtCpns: day(applicant.tmtCpns),
    positions: [...applicant.positions].reverse().map((position) => ({
      title: position.title,
      level: isPositionLevel(position.level) ? positionLevelLabel(position.level) : position.level,
      eselon: position.eselon,
      unitKerja: position.unitKerja,
      period: `${day(position.startDate)} – ${position.endDate ? day(position.endDate) : "sekarang"}`,
    })),
    educations: applicant.educations,
    declarations: [
      `${declarations.willingAllStages ? "✓" : "✗"} Bersedia mengikuti seluruh tahapan seleksi`,
      `${declarations.willingToReside ? "✓" : "✗"} Bersedia menetap di daerah penempatan`,
      `${declarations.noMppStatement ? "✓" : "–"} Bersedia tidak mengajukan MPP`,
    ],
  };
}

function documentViews(workbench: Workbench): WorkbenchDocumentView[] {
  return workbench.documents.map((document) => ({
    documentId: document.documentId,
    number: document.number,
    title: document.title,
    note: document.note,
    badges: [DOCUMENT_FORM_LABELS[document.form], ...(document.requiresStamp ? ["Bermaterai Rp 10.000"] : [])],
    dueText: dueLabel(document.dueStage),
    applies: document.applies,
    status: document.status,
    current: document.current
      ? {
          versionId: document.current.versionId,
          version: document.current.version,
          fileName: document.current.fileName,
          mimeType: document.current.mimeType,
          sizeText: formatFileSize(document.current.sizeBytes),
          uploadedAtText: formatWib(document.current.uploadedAt),
          warningText: fileContentWarningText(document.current.contentWarnings),
        }
      : null,
    history: document.verifications.map((verification) => ({
      id: verification.id,
      verdict: verification.verdict,
      reason: verification.reason,
      verifiedBy: verification.verifiedBy,
      verifiedAtText: formatWib(verification.verifiedAt),
      version: verification.version,
      isCurrentVersion: verification.isCurrentVersion,
    })),
  }));
}

export default async function WorkbenchPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermissionPage("view:applications");
  const { id } = await params;
  const workbench = await getWorkbench(id, user);
  if (!workbench) return orPageError(refuseScopedMiss(user, { applicationId: id }));
  const channels = await getApplicationChannels(id, user);

  const lockedReason =
    workbench.status === "SUBMITTED"
      ? null
      : "Hasil seleksi administrasi lamaran ini sudah diumumkan; putusan berkas dan keputusan tidak dapat diubah lagi di sini.";
  const { decision } = workbench;

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href={`/pansel/seleksi/${workbench.selection.slug}/lamaran`}>← Antrean lamaran</Link> · {workbench.selection.title}
        </p>
        <h1 className="text-2xl font-bold">{workbench.applicant.name}</h1>
        <p className="text-sm">
          Nomor pendaftaran <strong data-testid="nomor-pendaftaran">{workbench.registrationNumber}</strong> · {workbench.vacancyTitle} ·{" "}
          <Badge tone="info">{workbench.statusLabel}</Badge>
          {workbench.submittedAt ? <span className="text-slate-600"> · dikirim {formatWib(workbench.submittedAt)}</span> : null}
        </p>
      </header>

      <div className="grid gap-6 lg:grid-cols-12">
        <div className="space-y-6 lg:col-span-5">
          <Card title="Data pelamar" id="data-pelamar">
            <ApplicantSummary applicant={applicantView(workbench)} />
          </Card>
          {workbench.eligibility ? (
            <Card title="Persyaratan (dengan putusan berkas)" id="persyaratan">
              <EligibilityChecklist result={workbench.eligibility} ruleTexts={workbench.ruleTexts} />
            </Card>
          ) : null}
          <Card title="Keputusan administrasi" id="keputusan">
            <DecisionPanel
              applicationId={workbench.id}
              version={workbench.version}
              suggestion={workbench.suggestion}
              decision={{
                state: decision.state,
                reasons: decision.reasons,
                decidedById: decision.decidedById,
                decidedBy: decision.decidedBy,
                decidedAtText: decision.decidedAt ? formatWib(decision.decidedAt) : null,
                confirmedBy: decision.confirmedBy,
                confirmedAtText: decision.confirmedAt ? formatWib(decision.confirmedAt) : null,
              }}
              needsSecondCheck={workbench.selection.rejectionNeedsSecondCheck}
              currentUserId={user.id}
              canDecide={workbench.access.can("decide:administration")}
              canConfirm={workbench.access.can("confirm:administration")}
              lockedReason={lockedReason}
              decideAction={decideAdministrationAction}
              confirmAction={confirmAdministrationAction}
            />
          </Card>
          {channels ? (
            <Card title="Jalur resmi: ASN Karier dan berkas fisik" id="jalur-resmi">
              <ChannelsPanel
                applicationId={workbench.id}
                view={{
                  asnKarierRequired: channels.asnKarierRequired,
                  asnKarierNumber: channels.asnKarierNumber,
                  asnKarierVerifiedText: channels.asnKarierVerifiedAt
                    ? `Diverifikasi oleh ${channels.asnKarierVerifiedBy ?? "Petugas"}, ${formatWib(channels.asnKarierVerifiedAt)}`
                    : null,
                  physicalReceivedText: channels.physicalReceivedOn
                    ? `pada ${formatCalendarDate(channels.physicalReceivedOn)}, diterima oleh ${channels.physicalReceivedBy ?? "Petugas"}` +
                      (channels.physicalRecordedAt ? ` (dicatat ${formatWib(channels.physicalRecordedAt)})` : "")
                    : null,
                  secretariat: channels.secretariat,
                }}
                currentUserId={user.id}
                todayWib={todayInWib(now())}
                canRecord={workbench.access.can("verify:document")}
                lockedReason={workbench.status === "DRAFT" || workbench.status === "WITHDRAWN" ? "Lamaran ini belum dikirim atau sudah ditarik." : null}
                verifyAction={verifyAsnKarierAction}
                recordAction={recordPhysicalReceiptAction}
                undoAction={undoPhysicalReceiptAction}
              />
            </Card>
          ) : null}
          <Card title="Rekam jejak" id="rekam-jejak-pelamar">
            <TrackRecordPanel
              applicationId={workbench.id}
              entries={workbench.trackRecords.map((record) => ({ ...record, createdAtText: formatWib(record.createdAt) }))}
              canRecord={workbench.access.can("record:track-record") && workbench.status !== "WITHDRAWN"}
              isWeighted={workbench.selection.trackRecordWeighted}
              action={addTrackRecordAction}
            />
          </Card>
        </div>
        <div className="lg:sticky lg:top-4 lg:col-span-7 lg:self-start">
          <Card title="Berkas" id="berkas">
            <DocumentWorkbench
              documents={documentViews(workbench)}
              canVerify={workbench.access.can("verify:document")}
              lockedReason={lockedReason}
              hasDecision={decision.state !== "UNDECIDED"}
              action={setDocumentVerdictAction}
            />
          </Card>
        </div>
      </div>
    </div>
  );
}
