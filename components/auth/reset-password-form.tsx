"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { FormError, FormSuccess } from "@/components/forms/form-message";
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
      <NewPasswordFields password={register("password")} passwordConfirm={register("passwordConfirm")} errors={formState.errors} />
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
