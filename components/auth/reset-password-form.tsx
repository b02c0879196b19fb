"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { resetPasswordSchema } from "@/lib/validation/account";

type Input = z.input<typeof resetPasswordSchema>;

export function ResetPasswordForm({ token, action }: { token: string; action: (input: Input) => Promise<ActionResult<{ message: string }>> }) {
  const [answer, setAnswer] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Input>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { token, password: "", passwordConfirm: "" },
  });
  const { formError, pending, submit } = useActionSubmit(setError);
  const onSubmit = handleSubmit((values) => submit(() => action(values), (data) => setAnswer(data.message)));

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
      {formState.errors.token ? <FormError message={formState.errors.token.message} /> : null}
      <TextField
        label="Kata sandi baru"
        type="password"
        autoComplete="new-password"
        hint="Minimal 10 karakter, memuat huruf dan angka."
        registration={register("password")}
        error={formState.errors.password}
      />
      <TextField label="Ulangi kata sandi baru" type="password" autoComplete="new-password" registration={register("passwordConfirm")} error={formState.errors.passwordConfirm} />
      <button type="submit" className={buttonClass("primary", "w-full")} disabled={pending}>
        {pending ? "Memproses…" : "Simpan kata sandi baru"}
      </button>
      {formError ? (
        <p className="text-center text-sm text-slate-600">
          <Link href="/lupa-kata-sandi">Minta tautan baru</Link>
        </p>
      ) : null}
    </form>
  );
}
