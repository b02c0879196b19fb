// Between a stored row and the values of its edit form: every input holds text ("" when empty), a
// checkbox holds a boolean, a yes/no question holds "true"/"false".
import { SECTION_VIEWS, type FieldSpec, type SectionView } from "@/components/profile/section-config";
import type { StoredRow } from "@/lib/profile/row-tables";
import type { ProfileRowInput, ProfileSection } from "@/lib/validation/profile";

function viewOf<S extends ProfileSection>(section: S): SectionView<S> {
  return SECTION_VIEWS[section];
}

function formValue(field: { kind: FieldSpec<ProfileSection>["kind"] }, value: unknown): string | boolean {
  if (field.kind === "checkbox") return value === true;
  if (value === null || value === undefined) return "";
  if (field.kind === "decimal" && typeof value === "number") return value.toFixed(2).replace(".", ",");
  return String(value);
}

export function blankRowValues<S extends ProfileSection>(section: S): ProfileRowInput<S> {
  const values = Object.fromEntries(viewOf(section).fields.map((field) => [field.name, formValue(field, null)]));
  return values as ProfileRowInput<S>;
}

export function rowToFormValues<S extends ProfileSection>(section: S, row: StoredRow<S>): ProfileRowInput<S> {
  const view = viewOf(section);
  const stored = row as Record<string, unknown>;
  const values = Object.fromEntries(view.fields.map((field) => [field.name, formValue(field, stored[field.name])]));
  return { ...values, ...view.extraInput?.(row) } as ProfileRowInput<S>;
}
