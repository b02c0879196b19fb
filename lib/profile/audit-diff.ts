// What a CV change puts in the audit trail: the fields that changed, with their old and new values,
// except for fields whose values must never be copied there (NIK, NPWP, home address, family members'
// personal data): those are only named. Pure, so the rule is unit-tested.

type Values = Readonly<Record<string, unknown>>;
export type AuditDiff = { before: Record<string, unknown> | null; after: Record<string, unknown> | null };

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/**
 * `before` null: a new row; `after` null: a deleted one. The side that describes the result (`after`,
 * or `before` for a deletion) also lists every changed field in `changedFields`, redacted ones included.
 */
export function auditDiff(before: Values | null, after: Values | null, redactedFields: readonly string[]): AuditDiff {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((key) => key !== "id").sort();
  const changed = keys.filter((key) => !same(before?.[key], after?.[key]));
  const shown = changed.filter((key) => !redactedFields.includes(key));
  const pick = (values: Values) => Object.fromEntries(shown.map((key) => [key, values[key] ?? null]));
  if (!after) return { before: before ? { ...pick(before), changedFields: changed } : null, after: null };
  return { before: before ? pick(before) : null, after: { ...pick(after), changedFields: changed } };
}
