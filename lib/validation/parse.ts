// One way to turn a zod failure into the portal's validation error: server actions return it, domain
// functions (which parse their input again, whoever calls them) throw it.
import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** zod issues → { "field.path": "first message" } for react-hook-form's setError. */
export function toFieldErrors(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}

/** The parsed input, or an AppError VALIDATION with the message per field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, message = "Periksa kembali isian yang ditandai."): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError("VALIDATION", message, toFieldErrors(parsed.error));
}
