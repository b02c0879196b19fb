type Event = { id: string; kind: string; message: string; createdAt: string };

/** The application's process log, oldest first (like ASN Karier's "Log Proses Seleksi"). */
export function ApplicationTimeline({ events }: { events: Event[] }) {
  if (events.length === 0) return <p className="text-sm text-slate-600">Belum ada peristiwa.</p>;
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4" data-testid="linimasa">
      {events.map((event) => (
        <li key={event.id} data-kind={event.kind}>
          <p className="text-xs text-slate-500">{event.createdAt}</p>
          <p className="whitespace-pre-line text-sm">{event.message}</p>
        </li>
      ))}
    </ol>
  );
}
