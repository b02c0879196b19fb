"use client";

import { useState, useTransition } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import type { ActionResult } from "@/lib/action";

/**
 * The one way a form calls its server action: clears the previous error, runs the action in a
 * transition, and on failure shows the message and puts field errors beside their fields. What the
 * user typed is never reset here; `onSuccess` decides what happens next.
 */
export function useActionSubmit<T extends FieldValues>(setFieldError: UseFormSetError<T>) {
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = <R,>(call: () => Promise<ActionResult<R> | undefined>, onSuccess?: (data: R) => void) => {
    setFormError(null);
    startTransition(async () => {
      const result = await call();
      // An action that redirects on success returns nothing to the page.
      if (!result) return;
      if (result.ok) {
        onSuccess?.(result.data);
        return;
      }
      setFormError(result.message);
      applyFieldErrors(setFieldError, result.fieldErrors);
    });
  };
  return { formError, pending, submit };
}
