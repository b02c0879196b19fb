"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import {
  createInstitutionSchema,
  INSTITUTION_LEVEL_LABELS,
  INSTITUTION_LEVELS,
  type CreateInstitutionData,
  type CreateInstitutionInput,
} from "@/lib/validation/institutions";

const LEVEL_OPTIONS = INSTITUTION_LEVELS.map((level) => ({ value: level, label: INSTITUTION_LEVEL_LABELS[level] }));

/** Adds an institution to the reference list; what was typed stays when the server refuses it. */
export function CreateInstitutionForm({ action }: { action: (input: CreateInstitutionInput) => Promise<ActionResult<{ institutionId: string }>> }) {
  const [added, setAdded] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<CreateInstitutionInput, unknown, CreateInstitutionData>({
    resolver: zodResolver(createInstitutionSchema),
    defaultValues: { name: "", level: "REGENCY", regionCode: "" },
  });
  const { formError, pending, submit } = useActionSubmit(setError);
  const errors = formState.errors;
  const onSubmit = handleSubmit((values) => {
    setAdded(null);
    submit(
      () => action(values),
      () => {
        setAdded(`${values.name} ditambahkan ke daftar instansi.`);
        reset();
      },
    );
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Tambah instansi" className="space-y-4">
      {added ? <FormSuccess message={added} /> : <FormError message={formError ?? undefined} />}
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label="Nama instansi" placeholder="Pemerintah Kabupaten …" registration={register("name")} error={errors.name} />
        <SelectField label="Jenis" options={LEVEL_OPTIONS} placeholder="— Pilih jenis —" registration={register("level")} error={errors.level} />
        <TextField label="Kode wilayah BPS" inputMode="numeric" hint="2 angka untuk provinsi, 4 angka untuk kabupaten/kota, 00 untuk instansi pusat" registration={register("regionCode")} error={errors.regionCode} />
      </div>
      <button type="submit" className={buttonClass()} disabled={pending}>
        {pending ? "Menyimpan…" : "Tambah instansi"}
      </button>
    </form>
  );
}
