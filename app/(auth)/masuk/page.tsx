import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/guards";
import { isStaff } from "@/lib/auth/permissions";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Masuk" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const user = await getCurrentUser();
  if (user) redirect(isStaff(user.roles) ? "/pansel" : "/akun");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Masuk</h1>
      <p className="mb-6 text-slate-700">Masuk dengan e-mail atau NIP dan kata sandi Anda.</p>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <SignInForm action={signInAction} callbackUrl={callbackUrl} />
      </div>
    </div>
  );
}
