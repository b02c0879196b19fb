import type { Metadata } from "next";
import Link from "next/link";
import { CreateInstitutionForm } from "@/components/admin/create-institution-form";
import { Card } from "@/components/ui/card";
import { requirePermissionPage } from "@/lib/auth/guards";
import { listInstitutionsForAdmin } from "@/lib/institutions/queries";
import { INSTITUTION_LEVEL_LABELS } from "@/lib/validation/institutions";
import { createInstitutionAction } from "./actions";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Instansi" };

export default async function InstitutionsPage() {
  await requirePermissionPage("manage:institutions");
  const institutions = await listInstitutionsForAdmin();
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
