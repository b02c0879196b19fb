import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ActionResult } from "@/lib/action";
import type { AdministrativeResultView } from "@/lib/results/view";
import type { SubmitObjectionInput } from "@/lib/validation/results";
import { ObjectionForm } from "./objection-form";

/** The applicant's administrative result, with the reason of every failed item and the objection. */
export function AdministrativeResultCard({
  view,
  objectAction,
}: {
  view: AdministrativeResultView;
  objectAction: (input: SubmitObjectionInput) => Promise<ActionResult<{ objectionId: string }>>;
}) {
  return (
    <Card title="Hasil seleksi administrasi" id="hasil-administrasi">
      <div className="space-y-3" data-testid="hasil-administrasi">
        <p>
          <Badge tone={view.result === "MS" ? "success" : "danger"}>
            {view.resultLabel} ({view.result})
          </Badge>
        </p>
        <p className="text-sm text-slate-700">
          Pengumuman{" "}
          <Link href={`/pengumuman/${view.original.slug}`}>Nomor {view.original.number ?? "-"}</Link>, diumumkan {view.original.publishedText}
          {view.announcement.isCorrection ? (
            <>
              ; diralat dengan <Link href={`/pengumuman/${view.announcement.slug}`}>Nomor {view.announcement.number ?? "-"}</Link>
            </>
          ) : null}
          .
        </p>
        {view.result === "TMS" && view.reasons.length > 0 ? (
          <div>
            <p className="text-sm font-semibold">Alasan tidak memenuhi syarat:</p>
            <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm" data-testid="alasan-tms">
              {view.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ol>
          </div>
        ) : null}
        {view.objection ? (
          <div className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="sanggah-saya">
            <p className="font-semibold">Sanggah Anda ({view.objection.submittedText})</p>
            <p className="mt-1 whitespace-pre-line">{view.objection.reason}</p>
            {view.objection.outcome ? (
              <p className="mt-2">
                <Badge tone={view.objection.outcome === "ACCEPTED" ? "success" : "danger"}>
                  {view.objection.outcome === "ACCEPTED" ? "Diterima" : "Ditolak"}
                </Badge>{" "}
                {view.objection.answeredText}: {view.objection.answer}
              </p>
            ) : (
              <p className="mt-2 text-slate-600">Menunggu jawaban Sekretariat Pansel.</p>
            )}
          </div>
        ) : null}
        {view.objectionDeadlineText ? (
          <ObjectionForm applicationId={view.applicationId} deadlineText={view.objectionDeadlineText} action={objectAction} />
        ) : null}
        {view.objectionClosedText ? <p className="text-sm text-slate-600">{view.objectionClosedText}</p> : null}
      </div>
    </Card>
  );
}
