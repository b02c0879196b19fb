"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { signUpSchema, type SignUpData, type SignUpInput } from "@/lib/validation/auth";

export function SignUpForm({ action }: { action: (input: SignUpInput) => Promise<ActionResult<{ message: string }>> }) {
  const [answer, setAnswer] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<SignUpInput, unknown, SignUpData>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { fullName: "", nip: "", nik: "", email: "", phone: "", password: "", passwordConfirm: "" },
  });
  const errors = formState.errors;
  const { formError, pending, submit } = useActionSubmit(setError);

  // The server parses the values again with the same schema; it trusts nothing from here.
  const onSubmit = handleSubmit((values) => submit(() => action(values), (data) => setAnswer(data.message)));

  // One answer whether or not the data was already registered (the server says nothing more).
  if (answer) {
    return (
      <div className="space-y-4">
        <FormSuccess message={answer} />
        <Link href="/masuk" className={buttonClass("primary", "w-full")}>
          Masuk
        </Link>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <TextField label="Nama lengkap (dengan gelar)" autoComplete="name" registration={register("fullName")} error={errors.fullName} />
      <TextField label="NIP" inputMode="numeric" hint="18 digit, sesuai SK. Spasi boleh." registration={register("nip")} error={errors.nip} />
      <TextField label="NIK" inputMode="numeric" hint="16 digit, sesuai KTP." registration={register("nik")} error={errors.nik} />
      <TextField label="E-mail" type="email" autoComplete="email" registration={register("email")} error={errors.email} />
      <TextField label="Nomor HP" type="tel" autoComplete="tel" registration={register("phone")} error={errors.phone} />
      <NewPasswordFields replacing={false} password={register("password")} passwordConfirm={register("passwordConfirm")} errors={errors} />
      <button type="submit" className={buttonClass("primary", "w-full")} disabled={pending}>
        {pending ? "Memproses…" : "Buat akun"}
      </button>
      <p className="text-center text-sm text-slate-600">
        Sudah punya akun? <Link href="/masuk">Masuk</Link>
      </p>
    </form>
  );
}
