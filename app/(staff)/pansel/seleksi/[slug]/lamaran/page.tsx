import type { Metadata } from "next";
import Link from "next/link";
import { VERDICT_TEXT } from "@/components/eligibility/eligibility-checklist";
import { AdminDecisionBadge } from "@/components/results/admin-decision-badge";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import { applicationStatusLabels } from "@/lib/applications/status";
import { orPageError, requirePermissionPage } from "@/lib/auth/guards";
import { refuseScopedMiss } from "@/lib/auth/selection-access";
import type { EligibilityVerdict } from "@/lib/eligibility";
import { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { QUEUE_PAGE_SIZE, queueSearchSchema, type QueueSearchParams } from "@/lib/validation/verification";
import { listQueue, type QueueDecisionFilter } from "@/lib/verification/queries";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Antrean verifikasi lamaran" };

const DECISION_FILTERS: Record<NonNullable<QueueSearchParams["keputusan"]>, { value: QueueDecisionFilter; label: string }> = {
  belum: { value: "UNDECIDED", label: "Belum diputuskan" },
  ms: { value: "MS", label: "MS" },
  tms: { value: "TMS", label: "TMS (final)" },
  "menunggu-konfirmasi": { value: "AWAITING_CONFIRMATION", label: "TMS menunggu konfirmasi" },
};

const VERDICT_TONES: Record<EligibilityVerdict, BadgeTone> = { ELIGIBLE: "success", NOT_ELIGIBLE: "danger", PENDING_VERIFICATION: "warning" };

const SELECT_CLASS = "rounded-md border border-slate-300 bg-white px-2 py-2 text-sm";

export default async function QueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermissionPage("view:applications");
  const { slug } = await params;
  const raw = await searchParams;
  const filters = queueSearchSchema.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  const queue = await listQueue({
    slug,
    q: filters.q,
    status: filters.status,
    verdict: filters.berkas === "memenuhi" ? "MEETS" : filters.berkas === "tidak-memenuhi" ? "FAILS" : undefined,
    unverifiedOnly: filters.belum === "1",
    decision: filters.keputusan ? DECISION_FILTERS[filters.keputusan].value : undefined,
    vacancyId: filters.jabatan,
    page: filters.halaman ?? 1,
    pageSize: QUEUE_PAGE_SIZE,
  }, user);
  if (!queue) return orPageError(refuseScopedMiss(user, { slug }));

  const pageLink = (page: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filters, halaman: page })) if (value !== undefined && value !== "") query.set(key, String(value));
    return `/pansel/seleksi/${slug}/lamaran?${query.toString()}`;
  };
  const isFiltered = Boolean(filters.q || filters.status || filters.berkas || filters.belum || filters.keputusan || filters.jabatan);

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href="/pansel">← Area Pansel</Link>
        </p>
        <h1 className="text-2xl font-bold">Antrean verifikasi lamaran</h1>
        <p className="text-slate-700">{queue.selection.title}</p>
      </header>

      <Card>
        <form role="search" aria-label="Saring lamaran" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" method="get">
          <div className="sm:col-span-2">
            <label htmlFor="cari" className="block text-sm font-medium">
              Cari nama, NIP, atau nomor pendaftaran
            </label>
            <input id="cari" name="q" defaultValue={filters.q ?? ""} className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm" />
          </div>
          <div>
            <label htmlFor="saring-status" className="block text-sm font-medium">
              Status lamaran
            </label>
            <select id="saring-status" name="status" defaultValue={filters.status ?? ""} className={`mt-1 w-full ${SELECT_CLASS}`}>
              <option value="">Semua (kecuali draf)</option>
              {Object.values(ApplicationStatus)
                .filter((status) => status !== "DRAFT")
                .map((status) => (
                  <option key={status} value={status}>
                    {applicationStatusLabels(queue.selection.regime)[status]}
                  </option>
                ))}
            </select>
          </div>
          <div>
            <label htmlFor="saring-keputusan" className="block text-sm font-medium">
              Keputusan administrasi
            </label>
            <select id="saring-keputusan" name="keputusan" defaultValue={filters.keputusan ?? ""} className={`mt-1 w-full ${SELECT_CLASS}`}>
              <option value="">Semua</option>
              {Object.entries(DECISION_FILTERS).map(([value, filter]) => (
                <option key={value} value={value}>
                  {filter.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="saring-berkas" className="block text-sm font-medium">
              Putusan berkas
            </label>
            <select id="saring-berkas" name="berkas" defaultValue={filters.berkas ?? ""} className={`mt-1 w-full ${SELECT_CLASS}`}>
              <option value="">Semua</option>
              <option value="tidak-memenuhi">Ada berkas tidak memenuhi</option>
              <option value="memenuhi">Semua berkas memenuhi</option>
            </select>
          </div>
          {queue.selection.vacancies.length > 1 ? (
            <div>
              <label htmlFor="saring-jabatan" className="block text-sm font-medium">
                Jabatan
              </label>
              <select id="saring-jabatan" name="jabatan" defaultValue={filters.jabatan ?? ""} className={`mt-1 w-full ${SELECT_CLASS}`}>
                <option value="">Semua jabatan</option>
                {queue.selection.vacancies.map((vacancy) => (
                  <option key={vacancy.id} value={vacancy.id}>
                    {vacancy.title}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <label className="flex items-end gap-2 pb-2 text-sm">
            <input type="checkbox" name="belum" value="1" defaultChecked={filters.belum === "1"} className="h-4 w-4" />
            Hanya yang masih ada berkas belum diverifikasi
          </label>
          <div className="flex items-end gap-3">
            <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
              Terapkan
            </button>
            {isFiltered ? <Link href={`/pansel/seleksi/${slug}/lamaran`}>Hapus saringan</Link> : null}
          </div>
        </form>
      </Card>

      <Card title={`Lamaran (${queue.total})`} id="antrean">
        {queue.rows.length === 0 ? (
          <EmptyState title={isFiltered ? "Tidak ada lamaran yang cocok dengan saringan." : "Belum ada lamaran yang dikirim."}>
            {isFiltered ? <Link href={`/pansel/seleksi/${slug}/lamaran`}>Tampilkan semua lamaran</Link> : null}
          </EmptyState>
        ) : (
          <ScrollRegion label="Antrean verifikasi lamaran">
            <table className="w-full min-w-[960px] text-sm">
              <caption className="sr-only">Antrean verifikasi lamaran</caption>
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="py-2 pr-2">No. pendaftaran</th>
                  <th scope="col" className="py-2 pr-2">Nama</th>
                  <th scope="col" className="py-2 pr-2">NIP</th>
                  <th scope="col" className="py-2 pr-2">Jabatan</th>
                  <th scope="col" className="py-2 pr-2">Status</th>
                  <th scope="col" className="py-2 pr-2">Kelayakan</th>
                  <th scope="col" className="py-2 pr-2">Berkas diverifikasi</th>
                  <th scope="col" className="py-2">Keputusan</th>
                </tr>
              </thead>
              <tbody>
                {queue.rows.map((row) => (
                  <tr key={row.id} className="border-b border-slate-100 align-top" data-testid={`lamaran-${row.registrationNumber}`}>
                    <td className="py-2 pr-2 font-mono text-xs whitespace-nowrap">
                      <Link href={`/pansel/lamaran/${row.id}`}>{row.registrationNumber}</Link>
                    </td>
                    <td className="py-2 pr-2">
                      <Link href={`/pansel/lamaran/${row.id}`}>{row.name}</Link>
                    </td>
                    <td className="py-2 pr-2 font-mono text-xs">{row.nip ?? "–"}</td>
                    <td className="py-2 pr-2">{row.vacancyTitle}</td>
                    <td className="py-2 pr-2" data-testid="status-lamaran">
                      {row.statusLabel}
                    </td>
                    <td className="py-2 pr-2">
                      <Badge tone={VERDICT_TONES[row.eligibilityVerdict]}>{VERDICT_TEXT[row.eligibilityVerdict]}</Badge>
                    </td>
                    <td className="py-2 pr-2" data-testid="jumlah-berkas">
                      {row.documentsVerified}/{row.documentsTotal}
                      {row.documentsFailed > 0 ? <span className="ml-1 text-red-800">({row.documentsFailed} tidak memenuhi)</span> : null}
                    </td>
                    <td className="py-2">
                      <AdminDecisionBadge state={row.decisionState} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        <nav aria-label="Halaman antrean" className="mt-4 flex justify-between text-sm">
          <span>
            Halaman {queue.page} dari {queue.pageCount}
          </span>
          <span className="space-x-4">
            {queue.page > 1 ? <Link href={pageLink(queue.page - 1)}>← Sebelumnya</Link> : null}
            {queue.page < queue.pageCount ? <Link href={pageLink(queue.page + 1)}>Berikutnya →</Link> : null}
          </span>
        </nav>
      </Card>
    </div>
  );
}
