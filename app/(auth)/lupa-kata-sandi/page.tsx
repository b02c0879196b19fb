import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { RESET_TOKEN_MINUTES } from "@/lib/accounts/constants";
import { forgotPasswordAction } from "../actions";

export const metadata: Metadata = { title: "Lupa kata sandi" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Lupa kata sandi</h1>
      <p className="mb-6 text-slate-700">
        Isi alamat e-mail akun Anda. Kami mengirim tautan untuk membuat kata sandi baru; tautan berlaku {RESET_TOKEN_MINUTES} menit dan hanya dapat
        dipakai sekali. Akun Pansel yang masuk dengan NIP juga memakai e-mail akunnya.
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <ForgotPasswordForm action={forgotPasswordAction} />
      </div>
    </div>
  );
}
