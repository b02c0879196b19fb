"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { rescheduleStageSchema, type RescheduleStageInput } from "@/lib/validation/selection";

type Props = {
  stageId: string;
  stageName: string;
  startsAt: string;
  endsAt: string;
  action: (input: RescheduleStageInput) => Promise<ActionResult<null>>;
};

export function RescheduleForm({ stageId, stageName, startsAt, endsAt, action }: Props) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, setError, formState, resetField } = useForm<RescheduleStageInput>({
    resolver: zodResolver(rescheduleStageSchema),
    defaultValues: { stageId, startsAt, endsAt, reason: "" },
  });
  const onSubmit = handleSubmit((values) => {
    setMessage(null);
    startTransition(async () => {
      const result = await action(values);
      if (result.ok) {
        setMessage({ ok: true, text: "Jadwal diubah, diumumkan, dan pelamar diberi tahu." });
        resetField("reason");
      } else {
        setMessage({ ok: false, text: result.message });
        applyFieldErrors(setError, result.fieldErrors);
      }
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Ubah jadwal ${stageName}`} className="space-y-3">
      {message?.ok ? <FormSuccess message={message.text} /> : <FormError message={message?.text} />}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Mulai (WIB)" type="datetime-local" registration={register("startsAt")} error={formState.errors.startsAt} />
        <TextField label="Selesai (WIB)" type="datetime-local" registration={register("endsAt")} error={formState.errors.endsAt} />
      </div>
      <TextField label="Alasan perubahan (diumumkan)" registration={register("reason")} error={formState.errors.reason} />
      <button type="submit" className={buttonClass("secondary")} disabled={pending}>
        {pending ? "Menyimpan…" : "Ubah jadwal"}
      </button>
    </form>
  );
}
