"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormError } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/textarea-field";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/action";
import { OBJECTION_REASON_MAX } from "@/lib/results/texts";
import { characterCount, submitObjectionSchema, type SubmitObjectionData, type SubmitObjectionInput } from "@/lib/validation/results";

type Props = {
  applicationId: string;
  deadlineText: string;
  action: (input: SubmitObjectionInput) => Promise<ActionResult<{ objectionId: string }>>;
};

/** One objection, at most 255 characters, no documents; confirmed first because it cannot be repeated. */
export function ObjectionForm({ applicationId, deadlineText, action }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isConfirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const form = useForm<SubmitObjectionInput, unknown, SubmitObjectionData>({
    resolver: zodResolver(submitObjectionSchema),
    defaultValues: { applicationId, reason: "" },
  });
  const used = characterCount(useWatch({ control: form.control, name: "reason" }) ?? "");

  const send = () => {
    const values = form.getValues();
    startTransition(async () => {
      const result = await action({ applicationId, reason: values.reason });
      setConfirming(false);
      if (result.ok) {
        router.refresh();
        return;
      }
      setError(result.message);
      applyFieldErrors(form.setError, result.fieldErrors);
    });
  };

  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={form.handleSubmit(() => {
        setError(null);
        setConfirming(true);
      })}
    >
      <p className="text-sm text-slate-700">
        Anda dapat mengajukan sanggah <strong>satu kali</strong> paling lambat <strong>{deadlineText}</strong>. Sanggah berupa alasan tertulis
        paling banyak {OBJECTION_REASON_MAX} karakter; berkas tidak dapat diganti atau ditambah.
      </p>
      <FormError message={error} />
      <TextAreaField
        label="Alasan sanggah"
        rows={4}
        registration={form.register("reason")}
        error={form.formState.errors.reason}
        hint={`${used}/${OBJECTION_REASON_MAX} karakter`}
      />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        Kirim sanggah
      </button>
      <ConfirmDialog
        open={isConfirming}
        title="Kirim sanggah sekarang?"
        confirmLabel="Ya, kirim sanggah"
        pending={pending}
        onConfirm={send}
        onCancel={() => setConfirming(false)}
      >
        Sanggah hanya dapat diajukan satu kali dan tidak dapat diubah setelah dikirim.
      </ConfirmDialog>
    </form>
  );
}
