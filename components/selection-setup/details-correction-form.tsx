"use client";
// After publication: the announcement details corrected with a reason. The change, its reason and the
// previous values appear in the public page's change history.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type UseFormRegister } from "react-hook-form";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/textarea-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import { SelectionDetailsFields } from "@/components/selection-setup/setup-forms";
import type { ActionResult } from "@/lib/action";
import type { SelectionDetailsInput } from "@/lib/validation/selection-setup";
import { detailsCorrectionSchema, type DetailsCorrectionData, type DetailsCorrectionInput } from "@/lib/validation/selection-content";

export function DetailsCorrectionForm({
  defaults,
  version,
  action,
}: {
  defaults: Omit<DetailsCorrectionInput, "version" | "reason">;
  version: string;
  action: (input: DetailsCorrectionInput) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<DetailsCorrectionInput, unknown, DetailsCorrectionData>({ resolver: zodResolver(detailsCorrectionSchema), defaultValues: { ...defaults, version, reason: "" } });
  const { formError, pending, submit } = useActionSubmit(form.setError);
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(() => {
    setSaved(false);
    submit(() => action({ ...form.getValues(), version }), () => {
      setSaved(true);
      form.setValue("reason", "");
      router.refresh();
    });
  });
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4" aria-label="Koreksi data pengumuman">
      <FormError message={formError} />
      {saved ? <FormSuccess message="Koreksi disimpan dan tampil di riwayat perubahan halaman publik." /> : null}
      {/* The correction's input extends the details (version, reason): its register serves the details' fields. */}
      <SelectionDetailsFields register={form.register as unknown as UseFormRegister<SelectionDetailsInput>} errors={errors} />
      <TextAreaField label="Alasan koreksi (tampil di halaman publik)" rows={2} maxLength={500} registration={form.register("reason")} error={errors.reason} />
      <button type="submit" className={buttonClass()} disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan koreksi"}
      </button>
    </form>
  );
}
