import { formatWib } from "@/lib/dates/wib";
import type { DecisionEntry } from "@/lib/decisions/queries";

/** Every recorded step of a vacancy: what, who, when, the letter and the note. */
export function DecisionTimeline({ slug, decisions }: { slug: string; decisions: readonly DecisionEntry[] }) {
  if (decisions.length === 0) return <p className="text-sm text-slate-600">Belum ada keputusan yang dicatat.</p>;
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4" data-testid="riwayat-keputusan">
      {decisions.map((decision) => (
        <li key={decision.id} className="text-sm">
          <p className="font-semibold">{decision.label}</p>
          <p className="text-slate-700">
            {decision.actorName} · {formatWib(decision.createdAt)}
            {decision.letterNumber ? ` · surat nomor ${decision.letterNumber}` : ""}
          </p>
          {decision.detail ? <p>{decision.detail}</p> : null}
          {decision.note ? <p className="text-slate-700">Catatan: {decision.note}</p> : null}
          {decision.fileName ? (
            <a href={`/api/pansel/seleksi/${slug}/keputusan/${decision.id}`} target="_blank" rel="noopener">
              {decision.fileName}
            </a>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
