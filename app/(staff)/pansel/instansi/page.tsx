import type { Metadata } from "next";
import Link from "next/link";
import { AssignAgencyPpkForm } from "@/components/admin/assign-agency-ppk-form";
import { CreateInstitutionForm } from "@/components/admin/create-institution-form";
import { Card, EmptyState } from "@/components/ui/card";
import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { requirePermissionPage } from "@/lib/auth/guards";
import { listAgencyPpks, listInstitutionsForAdmin } from "@/lib/institutions/queries";
import { INSTITUTION_LEVEL_LABELS } from "@/lib/validation/institutions";
import { assignAgencyPpkAction, createInstitutionAction, unassignAgencyPpkAction } from "./actions";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Instansi" };

export default async function InstitutionsPage() {
  await requirePermissionPage("manage:institutions");
  const [institutions, ppks] = await Promise.all([listInstitutionsForAdmin(), listAgencyPpks()]);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-600">
          <Link href="/pansel">Area Pansel</Link> / Instansi
        </p>
        <h1 className="text-2xl font-bold">Daftar instansi</h1>
        <p className="text-sm text-slate-700">
          Isian instansi pada Daftar Riwayat Hidup hanya menerima instansi dari daftar ini. Kode wilayah BPS menentukan apakah pelamar berasal dari
          wilayah yang diundang suatu seleksi.
        </p>
      </header>
      <Card title="Tambah instansi" id="tambah-instansi">
        <CreateInstitutionForm action={createInstitutionAction} />
      </Card>
      <Card title={`PPK instansi (${ppks.length})`} id="ppk-instansi">
        <p className="mb-3 text-sm text-slate-700">
          Pejabat Pembina Kepegawaian menyetujui usulan dan memilih calon hanya pada seleksi yang diselenggarakan instansinya. Akun PPK dibuat di menu{" "}
          <Link href="/pansel/pengguna">Pengguna</Link>.
        </p>
        {ppks.length === 0 ? (
          <EmptyState title="Belum ada PPK yang ditetapkan." />
        ) : (
          <ScrollRegion label="PPK instansi">
            <table className="w-full min-w-[560px] text-sm" data-testid="tabel-ppk">
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="py-2 pr-2">Instansi</th>
                  <th scope="col" className="py-2 pr-2">PPK</th>
                  <th scope="col" className="py-2 pr-2">E-mail</th>
                  <th scope="col" className="py-2"><span className="sr-only">Tindakan</span></th>
                </tr>
              </thead>
              <tbody>
                {ppks.map((ppk) => (
                  <tr key={`${ppk.institutionId}-${ppk.userId}`} className="border-b border-slate-100">
                    <td className="py-2 pr-2">{ppk.institutionName}</td>
                    <td className="py-2 pr-2">
                      {ppk.name}
                      {ppk.isActive ? null : <span className="text-slate-600"> (nonaktif)</span>}
                    </td>
                    <td className="py-2 pr-2">{ppk.email}</td>
                    <td className="py-2">
                      <ConfirmedActionButton
                        label="Cabut"
                        title={`Cabut ${ppk.name} sebagai PPK ${ppk.institutionName}?`}
                        confirmLabel="Ya, cabut"
                        variant="danger"
                        small
                        action={unassignAgencyPpkAction}
                        input={{ institutionId: ppk.institutionId, userId: ppk.userId }}
                      >
                        <p>{ppk.name} tidak lagi dapat menyetujui usulan atau memilih calon pada seleksi {ppk.institutionName}. Langkah yang sudah dicatatnya tetap tercatat.</p>
                      </ConfirmedActionButton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        <div className="mt-6 border-t border-slate-200 pt-4">
          <h3 className="mb-3 font-semibold">Tetapkan PPK instansi</h3>
          <AssignAgencyPpkForm institutions={institutions.map((institution) => ({ id: institution.id, name: institution.name }))} action={assignAgencyPpkAction} />
        </div>
      </Card>
      <Card title={`Instansi terdaftar (${institutions.length})`} id="daftar-instansi">
        <ScrollRegion label="Daftar instansi">
          <table className="w-full min-w-[560px] text-sm" data-testid="tabel-instansi">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-2 pr-2">Kode BPS</th>
                <th scope="col" className="py-2 pr-2">Nama instansi</th>
                <th scope="col" className="py-2 pr-2">Jenis</th>
                <th scope="col" className="py-2 text-right">DRH yang memilih</th>
              </tr>
            </thead>
            <tbody>
              {institutions.map((institution) => (
                <tr key={institution.id} className="border-b border-slate-100">
                  <td className="py-2 pr-2 font-mono">{institution.regionCode}</td>
                  <td className="py-2 pr-2">{institution.name}</td>
                  <td className="py-2 pr-2">{INSTITUTION_LEVEL_LABELS[institution.level]}</td>
                  <td className="py-2 text-right">{institution.profiles}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </Card>
    </div>
  );
}
