import { Badge } from "@/components/ui/badge";
import { formatWib } from "@/lib/dates/wib";
import type { ChangeEntry } from "@/lib/selection-content/history";

/**
 * The one history of a published selection's changes (schedule, announcement details, documents): what
 * changed from what to what, the reason and when it was recorded.
 */
export function ChangeHistory({ entries, showSubject = true, className = "" }: { entries: readonly ChangeEntry[]; showSubject?: boolean; className?: string }) {
  if (entries.length === 0) return null;
  return (
    <ul className={`space-y-2 text-sm ${className}`}>
      {entries.map((entry) => (
        <li key={`${entry.at}-${entry.subject}`} data-testid={entry.reopening ? "pembukaan-kembali" : "riwayat-perubahan"}>
          <p>
            {entry.reopening ? <Badge tone="info">Dibuka kembali</Badge> : <Badge tone="warning">Diubah</Badge>}{" "}
            {entry.reopening ? "Pendaftaran dibuka kembali sampai " + (entry.fields[0]?.after ?? "") + " setelah eskalasi. " : null}
            {showSubject ? <strong>{entry.subject}</strong> : null}
            {showSubject ? " · " : " "}dicatat {formatWib(new Date(entry.at))}
          </p>
          <ul className="mt-1 space-y-0.5 pl-4">
            {entry.fields.map((field) => (
              <li key={field.label} className="break-words">
                {field.label}: <span className="line-through">{field.before}</span> → {field.after}
              </li>
            ))}
          </ul>
          <p className="pl-4 text-slate-700">Alasan: {entry.reason}</p>
        </li>
      ))}
    </ul>
  );
}
