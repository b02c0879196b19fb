"use client";

import { useId } from "react";
import type { ComponentProps } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";

export type SelectOption = { value: string; label: string };

type Props = {
  label: string;
  registration: UseFormRegisterReturn;
  options: readonly SelectOption[];
  error?: FieldError;
  hint?: string;
  /** The empty first option; "not filled" for optional fields. */
  placeholder?: string;
} & Omit<ComponentProps<"select">, "name" | "onChange" | "onBlur" | "ref" | "children">;

/** A labelled select wired to react-hook-form, with its error beside the field. */
export function SelectField({ label, registration, options, error, hint, placeholder = "— Pilih —", id, ...selectProps }: Props) {
  // Unique per form instance: a page may hold several forms with the same field names.
  const autoId = useId();
  const selectId = id ?? `${autoId}-${registration.name}`;
  const hintId = hint ? `${selectId}-hint` : undefined;
  const errorId = error ? `${selectId}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={selectId}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`block w-full rounded-md border bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none ${
          error ? "border-red-600" : "border-slate-300"
        }`}
        {...selectProps}
        {...registration}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
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
