"use client";

import { useId } from "react";
import type { ComponentProps } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";

type Props = {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError;
  hint?: string;
} & Omit<ComponentProps<"input">, "name" | "onChange" | "onBlur" | "ref" | "type">;

/** A single checkbox (a boolean in the form values), label to its right. */
export function CheckboxField({ label, registration, error, hint, id, ...inputProps }: Props) {
  // Unique per form instance: a page may hold several forms with the same field names.
  const autoId = useId();
  const inputId = id ?? `${autoId}-${registration.name}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2">
        <input
          id={inputId}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
          className="h-4 w-4 rounded border-slate-400 text-brand-700 focus:ring-brand-600"
          {...inputProps}
          {...registration}
        />
        <label htmlFor={inputId} className="text-sm text-slate-800">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error?.message ? (
        <p id={errorId} className="text-sm text-red-700" data-field-error>
          {error.message}
        </p>
      ) : null}
    </div>
  );
}
