"use client";

import type { ComponentProps } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { FieldMessages, useFieldIds } from "@/components/forms/field-parts";

type Props = {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError;
  hint?: string;
} & Omit<ComponentProps<"input">, "name" | "onChange" | "onBlur" | "ref" | "type">;

/** A single checkbox (a boolean in the form values), label to its right. */
export function CheckboxField({ label, registration, error, hint, id, ...inputProps }: Props) {
  const { controlId: inputId, hintId, errorId, controlProps } = useFieldIds({ id, name: registration.name, hint, error });
  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2">
        <input
          id={inputId}
          type="checkbox"
          {...controlProps}
          className="h-4 w-4 rounded border-slate-400 text-brand-700 focus:ring-brand-600"
          {...inputProps}
          {...registration}
        />
        <label htmlFor={inputId} className="text-sm text-slate-800">
          {label}
        </label>
      </div>
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
