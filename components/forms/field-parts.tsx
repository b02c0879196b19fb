"use client";

import { useId } from "react";
import type { FieldError } from "react-hook-form";

/**
 * The ids and ARIA wiring every form field shares: a control id unique per form instance (a page may
 * hold several forms with the same field names), and the hint and error tied to the control.
 */
export function useFieldIds(options: { id?: string; name: string; hint?: string; error?: FieldError }) {
  const autoId = useId();
  const controlId = options.id ?? `${autoId}-${options.name}`;
  const hintId = options.hint ? `${controlId}-hint` : undefined;
  const errorId = options.error ? `${controlId}-error` : undefined;
  return {
    controlId,
    hintId,
    errorId,
    controlProps: {
      "aria-invalid": options.error ? true : undefined,
      "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
    },
  };
}

/** The grey hint and the red error below a field, with the ids the control points at. */
export function FieldMessages({ hint, hintId, error, errorId }: { hint?: string; hintId?: string; error?: FieldError; errorId?: string }) {
  return (
    <>
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
    </>
  );
}

export function controlClass(error: FieldError | undefined, extra = ""): string {
  return `block w-full rounded-md border px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none ${
    error ? "border-red-600" : "border-slate-300"
  } ${extra}`.trim();
}
