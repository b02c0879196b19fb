"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormError } from "@/components/forms/form-message";
import type { SelectOption } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { createSelectionSchema, type CreateSelectionInput } from "@/lib/validation/selection-setup";

type Props = {
  sources: { templates: readonly SelectOption[]; copies: readonly SelectOption[] };
  action: (input: CreateSelectionInput) => Promise<ActionResult<{ slug: string }>>;
};

/** A new draft from a template or a copy: its identity here, the rest on its setup page. */
export function CreateSelectionForm({ sources, action }: Props) {
  const router = useRouter();
  const form = useForm<CreateSelectionInput, unknown, z.output<typeof createSelectionSchema>>({
    resolver: zodResolver(createSelectionSchema),
    defaultValues: { source: "", title: "", slug: "", announcementNumber: "", registrationOpensOn: "" },
  });
  const { formError, pending, submit } = useActionSubmit(form.setError);
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit((values) => submit(() => action(values), ({ slug }) => router.push(`/pansel/seleksi/${slug}/pengaturan`)));
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4" aria-label="Buat seleksi baru">
      <FormError message={formError} />
      <div className="space-y-1">
        <label htmlFor="sumber-seleksi" className="block text-sm font-medium text-slate-800">
          Mulai dari
        </label>
        <select
          id="sumber-seleksi"
          {...form.register("source")}
          aria-invalid={errors.source ? true : undefined}
          aria-describedby={errors.source ? "sumber-seleksi-error" : undefined}
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2"
        >
          <option value="">— Pilih templat atau seleksi yang disalin —</option>
          <optgroup label="Templat">
            {sources.templates.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
          {sources.copies.length > 0 ? (
            <optgroup label="Salin seleksi yang ada">
              {sources.copies.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
        {errors.source?.message ? (
          <p id="sumber-seleksi-error" className="text-sm text-red-700">
            {errors.source.message}
          </p>
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Judul seleksi" registration={form.register("title")} error={errors.title} />
        <TextField
          label="Alamat halaman"
          hint="Huruf kecil, angka dan tanda hubung; menjadi /seleksi/<alamat>"
          registration={form.register("slug")}
          error={errors.slug}
        />
        <TextField label="Nomor pengumuman" registration={form.register("announcementNumber")} error={errors.announcementNumber} />
        <TextField
          label="Tanggal pembukaan pendaftaran"
          type="date"
          hint="Seluruh jadwal sumber digeser ke tanggal ini; ubah tiap tahap di menu Jadwal"
          registration={form.register("registrationOpensOn")}
          error={errors.registrationOpensOn}
        />
      </div>
      <button type="submit" className={buttonClass()} disabled={pending}>
        {pending ? "Membuat…" : "Buat draf seleksi"}
      </button>
    </form>
  );
}
