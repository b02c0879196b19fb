"use client";
// The administrator's forms on a draft selection's setup page: details, a new formation, a Pansel seat.
// Each keeps what was typed when the server refuses, and shows the refusal beside the field.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldErrors, type UseFormRegister } from "react-hook-form";
import type { z } from "zod";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { EDUCATION_LEVELS } from "@/lib/identifiers/education";
import {
  SEAT_POSITION_LABELS,
  SEAT_POSITIONS,
  seatMemberSchema,
  selectionDetailsSchema,
  vacancySchema,
  type SeatMemberInput,
  type SelectionDetailsInput,
  type VacancyInput,
} from "@/lib/validation/selection-setup";

type Action<I> = (input: I) => Promise<ActionResult<unknown>>;

/**
 * The announcement's details as fields: the draft's form and the correction after publication (whose input
 * extends these fields with a version and a reason) draw the same ones.
 */
export function SelectionDetailsFields({ register, errors }: { register: UseFormRegister<SelectionDetailsInput>; errors: FieldErrors<SelectionDetailsInput> }) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Judul seleksi" registration={register("title")} error={errors.title} />
        <TextField label="Nomor pengumuman" registration={register("announcementNumber")} error={errors.announcementNumber} />
        <TextField label="Tanggal pengumuman" type="date" registration={register("announcementDate")} error={errors.announcementDate} />
        <TextField label="Tempat pengumuman" registration={register("announcementPlace")} error={errors.announcementPlace} />
        <TextField label="Nama panitia" registration={register("committeeName")} error={errors.committeeName} />
        <TextField label="Nama ketua panitia" registration={register("chairName")} error={errors.chairName} />
      </div>
      <TextField label="Alamat panitia" registration={register("committeeAddress")} error={errors.committeeAddress} />
      <TextAreaField label="Ringkasan" rows={4} maxLength={2000} registration={register("summary")} error={errors.summary} />
    </>
  );
}

export function SelectionDetailsForm({ defaults, action }: { defaults: SelectionDetailsInput; action: Action<SelectionDetailsInput> }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<SelectionDetailsInput, unknown, z.output<typeof selectionDetailsSchema>>({ resolver: zodResolver(selectionDetailsSchema), defaultValues: defaults });
  const { formError, pending, submit } = useActionSubmit(form.setError);
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit((values) => {
    setSaved(false);
    submit(() => action(values), () => {
      setSaved(true);
      router.refresh();
    });
  });
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4" aria-label="Data pengumuman">
      <FormError message={formError} />
      {saved ? <FormSuccess message="Data pengumuman disimpan." /> : null}
      <SelectionDetailsFields register={form.register} errors={errors} />
      <button type="submit" className={buttonClass()} disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan data pengumuman"}
      </button>
    </form>
  );
}

export function AddVacancyForm({ selectionId, action }: { selectionId: string; action: Action<VacancyInput> }) {
  const router = useRouter();
  const empty: VacancyInput = { selectionId, code: "", title: "", unit: "", quota: "", educationRequired: [] };
  const form = useForm<VacancyInput, unknown, z.output<typeof vacancySchema>>({ resolver: zodResolver(vacancySchema), defaultValues: empty });
  const { formError, pending, submit } = useActionSubmit(form.setError);
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit((values) =>
    submit(() => action(values), () => {
      form.reset(empty);
      router.refresh();
    }),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4" aria-label="Tambah jabatan atau formasi">
      <FormError message={formError} />
      <div className="grid gap-4 sm:grid-cols-4">
        <TextField label="Kode" registration={form.register("code")} error={errors.code} />
        <div className="sm:col-span-3">
          <TextField label="Nama jabatan/formasi" registration={form.register("title")} error={errors.title} />
        </div>
        <div className="sm:col-span-3">
          <TextField label="Unit kerja (opsional)" registration={form.register("unit")} error={errors.unit} />
        </div>
        <TextField label="Jumlah kebutuhan" inputMode="numeric" registration={form.register("quota")} error={errors.quota} />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Kualifikasi pendidikan formasi (CPNS; kosongkan untuk JPT)</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {EDUCATION_LEVELS.map((level) => (
            <label key={level} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={level} {...form.register("educationRequired")} className="h-4 w-4" />
              {level}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className={buttonClass()} disabled={pending}>
        {pending ? "Menyimpan…" : "Tambah formasi"}
      </button>
    </form>
  );
}

export function SeatMemberForm({ selectionId, action }: { selectionId: string; action: Action<SeatMemberInput> }) {
  const router = useRouter();
  const form = useForm<SeatMemberInput, unknown, z.output<typeof seatMemberSchema>>({ resolver: zodResolver(seatMemberSchema), defaultValues: { selectionId, email: "", position: "MEMBER" } });
  const { formError, pending, submit } = useActionSubmit(form.setError);
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit((values) =>
    submit(() => action(values), () => {
      form.reset({ selectionId, email: "", position: values.position });
      router.refresh();
    }),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4" aria-label="Tambah anggota Pansel">
      <FormError message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="E-mail akun petugas" type="email" registration={form.register("email")} error={errors.email} />
        <SelectField
          label="Kedudukan"
          placeholder="— Pilih kedudukan —"
          options={SEAT_POSITIONS.map((position) => ({ value: position, label: SEAT_POSITION_LABELS[position] }))}
          registration={form.register("position")}
          error={errors.position}
        />
      </div>
      <button type="submit" className={buttonClass()} disabled={pending}>
        {pending ? "Menyimpan…" : "Tambahkan ke Pansel"}
      </button>
    </form>
  );
}
