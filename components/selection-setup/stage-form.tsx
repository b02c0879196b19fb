"use client";
// One stage of a draft selection: its name, dates in WIB, who runs it, and (scored stages) its weight and
// minimum. A refused form keeps what was typed.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { stageEditSchema, type StageEditData, type StageEditInput } from "@/lib/validation/selection-content";

type Fields = Omit<StageEditInput, "selectionId" | "stageId" | "version">;

export function StageForm({
  selectionId,
  stageId,
  version,
  name,
  isScored,
  fields,
  action,
}: {
  selectionId: string;
  stageId: string;
  version: string;
  name: string;
  isScored: boolean;
  fields: Fields;
  action: (input: StageEditInput) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<StageEditInput, unknown, StageEditData>({ resolver: zodResolver(stageEditSchema), defaultValues: { selectionId, stageId, version, ...fields } });
  const { formError, pending, submit } = useActionSubmit(form.setError);
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(() => {
    setSaved(false);
    submit(() => action({ ...form.getValues(), version }), () => {
      setSaved(true);
      router.refresh();
    });
  });
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4" aria-label={`Tahap ${name}`}>
      <FormError message={formError} />
      {saved ? <FormSuccess message="Tahap disimpan." /> : null}
      <TextField label="Nama tahap" registration={form.register("name")} error={errors.name} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Mulai (WIB)" type="datetime-local" registration={form.register("startsAt")} error={errors.startsAt} />
        <TextField label="Selesai (WIB)" type="datetime-local" registration={form.register("endsAt")} error={errors.endsAt} />
      </div>
      <TextField label="Pelaksana (opsional)" registration={form.register("responsible")} error={errors.responsible} />
      <TextAreaField label="Keterangan (opsional)" rows={2} maxLength={500} registration={form.register("note")} error={errors.note} />
      {isScored ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Bobot (%)" inputMode="decimal" hint="Jumlah bobot tahap yang dinilai harus 100%" registration={form.register("weight")} error={errors.weight} />
          <TextField label="Nilai minimum (opsional)" inputMode="decimal" registration={form.register("minimumScore")} error={errors.minimumScore} />
        </div>
      ) : null}
      <button type="submit" className={buttonClass()} disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan tahap"}
      </button>
    </form>
  );
}
