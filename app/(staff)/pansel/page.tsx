import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import { requirePermissionPage } from "@/lib/auth/guards";
import { hasPermission, ROLE_LABELS } from "@/lib/auth/permissions";
import { listStaffSelections } from "@/lib/selections/staff-queries";
import { SelectionStatusBadge } from "@/components/selection/selection-status-badge";
import { now } from "@/lib/clock";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Area Pansel" };

export default async function StaffHomePage() {
  const user = await requirePermissionPage("view:staff-area");
  const selections = await listStaffSelections(user);
  const clock = now();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">Area Pansel</h1>
        <p className="mt-1 text-slate-700">
          Masuk sebagai {user.name} ·{" "}
          {user.roles.map((role) => (
            <Badge key={role} tone="info">
              {ROLE_LABELS[role]}
            </Badge>
          ))}
        </p>
      </header>
      {hasPermission(user.roles, "manage:users") ? (
        <nav aria-label="Menu admin" className="flex gap-4 text-sm">
          <Link href="/pansel/pengguna">Kelola pengguna</Link>
          {hasPermission(user.roles, "manage:institutions") ? <Link href="/pansel/instansi">Daftar instansi</Link> : null}
          {hasPermission(user.roles, "administer:selection") ? <Link href="/pansel/seleksi/baru">Buat seleksi baru</Link> : null}
          {hasPermission(user.roles, "manage:jobs") ? <Link href="/pansel/antrean-tugas">Antrean tugas</Link> : null}
        </nav>
      ) : null}
      <Card title="Seleksi" id="seleksi-staf">
        {selections.length === 0 ? (
          <EmptyState title="Belum ada seleksi." />
        ) : (
          <ScrollRegion label="Daftar seleksi">
            <table className="w-full text-sm">
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="py-2 pr-2">Seleksi</th>
                  <th scope="col" className="py-2 pr-2">Status</th>
                  <th scope="col" className="py-2 pr-2">Lamaran</th>
                  <th scope="col" className="py-2">Sudah dikirim</th>
                </tr>
              </thead>
              <tbody>
                {selections.map((selection) => (
                  <tr key={selection.slug} className="border-b border-slate-100">
                    <td className="py-2 pr-2">
                      {/* A draft has no public page yet. */}
                      {selection.status === "DRAFT" ? <span className="font-semibold">{selection.title}</span> : <Link href={`/seleksi/${selection.slug}`}>{selection.title}</Link>}
                      <p className="space-x-3 text-xs">
                        {selection.access.can("view:applications") ? (
                          <>
                            <Link href={`/pansel/seleksi/${selection.slug}/lamaran`}>Antrean verifikasi lamaran</Link>
                            <Link href={`/pansel/seleksi/${selection.slug}`}>Dasbor seleksi</Link>
                            <Link href={`/pansel/seleksi/${selection.slug}/hasil-administrasi`}>Hasil seleksi administrasi</Link>
                          </>
                        ) : null}
                        {selection.access.can("view:scoring") ? <Link href={`/pansel/seleksi/${selection.slug}/penilaian`}>Penilaian</Link> : null}
                        {selection.access.can("view:decisions") ? <Link href={`/pansel/seleksi/${selection.slug}/keputusan`}>Peringkat &amp; keputusan</Link> : null}
                        {selection.access.can("administer:selection") ? <Link href={`/pansel/seleksi/${selection.slug}/pengaturan`}>Pengaturan</Link> : null}
                      </p>
                    </td>
                    <td className="py-2 pr-2">
                      <SelectionStatusBadge status={selection.status} registration={selection.registration} now={clock} />
                    </td>
                    <td className="py-2 pr-2">{selection.applicationCount}</td>
                    <td className="py-2">{selection.submittedCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Card>
    </div>
  );
}
