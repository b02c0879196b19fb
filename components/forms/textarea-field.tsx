"use client";

import type { ComponentProps } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { FieldMessages, controlClass, useFieldIds } from "@/components/forms/field-parts";

type Props = {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError;
  hint?: string;
} & Omit<ComponentProps<"textarea">, "name" | "onChange" | "onBlur" | "ref">;

/** A labelled multi-line input wired to react-hook-form, with its error beside the field. */
export function TextAreaField({ label, registration, error, hint, id, rows = 3, ...textareaProps }: Props) {
  const { controlId: inputId, hintId, errorId, controlProps } = useFieldIds({ id, name: registration.name, hint, error });
  return (
    <div className="space-y-1">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={inputId}
        rows={rows}
        {...controlProps}
        className={controlClass(error)}
        {...textareaProps}
        {...registration}
      />
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
