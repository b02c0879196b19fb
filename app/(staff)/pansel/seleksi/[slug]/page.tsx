import type { Metadata } from "next";
import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { FunnelChart } from "@/components/results/funnel-chart";
import { Card } from "@/components/ui/card";
import { orPageError, requirePermissionPage } from "@/lib/auth/guards";
import { getSelectionAccess, refuseScopedMiss } from "@/lib/auth/selection-access";
import { formatWib, formatWibRange } from "@/lib/dates/wib";
import { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { STAGE_STATUS_LABELS } from "@/lib/scoring/stage-status";
import { getSelectionDashboard } from "@/lib/selections/dashboard";
import { SelectionStatusBadge } from "@/components/selection/selection-status-badge";
import { now } from "@/lib/clock";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Dasbor seleksi" };

export default async function SelectionDashboardPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePermissionPage("view:applications");
  const { slug } = await params;
  const [dashboard, access] = await Promise.all([getSelectionDashboard(slug, user, now()), orPageError(getSelectionAccess(user, slug))]);
  if (!dashboard) return orPageError(refuseScopedMiss(user, { slug }));
  const { selection } = dashboard;
  const base = `/pansel/seleksi/${selection.slug}`;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-600">
          <Link href="/pansel">Area Pansel</Link> / Dasbor seleksi
        </p>
        <h1 className="text-2xl font-bold">{selection.title}</h1>
        <p>
          Status seleksi: <SelectionStatusBadge status={selection.status} registration={selection.registration} now={now()} />
        </p>
        <nav aria-label="Menu seleksi" className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-semibold">
          <Link href={`${base}/lamaran`}>Antrean verifikasi</Link>
          <Link href={`${base}/hasil-administrasi`}>Hasil seleksi administrasi</Link>
          {access.can("manage:selection") ? <Link href={`${base}/jadwal`}>Jadwal</Link> : null}
          {access.can("administer:selection") ? <Link href={`${base}/pengaturan`}>Pengaturan</Link> : null}
          {access.can("view:scoring") ? <Link href={`${base}/penilaian`}>Penilaian</Link> : null}
          <Link href={`${base}/keputusan`}>Peringkat &amp; keputusan</Link>
          {selection.status === "DRAFT" ? null : <Link href={`/seleksi/${selection.slug}`}>Halaman publik</Link>}
        </nav>
      </header>

      {dashboard.registrationShortfall ? (
        <section role="alert" aria-labelledby="pelamar-kurang" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950" data-testid="pelamar-kurang">
          <h2 id="pelamar-kurang" className="font-semibold">
            Pendaftaran ditutup dengan pelamar kurang dari {dashboard.registrationShortfall.minimum} orang per jabatan
          </h2>
          <ul className="list-disc pl-5">
            {dashboard.registrationShortfall.vacancies.map((vacancy) => (
              <li key={vacancy.title}>
                {vacancy.title}: {vacancy.submitted} lamaran terkirim
              </li>
            ))}
          </ul>
          <p>
            Sesuai pengumuman (V.5), Panitia Seleksi dapat memperpanjang waktu pengumuman, paling lama sampai{" "}
            {formatWib(dashboard.registrationShortfall.latestClosing, { weekday: true })} (2 × 7 hari).{" "}
            {access.can("manage:selection") ? <Link href={`${base}/jadwal#pendaftaran`}>Perpanjang pendaftaran →</Link> : null}
          </p>
        </section>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-3">
        <Card title="Pendaftar">
          <p className="text-3xl font-bold" data-testid="jumlah-pendaftar">{dashboard.registered}</p>
        </Card>
        <Card title="Lamaran terkirim">
          <p className="text-3xl font-bold" data-testid="jumlah-terkirim">{dashboard.submitted}</p>
        </Card>
        <Card title="Hasil administrasi">
          {dashboard.result?.publishedAt ? (
            <p className="text-sm">
              Diumumkan {formatWib(dashboard.result.publishedAt)} ·{" "}
              <Link href={`/pengumuman/${dashboard.result.slug}`}>Nomor {dashboard.result.number}</Link>
            </p>
          ) : (
            <p className="text-sm">
              Belum diumumkan. <Link href={`${base}/hasil-administrasi`}>Lihat usulan hasil →</Link>
            </p>
          )}
        </Card>
      </div>

      <Card title="Corong seleksi" id="corong">
        <FunnelChart steps={dashboard.funnel} />
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Lamaran terkirim per hari" id="per-hari">
          {dashboard.charts.sentPerDay.length > 0 ? (
            <BarChart
              bars={dashboard.charts.sentPerDay}
              caption="Jumlah lamaran terkirim per hari (WIB) selama masa pendaftaran."
              categoryLabel="Tanggal"
              valueLabel="Lamaran terkirim"
              highlightNote="batas akhir pendaftaran"
              testId="grafik-per-hari"
            />
          ) : (
            <p className="text-sm text-slate-600">Belum ada data pendaftaran.</p>
          )}
        </Card>
        <Card title="Berkas diverifikasi per anggota" id="per-anggota">
          {dashboard.charts.verifiedPerMember.length > 0 ? (
            <BarChart
              bars={dashboard.charts.verifiedPerMember}
              caption="Jumlah keputusan verifikasi berkas yang dicatat setiap anggota sekretariat."
              categoryLabel="Anggota"
              valueLabel="Berkas diverifikasi"
              testId="grafik-per-anggota"
            />
          ) : (
            <p className="text-sm text-slate-600">Belum ada berkas yang diverifikasi.</p>
          )}
        </Card>
      </div>

      {dashboard.charts.scoresPerStage.length > 0 ? (
        <Card title="Sebaran nilai per tahap" id="sebaran-nilai">
          <div className="grid gap-6 lg:grid-cols-2">
            {dashboard.charts.scoresPerStage.map((stage) => (
              <section key={stage.id} aria-label={`Sebaran nilai ${stage.name}`}>
                <h3 className="mb-2 font-semibold">{stage.name}</h3>
                <BarChart
                  bars={stage.bands}
                  caption={`Jumlah peserta per rentang nilai rata-rata ${stage.name}.`}
                  categoryLabel="Rentang nilai"
                  valueLabel="Peserta"
                  testId={`grafik-nilai-${stage.id}`}
                />
              </section>
            ))}
          </div>
        </Card>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Lamaran per status" id="status">
          <table className="w-full text-sm" data-testid="tabel-status">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-1 pr-2">Status</th>
                <th scope="col" className="py-1 text-right">Jumlah</th>
              </tr>
            </thead>
            <tbody>
              {Object.values(ApplicationStatus).map((status) => (
                <tr key={status} className="border-b border-slate-100" data-status={status}>
                  <th scope="row" className="py-1 pr-2 text-left font-normal">
                    {dashboard.selection.statusLabels[status]}
                  </th>
                  <td className="py-1 text-right">{dashboard.statusCounts[status] ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card title="Tahapan" id="tahapan">
          <ScrollRegion label="Tahapan seleksi">
            <table className="w-full text-sm">
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="py-1 pr-2">Tahap</th>
                  <th scope="col" className="py-1 pr-2">Waktu</th>
                  <th scope="col" className="py-1 pr-2">Status</th>
                  <th scope="col" className="py-1 text-right">Dinilai</th>
                </tr>
              </thead>
              <tbody>
                {dashboard.stages.map((stage) => (
                  <tr key={stage.id} className="border-b border-slate-100 align-top">
                    <th scope="row" className="py-1 pr-2 text-left font-normal">
                      {stage.isScored && access.can("view:scoring") ? <Link href={`${base}/penilaian/${stage.id}`}>{stage.name}</Link> : stage.name}
                    </th>
                    <td className="py-1 pr-2">{formatWibRange(stage.startsAt, stage.endsAt, !stage.isAllDay)}</td>
                    <td className="py-1 pr-2">{STAGE_STATUS_LABELS[stage.status]}</td>
                    <td className="py-1 text-right">{stage.isScored ? stage.assessed : "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </Card>
      </div>

      <Card title="Ekspor daftar peserta" id="ekspor">
        <p className="mb-3 text-sm text-slate-700">
          Semua lamaran terkirim dengan NIP lengkap dan kontak: data pribadi, hanya untuk keperluan Pansel. CSV memakai pemisah titik koma
          dan UTF-8 (langsung terbaca Excel berbahasa Indonesia); XLSX menjaga NIP sebagai teks.
        </p>
        <div className="flex flex-wrap gap-4 text-sm font-semibold">
          <a href={`/api/pansel/seleksi/${selection.slug}/ekspor/xlsx`}>Unduh XLSX</a>
          <a href={`/api/pansel/seleksi/${selection.slug}/ekspor/csv`}>Unduh CSV</a>
        </div>
      </Card>
    </div>
  );
}
