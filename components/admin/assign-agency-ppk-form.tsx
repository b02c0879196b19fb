"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { assignAgencyPpkSchema, type AssignAgencyPpkData, type AssignAgencyPpkInput } from "@/lib/validation/institutions";

/** Names a PPK account as the PPK of an agency; what was typed stays when the server refuses it. */
export function AssignAgencyPpkForm({
  institutions,
  action,
}: {
  institutions: { id: string; name: string }[];
  action: (input: AssignAgencyPpkInput) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const form = useForm<AssignAgencyPpkInput, unknown, AssignAgencyPpkData>({ resolver: zodResolver(assignAgencyPpkSchema), defaultValues: { institutionId: "", email: "" } });
  const { formError, pending, submit } = useActionSubmit(form.setError);
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit((values) =>
    submit(
      () => action(values),
      () => {
        form.reset({ institutionId: values.institutionId, email: "" });
        router.refresh();
      },
    ),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4" aria-label="Tetapkan PPK instansi">
      <FormError message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Instansi"
          placeholder="— Pilih instansi —"
          options={institutions.map((institution) => ({ value: institution.id, label: institution.name }))}
          registration={form.register("institutionId")}
          error={errors.institutionId}
        />
        <TextField label="E-mail akun PPK" type="email" registration={form.register("email")} error={errors.email} />
      </div>
      <button type="submit" className={buttonClass()} disabled={pending}>
        {pending ? "Menyimpan…" : "Tetapkan sebagai PPK"}
      </button>
    </form>
  );
}
