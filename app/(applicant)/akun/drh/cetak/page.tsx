import type { Metadata } from "next";
import Link from "next/link";
import { DrhDocument } from "@/components/profile/drh-document";
import { PrintButton } from "@/components/profile/print-button";
import { EmptyState } from "@/components/ui/card";
import { requirePermissionPage } from "@/lib/auth/guards";
import { drhLayoutFromProfile } from "@/lib/profile/drh-layout";
import { getOwnProfile } from "@/lib/profile/queries";

export const metadata: Metadata = { title: "Cetak Daftar Riwayat Hidup" };

export default async function PrintDrhPage() {
  const user = await requirePermissionPage("apply:selection");
  const profile = await getOwnProfile(user.id);
  if (!profile) {
    return (
      <EmptyState title="Daftar Riwayat Hidup belum diisi.">
        <Link href="/akun/drh">Isi Daftar Riwayat Hidup</Link>
      </EmptyState>
    );
  }

  return (
    <div className="space-y-4">
      <div className="no-print flex flex-wrap items-center justify-between gap-3">
        <Link href="/akun/drh">← Kembali ke Daftar Riwayat Hidup</Link>
        <PrintButton label="Cetak DRH" />
      </div>
      <style>{"@page { size: A4; margin: 1.5cm; }"}</style>
      <DrhDocument layout={drhLayoutFromProfile(profile)} />
    </div>
  );
}
