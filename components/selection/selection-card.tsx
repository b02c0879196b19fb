import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatWibRange } from "@/lib/dates/wib";
import { SELECTION_PHASE_LABELS, SELECTION_PHASE_TONES, type SelectionPhase } from "@/lib/selections/status";

type Props = {
  slug: string;
  title: string;
  organiserName: string;
  announcementNumber: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  quota: number;
  phase: SelectionPhase;
  /** The public status's own words (publicSelectionStatus); the phase's label without it. */
  statusLabel?: string;
};

export function SelectionCard(props: Props) {
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span data-testid="status-seleksi" data-status={props.phase}>
          <Badge tone={SELECTION_PHASE_TONES[props.phase]}>{props.statusLabel ?? SELECTION_PHASE_LABELS[props.phase]}</Badge>
        </span>
        <span className="text-xs text-slate-600">Nomor {props.announcementNumber}</span>
      </div>
      <h3 className="mt-2 text-lg font-semibold">
        <Link href={`/seleksi/${props.slug}`}>{props.title}</Link>
      </h3>
      <dl className="mt-2 grid gap-1 text-sm text-slate-700 sm:grid-cols-2">
        <div>
          <dt className="inline font-medium">Instansi: </dt>
          <dd className="inline">{props.organiserName}</dd>
        </div>
        <div>
          <dt className="inline font-medium">Formasi: </dt>
          <dd className="inline">{props.quota} jabatan</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="inline font-medium">Pendaftaran: </dt>
          <dd className="inline">{formatWibRange(new Date(props.registrationOpensAt), new Date(props.registrationClosesAt))}</dd>
        </div>
      </dl>
    </article>
  );
}
