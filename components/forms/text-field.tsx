"use client";

import type { ComponentProps } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { FieldMessages, controlClass, useFieldIds } from "@/components/forms/field-parts";

type Props = {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError;
  hint?: string;
} & Omit<ComponentProps<"input">, "name" | "onChange" | "onBlur" | "ref">;

/** A labelled input wired to react-hook-form, with its error announced beside the field. */
export function TextField({ label, registration, error, hint, id, ...inputProps }: Props) {
  const { controlId: inputId, hintId, errorId, controlProps } = useFieldIds({ id, name: registration.name, hint, error });
  return (
    <div className="space-y-1">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={inputId}
        {...controlProps}
        className={controlClass(error)}
        {...inputProps}
        {...registration}
      />
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
