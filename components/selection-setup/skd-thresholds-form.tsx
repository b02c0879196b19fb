"use client";
// The administrator's form for a draft CPNS selection's SKD passing thresholds (TWK, TIU, TKP minimums).
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { skdThresholdsSchema, type SkdThresholdsData, type SkdThresholdsInput } from "@/lib/validation/cat-results";

export function SkdThresholdsForm({ defaults, action }: { defaults: SkdThresholdsInput; action: (input: SkdThresholdsInput) => Promise<ActionResult<unknown>> }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<SkdThresholdsInput, unknown, SkdThresholdsData>({ resolver: zodResolver(skdThresholdsSchema), defaultValues: defaults });
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
    <form noValidate onSubmit={onSubmit} className="space-y-4" aria-label="Nilai ambang batas SKD">
      <FormError message={formError} />
      {saved ? <FormSuccess message="Nilai ambang batas SKD disimpan." /> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label="TWK (0–150)" inputMode="numeric" registration={form.register("twk")} error={errors.twk} />
        <TextField label="TIU (0–175)" inputMode="numeric" registration={form.register("tiu")} error={errors.tiu} />
        <TextField label="TKP (0–175)" inputMode="numeric" registration={form.register("tkp")} error={errors.tkp} />
      </div>
      <button type="submit" className={buttonClass()} disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan ambang batas SKD"}
      </button>
    </form>
  );
}
