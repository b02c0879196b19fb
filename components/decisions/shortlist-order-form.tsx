"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { shortlistOrderSchema, type ShortlistOrderInput } from "@/lib/validation/decisions";
import type { z } from "zod";

type Props = { slug: string; order: "RANKED" | "ALPHABETICAL"; action: (input: ShortlistOrderInput) => Promise<ActionResult<unknown>> };

const OPTIONS = [
  { value: "RANKED", label: "Menurut peringkat, dengan nilai akhir" },
  { value: "ALPHABETICAL", label: "Menurut abjad, tanpa peringkat dan nilai" },
];

/** How the three names (and the final result) are listed in the announcements: the chair's choice. */
export function ShortlistOrderForm({ slug, order, action }: Props) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<ShortlistOrderInput, unknown, z.output<typeof shortlistOrderSchema>>({
    resolver: zodResolver(shortlistOrderSchema),
    defaultValues: { slug, order },
  });
  const { formError, pending, submit } = useActionSubmit(form.setError);
  const onSubmit = form.handleSubmit((values) => {
    setSaved(false);
    submit(
      () => action(values),
      () => {
        setSaved(true);
        router.refresh();
      },
    );
  });
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
      <FormError message={formError} />
      {saved ? <FormSuccess message="Urutan nama disimpan." /> : null}
      <SelectField label="Urutan nama pada pengumuman" options={OPTIONS} placeholder="" registration={form.register("order")} error={form.formState.errors.order} />
      <button type="submit" className={buttonClass("secondary")} disabled={pending}>
        Simpan urutan
      </button>
    </form>
  );
}
