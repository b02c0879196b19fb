"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { FormError } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { submitScoreSchema, type SubmitScoreInput } from "@/lib/validation/scoring";
import type { z } from "zod";

type Props = {
  slug: string;
  stageId: string;
  applicationId: string;
  candidateLabel: string;
  action: (input: SubmitScoreInput & { slug: string }) => Promise<ActionResult<{ scoreId: string }>>;
};

type Values = z.output<typeof submitScoreSchema>;

/** One score, 0–100 with an optional note; once sent it is locked. */
export function ScoreForm({ slug, stageId, applicationId, candidateLabel, action }: Props) {
  const router = useRouter();
  const form = useForm<SubmitScoreInput, unknown, Values>({
    resolver: zodResolver(submitScoreSchema),
    defaultValues: { stageId, applicationId, note: "" },
  });
  const errors = form.formState.errors;
  const { formError: error, pending, submit } = useActionSubmit(form.setError);

  const onSubmit = form.handleSubmit((values) => submit(() => action({ ...values, slug }), () => router.refresh()));

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
      <TextAreaField id={`catatan-${applicationId}`} label="Catatan (opsional)" maxLength={2000} registration={form.register("note")} error={errors.note} />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? "Mengirim…" : "Kirim nilai (terkunci setelah dikirim)"}
      </button>
    </form>
  );
}
