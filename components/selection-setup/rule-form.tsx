"use client";
// One eligibility rule of a draft selection: its wording and the parameters the eligibility engine reads.
// A refused form keeps what was typed; the refusal is shown beside the parameter.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type FieldError } from "react-hook-form";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import type { RuleId } from "@/lib/eligibility/catalog";
import { RULE_PARAM_FIELDS, ruleParamsToForm, type ParamField, type ParamInput } from "@/lib/selection-content/rule-params";
import { ruleAddSchema, ruleEditSchema, type RuleAddData, type RuleAddInput, type RuleEditData, type RuleEditInput } from "@/lib/validation/selection-content";

type Props = {
  selectionId: string;
  ruleId: RuleId;
  label: string;
  version: string;
  text: string;
  params: Record<string, ParamInput>;
  action: (input: RuleEditInput) => Promise<ActionResult<unknown>>;
};

export function RuleForm({ selectionId, ruleId, label, version, text, params, action }: Props) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<RuleEditInput, unknown, RuleEditData>({ resolver: zodResolver(ruleEditSchema), defaultValues: { selectionId, ruleId, version, text, params } });
  const { formError, pending, submit } = useActionSubmit(form.setError);
  const errors = form.formState.errors;
  const paramErrors = (errors.params ?? {}) as Record<string, FieldError | undefined>;
  const onSubmit = form.handleSubmit(() => {
    setSaved(false);
    // The form's own values (text as typed), with the version of the row as last loaded.
    submit(() => action({ ...form.getValues(), version }), () => {
      setSaved(true);
      router.refresh();
    });
  });
  const fields = RULE_PARAM_FIELDS[ruleId];
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4" aria-label={`Persyaratan ${label}`}>
      <FormError message={formError} />
      {saved ? <FormSuccess message="Persyaratan disimpan." /> : null}
      <TextAreaField label="Bunyi persyaratan (seperti pada pengumuman)" rows={3} maxLength={2000} registration={form.register("text")} error={errors.text} />
      {fields.length === 0 ? (
        <p className="text-sm text-slate-600">Persyaratan ini tidak memiliki parameter; dinilai dari data pelamar atau verifikasi berkas.</p>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          {fields.map((field) => (
            <ParamControl key={field.key} field={field} registration={form.register(`params.${field.key}`)} error={paramErrors[field.key]} />
          ))}
        </div>
      )}
      <button type="submit" className={buttonClass()} disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan persyaratan"}
      </button>
    </form>
  );
}

/** A rule of the engine's catalogue the draft lacks: its parameters appear once it is chosen. */
export function AddRuleForm({
  selectionId,
  available,
  action,
}: {
  selectionId: string;
  available: { ruleId: RuleId; label: string }[];
  action: (input: RuleAddInput) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const empty: RuleAddInput = { selectionId, ruleId: "" as RuleId, sourceItem: "", text: "", params: {} };
  const form = useForm<RuleAddInput, unknown, RuleAddData>({ resolver: zodResolver(ruleAddSchema), defaultValues: empty });
  const { formError, pending, submit } = useActionSubmit(form.setError);
  const errors = form.formState.errors;
  const paramErrors = (errors.params ?? {}) as Record<string, FieldError | undefined>;
  const chosen = useWatch({ control: form.control, name: "ruleId" });
  const fields = chosen && chosen in RULE_PARAM_FIELDS ? RULE_PARAM_FIELDS[chosen] : [];
  const ruleField = form.register("ruleId", {
    onChange: (event: { target: { value: string } }) => {
      const ruleId = event.target.value as RuleId;
      form.setValue("params", ruleId in RULE_PARAM_FIELDS ? ruleParamsToForm(ruleId, {}) : {});
    },
  });
  const onSubmit = form.handleSubmit(() =>
    submit(() => action(form.getValues()), () => {
      form.reset(empty);
      router.refresh();
    }),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4" aria-label="Tambah persyaratan">
      <FormError message={formError} />
      <div className="grid gap-4 sm:grid-cols-4">
        <div className="sm:col-span-3">
          <SelectField label="Persyaratan" options={available.map((rule) => ({ value: rule.ruleId, label: rule.label }))} registration={ruleField} error={errors.ruleId} />
        </div>
        <TextField label="Nomor pada pengumuman (opsional)" inputMode="numeric" registration={form.register("sourceItem")} error={errors.sourceItem} />
      </div>
      <TextAreaField label="Bunyi persyaratan (seperti pada pengumuman)" rows={3} maxLength={2000} registration={form.register("text")} error={errors.text} />
      {fields.length > 0 ? (
        <div className="grid gap-4 sm:grid-cols-2">
          {fields.map((field) => (
            <ParamControl key={`${chosen}-${field.key}`} field={field} registration={form.register(`params.${field.key}`)} error={paramErrors[field.key]} />
          ))}
        </div>
      ) : null}
      <button type="submit" className={buttonClass()} disabled={pending}>
        {pending ? "Menyimpan…" : "Tambah persyaratan"}
      </button>
    </form>
  );
}

function ParamControl({ field, registration, error }: { field: ParamField; registration: ReturnType<ReturnType<typeof useForm>["register"]>; error?: FieldError }) {
  switch (field.kind) {
    case "choice":
      return <SelectField label={field.label} options={field.options} placeholder={field.optional ? "— Tidak diatur —" : "— Pilih —"} registration={registration} error={error} />;
    case "yesno":
      return (
        <SelectField
          label={field.label}
          options={[
            { value: "true", label: "Ya" },
            { value: "false", label: "Tidak" },
          ]}
          placeholder="— Tidak diatur —"
          registration={registration}
          error={error}
        />
      );
    case "choices":
      return (
        <fieldset className="sm:col-span-2" aria-invalid={error ? true : undefined}>
          <legend className="text-sm font-medium text-slate-800">{field.label}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {field.options.map((option) => (
              <label key={option.value} className="flex items-center gap-2 text-sm">
                <input type="checkbox" value={option.value} {...registration} className="h-4 w-4" />
                {option.label}
              </label>
            ))}
          </div>
          {error?.message ? (
            <p role="alert" className="mt-1 text-sm text-red-700">
              {error.message}
            </p>
          ) : null}
        </fieldset>
      );
    case "int":
      return <TextField label={field.label} inputMode="numeric" registration={registration} error={error} />;
    case "codes":
    case "numbers":
      return <TextField label={field.label} hint={field.hint} registration={registration} error={error} />;
    case "text":
      return <TextField label={field.label} maxLength={field.max} registration={registration} error={error} />;
  }
}
