"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, type FieldError } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormError } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { YesNoField } from "@/components/forms/yes-no-field";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { RANK_CODES, rankLabel } from "@/lib/identifiers/rank";
import { EMPLOYMENT_STATUS_LABELS, EMPLOYMENT_STATUSES, GENDER_LABELS, GENDERS, MARITAL_STATUSES, RELIGIONS } from "@/lib/profile/options";
import { personalDataSchema, type PersonalData, type PersonalDataInput } from "@/lib/validation/profile";

type Props = {
  action: (input: PersonalDataInput) => Promise<ActionResult<{ version: number }>>;
  defaultValues: PersonalDataInput;
  institutions: readonly { id: string; name: string }[];
  account: { email: string; nip: string | null };
};

const plain = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

function ReadOnly({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <div className="space-y-1">
      <p className="text-sm font-medium text-slate-800">{label}</p>
      <p className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-base text-slate-700">{value}</p>
      <p className="text-xs text-slate-600">{hint}</p>
    </div>
  );
}

/** Section I of Lampiran II. A save names the version it edited; a stale one is refused by the server. */
export function PersonalDataForm({ action, defaultValues, institutions, account }: Props) {
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, setError, getValues, reset, formState } = useForm<PersonalDataInput, unknown, PersonalData>({
    resolver: zodResolver(personalDataSchema),
    defaultValues,
  });
  const errors = formState.errors;
  const field = (name: keyof PersonalDataInput) => ({
    id: `personal-${name}`,
    registration: register(name),
    error: errors[name] as FieldError | undefined,
  });

  const onSubmit = handleSubmit(() => {
    setFormError(null);
    setSaved(null);
    const values = getValues();
    startTransition(async () => {
      const result = await action(values);
      if (!result.ok) {
        // Never reset on failure: what was typed stays for the next attempt.
        setFormError(result.message);
        applyFieldErrors(setError, result.fieldErrors);
        return;
      }
      // The saved values become the form's baseline, with the version the next save must name.
      reset({ ...values, version: result.data.version });
      setSaved("Data pribadi disimpan.");
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label="Data pribadi">
      <input type="hidden" {...register("version")} />
      <FormError message={formError} />

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold text-slate-900">Identitas</legend>
        <div className="sm:col-span-2">
          <TextField label="Nama lengkap (dengan gelar)" autoComplete="name" {...field("fullName")} />
        </div>
        <ReadOnly label="NIP" value={account.nip ?? "–"} hint="NIP adalah identitas akun dan tidak dapat diubah di sini." />
        <SelectField label="Jenis kelamin" options={GENDERS.map((value) => ({ value, label: GENDER_LABELS[value] }))} {...field("gender")} />
        <TextField label="Tempat lahir" {...field("birthPlace")} />
        <TextField label="Tanggal lahir" type="date" {...field("birthDate")} />
        <SelectField label="Agama" options={plain(RELIGIONS)} {...field("religion")} />
        <SelectField label="Status perkawinan" options={plain(MARITAL_STATUSES)} {...field("maritalStatus")} />
        <TextField label="Jumlah anak" inputMode="numeric" autoComplete="off" {...field("childrenCount")} />
        <TextField label="NIK" inputMode="numeric" autoComplete="off" hint="16 digit, sesuai KTP." {...field("nik")} />
        <TextField label="NPWP" inputMode="numeric" autoComplete="off" hint="15 atau 16 digit; titik dan tanda hubung boleh." {...field("npwp")} />
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold text-slate-900">Kepegawaian</legend>
        <SelectField
          label="Status kepegawaian"
          options={EMPLOYMENT_STATUSES.map((value) => ({ value, label: EMPLOYMENT_STATUS_LABELS[value] }))}
          {...field("employmentStatus")}
        />
        <SelectField label="Pangkat/golongan ruang" options={RANK_CODES.map((value) => ({ value, label: rankLabel(value) }))} {...field("currentRank")} />
        <SelectField label="Instansi" options={institutions.map((institution) => ({ value: institution.id, label: institution.name }))} {...field("institutionId")} />
        <TextField label="Unit kerja" {...field("unitKerja")} />
        <TextField label="TMT CPNS" type="date" {...field("tmtCpns")} />
        <TextField label="Jabatan terakhir" {...field("currentPositionTitle")} />
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold text-slate-900">Alamat dan kontak</legend>
        <div className="sm:col-span-2">
          <TextAreaField label="Alamat rumah" autoComplete="street-address" rows={2} {...field("address")} />
        </div>
        <TextField label="Nomor telepon/HP" type="tel" autoComplete="tel" {...field("phone")} />
        <ReadOnly label="Alamat surel (e-mail)" value={account.email} hint="E-mail akun Anda; dipakai untuk pemberitahuan seleksi." />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold text-slate-900">Pernyataan</legend>
        <p className="text-sm text-slate-600">Pernyataan ini akan dicocokkan dengan dokumen oleh Sekretariat Pansel.</p>
        <YesNoField label="Pernah dijatuhi hukuman disiplin tingkat sedang atau berat?" {...field("hasSevereDiscipline")} />
        <YesNoField label="Sedang menjalani pemeriksaan atau proses hukuman disiplin?" {...field("underDisciplineExam")} />
        <YesNoField label="Pernah dipidana berdasarkan putusan pengadilan yang berkekuatan hukum tetap?" {...field("hasCriminalRecord")} />
      </fieldset>

      <div role="status">{saved ? <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{saved}</p> : null}</div>
      <button type="submit" className={buttonClass("primary", "w-full sm:w-auto")} disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan data pribadi"}
      </button>
    </form>
  );
}
