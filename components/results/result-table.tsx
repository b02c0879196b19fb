import { Badge } from "@/components/ui/badge";
import type { ResultChange, ResultSnapshotRow } from "@/lib/results/snapshot";
import { RESULT_LABELS } from "@/lib/results/snapshot";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The published participant list of a result announcement (from its frozen snapshot). */
export function ResultTable({ rows, caption }: { rows: readonly ResultSnapshotRow[]; caption: string }) {
  return (
    <ScrollRegion label="Daftar hasil">
      <table className="w-full text-sm" data-testid="daftar-hasil">
        <caption className="mb-2 text-left text-sm text-slate-600">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-2">No</th>
            <th scope="col" className="py-2 pr-2">Nomor Pendaftaran</th>
            <th scope="col" className="py-2 pr-2">Nama</th>
            <th scope="col" className="py-2 pr-2">NIP</th>
            <th scope="col" className="py-2 pr-2">Jabatan</th>
            <th scope="col" className="py-2">Hasil</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.registrationNumber} className="border-b border-slate-100 align-top">
              <td className="py-2 pr-2">{row.no}</td>
              <td className="py-2 pr-2 font-mono text-xs">{row.registrationNumber}</td>
              <td className="py-2 pr-2">{row.name}</td>
              <td className="py-2 pr-2 font-mono text-xs">{row.nipMasked}</td>
              <td className="py-2 pr-2">{row.vacancy}</td>
              <td className="py-2">
                <Badge tone={row.result === "MS" ? "success" : "danger"}>{row.resultLabel}</Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function ResultChanges({ changes }: { changes: readonly ResultChange[] }) {
  if (changes.length === 0) return null;
  return (
    <div className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
      <p className="font-semibold">Perubahan hasil</p>
      <ul className="mt-1 list-disc pl-5">
        {changes.map((change) => (
          <li key={change.registrationNumber}>
            {change.registrationNumber} — {change.name}: {RESULT_LABELS[change.from]} menjadi {RESULT_LABELS[change.to]}
          </li>
        ))}
      </ul>
    </div>
  );
}
