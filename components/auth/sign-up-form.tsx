"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm, useWatch, type FieldError } from "react-hook-form";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { SIGN_UP_EMPLOYMENT_LABELS, SIGN_UP_EMPLOYMENTS, signUpSchema, type SignUpData, type SignUpInput } from "@/lib/validation/auth";

export function SignUpForm({ action }: { action: (input: SignUpInput) => Promise<ActionResult<{ message: string }>> }) {
  const [answer, setAnswer] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState, control } = useForm<SignUpInput, unknown, SignUpData>({
    resolver: zodResolver(signUpSchema),
    // No status chosen yet: the applicant says which, nobody is a PNS by default. A NIP typed before
    // switching to "Bukan PNS" stays in the form (and is dropped by the schema).
    defaultValues: { employment: undefined, fullName: "", nip: "", nik: "", email: "", phone: "", password: "", passwordConfirm: "" } as unknown as SignUpInput,
  });
  const errors = formState.errors as Partial<Record<keyof SignUpData | "nip" | "employment", FieldError>>;
  const employment = useWatch({ control, name: "employment" });
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
      <fieldset aria-describedby={errors.employment ? "employment-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Status kepegawaian</legend>
        <div className="mt-2 space-y-2">
          {SIGN_UP_EMPLOYMENTS.map((value) => (
            <label key={value} className="flex items-start gap-2">
              <input type="radio" value={value} {...register("employment")} className="mt-1" />
              <span>{SIGN_UP_EMPLOYMENT_LABELS[value]}</span>
            </label>
          ))}
        </div>
        {errors.employment?.message ? (
          <p id="employment-error" className="mt-1 text-sm text-red-700">
            {errors.employment.message}
          </p>
        ) : null}
      </fieldset>
      <TextField label="Nama lengkap (dengan gelar)" autoComplete="name" registration={register("fullName")} error={errors.fullName} />
      {employment === "PNS" ? (
        <TextField label="NIP" inputMode="numeric" hint="18 digit, sesuai SK. Spasi boleh." registration={register("nip")} error={errors.nip} />
      ) : null}
      <TextField
        label="NIK"
        inputMode="numeric"
        hint={employment === "NON_PNS" ? "16 digit, sesuai KTP. Tanggal lahir dan jenis kelamin di DRH diisi dari NIK." : "16 digit, sesuai KTP."}
        registration={register("nik")}
        error={errors.nik}
      />
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
