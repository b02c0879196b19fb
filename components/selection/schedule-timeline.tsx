import { Badge } from "@/components/ui/badge";
import { formatWib, formatWibRange } from "@/lib/dates/wib";
import type { SelectionDetail } from "@/lib/selections/queries";

export function ScheduleTimeline({ stages, note }: { stages: SelectionDetail["stages"]; note: string | null }) {
  return (
    <div>
      {note ? (
        <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <strong>Tentatif:</strong> {note}. Perubahan jadwal diumumkan di portal ini dan tercatat di bawah tiap tahap.
        </p>
      ) : null}
      <ol className="relative space-y-5 border-l-2 border-brand-100 pl-6">
        {stages.map((stage) => (
          <li key={stage.order} className="relative" data-testid="tahap">
            <span aria-hidden className="absolute -left-[33px] top-1 h-4 w-4 rounded-full border-2 border-white bg-brand-600" />
            <p className="text-sm font-semibold text-brand-800">
              {formatWibRange(new Date(stage.startsAt), new Date(stage.endsAt), !stage.isAllDay)}
            </p>
            <p className="font-medium">
              {stage.scheduleNo ? <span className="text-slate-500">{stage.scheduleNo}. </span> : null}
              {stage.name}
            </p>
            {stage.responsible ? <p className="text-sm text-slate-600">Pelaksana: {stage.responsible}</p> : null}
            {stage.note ? <p className="text-sm text-slate-600">{stage.note}</p> : null}
            {stage.changes.length > 0 ? (
              <ul className="mt-2 space-y-1 text-sm">
                {stage.changes.map((change) => (
                  <li key={change.changedAt} data-testid={change.kind === "REOPENING" ? "pembukaan-kembali" : undefined}>
                    {change.kind === "REOPENING" ? (
                      <>
                        <Badge tone="info">Dibuka kembali</Badge> Pendaftaran dibuka kembali sampai {formatWib(new Date(change.newEndsAt))} setelah eskalasi
                        (semula ditutup {formatWib(new Date(change.previousEndsAt))}). Alasan: {change.reason}; dicatat {formatWib(new Date(change.changedAt))}.
                      </>
                    ) : (
                      <>
                        <Badge tone="warning">Diubah</Badge>{" "}
                        <span className="line-through">{formatWibRange(new Date(change.previousStartsAt), new Date(change.previousEndsAt))}</span>{" "}
                        → {formatWibRange(new Date(change.newStartsAt), new Date(change.newEndsAt))} ({change.reason}; dicatat{" "}
                        {formatWib(new Date(change.changedAt))})
                      </>
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
