"use client";

// Field wrappers of the self-check form: a labelled select and a group of radio buttons, each with its
// hint and error tied to the control through aria-describedby.
import { useId } from "react";
import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

export type Option = { value: string; label: string };

const CONTROL =
  "block w-full rounded-md border bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none";

function describedBy(...ids: (string | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm text-red-700" data-field-error>
      {message}
    </p>
  );
}

export function SelectField({
  label,
  registration,
  options,
  placeholder = "— pilih —",
  error,
  hint,
  disabled,
}: {
  label: string;
  registration: UseFormRegisterReturn;
  options: readonly Option[];
  placeholder?: string;
  error?: string;
  hint?: string;
  disabled?: boolean;
}) {
  const autoId = useId();
  const id = `${autoId}-${registration.name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
        className={`${CONTROL} ${error ? "border-red-600" : "border-slate-300"}`}
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
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function ChoiceGroup({
  legend,
  registration,
  options,
  error,
  hint,
}: {
  legend: ReactNode;
  registration: UseFormRegisterReturn;
  options: readonly Option[];
  error?: string;
  hint?: string;
}) {
  const autoId = useId();
  const id = `${autoId}-${registration.name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className="space-y-1" aria-describedby={describedBy(hintId, errorId)}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-2 pt-1">
        {options.map((option) => (
          <label key={option.value} className="inline-flex min-h-8 items-center gap-2 text-sm text-slate-800">
            <input type="radio" value={option.value} className="h-4 w-4" {...registration} />
            {option.label}
          </label>
        ))}
      </div>
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}

export function CheckboxField({ label, registration, hint }: { label: ReactNode; registration: UseFormRegisterReturn; hint?: string }) {
  const autoId = useId();
  const id = `${autoId}-${registration.name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-2">
        <input id={id} type="checkbox" className="mt-1 h-4 w-4 shrink-0" aria-describedby={hintId} {...registration} />
        <label htmlFor={id} className="text-sm text-slate-800">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={hintId} className="pl-6 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
