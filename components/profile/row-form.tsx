"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState, useTransition } from "react";
import { useForm, useWatch, type DefaultValues, type FieldError, type Path, type Resolver } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormError } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { YesNoField } from "@/components/forms/yes-no-field";
import { SECTION_VIEWS, type FieldSpec, type SectionView } from "@/components/profile/section-config";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { PROFILE_ROW_SCHEMAS, type ProfileRowData, type ProfileRowInput, type ProfileSection } from "@/lib/validation/profile";

type Props<S extends ProfileSection> = {
  section: S;
  initialValues: ProfileRowInput<S>;
  heading: string;
  submitLabel: string;
  save: (values: ProfileRowInput<S>) => Promise<ActionResult<{ id: string }>>;
  onSaved: () => void;
  onCancel: () => void;
};

/** The server reports a row's fields under "values."; the form knows them by their own names. */
function withoutValuesPrefix(fieldErrors?: Record<string, string>): Record<string, string> | undefined {
  if (!fieldErrors) return undefined;
  return Object.fromEntries(Object.entries(fieldErrors).map(([key, message]) => [key.replace(/^values\./, ""), message]));
}

/** Adds or edits one row of a history section; what was typed stays when the server refuses it. */
export function RowForm<S extends ProfileSection>({ section, initialValues, heading, submitLabel, save, onSaved, onCancel }: Props<S>) {
  const view: SectionView<S> = SECTION_VIEWS[section];
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, setError, getValues, setFocus, control, formState } = useForm<ProfileRowInput<S>, unknown, ProfileRowData<S>>({
    // The schema map is indexed by a type parameter, which the resolver's overloads cannot follow.
    resolver: zodResolver(PROFILE_ROW_SCHEMAS[section]) as unknown as Resolver<ProfileRowInput<S>, unknown, ProfileRowData<S>>,
    defaultValues: initialValues as DefaultValues<ProfileRowInput<S>>,
  });
  const current = useWatch({ control }) as Record<string, unknown>;

  const firstField = view.fields[0]?.name;
  useEffect(() => {
    if (firstField) setFocus(firstField as unknown as Path<ProfileRowInput<S>>);
  }, [firstField, setFocus]);

  const onSubmit = handleSubmit(() => {
    setFormError(null);
    // The raw inputs go to the server, which parses them with the same schema.
    const values = getValues();
    startTransition(async () => {
      const result = await save(values);
      if (result.ok) {
        onSaved();
        return;
      }
      setFormError(result.message);
      applyFieldErrors(setError, withoutValuesPrefix(result.fieldErrors));
    });
  });

  const renderField = (field: FieldSpec<S>) => {
    const name = field.name as unknown as Path<ProfileRowInput<S>>;
    const error = (formState.errors as Record<string, FieldError | undefined>)[field.name];
    const id = `${section}-${field.name}`;
    const disabled = field.disabledBy ? current[field.disabledBy] === true : false;
    const common = { id, label: field.label, hint: field.hint, error, registration: register(name) };
    switch (field.kind) {
      case "select":
        return <SelectField {...common} options={field.options ?? []} />;
      case "checkbox":
        return <CheckboxField {...common} />;
      case "yesno":
        return <YesNoField {...common} />;
      case "date":
        return <TextField {...common} type="date" disabled={disabled} />;
      case "year":
        return <TextField {...common} inputMode="numeric" maxLength={4} autoComplete="off" disabled={disabled} />;
      case "decimal":
        return <TextField {...common} inputMode="decimal" autoComplete="off" disabled={disabled} />;
      default:
        return <TextField {...common} disabled={disabled} />;
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-md border border-brand-100 bg-brand-50/40 p-4" aria-label={heading}>
      <h3 className="font-semibold text-slate-900">{heading}</h3>
      <FormError message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        {view.fields
          .filter((field) => !field.shownWhen || current[field.shownWhen.field] === field.shownWhen.equals)
          .map((field) => (
            <div key={field.name} className={field.wide ? "sm:col-span-2" : undefined}>
              {renderField(field)}
            </div>
          ))}
      </div>
      <div className="flex flex-col gap-2 sm:flex-row">
        <button type="submit" className={buttonClass("primary")} disabled={pending}>
          {pending ? "Menyimpan…" : submitLabel}
        </button>
        <button type="button" className={buttonClass("secondary")} onClick={onCancel} disabled={pending}>
          Batal
        </button>
      </div>
    </form>
  );
}
