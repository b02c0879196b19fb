"use client";

import { useId } from "react";
import type { ComponentProps } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";

type Props = {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError;
  hint?: string;
} & Omit<ComponentProps<"input">, "name" | "onChange" | "onBlur" | "ref">;

/** A labelled input wired to react-hook-form, with its error announced beside the field. */
export function TextField({ label, registration, error, hint, id, ...inputProps }: Props) {
  // Unique per form instance: a page may hold several forms with the same field names.
  const autoId = useId();
  const inputId = id ?? `${autoId}-${registration.name}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`block w-full rounded-md border px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none ${
          error ? "border-red-600" : "border-slate-300"
        }`}
        {...inputProps}
        {...registration}
      />
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
