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
import { forgotPasswordSchema } from "@/lib/validation/account";

type Input = z.input<typeof forgotPasswordSchema>;

export function ForgotPasswordForm({ action }: { action: (input: Input) => Promise<ActionResult<{ message: string }>> }) {
  const [answer, setAnswer] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Input>({ resolver: zodResolver(forgotPasswordSchema), defaultValues: { email: "" } });
  const { formError, pending, submit } = useActionSubmit(setError);
  const onSubmit = handleSubmit((values) => submit(() => action(values), (data) => setAnswer(data.message)));

  // One answer whether or not the address has an account.
  if (answer) return <FormSuccess message={answer} />;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <TextField label="E-mail akun" type="email" autoComplete="email" registration={register("email")} error={formState.errors.email} />
      <button type="submit" className={buttonClass("primary", "w-full")} disabled={pending}>
        {pending ? "Memproses…" : "Kirim tautan atur ulang"}
      </button>
      <p className="text-center text-sm text-slate-600">
        Ingat kata sandi? <Link href="/masuk">Masuk</Link>
      </p>
    </form>
  );
}
