"use client";

import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { TextField } from "@/components/forms/text-field";

type Props = {
  password: UseFormRegisterReturn;
  passwordConfirm: UseFormRegisterReturn;
  errors: { password?: FieldError; passwordConfirm?: FieldError };
  /** "Kata sandi baru" when it replaces one (reset, change); "Kata sandi" at sign-up. */
  replacing?: boolean;
};

/** A new password and its repetition, with the password rule as the hint: sign-up, reset and change share it. */
export function NewPasswordFields({ password, passwordConfirm, errors, replacing = true }: Props) {
  const label = replacing ? "Kata sandi baru" : "Kata sandi";
  return (
    <>
      <TextField label={label} type="password" autoComplete="new-password" hint="Minimal 10 karakter, memuat huruf dan angka." registration={password} error={errors.password} />
      <TextField label={`Ulangi ${label.toLowerCase()}`} type="password" autoComplete="new-password" registration={passwordConfirm} error={errors.passwordConfirm} />
    </>
  );
}
