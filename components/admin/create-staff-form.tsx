"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { ROLE_LABELS, type RoleName } from "@/lib/auth/permissions";
import { createStaffUserSchema, STAFF_ROLES, type CreateStaffUserData, type CreateStaffUserInput } from "@/lib/validation/users";

export function CreateStaffForm({ action }: { action: (input: CreateStaffUserInput) => Promise<ActionResult<{ userId: string }>> }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, setError, reset, formState } = useForm<CreateStaffUserInput, unknown, CreateStaffUserData>({
    resolver: zodResolver(createStaffUserSchema),
    defaultValues: { name: "", email: "", nip: "", roles: [], password: "" },
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit((values) => {
    setMessage(null);
    startTransition(async () => {
      const result = await action({ ...values, nip: values.nip ?? "" });
      if (result.ok) {
        setMessage({ ok: true, text: `Akun ${values.email} dibuat. Sampaikan kata sandi awal secara aman.` });
        reset();
      } else {
        setMessage({ ok: false, text: result.message });
        applyFieldErrors(setError, result.fieldErrors);
      }
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {message?.ok ? <FormSuccess message={message.text} /> : <FormError message={message?.text} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Nama" registration={register("name")} error={errors.name} />
        <TextField label="E-mail" type="email" registration={register("email")} error={errors.email} />
        <TextField label="NIP (opsional)" inputMode="numeric" registration={register("nip")} error={errors.nip} />
        <TextField label="Kata sandi awal" type="password" autoComplete="new-password" registration={register("password")} error={errors.password} />
      </div>
      <fieldset aria-describedby={errors.roles ? "roles-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Peran</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {STAFF_ROLES.map((role) => (
            <label key={role} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={role} {...register("roles")} className="h-4 w-4" />
              {ROLE_LABELS[role as RoleName]}
            </label>
          ))}
        </div>
        {errors.roles?.message ? (
          <p id="roles-error" className="mt-1 text-sm text-red-700">
            {errors.roles.message}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" className={buttonClass()} disabled={pending}>
        {pending ? "Menyimpan…" : "Buat akun petugas"}
      </button>
    </form>
  );
}
