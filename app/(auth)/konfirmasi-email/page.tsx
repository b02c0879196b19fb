import type { Metadata } from "next";
import { ConfirmEmailForm } from "@/components/auth/confirm-email-form";
import { confirmEmailAction } from "../actions";

export const metadata: Metadata = { title: "Konfirmasi e-mail", referrer: "no-referrer" };

export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Konfirmasi alamat e-mail</h1>
      {typeof token === "string" && token ? (
        <>
          <p className="mb-6 text-slate-700">Tekan tombol di bawah untuk mengonfirmasi alamat e-mail akun Anda.</p>
          <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
            <ConfirmEmailForm token={token} action={confirmEmailAction} />
          </div>
        </>
      ) : (
        <p className="text-slate-700">Tautan tidak lengkap. Buka kembali tautan dari e-mail Anda.</p>
      )}
    </div>
  );
}
