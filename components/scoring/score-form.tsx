"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm } from "react-hook-form";
import { FormError } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useConfirmation } from "@/components/forms/use-confirmation";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/action";
import { scoreFormSchema, type ScoreFormInput } from "@/lib/validation/scoring";
import type { z } from "zod";

type Props = {
  slug: string;
  stageId: string;
  applicationId: string;
  candidateLabel: string;
  action: (input: ScoreFormInput & { slug: string }) => Promise<ActionResult<{ scoreId: string }>>;
};

type Values = z.output<typeof scoreFormSchema>;

/** One score, 0–100, with optional sub-scores per aspect and a note; once sent it is locked. */
export function ScoreForm({ slug, stageId, applicationId, candidateLabel, action }: Props) {
  const router = useRouter();
  const form = useForm<ScoreFormInput, unknown, Values>({
    resolver: zodResolver(scoreFormSchema),
    defaultValues: { stageId, applicationId, note: "", aspects: [] },
  });
  const aspects = useFieldArray({ control: form.control, name: "aspects" });
  const errors = form.formState.errors;
  const { formError: error, pending, submit } = useActionSubmit(form.setError);

  // A sent score is locked: the member sees the value once more and confirms.
  const confirmation = useConfirmation<Values>();
  const onSubmit = form.handleSubmit(confirmation.ask);
  const formatValue = (value: number) => value.toLocaleString("id-ID", { maximumFractionDigits: 3 });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`Nilai untuk ${candidateLabel}`}>
      <FormError message={error} />
      <TextField
        id={`nilai-${applicationId}`}
        label="Nilai (0–100)"
        type="number"
        inputMode="decimal"
        min={0}
        max={100}
        step={0.001}
        registration={form.register("value", { valueAsNumber: true })}
        error={errors.value}
        hint="Paling banyak 3 angka di belakang koma."
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Sub-nilai per aspek (opsional)</legend>
        {aspects.fields.map((field, index) => (
          <div key={field.id} className="grid gap-2 sm:grid-cols-[1fr_8rem_auto] sm:items-end">
            <TextField label={`Aspek ${index + 1}`} maxLength={100} registration={form.register(`aspects.${index}.label`)} error={errors.aspects?.[index]?.label} />
            <TextField
              label={`Nilai aspek ${index + 1}`}
              type="number"
              inputMode="decimal"
              min={0}
              max={100}
              step={0.001}
              registration={form.register(`aspects.${index}.value`, { valueAsNumber: true })}
              error={errors.aspects?.[index]?.value}
            />
            <button type="button" className={buttonClass("secondary")} onClick={() => aspects.remove(index)}>
              Hapus aspek {index + 1}
            </button>
          </div>
        ))}
        {errors.aspects?.root?.message || errors.aspects?.message ? (
          <p className="text-sm text-red-700" data-field-error>
            {errors.aspects?.root?.message ?? errors.aspects?.message}
          </p>
        ) : null}
        {aspects.fields.length < 10 ? (
          <button type="button" className={buttonClass("secondary")} onClick={() => aspects.append({ label: "", value: Number.NaN })}>
            Tambah aspek
          </button>
        ) : null}
      </fieldset>
      <TextAreaField id={`catatan-${applicationId}`} label="Catatan (opsional)" maxLength={2000} registration={form.register("note")} error={errors.note} />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? "Mengirim…" : "Kirim nilai (terkunci setelah dikirim)"}
      </button>
      <ConfirmDialog
        open={confirmation.isOpen}
        title="Kirim nilai?"
        confirmLabel="Ya, kirim nilai"
        onConfirm={() => confirmation.confirm((values) => submit(() => action({ ...values, slug }), () => router.refresh()))}
        onCancel={confirmation.cancel}
      >
        <p>
          Nilai untuk {candidateLabel}: <strong>{confirmation.values ? formatValue(confirmation.values.value) : "-"}</strong>
        </p>
        {confirmation.values?.aspects?.length ? (
          <ul className="mt-1 list-disc pl-5">
            {confirmation.values.aspects.map((aspect) => (
              <li key={aspect.label}>
                {aspect.label}: {formatValue(aspect.value)}
              </li>
            ))}
          </ul>
        ) : null}
        <p className="mt-2">
          Setelah dikirim, nilai <strong>terkunci</strong> dan hanya dapat diperbaiki melalui koreksi yang disetujui Ketua Pansel.
        </p>
      </ConfirmDialog>
    </form>
  );
}
