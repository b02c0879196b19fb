"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { assignSubstituteSchema, type AssignSubstituteInput } from "@/lib/validation/scoring";
import type { z } from "zod";

type Person = { id: string; name: string };

type Props = {
  slug: string;
  stageId: string;
  applicationId: string;
  candidateName: string;
  /** The recused scorers still without a substitute. */
  recused: readonly Person[];
  /** Members of the selection's Pansel who do not score this stage. */
  members: readonly Person[];
  action: (input: AssignSubstituteInput & { slug: string }) => Promise<ActionResult<{ substituteId: string }>>;
};

/** The chair names a substitute scorer for one candidate, in place of a scorer who declared a conflict of interest. */
export function SubstituteForm({ slug, stageId, applicationId, candidateName, recused, members, action }: Props) {
  const router = useRouter();
  const form = useForm<AssignSubstituteInput, unknown, z.output<typeof assignSubstituteSchema>>({
    resolver: zodResolver(assignSubstituteSchema),
    defaultValues: { stageId, applicationId, replacesId: recused.length === 1 ? recused[0]!.id : "", userId: "" },
  });
  const errors = form.formState.errors;
  const { formError, pending, submit } = useActionSubmit(form.setError);
  const onSubmit = form.handleSubmit((values) => submit(() => action({ ...values, slug }), () => router.refresh()));

  return (
    <form noValidate onSubmit={onSubmit} className="mt-2 space-y-2" aria-label={`Penilai pengganti untuk ${candidateName}`}>
      <FormError message={formError} />
      <SelectField
        label="Menggantikan"
        options={recused.map((person) => ({ value: person.id, label: person.name }))}
        registration={form.register("replacesId")}
        error={errors.replacesId}
      />
      <SelectField
        label="Anggota Pansel pengganti"
        options={members.map((person) => ({ value: person.id, label: person.name }))}
        registration={form.register("userId")}
        error={errors.userId}
        hint="Pengganti menyatakan tidak ada konflik kepentingan lalu menilai peserta ini saja."
      />
      <button type="submit" className={buttonClass("secondary")} disabled={pending}>
        {pending ? "Menyimpan…" : "Tunjuk pengganti"}
      </button>
    </form>
  );
}
