"use client";

import type { ComponentProps } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { FieldMessages, controlClass, useFieldIds } from "@/components/forms/field-parts";

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
  const { controlId: selectId, hintId, errorId, controlProps } = useFieldIds({ id, name: registration.name, hint, error });
  return (
    <div className="space-y-1">
      <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={selectId}
        {...controlProps}
        className={controlClass(error, "bg-white")}
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
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
