// The staff scoring page of a CPNS selection: the chair imports the CAT result files of the SKD and the
// SKB; every member of the Pansel sees, per formation, the SKD result with the SKB shortlist and, once
// SKB results exist, the final ranking. Both rankings are `rankCpns` over the stored results.
import Link from "next/link";
import { PublishResultForm } from "@/components/results/publish-result-form";
import { CatImport } from "@/components/scoring/cat-import";
import { CpnsWithdrawalForm } from "@/components/scoring/cpns-withdrawal-form";
import { FinalRankingTable, SkdRankingTable } from "@/components/scoring/cpns-rankings";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { orPageError } from "@/lib/auth/guards";
import { SKB_TEMPLATE_HEADER, SKD_TEMPLATE_HEADER, CAT_FILE_MAX_ROWS } from "@/lib/cat-results/file";
import { getCpnsScoringView, type CatStage } from "@/lib/cat-results/queries";
import { catImportRefusal, SKB_NEEDS_SKD_ANNOUNCEMENT, skbParticipantsOnly, SKD_LOCKED_BY_SKB } from "@/lib/cat-results/texts";
import { SKD_THRESHOLDS_MISSING, skdThresholdsText } from "@/lib/cat-results/thresholds";
import { toCsv } from "@/lib/export/csv";
import { now } from "@/lib/clock";
import { todayInWib } from "@/lib/dates/wib";
import { STAGE_STATUS_LABELS } from "@/lib/scoring/stage-status";
import {
  importCatResultsAction,
  previewCatImportAction,
  publishCpnsReplacementAction,
  publishCpnsResultAction,
  publishCpnsSkdResultAction,
  recordCpnsWithdrawalAction,
} from "./actions";

const templateHref = (header: readonly string[]) => `data:text/csv;charset=utf-8,${encodeURIComponent(toCsv(header, []))}`;

function blockedReason(stage: CatStage, view: { skdCount: number; skbCount: number; selectionStatus: string; hasThresholds: boolean; skdAnnounced: number }): string | null {
  if (!view.hasThresholds) return SKD_THRESHOLDS_MISSING;
  const refusal = catImportRefusal(view.selectionStatus);
  if (refusal) return refusal;
  if (stage.status === "CLOSED") return `Tahap ${stage.name} sudah ditutup; hasil tidak dapat diimpor lagi.`;
  if (stage.kind === "SKD" && view.skbCount > 0) return SKD_LOCKED_BY_SKB;
  if (stage.kind === "SKB" && view.skdCount === 0) return "Impor hasil SKD terlebih dahulu: peserta SKB ditentukan dari hasil SKD.";
  if (stage.kind === "SKB" && view.skdAnnounced === 0) return SKB_NEEDS_SKD_ANNOUNCEMENT;
  return null;
}

export async function CpnsScoring({ actorId, slug }: { actorId: string; slug: string }) {
  const view = await orPageError(getCpnsScoringView({ actorId, slug }));
  const base = `/pansel/seleksi/${slug}`;
  const counts = {
    selectionStatus: view.selection.status,
    hasThresholds: view.thresholds !== null,
    skdAnnounced: Object.keys(view.skdPublished).length,
    skdCount: view.stages.find((stage) => stage.kind === "SKD")?.resultCount ?? 0,
    skbCount: view.stages.find((stage) => stage.kind === "SKB")?.resultCount ?? 0,
  };
  const target = (quota: number) => quota * view.selection.shortlistPerQuota;
  const today = todayInWib(now());

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-600">
          <Link href="/pansel">Area Pansel</Link> / <Link href={base}>Dasbor seleksi</Link> / Penilaian
        </p>
        <h1 className="text-2xl font-bold">Penilaian: {view.selection.title}</h1>
        <p className="text-sm text-slate-700">
          Nilai SKD dan SKB berasal dari berkas hasil CAT. Ketua Pansel mengunggah berkasnya, memeriksa pratinjau, lalu mengimpornya; berkas yang
          sama dapat diimpor ulang tanpa mengubah apa pun, dan berkas ralat hanya mengganti baris yang berubah.
        </p>
        <p className="text-sm" data-testid="ambang-batas-skd">
          {view.thresholds ? (
            <>
              Nilai ambang batas kelulusan SKD seleksi ini: <strong>{skdThresholdsText(view.thresholds)}</strong>. Peserta lulus SKD bila memenuhi ketiganya.
            </>
          ) : (
            SKD_THRESHOLDS_MISSING
          )}
        </p>
      </header>

      {view.isChair
        ? view.stages.map((stage) => (
            <Card key={stage.id} title={`Impor hasil ${stage.kind}: ${stage.name}`} id={`impor-${stage.kind.toLowerCase()}`}>
              <div className="mb-4 space-y-2 text-sm text-slate-700">
                <p>
                  <Badge tone={stage.status === "CLOSED" ? "success" : "info"}>{STAGE_STATUS_LABELS[stage.status as keyof typeof STAGE_STATUS_LABELS]}</Badge>{" "}
                  {stage.resultCount} hasil tersimpan. Paling banyak {CAT_FILE_MAX_ROWS.toLocaleString("id-ID")} baris; baris pertama berisi judul kolom.
                </p>
                {stage.kind === "SKD" ? (
                  <p>
                    Kolom wajib: <strong>nomor_peserta</strong> (atau nomor pendaftaran), <strong>twk</strong> (0–150), <strong>tiu</strong> (0–175) dan{" "}
                    <strong>tkp</strong> (0–175), bilangan bulat; <strong>total</strong> boleh diisi dan harus sama dengan jumlahnya. Hanya peserta yang
                    lulus seleksi administrasi.
                  </p>
                ) : (
                  <p>
                    Kolom wajib: <strong>nomor_peserta</strong> dan <strong>skb_cat</strong> (0–100). Bila ada satu tes tambahan daerah, tambahkan kolom{" "}
                    <strong>tes_tambahan</strong> (0–100) dan isi bobotnya (paling tinggi 40%): nilai SKB = (100 − bobot)% × SKB CAT + bobot% × tes
                    tambahan. {skbParticipantsOnly(view.selection.shortlistPerQuota)}
                  </p>
                )}
                <p>
                  <a href={templateHref(stage.kind === "SKD" ? SKD_TEMPLATE_HEADER : SKB_TEMPLATE_HEADER)} download={`templat-hasil-${stage.kind.toLowerCase()}.csv`} className="font-semibold">
                    Unduh templat CSV
                  </a>
                </p>
              </div>
              <CatImport
                slug={slug}
                stageId={stage.id}
                test={stage.kind}
                blockedReason={blockedReason(stage, counts)}
                previewAction={previewCatImportAction}
                importAction={importCatResultsAction}
              />
            </Card>
          ))
        : null}

      {view.formations.map((formation) => {
        const shown = {
          ...formation,
          candidates: formation.candidates.map((candidate) => ({ ...candidate, statusLabel: view.statusLabels[candidate.id] })),
          shortlistPerQuota: view.selection.shortlistPerQuota,
          shortlistTarget: target(formation.quota),
        };
        const hasSkb = formation.candidates.some((candidate) => candidate.skb !== null);
        const published = view.published[formation.id];
        const skdPublished = view.skdPublished[formation.id];
        const replacement = view.replacements[formation.id];
        const hasSkd = formation.candidates.some((candidate) => candidate.skd !== null);
        return (
          <Card key={formation.id} title={`Formasi ${formation.title} (kebutuhan ${formation.quota})`} id={`formasi-${formation.code}`}>
            <div className="space-y-6">
              <section className="space-y-2">
                <h2 className="text-lg font-semibold">Hasil SKD dan peserta SKB</h2>
                {formation.candidates.length === 0 ? <p className="text-sm">Belum ada peserta yang lulus seleksi administrasi.</p> : view.thresholds ? <SkdRankingTable formation={shown} thresholds={view.thresholds} /> : null}
              </section>
              {skdPublished ? (
                <p className="text-sm" data-testid={`pengumuman-skd-${formation.code}`}>
                  Hasil SKD formasi ini telah diumumkan{skdPublished.number ? ` (Nomor ${skdPublished.number})` : ""}:{" "}
                  <Link href={`/pengumuman/${skdPublished.slug}`}>lihat pengumuman hasil SKD</Link>.
                </p>
              ) : hasSkd && view.isChair ? (
                <section className="space-y-2">
                  <h2 className="text-lg font-semibold">Umumkan hasil SKD formasi</h2>
                  <PublishResultForm
                    slug={slug}
                    mode="formation-skd"
                    vacancyId={formation.id}
                    summary={
                      `${formation.result.skdPassed.length} peserta memenuhi nilai ambang batas; ${formation.result.skbShortlist.length} peserta mengikuti SKB ` +
                      `(paling banyak ${target(formation.quota)}); ${formation.result.skdFailed.length} tidak memenuhi nilai ambang batas. ` +
                      "Nilai SKD formasi ini dibekukan pada pengumuman, lalu nilai SKB dapat diimpor."
                    }
                    defaultDate={today}
                    action={publishCpnsSkdResultAction}
                  />
                </section>
              ) : null}
              {hasSkb ? (
                <section className="space-y-2">
                  <h2 className="text-lg font-semibold">Peringkat akhir (integrasi SKD 40% dan SKB 60%)</h2>
                  <FinalRankingTable formation={shown} />
                </section>
              ) : null}
              {published ? (
                <p className="text-sm" data-testid={`terbit-${formation.code}`}>
                  Hasil akhir formasi ini telah diumumkan{published.number ? ` (Nomor ${published.number})` : ""}:{" "}
                  <Link href={`/pengumuman/${published.slug}`}>lihat pengumuman</Link>.
                </p>
              ) : null}
              {published && replacement ? (
                <section className="space-y-3" data-testid={`pengunduran-${formation.code}`}>
                  <h2 className="text-lg font-semibold">Peserta lulus yang mengundurkan diri</h2>
                  {replacement.corrections.length > 0 ? (
                    <ul className="list-disc pl-5 text-sm">
                      {replacement.corrections.map((correction) => (
                        <li key={correction.slug}>
                          Perubahan hasil akhir diumumkan{correction.number ? ` (Nomor ${correction.number})` : ""}: <Link href={`/pengumuman/${correction.slug}`}>lihat pengumuman perubahan</Link>.
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {replacement.withdrawn.length > 0 ? (
                    <div className="space-y-2 text-sm">
                      <ul className="list-disc pl-5">
                        {replacement.withdrawn.map((row) => (
                          <li key={row.registrationNumber}>
                            {row.name} ({row.registrationNumber}) mengundurkan diri: {row.reason}
                          </li>
                        ))}
                      </ul>
                      <p data-testid={`pengganti-${formation.code}`}>
                        {replacement.proposed.length > 0
                          ? `Pengganti yang diusulkan (peringkat berikutnya pada pengumuman): ${replacement.proposed.map((row) => `${row.name} (${row.registrationNumber}, peringkat ${row.rank})`).join(", ")}.`
                          : "Tidak ada peserta peringkat berikutnya yang dapat menggantikan."}
                      </p>
                      {view.isChair ? (
                        <PublishResultForm
                          slug={slug}
                          mode="formation-replacement"
                          vacancyId={formation.id}
                          summary={`Pengumuman perubahan memuat ${replacement.withdrawn.length} peserta yang mengundurkan diri dan ${replacement.proposed.length} pengganti menurut peringkat yang telah diumumkan.`}
                          defaultDate={today}
                          action={publishCpnsReplacementAction}
                        />
                      ) : null}
                    </div>
                  ) : null}
                  {view.isChair && replacement.selected.length > 0 ? (
                    <CpnsWithdrawalForm slug={slug} formationTitle={formation.title} selected={replacement.selected} action={recordCpnsWithdrawalAction} />
                  ) : replacement.withdrawn.length === 0 ? (
                    <p className="text-sm text-slate-600">Tidak ada pengunduran diri yang dicatat.</p>
                  ) : null}
                </section>
              ) : null}
              {!published && hasSkb && view.isChair ? (
                <section className="space-y-2">
                  <h2 className="text-lg font-semibold">Umumkan hasil akhir formasi</h2>
                  <PublishResultForm
                    slug={slug}
                    mode="formation-final"
                    vacancyId={formation.id}
                    summary={
                      `${formation.result.ranking.length} peserta SKB menurut peringkat; ${formation.result.selected.length} lulus sesuai kebutuhan ${formation.quota}.` +
                      (formation.result.unranked.length > 0 ? ` ${formation.result.unranked.length} peserta SKB tanpa nilai SKB diumumkan tidak lulus, tanpa peringkat.` : "") +
                      " Peringkat dan nilai dibekukan pada pengumuman."
                    }
                    defaultDate={today}
                    action={publishCpnsResultAction}
                  />
                </section>
              ) : null}
            </div>
          </Card>
        );
      })}
    </div>
  );
}
