import { ConflictDeclarationForm } from "@/components/scoring/conflict-declaration-form";
import { formatScore } from "@/lib/ranking/labels";
import { ScoreForm } from "@/components/scoring/score-form";
import { Badge } from "@/components/ui/badge";
import type { ActionResult } from "@/lib/action";
import type { ScoringSheet } from "@/lib/scoring/queries";
import type { DeclareConflictInput, ScoreFormInput } from "@/lib/validation/scoring";

type Props = {
  sheet: ScoringSheet;
  declareAction: (input: DeclareConflictInput & { slug: string }) => Promise<ActionResult<{ hasConflict: boolean }>>;
  scoreAction: (input: ScoreFormInput & { slug: string }) => Promise<ActionResult<{ scoreId: string }>>;
};

/** A member's own sheet: declaration first, then one score; others' scores only after one's own. */
export function ScoringSheetList({ sheet, declareAction, scoreAction }: Props) {
  const { stage } = sheet;
  if (sheet.rows.length === 0) return <p className="text-sm text-slate-700">Belum ada peserta pada tahap ini.</p>;
  return (
    <ol className="space-y-4" data-testid="lembar-penilaian">
      {sheet.rows.map((row) => {
        const label = `${row.name} (${row.registrationNumber})`;
        return (
          <li key={row.applicationId} className="rounded border border-slate-200 p-4" data-application={row.applicationId} data-state={row.state}>
            <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
              <p className="font-semibold">
                {row.name} <span className="font-normal text-slate-600">· {row.registrationNumber} · {row.vacancyTitle}</span>
              </p>
              {row.state === "SUBMITTED" ? <Badge tone="success">Nilai terkirim (terkunci)</Badge> : null}
              {row.state === "RECUSED" ? <Badge tone="warning">Mengundurkan diri (konflik kepentingan)</Badge> : null}
              {row.state === "OPEN" ? <Badge tone="info">Belum dinilai</Badge> : null}
              {row.state === "NOT_DECLARED" ? <Badge>Belum menyatakan konflik kepentingan</Badge> : null}
            </div>
            {row.state === "NOT_DECLARED" ? (
              <ConflictDeclarationForm slug={stage.slug} stageId={stage.id} applicationId={row.applicationId} candidateLabel={label} action={declareAction} />
            ) : null}
            {row.state === "OPEN" ? (
              <ScoreForm slug={stage.slug} stageId={stage.id} applicationId={row.applicationId} candidateLabel={label} action={scoreAction} />
            ) : null}
            {row.state === "RECUSED" && row.conflictStatement ? <p className="text-sm text-slate-700">Pernyataan: {row.conflictStatement}</p> : null}
            {row.state === "SUBMITTED" ? (
              <div className="space-y-2 text-sm">
                <p>
                  Nilai Anda: <strong data-testid="nilai-sendiri">{formatScore(row.own?.value ?? null)}</strong>
                  {row.own?.corrected ? " (dikoreksi dengan persetujuan Ketua Pansel)" : ""}
                  {row.own?.note ? ` · ${row.own.note}` : ""}
                </p>
                {row.own?.subScores ? (
                  <p data-testid="sub-nilai-sendiri">
                    Sub-nilai:{" "}
                    {Object.entries(row.own.subScores)
                      .map(([aspect, value]) => `${aspect} ${formatScore(value)}`)
                      .join(" · ")}
                  </p>
                ) : null}
                <div>
                  <p className="font-medium">Nilai anggota lain</p>
                  {row.others && row.others.length > 0 ? (
                    <ul className="list-inside list-disc" data-testid="nilai-anggota-lain">
                      {row.others.map((other) => (
                        <li key={other.scoreId}>
                          {other.assessorName}: {formatScore(other.value)}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="text-slate-600">Belum ada nilai dari anggota lain.</p>
                  )}
                </div>
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
