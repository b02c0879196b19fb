import type { Metadata } from "next";
import Link from "next/link";
import { DecisionTimeline } from "@/components/decisions/decision-timeline";
import { EscalateForm } from "@/components/decisions/escalate-form";
import { ReopenRegistrationForm } from "@/components/decisions/reopen-registration-form";
import { ProposeForm } from "@/components/decisions/propose-form";
import { RankingTable } from "@/components/decisions/ranking-table";
import { SelectionStatusBadge } from "@/components/selection/selection-status-badge";
import { ShortlistOrderForm } from "@/components/decisions/shortlist-order-form";
import { StepForm } from "@/components/decisions/step-form";
import { PublishResultForm } from "@/components/results/publish-result-form";
import { formatScore } from "@/lib/ranking/labels";
import { Card } from "@/components/ui/card";
import { orPageError, requirePermissionPage } from "@/lib/auth/guards";
import { now } from "@/lib/clock";
import { formatWib, todayInWib } from "@/lib/dates/wib";
import { latestReopenedClosing } from "@/lib/selections/registration-window";
import { getDecisionBoard } from "@/lib/decisions/queries";
import { DECISION_FLOW, DECISION_LABELS } from "@/lib/decisions/steps";
import { escalateAction, proposeShortlistAction, publishFinalAction, publishShortlistAction, recordStepAction, reopenRegistrationAction, shortlistOrderAction } from "./actions";

export const metadata: Metadata = { title: "Peringkat dan keputusan" };

export default async function DecisionsPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePermissionPage("view:decisions");
  const { slug } = await params;
  const board = await orPageError(getDecisionBoard({ actorId: user.id, slug }));
  const { viewer } = board;
  const base = `/pansel/seleksi/${slug}`;
  const active = board.vacancies.filter((vacancy) => !vacancy.flow.escalated);
  // The seed's order: the three names are announced after the PPK's approval and BKN's recommendation.
  const waitingRecommendation = active.filter((vacancy) => !vacancy.flow.done.includes("BKN_RECOMMENDATION"));
  const waitingChoice = active.filter((vacancy) => !vacancy.flow.done.includes("PPK_CHOICE"));
  // After an annulment (V.6) and the PPK's new choice, the corrected final result is announced.
  const awaitingFinal = active.some((vacancy) => !vacancy.flow.done.includes("FINAL_PUBLISHED"));
  const today = todayInWib(now());

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-600">
          <Link href="/pansel">Area Pansel</Link>
          {viewer.isCommittee ? (
            <>
              {" "}
              / <Link href={base}>Dasbor seleksi</Link>
            </>
          ) : null}{" "}
          / Peringkat dan keputusan
        </p>
        <h1 className="text-2xl font-bold">Peringkat dan keputusan: {board.selection.title}</h1>
        <p className="text-sm text-slate-700">
          Alur setiap jabatan: {DECISION_FLOW.map((step) => DECISION_LABELS[step]).join(" → ")}. Setiap langkah dicatat dengan pelaku, waktu dan suratnya.
        </p>
        <p>
          Status seleksi: <SelectionStatusBadge status={board.selection.status} />
        </p>
      </header>

      {viewer.canReopenRegistration ? (
        <Card title="Buka kembali pendaftaran" id="buka-kembali-pendaftaran">
          <p className="mb-3 text-sm text-slate-700">
            Setiap jabatan seleksi ini dieskalasi karena peserta yang memenuhi syarat kurang dari jumlah nama yang harus diusulkan. Bila lembaga pengawas
            memutuskan membuka kembali pendaftaran (Ketentuan Lain angka 5: &quot;Panitia Seleksi dapat melakukan perpanjangan waktu pengumuman&quot;),
            tetapkan penutupan baru dan alasannya di sini.
          </p>
          <ReopenRegistrationForm slug={slug} latestClosing={formatWib(latestReopenedClosing(now()))} action={reopenRegistrationAction} />
        </Card>
      ) : null}

      {board.openStages.length > 0 ? (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          Peringkat ditampilkan setelah semua tahap penilaian ditutup, agar tidak ada anggota yang melihat nilai anggota lain sebelum menilai.
          Belum ditutup: {board.openStages.map((stage) => stage.name).join(", ")}.{" "}
          {viewer.isCommittee ? <Link href={`${base}/penilaian`}>Buka pengaturan penilaian →</Link> : null}
        </p>
      ) : null}

      {board.vacancies.map((vacancy) => (
        <Card key={vacancy.id} title={`Jabatan: ${vacancy.title}`} id={`jabatan-${vacancy.id}`}>
          <div className="space-y-5">
            {vacancy.ranking ? (
              <section aria-label="Peringkat" className="space-y-2">
                <h2 className="font-semibold">Peringkat dari nilai tersimpan</h2>
                <RankingTable ranking={vacancy.ranking} />
              </section>
            ) : null}

            {viewer.isChair && vacancy.flow.next === "SHORTLIST_PROPOSED" && vacancy.ranking ? (
              vacancy.awaitingNewScores ? (
                <p className="text-sm">Pendaftaran telah dibuka kembali. Usulan tiga nama putaran baru dapat dibuat setelah peserta baru dinilai.</p>
              ) : board.openStages.length > 0 ? (
                <p className="text-sm">Tutup semua tahap penilaian sebelum mengusulkan tiga nama.</p>
              ) : vacancy.ranking.result.shortfall ? (
                <EscalateForm slug={slug} vacancyId={vacancy.id} action={escalateAction} />
              ) : (
                <ProposeForm
                  slug={slug}
                  vacancyId={vacancy.id}
                  vacancyTitle={vacancy.title}
                  names={vacancy.ranking.result.shortlist.map((id) => vacancy.ranking?.names[id]?.name ?? id)}
                  tieAtCutoff={vacancy.ranking.result.tieAtCutoff}
                  action={proposeShortlistAction}
                />
              )
            ) : null}

            {vacancy.proposal ? (
              <section aria-label="Nama yang diusulkan" className="space-y-2">
                <h2 className="font-semibold">Nama yang diusulkan kepada PPK</h2>
                <ol className="list-decimal space-y-1 pl-5 text-sm" data-testid="usulan-nama">
                  {vacancy.proposal.names.map((name) => (
                    <li key={name.applicationId}>
                      {name.name} <span className="font-mono text-xs">{name.registrationNumber}</span> · peringkat {name.rank ?? "–"} · nilai akhir{" "}
                      {formatScore(name.final)}
                    </li>
                  ))}
                </ol>
                {vacancy.proposal.tieAtCutoff ? <p className="text-sm text-amber-900">Nilai sama pada batas tiga nama: {vacancy.proposal.note}</p> : null}
              </section>
            ) : null}

            {vacancy.flow.escalated ? (
              <section aria-label="Tindak lanjut eskalasi" data-testid="tindak-lanjut-eskalasi" className="space-y-2 rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-900">
                <h2 className="font-semibold">Langkah berikutnya: tindak lanjut lembaga pengawas</h2>
                <p>
                  Seleksi jabatan ini dieskalasi{vacancy.escalation ? ` dengan usulan: ${vacancy.escalation.toLowerCase()}` : ""}. Peserta telah diberi tahu dan
                  halaman publik seleksi menampilkan pemberitahuan. Tidak ada tiga nama yang diusulkan atau diumumkan untuk jabatan ini.
                </p>
                {viewer.isChair ? (
                  <p>
                    Bila lembaga pengawas memutuskan membuka kembali pendaftaran, buka kembali pendaftaran pada{" "}
                    <a href="#buka-kembali-pendaftaran">formulir di atas</a> (tersedia setelah setiap jabatan dieskalasi); bila seleksi diulang atau
                    dibatalkan, umumkan keputusannya sebagai pengumuman.
                  </p>
                ) : null}
                {viewer.isPpk ? <p>PPK tidak memilih nama untuk jabatan ini; keputusan tindak lanjut menunggu lembaga pengawas.</p> : null}
              </section>
            ) : null}

            <section aria-label="Riwayat keputusan" className="space-y-2">
              <h2 className="font-semibold">Riwayat keputusan</h2>
              <DecisionTimeline slug={slug} decisions={vacancy.decisions} />
              {vacancy.flow.next && !vacancy.actionableStep && vacancy.flow.next !== "SHORTLIST_PROPOSED" && vacancy.flow.next !== "FINAL_PUBLISHED" ? (
                <p className="text-sm text-slate-700">Menunggu: {DECISION_LABELS[vacancy.flow.next]}.</p>
              ) : null}
            </section>

            {vacancy.actionableStep ? (
              <section aria-label="Langkah berikutnya" className="space-y-2 rounded-md border border-brand-100 bg-brand-50 p-4">
                <h2 className="font-semibold">Langkah berikutnya: {DECISION_LABELS[vacancy.actionableStep]}</h2>
                <StepForm
                  key={vacancy.actionableStep}
                  slug={slug}
                  vacancyId={vacancy.id}
                  step={vacancy.actionableStep}
                  names={vacancy.proposal?.names
                    .filter((name) => !vacancy.annulledIds.includes(name.applicationId))
                    .map((name) => ({ applicationId: name.applicationId, label: `${name.name} (${name.registrationNumber})` }))}
                  action={recordStepAction}
                />
              </section>
            ) : null}

            {vacancy.annullable ? (
              <details className="space-y-2 rounded-md border border-red-200 p-4" data-testid="pembatalan-calon">
                <summary className="cursor-pointer font-semibold text-red-900">Batalkan calon terpilih: {vacancy.annullable.label}</summary>
                <div className="space-y-3 pt-2">
                  {board.selection.annulmentTerm ? (
                    <blockquote className="border-l-4 border-red-200 pl-3 text-sm text-slate-800" data-testid="ketentuan-pembatalan">
                      {board.selection.annulmentTerm}
                    </blockquote>
                  ) : null}
                  <p className="text-sm text-slate-700">
                    Setelah dibatalkan, PPK memilih kembali dari nama yang diusulkan yang belum dibatalkan, lalu Ketua Pansel mengumumkan perubahan hasil akhir.
                  </p>
                  <StepForm key="CHOICE_ANNULLED" slug={slug} vacancyId={vacancy.id} step="CHOICE_ANNULLED" annulledName={vacancy.annullable.label} action={recordStepAction} />
                </div>
              </details>
            ) : null}
          </div>
        </Card>
      ))}

      <Card title="Pengumuman" id="pengumuman">
        <div className="space-y-6">
          <section className="space-y-2">
            <h2 className="font-semibold">Tiga nama</h2>
            {board.announcements.shortlist ? (
              <p className="text-sm">
                Diumumkan: <Link href={`/pengumuman/${board.announcements.shortlist.slug}`}>Nomor {board.announcements.shortlist.number}</Link>
              </p>
            ) : active.length === 0 ? (
              <p className="text-sm text-slate-700">Tidak ada tiga nama yang diumumkan: setiap jabatan seleksi ini dieskalasi kepada lembaga pengawas.</p>
            ) : viewer.isChair ? (
              <div className="space-y-4">
                <ShortlistOrderForm slug={slug} order={board.selection.shortlistOrder} action={shortlistOrderAction} />
                <PublishResultForm
                  slug={slug}
                  mode="shortlist"
                  blockedReason={
                    waitingRecommendation.length > 0
                      ? "Tiga nama diumumkan setelah disetujui PPK dan mendapat rekomendasi BKN (Alur ASN Karier untuk JPT Pratama)."
                      : null
                  }
                  summary={`Nama yang diusulkan untuk ${active.length} jabatan, ${board.selection.shortlistOrder === "RANKED" ? "menurut peringkat" : "menurut abjad"}.`}
                  defaultDate={today}
                  action={publishShortlistAction}
                />
              </div>
            ) : (
              <p className="text-sm text-slate-700">Belum diumumkan.</p>
            )}
          </section>
          <section className="space-y-2">
            <h2 className="font-semibold">Hasil akhir</h2>
            {board.announcements.final ? (
              <p className="text-sm">
                Diumumkan: <Link href={`/pengumuman/${board.announcements.final.slug}`}>Nomor {board.announcements.final.number}</Link>
              </p>
            ) : null}
            {viewer.isChair && board.announcements.shortlist && awaitingFinal ? (
              <PublishResultForm
                slug={slug}
                mode="final"
                blockedReason={waitingChoice.length > 0 ? "Hasil akhir diumumkan setelah PPK memilih satu nama untuk setiap jabatan." : null}
                summary={
                  board.announcements.final
                    ? `Perubahan hasil akhir setelah pembatalan calon terpilih: nama yang dipilih kembali oleh PPK.`
                    : `Nama yang dipilih PPK untuk ${active.length} jabatan.`
                }
                defaultDate={today}
                action={publishFinalAction}
              />
            ) : !board.announcements.final ? (
              <p className="text-sm text-slate-700">Belum diumumkan.</p>
            ) : null}
          </section>
        </div>
      </Card>
    </div>
  );
}
