import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DetailsCorrectionForm } from "@/components/selection-setup/details-correction-form";
import { SetupNav } from "@/components/selection-setup/setup-nav";
import { AddVacancyForm, SeatMemberForm, SelectionDetailsForm } from "@/components/selection-setup/setup-forms";
import { SkdThresholdsCard } from "@/components/selection-setup/skd-thresholds-card";
import { getSkdThresholds } from "@/lib/cat-results/queries";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requirePermissionPage } from "@/lib/auth/guards";
import { formatCalendarDate } from "@/lib/dates/calendar";
import { REGIME_LABELS } from "@/lib/selection-setup/labels";
import { getDetailsCorrection } from "@/lib/selection-content/queries";
import { getSelectionSetup } from "@/lib/selection-setup/queries";
import { MINIMUM_OPEN_DAYS, openDays, publicationGaps } from "@/lib/selection-setup/templates";
import { SELECTION_STATUS_LABELS } from "@/lib/selections/status";
import { SEAT_POSITION_LABELS } from "@/lib/validation/selection-setup";
import { correctSelectionDetailsAction, addVacancyAction, publishSelectionAction, removeVacancyAction, seatMemberAction, unseatMemberAction, updateSelectionDetailsAction } from "./actions";
import { updateSkdThresholdsAction } from "./_ambang-skd/actions";

export const metadata: Metadata = { title: "Pengaturan seleksi" };

export default async function SelectionSetupPage({ params }: { params: Promise<{ slug: string }> }) {
  await requirePermissionPage("administer:selection");
  const { slug } = await params;
  const setup = await getSelectionSetup(slug);
  if (!setup) notFound();
  const isDraft = setup.status === "DRAFT";
  const correction = isDraft ? null : await getDetailsCorrection(setup.slug);
  const days = openDays(setup.registrationOpensOn, setup.registrationClosesOn);
  const gaps = publicationGaps({
    vacancyCount: setup.vacancies.length,
    positions: setup.committee.map((seat) => seat.position),
    hasRegistrationStage: setup._count.stages > 0,
  });
  const base = `/pansel/seleksi/${setup.slug}`;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-600">
          <Link href="/pansel">Area Pansel</Link> / <Link href={base}>{setup.title}</Link> / Pengaturan
        </p>
        <h1 className="text-2xl font-bold">Pengaturan seleksi</h1>
        <p className="flex flex-wrap gap-2 text-sm">
          <Badge tone="info">{REGIME_LABELS[setup.regime]}</Badge>
          <span data-testid="status-seleksi">
            <Badge tone={isDraft ? "warning" : "success"}>{SELECTION_STATUS_LABELS[setup.status]}</Badge>
          </span>
          <span>
            {setup._count.rules} persyaratan · {setup._count.documents} dokumen · {setup._count.stages} tahap · {setup._count.applications} lamaran
          </span>
        </p>
        <SetupNav slug={setup.slug} current="" published={!isDraft} />
      </header>

      {isDraft ? (
        <Card title="Umumkan seleksi" id="umumkan">
          <div className="space-y-3 text-sm">
            <p>
              Pendaftaran: {formatCalendarDate(setup.registrationOpensOn)} s.d. {formatCalendarDate(setup.registrationClosesOn)} ({days} hari kalender).
            </p>
            {days < MINIMUM_OPEN_DAYS ? (
              <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950" data-testid="peringatan-15-hari">
                Pengumuman terbuka kurang dari {MINIMUM_OPEN_DAYS} hari kalender. Pengumuman wajib diumumkan secara terbuka paling singkat 15 (lima belas) hari
                kalender; ubah tanggal penutupan di menu Jadwal.
              </p>
            ) : null}
            {gaps.length > 0 ? (
              <div data-testid="kekurangan-seleksi">
                <p className="font-semibold">Sebelum diumumkan, lengkapi:</p>
                <ul className="list-disc pl-5">
                  {gaps.map((gap) => (
                    <li key={gap}>{gap}</li>
                  ))}
                </ul>
              </div>
            ) : (
              <ConfirmedActionButton
                label="Umumkan seleksi"
                title="Umumkan seleksi ini?"
                confirmLabel="Ya, umumkan"
                variant="primary"
                action={publishSelectionAction}
                input={{ selectionId: setup.id }}
              >
                <p>
                  <strong>{setup.title}</strong> dengan {setup.vacancies.length} jabatan/formasi akan tampil di halaman publik, dan pengumuman nomor{" "}
                  {setup.announcementNumber} terbit hari ini. Data pengumuman dan formasi tidak dapat diubah lagi di halaman ini.
                </p>
                {days < MINIMUM_OPEN_DAYS ? <p className="mt-2 font-semibold text-amber-900">Pendaftaran terbuka hanya {days} hari kalender.</p> : null}
              </ConfirmedActionButton>
            )}
          </div>
        </Card>
      ) : null}

      <Card title="Data pengumuman" id="data-pengumuman">
        {isDraft ? (
          <SelectionDetailsForm
            action={updateSelectionDetailsAction}
            defaults={{
              selectionId: setup.id,
              title: setup.title,
              summary: setup.summary,
              announcementNumber: setup.announcementNumber,
              announcementDate: setup.announcementDate,
              announcementPlace: setup.announcementPlace,
              committeeName: setup.committeeName,
              committeeAddress: setup.committeeAddress,
              chairName: setup.chairName,
            }}
          />
        ) : correction ? (
          <>
            <p className="mb-3 text-sm text-slate-700" data-testid="catatan-terbit">
              Seleksi sudah diumumkan: data pengumuman dan berkas masih dapat dikoreksi dengan alasan, dan setiap koreksi tampil di halaman publik. Persyaratan
              terkunci; perubahan jadwal dilakukan di menu Jadwal.
            </p>
            <DetailsCorrectionForm defaults={{ selectionId: correction.selectionId, ...correction.fields }} version={correction.version} action={correctSelectionDetailsAction} />
          </>
        ) : null}
      </Card>

      <Card title={`Jabatan/formasi (${setup.vacancies.length})`} id="formasi">
        {setup.vacancies.length === 0 ? (
          <EmptyState title="Belum ada jabatan/formasi." />
        ) : (
          <ScrollRegion label="Daftar formasi">
            <table className="w-full min-w-[560px] text-sm">
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="py-2 pr-2">Kode</th>
                  <th scope="col" className="py-2 pr-2">Jabatan/formasi</th>
                  <th scope="col" className="py-2 pr-2">Kebutuhan</th>
                  <th scope="col" className="py-2 pr-2">Pendidikan</th>
                  <th scope="col" className="py-2">Lamaran</th>
                  {isDraft ? <th scope="col" className="py-2"><span className="sr-only">Tindakan</span></th> : null}
                </tr>
              </thead>
              <tbody>
                {setup.vacancies.map((vacancy) => (
                  <tr key={vacancy.id} className="border-b border-slate-100">
                    <td className="py-2 pr-2">{vacancy.code}</td>
                    <td className="py-2 pr-2">
                      {vacancy.title}
                      {vacancy.unit ? <span className="block text-xs text-slate-600">{vacancy.unit}</span> : null}
                    </td>
                    <td className="py-2 pr-2">{vacancy.quota}</td>
                    <td className="py-2 pr-2">{vacancy.educationRequired.join(", ") || "–"}</td>
                    <td className="py-2">{vacancy._count.applications}</td>
                    {isDraft ? (
                      <td className="py-2">
                        <ConfirmedActionButton
                          label={`Hapus ${vacancy.code}`}
                          title={`Hapus formasi ${vacancy.code}?`}
                          confirmLabel="Ya, hapus"
                          variant="danger"
                          small
                          action={removeVacancyAction}
                          input={{ selectionId: setup.id, vacancyId: vacancy.id }}
                        >
                          <p>{vacancy.title} dihapus dari draf seleksi ini.</p>
                        </ConfirmedActionButton>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        {isDraft ? (
          <div className="mt-6 border-t border-slate-200 pt-4">
            <h3 className="mb-3 font-semibold">Tambah jabatan/formasi</h3>
            <AddVacancyForm selectionId={setup.id} action={addVacancyAction} />
          </div>
        ) : null}
      </Card>

      {setup.regime === "CPNS" ? <SkdThresholdsCard selectionId={setup.id} thresholds={await getSkdThresholds(setup.id)} isDraft={isDraft} action={updateSkdThresholdsAction} /> : null}

      <Card title={`Panitia Seleksi (${setup.committee.length})`} id="pansel">
        <p className="mb-3 text-sm text-slate-700">
          Anggota Pansel hanya melihat dan mengerjakan seleksi tempat mereka duduk. Akun petugas dibuat di menu <Link href="/pansel/pengguna">Pengguna</Link>.
        </p>
        {setup.committee.length === 0 ? (
          <EmptyState title="Belum ada anggota Pansel." />
        ) : (
          <ScrollRegion label="Anggota Pansel">
            <table className="w-full min-w-[560px] text-sm">
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="py-2 pr-2">Nama</th>
                  <th scope="col" className="py-2 pr-2">E-mail</th>
                  <th scope="col" className="py-2 pr-2">Kedudukan</th>
                  <th scope="col" className="py-2"><span className="sr-only">Tindakan</span></th>
                </tr>
              </thead>
              <tbody>
                {setup.committee.map((seat) => (
                  <tr key={seat.user.id} className="border-b border-slate-100">
                    <td className="py-2 pr-2">{seat.user.name}</td>
                    <td className="py-2 pr-2">{seat.user.email}</td>
                    <td className="py-2 pr-2">{SEAT_POSITION_LABELS[seat.position]}</td>
                    <td className="py-2">
                      <ConfirmedActionButton
                        label="Keluarkan"
                        title={`Keluarkan ${seat.user.name} dari Pansel?`}
                        confirmLabel="Ya, keluarkan"
                        variant="danger"
                        small
                        action={unseatMemberAction}
                        input={{ selectionId: setup.id, userId: seat.user.id }}
                      >
                        <p>{seat.user.name} tidak lagi dapat membuka lamaran, dokumen dan nilai seleksi ini.</p>
                      </ConfirmedActionButton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        <div className="mt-6 border-t border-slate-200 pt-4">
          <h3 className="mb-3 font-semibold">Tambah anggota Pansel</h3>
          <SeatMemberForm selectionId={setup.id} action={seatMemberAction} />
        </div>
      </Card>
    </div>
  );
}
