"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/textarea-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useConfirmation } from "@/components/forms/use-confirmation";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/action";
import { ESCALATION_LABELS, ESCALATION_OPTIONS } from "@/lib/decisions/steps";
import { escalateSchema, type EscalateInput } from "@/lib/validation/decisions";
import type { z } from "zod";

type Props = { slug: string; vacancyId: string; action: (input: EscalateInput) => Promise<ActionResult<unknown>> };

/** Fewer qualified candidates than names needed: the chair escalates with the proposed follow-up. */
export function EscalateForm({ slug, vacancyId, action }: Props) {
  const router = useRouter();
  const form = useForm<EscalateInput, unknown, z.output<typeof escalateSchema>>({
    resolver: zodResolver(escalateSchema),
    defaultValues: { slug, vacancyId, note: "" },
  });
  const { formError, pending, submit } = useActionSubmit(form.setError);
  const confirmation = useConfirmation<z.output<typeof escalateSchema>>();
  const onSubmit = form.handleSubmit(confirmation.ask);
  return (
    <form noValidate className="space-y-3" onSubmit={onSubmit} aria-label="Eskalasi kepada lembaga pengawas">
      <FormError message={formError} />
      <SelectField
        label="Tindak lanjut yang diusulkan"
        options={ESCALATION_OPTIONS.map((option) => ({ value: option, label: ESCALATION_LABELS[option] }))}
        registration={form.register("option")}
        error={form.formState.errors.option}
      />
      <TextAreaField label="Alasan dan penjelasan" maxLength={2000} registration={form.register("note")} error={form.formState.errors.note} />
      <button type="submit" className={buttonClass("danger")} disabled={pending}>
        {pending ? "Menyimpan…" : "Eskalasi kepada lembaga pengawas"}
      </button>
      <ConfirmDialog
        open={confirmation.isOpen}
        title="Eskalasi kepada lembaga pengawas?"
        confirmLabel="Ya, eskalasi"
        onConfirm={() => confirmation.confirm((values) => submit(() => action(values), () => router.refresh()))}
        onCancel={confirmation.cancel}
      >
        <p>
          Tindak lanjut yang diusulkan: <strong>{confirmation.values ? ESCALATION_LABELS[confirmation.values.option] : "-"}</strong>.
        </p>
        <p className="mt-2">
          Seleksi jabatan ini berhenti pada tahap ini, peserta diberi tahu, dan halaman seleksi menampilkan pemberitahuan. Tindakan ini{" "}
          <strong>tidak dapat dibatalkan</strong>.
        </p>
      </ConfirmDialog>
    </form>
  );
}
