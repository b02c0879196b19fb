"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormError } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { signInSchema } from "@/lib/validation/auth";

type Input = z.input<typeof signInSchema>;

export function SignInForm({ action, callbackUrl }: { action: (input: Input) => Promise<ActionResult<never>>; callbackUrl?: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, setError, setValue, formState } = useForm<Input>({
    resolver: zodResolver(signInSchema),
    defaultValues: { identifier: "", password: "", callbackUrl },
  });

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    startTransition(async () => {
      const result = await action(values);
      if (result && !result.ok) {
        setFormError(result.message);
        applyFieldErrors(setError, result.fieldErrors);
        // The identifier stays as typed; only the password is cleared.
        setValue("password", "");
      }
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby="form-error">
      <div id="form-error">
        <FormError message={formError} />
      </div>
      <TextField label="E-mail atau NIP" autoComplete="username" registration={register("identifier")} error={formState.errors.identifier} />
      <TextField label="Kata sandi" type="password" autoComplete="current-password" registration={register("password")} error={formState.errors.password} />
      <p className="text-right text-sm">
        <Link href="/lupa-kata-sandi">Lupa kata sandi?</Link>
      </p>
      <button type="submit" className={buttonClass("primary", "w-full")} disabled={pending}>
        {pending ? "Memproses…" : "Masuk"}
      </button>
      <p className="text-center text-sm text-slate-600">
        Belum punya akun? <Link href="/daftar">Daftar sebagai pelamar</Link>
      </p>
    </form>
  );
}
