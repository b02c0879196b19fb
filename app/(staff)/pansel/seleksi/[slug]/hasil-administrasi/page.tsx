import type { Metadata } from "next";
import Link from "next/link";
import { AnswerObjectionForm } from "@/components/results/answer-objection-form";
import { DraftTable } from "@/components/results/draft-table";
import { PublishResultForm } from "@/components/results/publish-result-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { orPageError, requirePermissionPage } from "@/lib/auth/guards";
import { getSelectionAccess, refuseScopedMiss } from "@/lib/auth/selection-access";
import { now } from "@/lib/clock";
import { formatCalendarDate } from "@/lib/dates/calendar";
import { formatWib, todayInWib } from "@/lib/dates/wib";
import { canAnswerAt } from "@/lib/results/objection-window";
import { describeBlocker } from "@/lib/results/draft";
import { getAdministrativeResultDraft, getPublishedResultOverview } from "@/lib/results/queries";
import { answerObjectionAction, publishCorrectionAction, publishResultAction } from "./actions";

export const metadata: Metadata = { title: "Hasil seleksi administrasi" };

export default async function AdministrativeResultPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePermissionPage("view:applications");
  const { slug } = await params;
  const [draft, access] = await Promise.all([getAdministrativeResultDraft(slug, user), orPageError(getSelectionAccess(user, slug))]);
  if (!draft) return orPageError(refuseScopedMiss(user, { slug }));
  const { selection } = draft;
  const at = now();
  // The first result, then an addendum per reopening of registration (#15): each with its corrections and objections.
  const overviews = await Promise.all(draft.published.map((published) => getPublishedResultOverview(published, selection.objectionWindowDays, at)));
  const awaitingCorrection = overviews.flatMap((overview) => overview.objections).filter((objection) => objection.isAwaitingCorrection).length;
  const isChair = access.can("publish:result");
  const canAnswer = access.can("answer:objection");

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-600">
          <Link href={`/pansel/seleksi/${selection.slug}`}>{selection.title}</Link>
        </p>
        <h1 className="text-2xl font-bold">Hasil seleksi administrasi</h1>
      </header>

      {overviews.length > 0 ? (
        <Card title="Pengumuman yang telah terbit" id="terbit">
          <ul className="space-y-1 text-sm" data-testid="pengumuman-terbit">
            {overviews.map((overview, index) => (
              <li key={overview.published.slug}>
                {index > 0 ? "Tambahan: " : ""}
                <Link href={`/pengumuman/${overview.published.slug}`} className="font-semibold">
                  Nomor {overview.published.number}
                </Link>{" "}
                · diumumkan {formatWib(overview.published.publishedAt)} ·{" "}
                <a href={`/api/pengumuman/${overview.published.slug}/pdf`}>PDF</a>
                {overview.corrections.length > 0 ? (
                  <ul className="ml-4 space-y-1">
                    {overview.corrections.map((correction) => (
                      <li key={correction.slug}>
                        Ralat <Link href={`/pengumuman/${correction.slug}`}>Nomor {correction.number}</Link>
                        {correction.publishedAt ? ` · diumumkan ${formatWib(correction.publishedAt)}` : ""}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-slate-600">Daftar yang diumumkan dibekukan; perubahan hasil hanya melalui ralat setelah sanggah diterima.</p>
        </Card>
      ) : null}
      {draft.isOpenForResult ? (
        <>
          <Card title={draft.isAddendum ? "Usulan hasil tambahan" : "Usulan hasil"} id="usulan">
            <p className="mb-3 text-sm" data-testid="ringkasan-usulan">
              {draft.items.length} lamaran terkirim: {draft.counts.DECIDED_MS} MS, {draft.counts.DECIDED_TMS} TMS,{" "}
              {draft.counts.AWAITING_SECOND_CHECK} TMS menunggu pemeriksaan kedua, {draft.counts.UNDECIDED} belum diputuskan.
            </p>
            {draft.blockers.length > 0 ? (
              <div className="mb-4 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" data-testid="penghalang">
                <p className="font-semibold">Hasil belum dapat diumumkan. Selesaikan dahulu:</p>
                <ul className="mt-1 list-disc pl-5">
                  {draft.blockers.map((blocker) => (
                    <li key={blocker.applicationId}>
                      <Link href={`/pansel/lamaran/${blocker.applicationId}`}>{describeBlocker(blocker)}</Link>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {at < selection.documentDeadlineAt ? (
              <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
                Pendaftaran masih dibuka sampai {formatWib(selection.documentDeadlineAt)}. Lamaran yang dikirim sesudah hasil diumumkan tidak
                tercantum dalam pengumuman ini.
              </p>
            ) : null}
            <DraftTable items={draft.items} />
          </Card>
          <Card title={draft.isAddendum ? "Umumkan hasil tambahan" : "Umumkan hasil"} id="umumkan">
            {isChair ? (
              <PublishResultForm
                slug={selection.slug}
                mode="result"
                blockedReason={
                  draft.items.length === 0
                    ? "Belum ada lamaran terkirim."
                    : draft.blockers.length > 0
                      ? `${draft.blockers.length} lamaran belum selesai diputuskan.`
                      : null
                }
                summary={`${draft.items.length} peserta: ${draft.counts.DECIDED_MS} Memenuhi Syarat, ${draft.counts.DECIDED_TMS} Tidak Memenuhi Syarat.`}
                defaultDate={todayInWib(at)}
                action={publishResultAction}
              />
            ) : (
              <p className="text-sm text-slate-700">Hasil diumumkan oleh Ketua Panitia Seleksi; pengumuman itu sekaligus persetujuannya.</p>
            )}
          </Card>
        </>
      ) : null}

      {selection.objectionEnabled
        ? overviews.map((overview, index) => (
            <Card
              key={overview.published.slug}
              title={overviews.length > 1 ? `Sanggah atas Pengumuman Nomor ${overview.published.number}` : "Sanggah"}
              id={index === 0 ? "sanggah" : `sanggah-${index + 1}`}
            >
              <p className="mb-3 text-sm text-slate-700">
                Masa sanggah sampai {formatCalendarDate(overview.periods.lastDay, { weekday: true })} pukul 23.59 WIB
                {overview.objectionState === "OPEN" ? " (berlangsung)" : " (berakhir)"}; jawaban paling lambat{" "}
                {formatCalendarDate(overview.periods.answerLastDay, { weekday: true })} pukul 23.59 WIB.
              </p>
              {overview.objections.length === 0 ? (
                <p className="text-sm text-slate-600">Belum ada sanggah.</p>
              ) : (
                <ul className="space-y-4" data-testid="daftar-sanggah">
                  {overview.objections.map((objection) => (
                    <li key={objection.id} className="rounded-md border border-slate-200 p-3">
                      <p className="text-sm">
                        <span className="font-mono text-xs">{objection.registrationNumber}</span> · <strong>{objection.name}</strong> · dikirim{" "}
                        {formatWib(objection.submittedAt)}
                      </p>
                      <p className="mt-1 whitespace-pre-line text-sm">{objection.reason}</p>
                      {objection.outcome ? (
                        <p className="mt-2 text-sm">
                          <Badge tone={objection.outcome === "ACCEPTED" ? "success" : "danger"}>{objection.outcome === "ACCEPTED" ? "Diterima" : "Ditolak"}</Badge>{" "}
                          {objection.answer}
                          {objection.isAwaitingCorrection ? <span className="ml-2 text-amber-900">(menunggu ralat)</span> : null}
                        </p>
                      ) : canAnswer && canAnswerAt(overview.periods, at) ? (
                        <div className="mt-3">
                          <AnswerObjectionForm slug={selection.slug} objectionId={objection.id} registrationNumber={objection.registrationNumber} action={answerObjectionAction} />
                        </div>
                      ) : (
                        <p className="mt-2 text-sm text-slate-600">Belum dijawab.</p>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          ))
        : null}

      {awaitingCorrection > 0 ? (
        <Card title="Umumkan ralat" id="ralat">
          {isChair ? (
            <PublishResultForm
              slug={selection.slug}
              mode="correction"
              summary={`Hasil ${awaitingCorrection} peserta yang sanggahnya diterima berubah menjadi Memenuhi Syarat. Pengumuman semula tetap tidak berubah.`}
              defaultDate={todayInWib(at)}
              action={publishCorrectionAction}
            />
          ) : (
            <p className="text-sm text-slate-700">Ada sanggah diterima yang menunggu ralat oleh Ketua Panitia Seleksi.</p>
          )}
        </Card>
      ) : null}
    </div>
  );
}
