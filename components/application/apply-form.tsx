"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useForm, useWatch } from "react-hook-form";
import { DeclarationFields } from "@/components/application/declaration-fields";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { FormError } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { applySchema, type ApplyData, type ApplyInput } from "@/lib/validation/application";

type Vacancy = { id: string; title: string; eselon: string | null; quota: number };

type Props = {
  vacancies: Vacancy[];
  action: (input: ApplyInput) => Promise<ActionResult<never>>;
  /** The selection's ASN Karier reminder (the announcement's sentence); null: no ASN Karier field. */
  asnKarierReminder?: string | null;
  /** Told whenever the no-MPP tick changes, so the pre-check above can read it. */
  onNoMppChange?: (ticked: boolean) => void;
};

export function ApplyForm({ vacancies, action, asnKarierReminder = null, onNoMppChange }: Props) {
  const { register, handleSubmit, setError, formState, control } = useForm<ApplyInput, unknown, ApplyData>({
    resolver: zodResolver(applySchema),
    defaultValues: {
      vacancyId: vacancies.length === 1 ? vacancies[0]!.id : "",
      willingAllStages: false as never,
      willingToReside: false,
      noMppStatement: false,
      asnKarierNumber: "",
    },
  });
  const errors = formState.errors;
  const { formError, pending, submit } = useActionSubmit(setError);
  const onSubmit = handleSubmit((values) => submit(() => action({ ...values, asnKarierNumber: values.asnKarierNumber ?? "" })));
  const noMpp = useWatch({ control, name: "noMppStatement" });
  useEffect(() => onNoMppChange?.(noMpp === true), [noMpp, onNoMppChange]);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError message={formError} />
      <fieldset>
        <legend className="font-medium">Jabatan yang dilamar</legend>
        <div className="mt-2 space-y-2">
          {vacancies.map((vacancy) => (
            <label key={vacancy.id} className="flex items-start gap-2">
              <input type="radio" value={vacancy.id} {...register("vacancyId")} className="mt-1" />
              <span>
                {vacancy.title} {vacancy.eselon ? `(eselon ${vacancy.eselon})` : ""} — {vacancy.quota} orang
              </span>
            </label>
          ))}
        </div>
        {errors.vacancyId?.message ? <p className="mt-1 text-sm text-red-700">{errors.vacancyId.message}</p> : null}
      </fieldset>
      <DeclarationFields
        willingAllStages={register("willingAllStages")}
        willingToReside={register("willingToReside")}
        noMppStatement={register("noMppStatement")}
        willingAllStagesError={errors.willingAllStages?.message}
      />
      {asnKarierReminder !== null ? (
        <fieldset className="space-y-2" data-testid="asn-karier">
          <legend className="font-medium">Pendaftaran di ASN Karier</legend>
          <blockquote className="border-l-4 border-amber-400 bg-amber-50 p-3 text-sm text-amber-950" data-testid="asn-karier-pengingat">
            {asnKarierReminder}
          </blockquote>
          <p className="text-sm text-slate-700">
            Lamaran di portal ini tidak menggantikan pendaftaran di ASN Karier. Isi nomor pendaftaran ASN Karier Anda; bila belum ada, nomor
            dapat dilengkapi di halaman lamaran sampai lamaran dikirim. Sekretariat Pansel akan memverifikasinya.
          </p>
          <TextField
            label="Nomor pendaftaran ASN Karier"
            hint="Huruf, angka, dan tanda - / . (6–40 karakter, sekurang-kurangnya 4 angka)."
            autoComplete="off"
            registration={register("asnKarierNumber")}
            error={errors.asnKarierNumber}
          />
        </fieldset>
      ) : null}
      <button type="submit" className={buttonClass()} disabled={pending}>
        {pending ? "Memproses…" : "Lamar sekarang"}
      </button>
    </form>
  );
}
