import { CorrectScoreForm } from "@/components/scoring/correct-score-form";
import { SubstituteForm } from "@/components/scoring/substitute-form";
import { formatScore } from "@/lib/ranking/labels";
import { Badge } from "@/components/ui/badge";
import type { ActionResult } from "@/lib/action";
import type { StageScoreSummary } from "@/lib/scoring/queries";
import type { AssignSubstituteInput, CorrectScoreInput } from "@/lib/validation/scoring";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Props = {
  summary: StageScoreSummary;
  correctAction: (input: CorrectScoreInput & { slug: string }) => Promise<ActionResult<{ scoreId: string }>>;
  substituteAction: (input: AssignSubstituteInput & { slug: string }) => Promise<ActionResult<{ substituteId: string }>>;
};

/** The chair's view of a stage: every member's score per candidate, the mean and the spread alert. */
export function StageSummaryTable({ summary, correctAction, substituteAction }: Props) {
  const { stage } = summary;
  return (
    <div className="space-y-3">
      {summary.alertCount > 0 ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {summary.alertCount} peserta memiliki selisih nilai antaranggota lebih dari {formatScore(stage.scoreSpreadAlert)} poin. Periksa sebelum tahap
          ditutup.
        </p>
      ) : null}
      <ScrollRegion label="Rekap nilai tahap">
        <table className="w-full text-sm" data-testid="rekap-nilai">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-2">Peserta</th>
              <th scope="col" className="py-1 pr-2">Nilai anggota</th>
              <th scope="col" className="py-1 pr-2 text-right">Rata-rata</th>
              <th scope="col" className="py-1 pr-2 text-right">Selisih</th>
              <th scope="col" className="py-1">Keterangan</th>
            </tr>
          </thead>
          <tbody>
            {summary.rows.map((row) => (
              <tr key={row.applicationId} className="border-b border-slate-100 align-top" data-application={row.applicationId}>
                <th scope="row" className="py-2 pr-2 text-left font-normal">
                  {row.name}
                  <br />
                  <span className="text-slate-600">{row.registrationNumber}</span>
                </th>
                <td className="py-2 pr-2">
                  {row.hidden ? <p className="text-slate-600">Tersembunyi sampai Anda sendiri menilai peserta ini.</p> : row.scores.length === 0 ? "–" : null}
                  <ul className="space-y-2">
                    {row.scores.map((score) => (
                      <li key={score.scoreId}>
                        {score.assessorName}: <strong>{formatScore(score.value)}</strong>
                        {score.corrected ? " (koreksi)" : ""}
                        {row.isFirstRound ? null : (
                          <details className="mt-1">
                            <summary className="cursor-pointer text-brand-700">Koreksi nilai</summary>
                            <CorrectScoreForm slug={stage.slug} scoreId={score.scoreId} label={`nilai ${score.assessorName} untuk ${row.name}`} action={correctAction} />
                          </details>
                        )}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="py-2 pr-2 text-right">{formatScore(row.mean)}</td>
                <td className="py-2 pr-2 text-right">
                  {formatScore(row.spread)} {row.spreadAlert ? <Badge tone="warning">Selisih besar</Badge> : null}
                </td>
                <td className="py-2">
                  {row.isFirstRound ? <p>Dinilai sebelum pendaftaran dibuka kembali; nilai terkunci.</p> : null}
                  {row.recusedBy.length > 0 ? <p>Mengundurkan diri: {row.recusedBy.join(", ")}</p> : null}
                  {row.pending.length > 0 ? <p>Belum menilai: {row.pending.join(", ")}</p> : null}
                  {row.substitutes.map((substitute) => (
                    <p key={substitute.name}>
                      Pengganti: {substitute.name} (menggantikan {substitute.replacesName})
                    </p>
                  ))}
                  {row.needsSubstitute.length > 0 && stage.status !== "CLOSED" && summary.substituteCandidates.length > 0 ? (
                    <details className="mt-1">
                      <summary className="cursor-pointer text-brand-700">Tunjuk penilai pengganti</summary>
                      <SubstituteForm
                        slug={stage.slug}
                        stageId={stage.id}
                        applicationId={row.applicationId}
                        candidateName={row.name}
                        recused={row.needsSubstitute}
                        members={summary.substituteCandidates}
                        action={substituteAction}
                      />
                    </details>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
