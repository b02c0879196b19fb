import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { FormSuccess } from "@/components/forms/form-message";
import { Card, EmptyState } from "@/components/ui/card";
import { requireUserPage } from "@/lib/auth/guards";
import { isStaff } from "@/lib/auth/permissions";
import { getOwnAccountSummary } from "@/lib/users/queries";
import { maskNik } from "@/lib/identifiers/nik";
import { applicationStatusLabel } from "@/lib/applications/status";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { listPublicSelections } from "@/lib/selections/queries";
import { selectionPhase } from "@/lib/selections/status";
import { now } from "@/lib/clock";

export const metadata: Metadata = { title: "Akun saya" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ baru?: string }> }) {
  const user = await requireUserPage();
  if (isStaff(user.roles)) redirect("/pansel");
  const [summary, selections] = await Promise.all([getOwnAccountSummary(user.id), listPublicSelections()]);
  const clock = now();
  const open = selections.filter(
    (selection) => selectionPhase(selection.status, { opensAt: new Date(selection.registrationOpensAt), closesAt: new Date(selection.registrationClosesAt) }, clock) === "OPEN",
  );
  const { baru } = await searchParams;
  return (
    <div className="space-y-6">
      {baru ? <FormSuccess message="Akun Anda berhasil dibuat. Lengkapi Daftar Riwayat Hidup sebelum melamar." /> : null}
      <h1 className="text-2xl font-bold">Akun saya</h1>
      <nav aria-label="Menu pelamar" className="flex flex-wrap gap-3">
        <ButtonLink href="/akun/drh" variant="secondary">
          Daftar Riwayat Hidup
        </ButtonLink>
        <ButtonLink href="/akun/notifikasi" variant="secondary">
          Notifikasi
        </ButtonLink>
      </nav>
      <Card title="Data akun" id="data-akun">
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="font-medium text-slate-600">Nama</dt>
            <dd data-testid="nama-akun">{summary?.name}</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600">E-mail</dt>
            <dd>{summary?.email}</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600">NIP</dt>
            <dd>{summary?.nip ?? "–"}</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600">NIK</dt>
            <dd>{summary?.nik ? maskNik(summary.nik) : "–"}</dd>
          </div>
        </dl>
      </Card>
      <Card title="Lamaran saya" id="lamaran">
        {summary && summary.applications.length > 0 ? (
          <ul className="divide-y divide-slate-200">
            {summary.applications.map((application) => (
              <li key={application.id} className="py-2">
                <Link href={`/akun/lamaran/${application.id}`} className="font-medium">
                  {application.selectionTitle}
                </Link>
                <p className="text-sm text-slate-600">
                  Nomor pendaftaran {application.registrationNumber} · {application.vacancyTitle} ·{" "}
                  <Badge>{applicationStatusLabel(application.status, application.regime, { escalated: application.escalated })}</Badge>
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title="Anda belum melamar pada seleksi mana pun.">
            <Link href="/seleksi">Lihat seleksi yang dibuka</Link>
          </EmptyState>
        )}
      </Card>
      {open.length > 0 ? (
        <Card title="Seleksi yang sedang dibuka" id="seleksi-dibuka">
          <ul className="space-y-3">
            {open.map((selection) => (
              <li key={selection.slug} className="flex flex-wrap items-center justify-between gap-3">
                <Link href={`/seleksi/${selection.slug}`}>{selection.title}</Link>
                <ButtonLink href={`/akun/lamar/${selection.slug}`}>Lamar</ButtonLink>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
