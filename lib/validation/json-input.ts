// Inputs read from JSON files by the command-line tools (CONTRACTS.md): strict objects whose errors
// name the field, and all problems written one per line.
import { z } from "zod";

/** An object that refuses unknown keys, with messages that start with the field's name. */
export function strictInputObject<T extends z.ZodRawShape>(shape: T, field: string) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `${field}: kolom tidak dikenal: ${issue.keys.join(", ")}`
        : `${field}: harus berupa objek`,
  });
}

/** Every problem, one per line, each prefixed by its path. */
export function formatInputIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join(".");
      return path ? `${path}: ${stripFieldPrefix(issue.message)}` : issue.message;
    })
    .join("\n");
}

// Messages start with their field name so that they stand alone in a form;
// next to a full path the prefix would be said twice.
function stripFieldPrefix(message: string): string {
  return message.replace(/^[\w.[\]]+: /, "");
}
