"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { correctScoreSchema, type CorrectScoreInput } from "@/lib/validation/scoring";
import type { z } from "zod";

type Props = {
  slug: string;
  scoreId: string;
  label: string;
  action: (input: CorrectScoreInput & { slug: string }) => Promise<ActionResult<{ scoreId: string }>>;
};

/** The chair's correction of one submitted score: a new entry with a reason, recorded in the audit log. */
export function CorrectScoreForm({ slug, scoreId, label, action }: Props) {
  const router = useRouter();
  const form = useForm<CorrectScoreInput, unknown, z.output<typeof correctScoreSchema>>({
    resolver: zodResolver(correctScoreSchema),
    defaultValues: { scoreId, reason: "" },
  });
  const errors = form.formState.errors;
  const { formError: error, pending, submit } = useActionSubmit(form.setError);

  const onSubmit = form.handleSubmit((values) =>
    submit(
      () => action({ ...values, slug }),
      () => {
        form.reset({ scoreId, reason: "" });
        router.refresh();
      },
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" aria-label={`Koreksi ${label}`}>
      <FormError message={error} />
      <TextField
        id={`koreksi-nilai-${scoreId}`}
        label="Nilai pengganti"
        type="number"
        inputMode="decimal"
        min={0}
        max={100}
        step={0.001}
        registration={form.register("value", { valueAsNumber: true })}
        error={errors.value}
      />
      <TextField id={`koreksi-alasan-${scoreId}`} label="Alasan koreksi" maxLength={2000} registration={form.register("reason")} error={errors.reason} />
      <button type="submit" className={buttonClass("secondary")} disabled={pending}>
        {pending ? "Menyimpan…" : "Setujui koreksi"}
      </button>
    </form>
  );
}
