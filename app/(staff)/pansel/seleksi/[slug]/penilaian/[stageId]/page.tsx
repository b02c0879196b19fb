import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ScoringSheetList } from "@/components/scoring/scoring-sheet";
import { StageSummaryTable } from "@/components/scoring/stage-summary";
import { formatScore } from "@/components/scoring/format";
import { Card } from "@/components/ui/card";
import { requirePermissionPage } from "@/lib/auth/guards";
import { formatWib } from "@/lib/dates/wib";
import { AppError } from "@/lib/errors";
import { getScoringSheet, getStageScoreSummary } from "@/lib/scoring/queries";
import { correctScoreAction, declareConflictAction, submitScoreAction } from "./actions";

export const metadata: Metadata = { title: "Penilaian tahap" };

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
  const user = await requirePermissionPage("score:application");
  const { slug, stageId } = await params;
  const [sheet, summary] = await Promise.all([
    ifAllowed(() => getScoringSheet({ actorId: user.id, stageId })),
    ifAllowed(() => getStageScoreSummary({ actorId: user.id, stageId })),
  ]);
  const stage = sheet?.stage ?? summary?.stage;
  if ((sheet || summary) && stage?.slug !== slug) notFound();

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
            {stage.weightsFrozenAt ? ` · bobot dikunci sejak ${formatWib(stage.weightsFrozenAt)}` : " · bobot belum dikunci"}
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

      {summary ? (
        <Card title="Rekap nilai (Ketua Pansel)" id="rekap">
          <StageSummaryTable summary={summary} correctAction={correctScoreAction} />
        </Card>
      ) : null}
    </div>
  );
}
