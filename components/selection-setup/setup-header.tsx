import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { SelectionStatus } from "@/lib/generated/prisma/enums";
import { SELECTION_STATUS_LABELS } from "@/lib/selections/status";
import { SetupNav, type SetupSection } from "./setup-nav";

/** The head of each setup section: where it is, the selection's status, the sections. */
export function SetupHeader({ slug, title, status, heading, current }: { slug: string; title: string; status: SelectionStatus; heading: string; current: SetupSection }) {
  return (
    <header className="space-y-2">
      <p className="text-sm text-slate-600">
        <Link href="/pansel">Area Pansel</Link> / <Link href={`/pansel/seleksi/${slug}/pengaturan`}>{title}</Link> / {heading}
      </p>
      <h1 className="text-2xl font-bold">{heading}</h1>
      <p className="text-sm" data-testid="status-seleksi">
        <Badge tone={status === "DRAFT" ? "warning" : "success"}>{SELECTION_STATUS_LABELS[status]}</Badge>
      </p>
      <SetupNav slug={slug} current={current} published={status !== "DRAFT"} />
    </header>
  );
}
