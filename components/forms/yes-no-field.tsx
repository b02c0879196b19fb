"use client";

import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { FieldMessages, useFieldIds } from "@/components/forms/field-parts";

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
  const { hintId, errorId, controlProps } = useFieldIds({ id, name: registration.name, hint, error });
  return (
    <fieldset
      className="space-y-1"
      {...controlProps}
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
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </fieldset>
  );
}
