import type { Metadata } from "next";
import Link from "next/link";
import { formatScore } from "@/lib/ranking/labels";
import { AssignScorersForm } from "@/components/scoring/assign-scorers-form";
import { CloseStageButton } from "@/components/scoring/close-stage-button";
import { ConfirmWeightsButton } from "@/components/scoring/confirm-weights-button";
import { WeightsForm } from "@/components/scoring/weights-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { orPageError, requirePermissionPage } from "@/lib/auth/guards";
import { STAGE_STATUS_LABELS } from "@/lib/scoring/stage-status";
import { getScoringSetup } from "@/lib/scoring/queries";
import { weightsConfirmationLabel } from "@/lib/scoring/weights-confirmation";
import { findSelectionRegime } from "@/lib/cat-results/queries";
import { assignScorersAction, closeStageAction, confirmWeightsAction, reopenStageAction, updateWeightsAction } from "./actions";
import { CpnsScoring } from "./cpns-scoring";

export const metadata: Metadata = { title: "Pengaturan penilaian" };

export default async function ScoringSetupPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePermissionPage("view:scoring");
  const { slug } = await params;
  // The regime decides the scoring: CAT result files for CPNS, committee scores for JPT.
  if ((await orPageError(findSelectionRegime(slug))) === "CPNS") return <CpnsScoring actorId={user.id} slug={slug} />;
  const setup = await orPageError(getScoringSetup({ actorId: user.id, slug }));
  const base = `/pansel/seleksi/${slug}`;
  const confirmed = setup.weightsConfirmedAt !== null;
  const frozen = confirmed || setup.weightsFrozenAt !== null;
  const weightTotal = setup.stages.reduce((sum, stage) => sum + Math.round((stage.weight ?? 0) * 1000), 0);
  const confirmBlocked = setup.stages.some((stage) => stage.weight === null)
    ? "Isi dan simpan bobot setiap tahap sebelum mengonfirmasi."
    : weightTotal !== 100_000
      ? "Jumlah bobot yang tersimpan harus 100% sebelum dikonfirmasi."
      : null;
  // Independence: a chair who scores an open stage gets everyone's scores only once it is closed.
  const scoresOwnOpenStage = setup.stages.some((stage) => stage.status !== "CLOSED" && stage.scorerIds.includes(user.id));

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-600">
          <Link href="/pansel">Area Pansel</Link> / <Link href={base}>Dasbor seleksi</Link> / Penilaian
        </p>
        <h1 className="text-2xl font-bold">Penilaian: {setup.selection.title}</h1>
        <p className="text-sm text-slate-700">
          Setiap anggota menilai secara mandiri (0–100). Nilai tahap adalah rata-rata nilai anggota; nilai akhir adalah jumlah nilai tahap dikali
          bobotnya. Ketua Pansel diberi tanda bila selisih nilai antaranggota untuk seorang peserta lebih dari {formatScore(setup.selection.scoreSpreadAlert)}.
        </p>
        {setup.isChair && scoresOwnOpenStage ? (
          <p className="text-sm text-slate-600">Rekap seluruh nilai (XLSX) tersedia setelah tahap yang Anda nilai ditutup.</p>
        ) : null}
        <nav aria-label="Menu penilaian" className="flex flex-wrap gap-x-5 text-sm font-semibold">
          <Link href={`${base}/keputusan`}>Peringkat &amp; keputusan</Link>
          {setup.isChair && !scoresOwnOpenStage ? <a href={`/api/pansel/seleksi/${slug}/ekspor-nilai`}>Unduh seluruh nilai (XLSX)</a> : null}
        </nav>
      </header>

      <Card title="Tahap yang dinilai" id="tahap">
        <ul className="divide-y divide-slate-200">
          {setup.stages.map((stage) => (
            <li key={stage.id} className="space-y-3 py-4" data-testid={`tahap-${stage.kind}`}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 className="text-lg font-semibold">
                  <Link href={`${base}/penilaian/${stage.id}`}>{stage.name}</Link>
                </h2>
                <Badge tone={stage.status === "CLOSED" ? "success" : "info"}>{STAGE_STATUS_LABELS[stage.status]}</Badge>
              </div>
              <p className="text-sm text-slate-700">
                Bobot {stage.weight === null ? "belum diisi" : `${formatScore(stage.weight)}%`}
                {stage.minimumScore === null ? "" : ` · nilai minimum ${formatScore(stage.minimumScore)}`} ({weightsConfirmationLabel(setup.weightsConfirmedAt)}) ·{" "}
                {stage.submittedScores} nilai dikirim
                {setup.isChair || stage.status === "CLOSED" ? (
                  <>
                    {" · "}
                    <a href={`/api/pansel/seleksi/${slug}/penilaian/${stage.id}/berita-acara`}>Berita acara (PDF){stage.status === "CLOSED" ? "" : " — draf"}</a>
                  </>
                ) : null}
              </p>
              {setup.isChair ? (
                <div className="grid gap-4 md:grid-cols-2">
                  <AssignScorersForm
                    slug={slug}
                    stageId={stage.id}
                    stageName={stage.name}
                    members={setup.members}
                    assigned={stage.scorerIds}
                    disabled={stage.status === "CLOSED"}
                    action={assignScorersAction}
                  />
                  {stage.status !== "CLOSED" ? (
                    <div>
                      <CloseStageButton slug={slug} stageId={stage.id} stageName={stage.name} action={closeStageAction} />
                    </div>
                  ) : setup.newCandidates ? (
                    <div className="space-y-2 text-sm">
                      <p>
                        Pendaftaran dibuka kembali: {setup.newCandidates} peserta baru belum dinilai pada tahap ini. Nilai peserta putaran pertama tetap
                        terkunci.
                      </p>
                      <ConfirmedActionButton
                        label={`Buka tahap ${stage.name} untuk peserta baru`}
                        title={`Buka tahap ${stage.name} untuk peserta baru?`}
                        confirmLabel="Ya, buka untuk peserta baru"
                        action={reopenStageAction}
                        input={{ slug, stageId: stage.id }}
                      >
                        <p>
                          Penilai dapat menilai {setup.newCandidates} peserta baru yang lulus seleksi administrasi tambahan. Nilai peserta yang dinilai
                          sebelum pendaftaran dibuka kembali tidak dapat ditambah maupun diubah. Setelah selesai, tutup kembali tahap ini.
                        </p>
                      </ConfirmedActionButton>
                    </div>
                  ) : null}
                </div>
              ) : (
                <p className="text-sm">
                  Penilai: {setup.members.filter((member) => stage.scorerIds.includes(member.id)).map((member) => member.name).join(", ") || "belum ditetapkan"}
                </p>
              )}
            </li>
          ))}
        </ul>
      </Card>

      <Card title="Bobot dan nilai minimum" id="bobot">
        <p className="mb-3 text-sm text-slate-700" data-testid="status-bobot">
          {confirmed ? (
            <>
              Bobot dan nilai minimum <strong>{weightsConfirmationLabel(setup.weightsConfirmedAt)}</strong> dan terkunci. Ketentuan ini dicantumkan dalam
              berita acara dan pengumuman hasil akhir.
            </>
          ) : (
            <>
              Bobot dan nilai minimum <strong>{weightsConfirmationLabel(null)}</strong>. Ketua Pansel menyimpan lalu mengonfirmasinya; sebelum dikonfirmasi,
              nilai belum dapat dikirim. Sesudah dikonfirmasi, bobot tidak dapat diubah lagi.
            </>
          )}
        </p>
        {setup.isChair ? (
          <div className="space-y-4">
            <WeightsForm slug={slug} selectionId={setup.selection.id} stages={setup.stages} frozen={frozen} action={updateWeightsAction} />
            {confirmed ? null : (
              <ConfirmWeightsButton
                slug={slug}
                selectionId={setup.selection.id}
                stages={setup.stages.map((stage) => ({ name: stage.name, weight: stage.weight, minimum: stage.minimumScore }))}
                blockedReason={confirmBlocked}
                action={confirmWeightsAction}
              />
            )}
          </div>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {setup.stages.map((stage) => (
              <li key={stage.id}>
                {stage.name}: {stage.weight === null ? "–" : `${formatScore(stage.weight)}%`}
                {stage.minimumScore === null ? "" : `, nilai minimum ${formatScore(stage.minimumScore)}`}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
