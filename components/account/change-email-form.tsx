"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { changeEmailSchema } from "@/lib/validation/account";

type Input = z.input<typeof changeEmailSchema>;

export function ChangeEmailForm({ action }: { action: (input: Input) => Promise<ActionResult<{ message: string }>> }) {
  const [answer, setAnswer] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<Input>({
    resolver: zodResolver(changeEmailSchema),
    defaultValues: { newEmail: "", currentPassword: "" },
  });
  const { formError, pending, submit } = useActionSubmit(setError);
  const onSubmit = handleSubmit((values) =>
    submit(
      () => action(values),
      (data) => {
        setAnswer(data.message);
        reset();
      },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <FormSuccess message={answer} />
      <TextField label="Alamat e-mail baru" type="email" autoComplete="email" registration={register("newEmail")} error={formState.errors.newEmail} />
      <TextField label="Kata sandi saat ini" type="password" autoComplete="current-password" registration={register("currentPassword")} error={formState.errors.currentPassword} />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? "Memproses…" : "Kirim tautan konfirmasi"}
      </button>
    </form>
  );
}
