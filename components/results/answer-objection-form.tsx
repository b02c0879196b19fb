"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { FormError } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/textarea-field";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { answerObjectionSchema, OBJECTION_ANSWER_MAX, type AnswerObjectionData, type AnswerObjectionInput } from "@/lib/validation/results";

type Props = {
  slug: string;
  objectionId: string;
  registrationNumber: string;
  action: (input: AnswerObjectionInput) => Promise<ActionResult<{ outcome: string }>>;
};

export function AnswerObjectionForm({ slug, objectionId, registrationNumber, action }: Props) {
  const router = useRouter();
  const form = useForm<AnswerObjectionInput, unknown, AnswerObjectionData>({
    resolver: zodResolver(answerObjectionSchema),
    defaultValues: { slug, objectionId, answer: "" },
  });
  const errors = form.formState.errors;
  const groupId = `hasil-sanggah-${objectionId}`;
  const { formError: error, pending, submit } = useActionSubmit(form.setError);

  const onSubmit = form.handleSubmit((values) => submit(() => action(values), () => router.refresh()));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`Jawab sanggah ${registrationNumber}`}>
      <FormError message={error} />
      <fieldset aria-describedby={errors.outcome ? `${groupId}-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">Keputusan atas sanggah</legend>
        <div className="mt-1 flex gap-5 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" value="ACCEPTED" {...form.register("outcome")} /> Diterima
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" value="REJECTED" {...form.register("outcome")} /> Ditolak
          </label>
        </div>
        {errors.outcome?.message ? (
          <p id={`${groupId}-error`} className="text-sm text-red-700">
            {errors.outcome.message}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        id={`jawaban-${objectionId}`}
        label="Jawaban"
        maxLength={OBJECTION_ANSWER_MAX}
        registration={form.register("answer")}
        error={errors.answer}
        hint="Jawaban dikirim kepada pelamar dan tidak dapat diubah."
      />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? "Menyimpan…" : "Kirim jawaban"}
      </button>
    </form>
  );
}
