import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssessmentImport } from "@/components/scoring/assessment-import";
import { ScoringSheetList } from "@/components/scoring/scoring-sheet";
import { StageSummaryTable } from "@/components/scoring/stage-summary";
import { formatScore } from "@/lib/ranking/labels";
import { Card } from "@/components/ui/card";
import { orPageError, requirePermissionPage } from "@/lib/auth/guards";
import { getSelectionAccess } from "@/lib/auth/selection-access";
import { formatWib } from "@/lib/dates/wib";
import { weightsConfirmationLabel } from "@/lib/scoring/weights-confirmation";
import { AppError } from "@/lib/errors";
import { toCsv } from "@/lib/export/csv";
import { ASSESSMENT_FILE_MAX_ROWS, ASSESSMENT_TEMPLATE_HEADER } from "@/lib/scoring/assessment-file";
import { getScoringSheet, getStageScoreSummary, type StageScoreSummary } from "@/lib/scoring/queries";
import { assignSubstituteAction, correctScoreAction, declareConflictAction, importAssessmentAction, previewAssessmentImportAction, submitScoreAction } from "./actions";

export const metadata: Metadata = { title: "Penilaian tahap" };

// The template is the header row only, in the same CSV dialect as the portal's exports.
const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(toCsv(ASSESSMENT_TEMPLATE_HEADER, []))}`;

/** Why the chair can no longer import assessment results into this stage, if so. */
function importBlockedReason(summary: StageScoreSummary): string | null {
  if (summary.stage.status === "CLOSED") return "Tahap ini sudah ditutup; hasil asesmen tidak dapat diimpor lagi.";
  // A stage reopened for the new candidates (#15 item 3) takes their results once; the first round's stay as imported.
  if (summary.rows.some((row) => row.scores.length > 0 && !row.isFirstRound)) {
    return "Nilai tahap ini sudah tercatat (hasil asesmen sudah diimpor). Perbaikan dilakukan melalui koreksi nilai pada rekap di bawah.";
  }
  return null;
}

/** A refusal means "not for this user" (that view is left out); a missing stage is a 404. */
async function ifAllowed<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") return null;
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function StageScoringPage({ params }: { params: Promise<{ slug: string; stageId: string }> }) {
  const user = await requirePermissionPage("view:scoring");
  const { slug, stageId } = await params;
  const [sheet, summary] = await Promise.all([
    ifAllowed(() => getScoringSheet({ actorId: user.id, stageId })),
    ifAllowed(() => getStageScoreSummary({ actorId: user.id, stageId })),
  ]);
  const stage = sheet?.stage ?? summary?.stage;
  if ((sheet || summary) && stage?.slug !== slug) notFound();
  // Neither view: a member of this Pansel not assigned here reads why below; anyone else is refused.
  if (!sheet && !summary) await orPageError(getSelectionAccess(user, slug));

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-600">
          <Link href="/pansel">Area Pansel</Link> / <Link href={`/pansel/seleksi/${slug}`}>Dasbor seleksi</Link> / Penilaian
        </p>
        <h1 className="text-2xl font-bold">Penilaian: {stage?.name ?? "tahap seleksi"}</h1>
        {stage ? (
          <p className="text-sm text-slate-700">
            Bobot {stage.weight === null ? "–" : `${formatScore(stage.weight)}%`}
            {stage.minimumScore === null ? "" : ` · nilai minimum ${formatScore(stage.minimumScore)}`}
            {` · bobot dan nilai minimum ${weightsConfirmationLabel(stage.weightsConfirmedAt)}`}
            {stage.weightsFrozenAt ? ` · penilaian dimulai ${formatWib(stage.weightsFrozenAt)}` : ""}
          </p>
        ) : null}
        {stage && !stage.weightsConfirmedAt ? (
          <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Bobot dan nilai minimum tahapan belum dikonfirmasi Ketua Pansel; nilai belum dapat dikirim.
          </p>
        ) : null}
      </header>

      {!sheet && !summary ? <p role="alert">Anda tidak ditugaskan sebagai penilai pada tahap ini.</p> : null}

      {sheet ? (
        <Card title="Lembar penilaian saya" id="lembar">
          <p className="mb-3 text-sm text-slate-700">
            Nilai diberikan secara mandiri. Nilai anggota lain untuk seorang peserta baru terlihat setelah Anda mengirim nilai Anda sendiri; nilai
            yang sudah dikirim terkunci dan hanya dapat dikoreksi dengan persetujuan Ketua Pansel.
          </p>
          <ScoringSheetList sheet={sheet} declareAction={declareConflictAction} scoreAction={submitScoreAction} />
        </Card>
      ) : null}

      {summary && summary.stage.kind === "ASSESSMENT" ? (
        <Card title="Impor hasil lembaga asesmen" id="impor-asesmen">
          <div className="mb-4 space-y-2 text-sm text-slate-700">
            <p>
              Nilai assessment center diberikan oleh lembaga asesmen. Unggah berkas hasilnya (CSV atau XLSX, paling banyak{" "}
              {ASSESSMENT_FILE_MAX_ROWS.toLocaleString("id-ID")} baris), periksa pratinjau, lalu impor. Impor hanya dapat dilakukan sekali dan hanya
              jika semua baris benar; setiap peserta mendapat satu nilai atas nama Ketua Pansel.
            </p>
            <p>
              Baris pertama berisi judul kolom: <strong>no_pendaftaran</strong> dan <strong>nilai_akhir</strong> (atau nilai/jpm; 0–100, paling
              banyak 3 angka di belakang koma, desimal dengan koma atau titik) wajib; <strong>nama</strong>, <strong>manajerial</strong>,{" "}
              <strong>sosiokultural</strong> (0–100) dan <strong>kategori</strong> (MS, MMS atau KMS) boleh diisi. Nama hanya dicocokkan sebagai
              peringatan.
            </p>
            <p>
              <a href={TEMPLATE_HREF} download="templat-hasil-asesmen.csv" className="font-semibold">
                Unduh templat CSV
              </a>
            </p>
          </div>
          <AssessmentImport
            slug={slug}
            stageId={summary.stage.id}
            blockedReason={importBlockedReason(summary)}
            previewAction={previewAssessmentImportAction}
            importAction={importAssessmentAction}
          />
        </Card>
      ) : null}

      {summary ? (
        <Card title="Rekap nilai (Ketua Pansel)" id="rekap">
          <StageSummaryTable summary={summary} correctAction={correctScoreAction} substituteAction={assignSubstituteAction} />
        </Card>
      ) : null}
    </div>
  );
}
