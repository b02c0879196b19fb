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
import type { DeclarationWording } from "@/lib/applications/declarations";
import { applySchema, type ApplyData, type ApplyInput } from "@/lib/validation/application";

export type ApplyVacancy = {
  id: string;
  title: string;
  eselon: string | null;
  unit: string | null;
  quota: number;
  /** The formation's accepted education (CPNS), as labels; empty when the selection's rule decides. */
  education: string[];
};

type Props = {
  vacancies: ApplyVacancy[];
  /** "Formasi" in CPNS (one of several, each with its education), "Jabatan" in JPT. */
  vacancyNoun: "formasi" | "jabatan";
  wording: DeclarationWording;
  action: (input: ApplyInput) => Promise<ActionResult<never>>;
  /** The selection's ASN Karier reminder (the announcement's sentence); null: no ASN Karier field. */
  asnKarierReminder?: string | null;
  /** Told whenever the no-MPP tick changes, so the pre-check above can read it. */
  onNoMppChange?: (ticked: boolean) => void;
  /** Told whenever the chosen vacancy changes ("" before a choice), so the pre-check reads that formation. */
  onVacancyChange?: (vacancyId: string) => void;
};

export function ApplyForm({ vacancies, vacancyNoun, wording, action, asnKarierReminder = null, onNoMppChange, onVacancyChange }: Props) {
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
  const vacancyId = useWatch({ control, name: "vacancyId" });
  useEffect(() => onVacancyChange?.(vacancyId ?? ""), [vacancyId, onVacancyChange]);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError message={formError} />
      <fieldset>
        <legend className="font-medium">{vacancyNoun === "formasi" ? "Formasi yang dilamar" : "Jabatan yang dilamar"}</legend>
        {vacancyNoun === "formasi" ? (
          <p className="mt-1 text-sm text-slate-600">Pilih satu formasi. Setiap pelamar hanya dapat melamar satu formasi pada seleksi ini.</p>
        ) : null}
        <div className="mt-2 space-y-2">
          {vacancies.map((vacancy) => (
            <label key={vacancy.id} className="flex items-start gap-2">
              <input type="radio" value={vacancy.id} {...register("vacancyId")} className="mt-1" />
              <span>
                {vacancy.title} {vacancy.eselon ? `(eselon ${vacancy.eselon})` : ""}
                {vacancy.unit ? ` — ${vacancy.unit}` : ""}
                {vacancy.education.length > 0 ? ` — pendidikan ${vacancy.education.join(" atau ")}` : ""} — {vacancy.quota} orang
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
        wording={wording}
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
