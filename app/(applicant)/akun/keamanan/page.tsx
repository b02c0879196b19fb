import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangeEmailForm } from "@/components/account/change-email-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { FormSuccess } from "@/components/forms/form-message";
import { getOwnAccountSecurity } from "@/lib/accounts/queries";
import { requirePermissionPage } from "@/lib/auth/guards";
import { changeEmailAction, changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Keamanan akun" };

export default async function AccountSecurityPage({ searchParams }: { searchParams: Promise<{ "kata-sandi"?: string }> }) {
  const user = await requirePermissionPage("manage:own-account");
  const account = await getOwnAccountSecurity(user.id);
  if (!account) notFound();
  const changed = (await searchParams)["kata-sandi"] === "diganti";
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <div>
        <h1 className="text-2xl font-bold">Keamanan akun</h1>
        <p className="mt-2 text-slate-700">
          E-mail akun: <strong>{account.email}</strong> ({account.isVerified ? "terverifikasi" : "belum diverifikasi"})
        </p>
        {account.pendingEmail ? (
          <p className="mt-1 text-sm text-slate-600">Menunggu konfirmasi alamat baru: {account.pendingEmail}</p>
        ) : null}
      </div>
      {changed ? <FormSuccess message="Kata sandi telah diganti. Sesi di perangkat lain telah diakhiri." /> : null}
      <section aria-labelledby="ganti-kata-sandi" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="ganti-kata-sandi" className="mb-1 text-lg font-semibold">
          Ganti kata sandi
        </h2>
        <p className="mb-4 text-sm text-slate-600">Semua sesi lain yang masuk dengan akun ini akan diakhiri.</p>
        <ChangePasswordForm action={changePasswordAction} />
      </section>
      <section aria-labelledby="ganti-email" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="ganti-email" className="mb-1 text-lg font-semibold">
          Ganti alamat e-mail
        </h2>
        <p className="mb-4 text-sm text-slate-600">
          Alamat baru menerima tautan konfirmasi; alamat akun berubah setelah tautan itu dibuka. Alamat lama menerima pemberitahuan.
        </p>
        <ChangeEmailForm action={changeEmailAction} />
      </section>
    </div>
  );
}
