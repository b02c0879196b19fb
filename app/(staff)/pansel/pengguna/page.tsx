import type { Metadata } from "next";
import Link from "next/link";
import { CreateStaffForm } from "@/components/admin/create-staff-form";
import { UserActiveToggle } from "@/components/admin/user-active-toggle";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requirePermissionPage } from "@/lib/auth/guards";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { maskNip } from "@/lib/identifiers/nip";
import { listUsers } from "@/lib/users/queries";
import { userSearchSchema } from "@/lib/validation/users";
import { createStaffUserAction, setUserActiveAction } from "./actions";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Pengguna" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePermissionPage("manage:users");
  const query = userSearchSchema.parse(await searchParams);
  const { users, total, pageCount } = await listUsers({ q: query.q, page: query.halaman });
  const pageLink = (page: number) => `/pansel/pengguna?${new URLSearchParams({ q: query.q, halaman: String(page) })}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Pengguna</h1>
      <Card title="Buat akun petugas" id="buat-petugas">
        <p className="mb-4 text-sm text-slate-700">Akun Sekretariat, Pansel, PPK dan admin hanya dibuat di sini. Pelamar mendaftar sendiri.</p>
        <CreateStaffForm action={createStaffUserAction} />
      </Card>
      <Card title={`Daftar pengguna (${total})`} id="daftar-pengguna">
        <form className="mb-4 flex gap-2" role="search">
          <label htmlFor="cari-pengguna" className="sr-only">
            Cari nama, e-mail atau NIP
          </label>
          <input id="cari-pengguna" name="q" defaultValue={query.q} placeholder="Cari nama, e-mail atau NIP" className="w-full max-w-sm rounded-md border border-slate-300 px-3 py-2" />
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
            Cari
          </button>
        </form>
        <ScrollRegion label="Daftar pengguna">
          <table className="w-full min-w-[640px] text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-2 pr-2">Nama</th>
                <th scope="col" className="py-2 pr-2">E-mail</th>
                <th scope="col" className="py-2 pr-2">NIP</th>
                <th scope="col" className="py-2 pr-2">Peran</th>
                <th scope="col" className="py-2">Status</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-b border-slate-100 align-top">
                  <td className="py-2 pr-2">{user.name}</td>
                  <td className="py-2 pr-2">{user.email}</td>
                  <td className="py-2 pr-2">{user.nip ? maskNip(user.nip) : "–"}</td>
                  <td className="space-x-1 py-2 pr-2">
                    {user.roles.map((role) => (
                      <Badge key={role}>{ROLE_LABELS[role]}</Badge>
                    ))}
                  </td>
                  <td className="py-2">
                    <p className="mb-1">{user.isActive ? "Aktif" : "Nonaktif"}</p>
                    <UserActiveToggle userId={user.id} isActive={user.isActive} name={user.name} action={setUserActiveAction} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <nav aria-label="Halaman pengguna" className="mt-4 flex justify-between text-sm">
          <span>
            Halaman {query.halaman} dari {pageCount}
          </span>
          <span className="space-x-4">
            {query.halaman > 1 ? <Link href={pageLink(query.halaman - 1)}>← Sebelumnya</Link> : null}
            {query.halaman < pageCount ? <Link href={pageLink(query.halaman + 1)}>Berikutnya →</Link> : null}
          </span>
        </nav>
      </Card>
    </div>
  );
}
