import type { Metadata } from "next";
import { ReferenceDateForm } from "@/components/selection/reference-date-form";
import { RescheduleForm } from "@/components/selection/reschedule-form";
import { Card } from "@/components/ui/card";
import { orPageError, requirePermissionPage } from "@/lib/auth/guards";
import { refuseScopedMiss } from "@/lib/auth/selection-access";
import { formatWib, formatWibRange, utcToWibDateTime } from "@/lib/dates/wib";
import { getStaffSchedule } from "@/lib/selections/staff-queries";
import { rescheduleStageAction, setReferenceDateAction } from "./actions";

export const metadata: Metadata = { title: "Jadwal seleksi" };

export default async function SchedulePage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePermissionPage("manage:selection");
  const { slug } = await params;
  const selection = await getStaffSchedule(slug, user);
  if (!selection) return orPageError(refuseScopedMiss(user, { slug }));
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-slate-600">{selection.title}</p>
        <h1 className="text-2xl font-bold">Jadwal dan tahapan</h1>
        <p className="mt-1 text-sm text-slate-700">
          Setiap perubahan tercatat, tampil di halaman seleksi, diumumkan, dan diberitahukan kepada pelamar yang lamarannya masih berjalan.
        </p>
      </header>
      <Card title="Tanggal acuan usia" id="tanggal-acuan">
        <p className="mb-3 text-sm text-slate-700">
          {selection.referenceDateActual
            ? "Tanggal keputusan sudah ditetapkan."
            : `Belum ditetapkan; pemeriksaan memakai tanggal rencana ${selection.referenceDatePlanned.toISOString().slice(0, 10)}.`}
        </p>
        <ReferenceDateForm
          slug={selection.slug}
          current={(selection.referenceDateActual ?? selection.referenceDatePlanned).toISOString().slice(0, 10)}
          action={setReferenceDateAction}
        />
      </Card>
      {selection.stages.map((stage) => (
        <Card key={stage.id} id={stage.kind === "REGISTRATION" ? "pendaftaran" : undefined} title={`${stage.scheduleNo ? `${stage.scheduleNo}. ` : ""}${stage.name}`}>
          <p className="mb-3 text-sm">
            Sekarang: <strong>{formatWibRange(stage.startsAt, stage.endsAt, !stage.isAllDay)}</strong>
          </p>
          {stage.kind === "REGISTRATION" ? (
            <p className="mb-3 text-sm text-slate-700">
              Jadwal ini adalah batas pendaftaran yang diberlakukan: mengubahnya membuka atau menutup pendaftaran, pengiriman lamaran dan unggah berkas bagi
              semua pelamar. Perpanjangan paling lama 2 × 7 hari dari penutupan semula; pelamar yang masih menyimpan draf juga diberi tahu.
            </p>
          ) : null}
          <RescheduleForm
            stageId={stage.id}
            stageName={stage.name}
            startsAt={utcToWibDateTime(stage.startsAt).slice(0, 16)}
            endsAt={utcToWibDateTime(stage.endsAt).slice(0, 16)}
            action={rescheduleStageAction}
          />
          {stage.changes.length > 0 ? (
            <details className="mt-3 text-sm">
              <summary>Riwayat perubahan ({stage.changes.length})</summary>
              <ul className="mt-2 space-y-1">
                {stage.changes.map((change) => (
                  <li key={change.id}>
                    {formatWib(change.changedAt)}: semula {formatWibRange(change.previousStartsAt, change.previousEndsAt)} — {change.reason}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </Card>
      ))}
    </div>
  );
}
