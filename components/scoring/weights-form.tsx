"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { updateStageWeightsSchema, type UpdateStageWeightsInput } from "@/lib/validation/scoring";
import type { z } from "zod";

type Stage = { kind: string; name: string; weight: number | null; minimumScore: number | null };

type Props = {
  slug: string;
  selectionId: string;
  stages: readonly Stage[];
  /** Weights are frozen once the first score is given: the form is then read-only. */
  frozen: boolean;
  action: (input: UpdateStageWeightsInput & { slug: string }) => Promise<ActionResult<unknown>>;
};

const emptyToNull = (value: unknown) => (value === "" || value === null || value === undefined ? null : Number(value));

/** The chair sets each scored stage's weight (total 100 %) and optional minimum before scoring starts. */
export function WeightsForm({ slug, selectionId, stages, frozen, action }: Props) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<UpdateStageWeightsInput, unknown, z.output<typeof updateStageWeightsSchema>>({
    resolver: zodResolver(updateStageWeightsSchema),
    defaultValues: {
      selectionId,
      weights: Object.fromEntries(stages.map((stage) => [stage.kind, stage.weight ?? undefined])) as Record<string, number>,
      minimums: Object.fromEntries(stages.map((stage) => [stage.kind, stage.minimumScore])),
    },
  });
  const errors = form.formState.errors;
  const { formError, pending, submit } = useActionSubmit(form.setError);
  const onSubmit = form.handleSubmit((values) => {
    setSaved(false);
    submit(
      () => action({ ...values, slug }),
      () => {
        setSaved(true);
        router.refresh();
      },
    );
  });
  const weights = useWatch({ control: form.control, name: "weights" });
  const total = stages.reduce((sum, stage) => sum + (Number(weights?.[stage.kind]) || 0), 0);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Bobot dan nilai minimum tahapan">
      <FormError message={formError ?? (errors.weights?.message as string | undefined) ?? null} />
      {saved ? <FormSuccess message="Bobot tahapan disimpan." /> : null}
      <fieldset disabled={frozen || pending} className="grid gap-4 sm:grid-cols-2">
        <legend className="sr-only">Bobot per tahap</legend>
        {stages.map((stage) => (
          <div key={stage.kind} className="space-y-2 rounded-md border border-slate-200 p-3">
            <p className="font-semibold">{stage.name}</p>
            <TextField
              label="Bobot (%)"
              type="number"
              inputMode="decimal"
              min={0}
              max={100}
              step={0.001}
              registration={form.register(`weights.${stage.kind}`, { valueAsNumber: true })}
              error={errors.weights?.[stage.kind]}
            />
            <TextField
              label="Nilai minimum (opsional)"
              type="number"
              inputMode="decimal"
              min={0}
              max={100}
              step={0.001}
              registration={form.register(`minimums.${stage.kind}`, { setValueAs: emptyToNull })}
              error={errors.minimums?.[stage.kind]}
              hint="Peserta dengan rata-rata di bawah nilai ini tidak diperingkat."
            />
          </div>
        ))}
      </fieldset>
      <p className="text-sm" aria-live="polite">
        Jumlah bobot: <strong>{Number.isFinite(total) ? total.toLocaleString("id-ID", { maximumFractionDigits: 3 }) : "–"}%</strong> (harus 100%)
      </p>
      {frozen ? null : (
        <button type="submit" className={buttonClass("primary")} disabled={pending}>
          {pending ? "Menyimpan…" : "Simpan bobot"}
        </button>
      )}
    </form>
  );
}
