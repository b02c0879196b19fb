import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SetupHeader } from "@/components/selection-setup/setup-header";
import { StageForm } from "@/components/selection-setup/stage-form";
import { Card, EmptyState } from "@/components/ui/card";
import { requirePermissionPage } from "@/lib/auth/guards";
import { getStagesSetup } from "@/lib/selection-content/queries";
import { updateStageAction } from "./actions";

export const metadata: Metadata = { title: "Tahapan seleksi" };

export default async function StagesSetupPage({ params }: { params: Promise<{ slug: string }> }) {
  await requirePermissionPage("administer:selection");
  const setup = await getStagesSetup((await params).slug);
  if (!setup) notFound();
  const isDraft = setup.status === "DRAFT";
  return (
    <div className="space-y-6">
      <SetupHeader slug={setup.slug} title={setup.title} status={setup.status} heading="Tahapan seleksi" current="/tahapan" />
      {isDraft ? (
        <p className="text-sm text-slate-700">
          Tanggal dan jam dalam WIB. Tahap pendaftaran menentukan masa pendaftaran yang diberlakukan. Bobot tahap yang dinilai dikonfirmasi Ketua Pansel sebelum
          penilaian.
        </p>
      ) : (
        <p role="note" className="rounded-md border border-slate-300 bg-slate-50 p-3 text-sm">
          Seleksi sudah diumumkan: perubahan jadwal dilakukan di menu <Link href={`/pansel/seleksi/${setup.slug}/jadwal`}>Jadwal</Link> dengan alasan, dan tercatat
          di halaman publik.
        </p>
      )}
      <Card title={`Tahapan (${setup.stages.length})`} id="tahapan">
        {setup.stages.length === 0 ? (
          <EmptyState title="Belum ada tahapan." />
        ) : (
          <ol className="space-y-2">
            {setup.stages.map((stage) => (
              <li key={stage.id} className="rounded-md border border-slate-200">
                <details>
                  <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">
                    {stage.scheduleNo ? `${stage.scheduleNo}. ` : ""}
                    {stage.fields.name}
                  </summary>
                  <div className="border-t border-slate-200 p-3">
                    {isDraft ? (
                      <StageForm
                        selectionId={setup.id}
                        stageId={stage.id}
                        version={stage.version}
                        name={stage.fields.name}
                        isScored={stage.isScored}
                        fields={stage.fields}
                        action={updateStageAction}
                      />
                    ) : (
                      <p className="text-sm">
                        {stage.fields.startsAt.replace("T", " ")} s.d. {stage.fields.endsAt.replace("T", " ")} WIB
                        {stage.isScored && stage.fields.weight ? ` · bobot ${stage.fields.weight}%` : ""}
                      </p>
                    )}
                  </div>
                </details>
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}
