"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { FormError } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { changePasswordSchema } from "@/lib/validation/account";

type Input = z.input<typeof changePasswordSchema>;

/** On success the server signs this device in again and reloads the page (the other sessions end). */
export function ChangePasswordForm({ action }: { action: (input: Input) => Promise<ActionResult<{ message: string }>> }) {
  const { register, handleSubmit, setError, formState } = useForm<Input>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", password: "", passwordConfirm: "" },
  });
  const { formError, pending, submit } = useActionSubmit(setError);
  const onSubmit = handleSubmit((values) => submit(() => action(values)));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <TextField label="Kata sandi saat ini" type="password" autoComplete="current-password" registration={register("currentPassword")} error={formState.errors.currentPassword} />
      <NewPasswordFields password={register("password")} passwordConfirm={register("passwordConfirm")} errors={formState.errors} />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? "Memproses…" : "Ganti kata sandi"}
      </button>
    </form>
  );
}
