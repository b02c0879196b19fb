import { formatScore } from "@/lib/ranking/labels";
import { Badge } from "@/components/ui/badge";
import type { VacancyRanking } from "@/lib/scoring/queries";
import { stageLabel } from "@/lib/ranking/labels";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The live ranking of one vacancy: stage means, weighted final, shared ranks, exclusions with reasons. */
export function RankingTable({ ranking }: { ranking: VacancyRanking }) {
  const stages = Object.keys(ranking.input.weights);
  // With a shortfall nobody is proposed: no "Tiga nama" badge, only who qualifies (#14).
  const shortlist = new Set(ranking.result.shortfall ? [] : ranking.result.shortlist);
  return (
    <div className="space-y-2">
      {ranking.result.tieAtCutoff ? (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          Ada nilai akhir yang sama pada batas {ranking.result.shortlistTarget} nama: semua peserta bernilai sama ikut diusulkan, dan Ketua Pansel
          wajib menjelaskan penanganannya. Urutan tidak pernah diputuskan diam-diam.
        </p>
      ) : null}
      {ranking.result.shortfall ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          Hanya {ranking.result.qualifiedCount} peserta memenuhi syarat dari {ranking.result.shortlistTarget} nama yang dibutuhkan. Seleksi jabatan ini
          harus dieskalasi kepada lembaga pengawas (membuka kembali, mengulang, atau membatalkan); tidak ada pengusulan otomatis.
        </p>
      ) : null}
      <ScrollRegion label={`Peringkat ${ranking.vacancyTitle}`}>
        <table className="w-full text-sm" data-testid="tabel-peringkat">
          <caption className="sr-only">Peringkat {ranking.vacancyTitle}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-2">Peringkat</th>
              <th scope="col" className="py-1 pr-2">Peserta</th>
              {stages.map((stage) => (
                <th key={stage} scope="col" className="py-1 pr-2 text-right">
                  {stageLabel(stage)} ({formatScore(ranking.input.weights[stage] ?? 0)}%)
                </th>
              ))}
              <th scope="col" className="py-1 pr-2 text-right">Nilai akhir</th>
              <th scope="col" className="py-1">Keterangan</th>
            </tr>
          </thead>
          <tbody>
            {ranking.result.ranking.map((row) => (
              <tr key={row.id} className="border-b border-slate-100 align-top">
                <td className="py-1 pr-2">{row.rank ?? "–"}</td>
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {ranking.names[row.id]?.name ?? "-"}
                  <span className="block font-mono text-xs text-slate-600">{ranking.names[row.id]?.registrationNumber}</span>
                </th>
                {stages.map((stage) => (
                  <td key={stage} className="py-1 pr-2 text-right">
                    {formatScore(row.stages.find((entry) => entry.stage === stage)?.mean ?? null)}
                  </td>
                ))}
                <td className="py-1 pr-2 text-right font-semibold">{formatScore(row.final)}</td>
                <td className="py-1">
                  {row.excluded ? <span className="text-red-800">{row.reason}</span> : shortlist.has(row.id) ? <Badge tone="success">Tiga nama</Badge> : ranking.result.shortfall ? <Badge tone="neutral">Memenuhi syarat</Badge> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
