import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/** Puts the server's field errors (from ActionResult) beside the matching fields. */
export function applyFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors?: Record<string, string>): void {
  if (!fieldErrors) return;
  let first = true;
  for (const [name, message] of Object.entries(fieldErrors)) {
    setError(name as Path<T>, { type: "server", message }, { shouldFocus: first });
    first = false;
  }
}
