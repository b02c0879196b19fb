/** The refusal of a preview or an import: the message first, then every row's error. */
export function ImportErrors({ errors }: { errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" data-form-error className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
      <p>{errors[0]}</p>
      {errors.length > 1 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {errors.slice(1).map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
