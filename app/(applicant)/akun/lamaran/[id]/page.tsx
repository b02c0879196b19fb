import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApplicationTimeline } from "@/components/application/timeline";
import { FormSuccess } from "@/components/forms/form-message";
import { DocumentList } from "@/components/document/document-list";
import { SubmitPanel } from "@/components/application/submit-panel";
import { AsnKarierForm } from "@/components/application/asn-karier-form";
import { DeclarationsForm } from "@/components/application/declarations-form";
import { MissingBeforeSubmit, UploadCounter } from "@/components/application/submission-readiness";
import { AdministrativeResultCard } from "@/components/results/administrative-result-card";
import { EligibilityChecklist } from "@/components/eligibility/eligibility-checklist";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { declarationWording } from "@/lib/applications/declarations";
import { evaluateApplicantEligibility } from "@/lib/applications/eligibility";
import { getOwnApplication } from "@/lib/applications/queries";
import { missingForSubmission } from "@/lib/applications/submission-check";
import { asnKarierTerm, sealedEnvelopeTerm } from "@/lib/channels/texts";
import { formatCalendarDate } from "@/lib/dates/calendar";
import { listApplicationDocuments } from "@/lib/documents/queries";
import { applicationStatusLabel } from "@/lib/applications/status";
import { requirePermissionPage } from "@/lib/auth/guards";
import { formatWib, formatWibRange } from "@/lib/dates/wib";
import type { EligibilityResult } from "@/lib/eligibility";
import { FORM_CATALOG, FORM_CODES } from "@/lib/pdf/forms";
import { now } from "@/lib/clock";
import { getOwnAdministrativeResult } from "@/lib/results/queries";
import { toAdministrativeResultView } from "@/lib/results/view";
import { setAsnKarierNumberAction, submitApplicationAction, updateDeclarationsAction } from "../actions";
import { submitObjectionAction } from "./actions";
import { supportsDirectUpload } from "@/lib/storage";

export const metadata: Metadata = { title: "Lamaran saya" };

export default async function ApplicationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ terkirim?: string }> }) {
  const user = await requirePermissionPage("apply:selection");
  const { id } = await params;
  const justSubmitted = Boolean((await searchParams).terkirim);
  const application = await getOwnApplication(user.id, id);
  if (!application) notFound();
  const isDraft = application.status === "DRAFT";
  const wording = declarationWording(application.selection.regime, application.selection.rules);
  // A draft shows the live evaluation; a submitted application shows what was decided at submission.
  const current = await evaluateApplicantEligibility(user.id, application.selection.slug, {
    noMppStatement: application.noMppStatement,
    vacancyId: application.vacancyId,
  });
  const live = isDraft ? current : null;
  const eligibility = live?.result ?? (application.eligibilitySnapshot as EligibilityResult | null);
  const documents = await listApplicationDocuments(application.id, user.id, now(), { reliesOnExtendedAge: current?.reliesOnExtendedAge ?? false });
  // The counter and the missing list use the server's own pre-submission check.
  const requiredNow = documents?.rows.filter((row) => row.isRequired && row.dueStage === "REGISTRATION") ?? [];
  const missing =
    isDraft && documents && live
      ? missingForSubmission({
          declarations: application,
          documents: documents.rows.map((row) => ({
            currentVersionId: row.current?.versionId ?? null,
            requirement: { number: row.number, title: row.title, dueStage: row.dueStage, condition: row.condition },
          })),
          applicability: documents.applicability,
          eligibility: live.result,
          wording,
        })
      : [];
  const asnTerm = asnKarierTerm(application.selection.registrationTerms);
  const envelopeTerm = sealedEnvelopeTerm(application.selection.registrationTerms);
  const adminResult = isDraft ? null : await getOwnAdministrativeResult(user.id, application.id, now());

  return (
    <div className="space-y-6">
      {justSubmitted && application.submittedAt ? <FormSuccess message="Lamaran berhasil dikirim. Bukti pendaftaran dapat diunduh di bawah ini." /> : null}
      <header className="space-y-1">
        <p className="text-sm text-slate-600">{application.selection.title}</p>
        <h1 className="text-2xl font-bold">Lamaran {application.vacancy.title}</h1>
        <p>
          Nomor pendaftaran <strong data-testid="nomor-pendaftaran">{application.registrationNumber}</strong>{" "}
          <Badge tone={isDraft ? "warning" : "info"}>{applicationStatusLabel(application.status, application.selection.regime, { escalated: application.selection.status === "ESCALATED" })}</Badge>
        </p>
        {application.submittedAt ? (
          <p className="text-sm">
            Dikirim {formatWib(application.submittedAt)} ·{" "}
            <a href={`/api/lamaran/${application.id}/bukti`} className="font-semibold">
              Unduh bukti pendaftaran (PDF)
            </a>
          </p>
        ) : (
          <p className="text-sm text-amber-900">Batas akhir pengiriman: {formatWib(application.selection.documentDeadlineAt, { weekday: true })}</p>
        )}
      </header>

      {isDraft && documents ? <UploadCounter uploaded={requiredNow.filter((row) => row.current).length} total={requiredNow.length} /> : null}

      {adminResult ? <AdministrativeResultCard view={toAdministrativeResultView(adminResult, application.id, now())} objectAction={submitObjectionAction} /> : null}

      {eligibility ? (
        <Card title={isDraft ? "Persyaratan (dihitung dari data DRH Anda saat ini)" : "Persyaratan (saat lamaran dikirim)"} id="persyaratan">
          <EligibilityChecklist result={eligibility} ruleTexts={live?.ruleTexts} />
          {isDraft ? (
            <p className="mt-3 text-sm">
              <Link href="/akun/drh">Perbarui Daftar Riwayat Hidup</Link> bila ada data yang belum benar.
            </p>
          ) : null}
        </Card>
      ) : null}

      <Card title="Pernyataan" id="pernyataan">
        {isDraft ? (
          <DeclarationsForm
            applicationId={application.id}
            current={{ willingAllStages: application.willingAllStages, willingToReside: application.willingToReside, noMppStatement: application.noMppStatement }}
            action={updateDeclarationsAction}
            wording={wording}
          />
        ) : (
          <ul className="space-y-1 text-sm">
            <li>{application.willingAllStages ? "✓" : "✗"} Bersedia mengikuti seluruh tahapan seleksi</li>
            <li>
              {application.willingToReside ? "✓" : "✗"} {wording.resideDone}
            </li>
            {wording.offersNoMpp ? <li>{application.noMppStatement ? "✓" : "–"} Bersedia tidak mengajukan MPP (batas usia 58 tahun)</li> : null}
          </ul>
        )}
      </Card>

      {application.selection.asnKarierRequired || envelopeTerm ? (
        <Card title="Jalur resmi pendaftaran" id="jalur-resmi">
          <div className="space-y-4 text-sm">
            {application.selection.asnKarierRequired ? (
              <div className="space-y-2" data-testid="asn-karier">
                <h3 className="font-semibold">Pendaftaran di ASN Karier</h3>
                {asnTerm ? <blockquote className="border-l-4 border-amber-400 bg-amber-50 p-3 text-amber-950">{asnTerm}</blockquote> : null}
                {isDraft ? (
                  <AsnKarierForm applicationId={application.id} current={application.asnKarierNumber} action={setAsnKarierNumberAction} />
                ) : (
                  <p>
                    Nomor pendaftaran ASN Karier: <strong data-testid="nomor-asn-karier">{application.asnKarierNumber ?? "tidak diisi"}</strong>{" "}
                    {application.asnKarierNumber ? (
                      <Badge tone={application.asnKarierVerifiedAt ? "success" : "neutral"}>
                        {application.asnKarierVerifiedAt ? "Terverifikasi Sekretariat" : "Belum diverifikasi"}
                      </Badge>
                    ) : null}
                  </p>
                )}
              </div>
            ) : null}
            {envelopeTerm ? (
              <div className="space-y-2" data-testid="berkas-fisik">
                <h3 className="font-semibold">Berkas fisik dalam amplop tertutup</h3>
                <blockquote className="border-l-4 border-slate-300 bg-slate-50 p-3">{envelopeTerm}</blockquote>
                <p data-testid="status-berkas-fisik">
                  {application.physicalReceivedOn
                    ? `Berkas fisik diterima Sekretariat Pansel pada ${formatCalendarDate(application.physicalReceivedOn.toISOString().slice(0, 10))}.`
                    : "Berkas fisik belum dicatat diterima oleh Sekretariat Pansel."}
                </p>
              </div>
            ) : null}
          </div>
        </Card>
      ) : null}

      <Card title="Formulir terisi otomatis" id="formulir">
        <p className="mb-3 text-sm text-slate-700">Cetak, tanda tangani di atas materai bila diminta, pindai, lalu unggah sebagai berkas.</p>
        <ul className="grid gap-2 sm:grid-cols-2">
          {FORM_CODES.map((code) => (
            <li key={code}>
              <a href={`/api/lamaran/${application.id}/formulir/${code}`}>
                Lampiran {code}: {FORM_CATALOG[code].title}
              </a>
            </li>
          ))}
        </ul>
      </Card>

      {documents ? (
        <Card title="Berkas persyaratan" id="berkas">
          <DocumentList documents={documents} directUpload={supportsDirectUpload()} />
        </Card>
      ) : null}

      {isDraft ? (
        <Card title="Kirim lamaran" id="kirim">
          <div className="mb-4">
            <MissingBeforeSubmit items={missing} />
          </div>
          <SubmitPanel applicationId={application.id} deadlineText={formatWib(application.selection.documentDeadlineAt, { weekday: true })} action={submitApplicationAction} />
        </Card>
      ) : null}

      <Card title="Jadwal tahapan" id="jadwal">
        <ul className="space-y-1 text-sm">
          {application.selection.stages.map((stage) => (
            <li key={stage.name}>
              <span className="font-medium">{formatWibRange(stage.startsAt, stage.endsAt, !stage.isAllDay)}</span> — {stage.name}
            </li>
          ))}
        </ul>
      </Card>

      <Card title="Linimasa lamaran" id="linimasa">
        <ApplicationTimeline events={application.events.map((event) => ({ ...event, createdAt: formatWib(event.createdAt) }))} />
      </Card>
    </div>
  );
}
