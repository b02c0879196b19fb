import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { resetPasswordAction } from "../actions";

export const metadata: Metadata = { title: "Atur ulang kata sandi", referrer: "no-referrer" };

// The token is checked when the form is sent (once, atomically), not when the page is shown.
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Atur ulang kata sandi</h1>
      {typeof token === "string" && token ? (
        <>
          <p className="mb-6 text-slate-700">Buat kata sandi baru. Setelah disimpan, semua sesi yang masuk dengan akun ini diakhiri.</p>
          <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
            <ResetPasswordForm token={token} action={resetPasswordAction} />
          </div>
        </>
      ) : (
        <p className="text-slate-700">
          Tautan tidak lengkap. Buka kembali tautan dari e-mail Anda, atau <Link href="/lupa-kata-sandi">minta tautan baru</Link>.
        </p>
      )}
    </div>
  );
}
