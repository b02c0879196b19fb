import { ScrollRegion } from "@/components/ui/scroll-region";
import type { CpnsResultSnapshot } from "@/lib/cat-results/snapshot";

/**
 * A CPNS formation's published result: rank, participant, per-stage scores and the integrated score (final
 * result), or the SKD scores by rank with who is called to the SKB (SKD result).
 */
export function CpnsResultTable({ snapshot }: { snapshot: CpnsResultSnapshot }) {
  const isFinal = snapshot.type === "CPNS_FINAL_RESULT";
  const education = snapshot.formation.education.length > 0 ? ` · kualifikasi pendidikan ${snapshot.formation.education.join("/")}` : "";
  return (
    <div className="space-y-3">
      {snapshot.corrects ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="ralat-cpns">
          Pengumuman ini melengkapi pengumuman{snapshot.corrects.number ? ` Nomor ${snapshot.corrects.number}` : ""} (<a href={`/pengumuman/${snapshot.corrects.slug}`}>lihat pengumuman semula</a>): {snapshot.corrects.reason}
        </p>
      ) : null}
      <ScrollRegion label={`${isFinal ? "Hasil akhir" : "Hasil SKD"} formasi ${snapshot.formation.title}`}>
        <table className="w-full text-sm" data-testid="tabel-hasil-cpns">
          <caption className="mb-1 text-left font-semibold">
            Jabatan: {snapshot.formation.title} (kebutuhan {snapshot.formation.quota}){education}
          </caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-2">Peringkat</th>
              <th scope="col" className="py-1 pr-2">Nomor peserta</th>
              <th scope="col" className="py-1 pr-2">Nama</th>
              <th scope="col" className="py-1 pr-2">NIK</th>
              <th scope="col" className="py-1 pr-2 text-right">TWK</th>
              <th scope="col" className="py-1 pr-2 text-right">TIU</th>
              <th scope="col" className="py-1 pr-2 text-right">TKP</th>
              <th scope="col" className="py-1 pr-2 text-right">SKD</th>
              {isFinal ? (
                <>
                  <th scope="col" className="py-1 pr-2 text-right">SKB</th>
                  <th scope="col" className="py-1 pr-2 text-right">Nilai akhir</th>
                </>
              ) : null}
              <th scope="col" className="py-1">Keterangan</th>
            </tr>
          </thead>
          <tbody>
            {snapshot.rows.map((row) => (
              <tr key={row.registrationNumber} className="border-b border-slate-100">
                <td className="py-1 pr-2">{row.rank ?? "-"}</td>
                <td className="py-1 pr-2 font-mono text-xs">{row.registrationNumber}</td>
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {row.name}
                </th>
                <td className="py-1 pr-2 font-mono text-xs">{row.nikMasked}</td>
                <td className="py-1 pr-2 text-right">{row.twk}</td>
                <td className="py-1 pr-2 text-right">{row.tiu}</td>
                <td className="py-1 pr-2 text-right">{row.tkp}</td>
                <td className="py-1 pr-2 text-right">{row.skd}</td>
                {isFinal ? (
                  <>
                    <td className="py-1 pr-2 text-right">{row.skb}</td>
                    <td className="py-1 pr-2 text-right font-semibold">{row.final}</td>
                  </>
                ) : null}
                <td className="py-1">{row.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ul className="list-disc space-y-1 pl-5 text-xs text-slate-600">
        {snapshot.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
