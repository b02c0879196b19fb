import { ChangeHistory } from "@/components/selection/change-history";
import { formatWibRange } from "@/lib/dates/wib";
import { scheduleChangeEntry } from "@/lib/selection-content/history";
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
            <ChangeHistory
              className="mt-2"
              showSubject={false}
              entries={stage.changes.map((change) => scheduleChangeEntry(stage.name, change, (startsAt, endsAt) => formatWibRange(startsAt, endsAt)))}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
