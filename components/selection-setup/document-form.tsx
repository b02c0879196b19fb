"use client";
// One required document: added to or edited in a draft selection, or corrected after publication with a
// reason (the correction is shown on the public page). A refused form keeps what was typed.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldError, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { DOCUMENT_FORM_LABELS, dueLabel, typeLabel } from "@/lib/documents/labels";
import {
  DOCUMENT_CONDITION_LABELS,
  DOCUMENT_CONDITIONS,
  DOCUMENT_DUE_STAGES,
  DOCUMENT_FORMS,
  UPLOAD_TYPES,
  documentAddSchema,
  documentCorrectionSchema,
  documentEditSchema,
  type DocumentAddInput,
} from "@/lib/validation/selection-content";

export type DocumentFields = Omit<DocumentAddInput, "selectionId" | "acceptedTypes"> & { acceptedTypes: string[] };

type Mode =
  | { kind: "add" }
  | { kind: "edit"; documentId: string; version: string }
  | { kind: "correct"; documentId: string; version: string };

type Values = Omit<DocumentAddInput, "acceptedTypes"> & { acceptedTypes: string[]; documentId?: string; version?: string; reason?: string };

const SCHEMAS = { add: documentAddSchema, edit: documentEditSchema, correct: documentCorrectionSchema } as const;
const SUBMIT = { add: "Tambah berkas", edit: "Simpan berkas", correct: "Simpan koreksi berkas" } as const;

export const EMPTY_DOCUMENT: DocumentFields = {
  number: "",
  title: "",
  form: "COPY",
  requiresStamp: false,
  copies: "1",
  condition: "ALWAYS",
  acceptedTypes: ["application/pdf"],
  maxSizeMb: "2",
  note: "",
  dueStage: "REGISTRATION",
  formCode: "",
};

/** "Saat pendaftaran", "Paling lambat saat wawancara": the due stage as the announcement's list words it. */
const dueOption = (stage: (typeof DOCUMENT_DUE_STAGES)[number]) => {
  const words = dueLabel(stage);
  return { value: stage, label: words.charAt(0).toUpperCase() + words.slice(1) };
};

export function DocumentForm({
  selectionId,
  mode,
  fields,
  label,
  action,
  forms = [],
}: {
  selectionId: string;
  mode: Mode;
  fields: DocumentFields;
  label: string;
  action: (input: never) => Promise<ActionResult<unknown>>;
  /** The selection's forms (Lampiran) a draft's document may name. */
  forms?: readonly { code: string; title: string }[];
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const defaults: Values = { selectionId, ...fields, ...(mode.kind === "add" ? {} : { documentId: mode.documentId, version: mode.version }), ...(mode.kind === "correct" ? { reason: "" } : {}) };
  // The three schemas share their fields; the resolver checks the one of this mode.
  const form = useForm<Values, unknown, z.output<(typeof SCHEMAS)[Mode["kind"]]>>({ resolver: zodResolver(SCHEMAS[mode.kind] as typeof documentAddSchema) as unknown as Resolver<Values, unknown, z.output<(typeof SCHEMAS)[Mode["kind"]]>>, defaultValues: defaults });
  const { formError, pending, submit } = useActionSubmit(form.setError);
  const errors = form.formState.errors as Partial<Record<keyof Values, FieldError>>;
  const send = action as (input: Values) => Promise<ActionResult<unknown>>;
  const onSubmit = form.handleSubmit(() => {
    setSaved(false);
    const values = form.getValues();
    submit(() => send(mode.kind === "add" ? values : { ...values, version: mode.version }), () => {
      setSaved(true);
      if (mode.kind === "add") form.reset(defaults);
      if (mode.kind === "correct") form.setValue("reason", "");
      router.refresh();
    });
  });
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4" aria-label={label}>
      <FormError message={formError} />
      {saved ? <FormSuccess message={mode.kind === "add" ? "Berkas ditambahkan." : mode.kind === "correct" ? "Koreksi berkas disimpan dan tampil di halaman publik." : "Berkas disimpan."} /> : null}
      <div className="grid gap-4 sm:grid-cols-4">
        <TextField
          label="Nomor urut"
          inputMode="numeric"
          readOnly={mode.kind === "correct"}
          hint={mode.kind === "correct" ? "Tidak dapat diubah setelah diumumkan" : undefined}
          registration={form.register("number")}
          error={errors.number}
        />
        <div className="sm:col-span-3">
          <TextAreaField label="Nama berkas" rows={2} maxLength={500} registration={form.register("title")} error={errors.title} />
        </div>
        <SelectField
          label="Bentuk"
          options={DOCUMENT_FORMS.map((value) => ({ value, label: DOCUMENT_FORM_LABELS[value] }))}
          registration={form.register("form")}
          error={errors.form}
        />
        <TextField label="Jumlah rangkap" inputMode="numeric" registration={form.register("copies")} error={errors.copies} />
        <div className="sm:col-span-2">
          <SelectField
            label="Wajib bagi"
            options={DOCUMENT_CONDITIONS.map((value) => ({ value, label: DOCUMENT_CONDITION_LABELS[value] }))}
            registration={form.register("condition")}
            error={errors.condition}
          />
        </div>
      </div>
      {mode.kind === "correct" ? null : (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Diserahkan"
            placeholder="— Pilih tahap —"
            options={DOCUMENT_DUE_STAGES.map(dueOption)}
            registration={form.register("dueStage")}
            error={errors.dueStage}
          />
          <SelectField
            label="Formulir (Lampiran)"
            placeholder="Tanpa formulir"
            options={forms.map((entry) => ({ value: entry.code, label: `Lampiran ${entry.code}: ${entry.title}` }))}
            registration={form.register("formCode")}
            error={errors.formCode}
          />
        </div>
      )}
      <CheckboxField label="Bermeterai" registration={form.register("requiresStamp")} error={errors.requiresStamp} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Jenis berkas unggahan</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {UPLOAD_TYPES.map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={type} {...form.register("acceptedTypes")} className="h-4 w-4" />
              {typeLabel([type])}
            </label>
          ))}
        </div>
        {errors.acceptedTypes?.message ? (
          <p role="alert" className="mt-1 text-sm text-red-700">
            {errors.acceptedTypes.message}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-4">
        <TextField label="Ukuran paling besar (MB)" inputMode="numeric" registration={form.register("maxSizeMb")} error={errors.maxSizeMb} />
        <div className="sm:col-span-3">
          <TextAreaField label="Catatan (opsional)" rows={2} maxLength={500} registration={form.register("note")} error={errors.note} />
        </div>
      </div>
      {mode.kind === "correct" ? (
        <TextAreaField
          label="Alasan koreksi (tampil di halaman publik)"
          rows={2}
          maxLength={500}
          registration={form.register("reason")}
          error={errors.reason}
        />
      ) : null}
      <button type="submit" className={buttonClass()} disabled={pending}>
        {pending ? "Menyimpan…" : SUBMIT[mode.kind]}
      </button>
    </form>
  );
}
