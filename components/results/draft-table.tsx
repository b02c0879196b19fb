import type { DraftItem } from "@/lib/results/queries";
import { AdminDecisionBadge } from "./admin-decision-badge";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The proposed result as staff see it: full NIP, decision state and, for TMS, every reason. */
export function DraftTable({ items }: { items: readonly DraftItem[] }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">Belum ada lamaran terkirim.</p>;
  return (
    <ScrollRegion label="Rancangan hasil seleksi administrasi">
      <table className="w-full text-sm" data-testid="tabel-usulan">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-2">No</th>
            <th scope="col" className="py-2 pr-2">Nomor Pendaftaran</th>
            <th scope="col" className="py-2 pr-2">Nama</th>
            <th scope="col" className="py-2 pr-2">NIP</th>
            <th scope="col" className="py-2 pr-2">Jabatan</th>
            <th scope="col" className="py-2 pr-2">Keputusan</th>
            <th scope="col" className="py-2">Alasan</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr key={item.id} className="border-b border-slate-100 align-top" data-state={item.state}>
              <td className="py-2 pr-2">{index + 1}</td>
              <td className="py-2 pr-2 font-mono text-xs">{item.registrationNumber}</td>
              <td className="py-2 pr-2">{item.name}</td>
              <td className="py-2 pr-2 font-mono text-xs">{item.nip ?? "-"}</td>
              <td className="py-2 pr-2">{item.vacancy}</td>
              <td className="py-2 pr-2">
                <AdminDecisionBadge state={item.state} />
              </td>
              <td className="py-2">
                {item.reasons.length > 0 && item.state !== "DECIDED_MS" ? (
                  <ul className="list-disc space-y-0.5 pl-4">
                    {item.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                ) : (
                  "–"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
