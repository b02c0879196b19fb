import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser } from "@/lib/auth/guards";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Daftar akun pelamar" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/akun");
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="mb-2 text-2xl font-bold">Daftar akun pelamar</h1>
      <p className="mb-6 text-slate-700">
        Akun ini untuk pelamar: Pegawai Negeri Sipil yang mendaftar seleksi jabatan pimpinan tinggi (dengan NIP dan NIK), atau pelamar CPNS
        yang bukan PNS (dengan NIK). Data NIP dan NIK hanya terlihat oleh Anda dan petugas seleksi.
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <SignUpForm action={signUpAction} />
      </div>
    </div>
  );
}
