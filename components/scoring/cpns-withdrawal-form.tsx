"use client";
// The chair records that a participant the formation's final result selected withdrew: who, and why
// (audited, on the applicant's timeline), behind a confirmation. The next in rank is then proposed, and
// takes the place when the chair publishes the corrected result.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/textarea-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/action";
import { cpnsWithdrawalSchema, type CpnsWithdrawalData, type CpnsWithdrawalInput } from "@/lib/validation/cat-results";

type Props = {
  slug: string;
  formationTitle: string;
  selected: ReadonlyArray<{ id: string; registrationNumber: string; name: string }>;
  action: (input: CpnsWithdrawalInput) => Promise<ActionResult<unknown>>;
};

export function CpnsWithdrawalForm({ slug, formationTitle, selected, action }: Props) {
  const router = useRouter();
  const [confirming, setConfirming] = useState<CpnsWithdrawalData | null>(null);
  const empty: CpnsWithdrawalInput = { slug, applicationId: selected.length === 1 ? selected[0]!.id : "", reason: "" };
  const form = useForm<CpnsWithdrawalInput, unknown, CpnsWithdrawalData>({ resolver: zodResolver(cpnsWithdrawalSchema), defaultValues: empty });
  const { formError, pending, submit } = useActionSubmit(form.setError);
  const errors = form.formState.errors;
  const chosen = selected.find((participant) => participant.id === confirming?.applicationId);
  const confirm = () => {
    if (!confirming) return;
    submit(() => action(confirming), () => {
      setConfirming(null);
      form.reset(empty);
      router.refresh();
    });
    setConfirming(null);
  };
  return (
    <form noValidate onSubmit={form.handleSubmit((values) => setConfirming(values))} className="space-y-4" aria-label={`Catat pengunduran diri peserta formasi ${formationTitle}`}>
      <FormError message={formError} />
      <SelectField
        label="Peserta yang mengundurkan diri"
        registration={form.register("applicationId")}
        error={errors.applicationId}
        options={selected.map((participant) => ({ value: participant.id, label: `${participant.name} (${participant.registrationNumber})` }))}
      />
      <TextAreaField label="Alasan pengunduran diri" rows={3} maxLength={500} registration={form.register("reason")} error={errors.reason} />
      <button type="submit" className={buttonClass("danger")} disabled={pending}>
        Catat pengunduran diri
      </button>
      <ConfirmDialog
        open={confirming !== null}
        title="Catat pengunduran diri peserta ini?"
        confirmLabel="Ya, catat pengunduran diri"
        pending={pending}
        onConfirm={confirm}
        onCancel={() => setConfirming(null)}
      >
        <p>
          {chosen ? `${chosen.name} (${chosen.registrationNumber})` : "Peserta"} dinyatakan mengundurkan diri dari hasil akhir formasi {formationTitle}. Tindakan ini{" "}
          <strong>tidak dapat dibatalkan</strong>; peserta peringkat berikutnya diusulkan sebagai pengganti dan ditetapkan melalui pengumuman perubahan.
        </p>
      </ConfirmDialog>
    </form>
  );
}
