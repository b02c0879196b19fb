"use client";

import { useId } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";

type Props = {
  /** The question, as the group's legend. */
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError;
  hint?: string;
  disabled?: boolean;
  /** Prefix of the element ids; defaults to the field name. */
  id?: string;
};

/** A yes/no question as two radios; the form value is "true", "false" or "" (not answered). */
export function YesNoField({ label, registration, error, hint, disabled, id }: Props) {
  // Unique per form instance: a page may hold several forms with the same field names.
  const autoId = useId();
  const baseId = id ?? `${autoId}-${registration.name}`;
  const hintId = hint ? `${baseId}-hint` : undefined;
  const errorId = error ? `${baseId}-error` : undefined;
  return (
    <fieldset
      className="space-y-1"
      aria-invalid={error ? true : undefined}
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      disabled={disabled}
    >
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      <div className="flex gap-6 pt-1">
        {(["true", "false"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm text-slate-800">
            <input type="radio" value={value} className="h-4 w-4 border-slate-400 text-brand-700 focus:ring-brand-600" {...registration} />
            {value === "true" ? "Ya" : "Tidak"}
          </label>
        ))}
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
    </fieldset>
  );
}
