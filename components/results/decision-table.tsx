import type { DecisionSnapshot } from "@/lib/decisions/snapshot";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The names of a three-names or final-result announcement, one table per vacancy. */
export function DecisionTables({ snapshot }: { snapshot: DecisionSnapshot }) {
  const ranked = snapshot.order === "RANKED";
  return (
    <div className="space-y-4">
      {snapshot.vacancies.map((vacancy) => (
        <ScrollRegion key={vacancy.title} label={`Keputusan jabatan ${vacancy.title}`}>
          <table className="w-full text-sm" data-testid="tabel-keputusan">
            <caption className="mb-1 text-left font-semibold">Jabatan: {vacancy.title}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-1 pr-2">{ranked ? "Peringkat" : "No"}</th>
                <th scope="col" className="py-1 pr-2">Nomor pendaftaran</th>
                <th scope="col" className="py-1 pr-2">Nama</th>
                <th scope="col" className="py-1 pr-2">NIP</th>
                {ranked ? <th scope="col" className="py-1 pr-2 text-right">Nilai akhir</th> : null}
                <th scope="col" className="py-1">Keterangan</th>
              </tr>
            </thead>
            <tbody>
              {vacancy.rows.map((row) => (
                <tr key={row.registrationNumber} className="border-b border-slate-100">
                  <td className="py-1 pr-2">{ranked ? (row.rank ?? "-") : row.no}</td>
                  <td className="py-1 pr-2 font-mono text-xs">{row.registrationNumber}</td>
                  <th scope="row" className="py-1 pr-2 text-left font-normal">{row.name}</th>
                  <td className="py-1 pr-2 font-mono text-xs">{row.nipMasked}</td>
                  {ranked ? <td className="py-1 pr-2 text-right">{row.final ?? "-"}</td> : null}
                  <td className="py-1">{row.label}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {vacancy.note ? <p className="mt-1 text-sm text-amber-900">{vacancy.note}</p> : null}
        </ScrollRegion>
      ))}
      {snapshot.weightsNote ? (
        <p className="text-sm text-slate-700" data-testid="bobot-pengumuman">
          {snapshot.weightsNote}
        </p>
      ) : null}
      <p className="text-xs text-slate-600">{ranked ? "" : "Nama disusun menurut abjad. "}NIP ditampilkan sebagian untuk melindungi data pribadi peserta.</p>
    </div>
  );
}
