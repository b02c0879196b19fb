"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { DeclarationFields } from "@/components/application/declaration-fields";
import type { DeclarationWording } from "@/lib/applications/declarations";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { updateDeclarationsSchema } from "@/lib/validation/application";
import type { z } from "zod";

type Values = z.input<typeof updateDeclarationsSchema>;

type Props = {
  applicationId: string;
  current: { willingAllStages: boolean; willingToReside: boolean; noMppStatement: boolean };
  action: (input: Values) => Promise<ActionResult<unknown>>;
  wording: DeclarationWording;
};

/**
 * The declarations of a draft, changeable until it is sent (e.g. the no-MPP tick of the 58-year path,
 * which decides whether the signed statement, item 23, is asked for).
 */
export function DeclarationsForm({ applicationId, current, action, wording }: Props) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<Values, unknown, z.output<typeof updateDeclarationsSchema>>({
    resolver: zodResolver(updateDeclarationsSchema),
    defaultValues: { applicationId, ...current },
  });
  const { formError, pending, submit } = useActionSubmit(setError);
  const onSubmit = handleSubmit((values) => {
    setSaved(false);
    return submit(
      () => action(values),
      () => {
        setSaved(true);
        router.refresh();
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Ubah pernyataan">
      <FormError message={formError} />
      {saved ? <FormSuccess message="Pernyataan disimpan." /> : null}
      <DeclarationFields
        willingAllStages={register("willingAllStages")}
        willingToReside={register("willingToReside")}
        noMppStatement={register("noMppStatement")}
        willingAllStagesError={formState.errors.willingAllStages?.message}
        wording={wording}
      />
      <button type="submit" className={buttonClass("secondary")} disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan pernyataan"}
      </button>
    </form>
  );
}
