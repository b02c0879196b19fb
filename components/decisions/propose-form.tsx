"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/textarea-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/action";
import { proposeShortlistSchema, type ProposeShortlistInput } from "@/lib/validation/decisions";
import type { z } from "zod";

type Props = {
  slug: string;
  vacancyId: string;
  vacancyTitle: string;
  names: readonly string[];
  tieAtCutoff: boolean;
  action: (input: ProposeShortlistInput) => Promise<ActionResult<unknown>>;
};

/** The chair proposes the names of the ranking's shortlist to the PPK, behind a confirmation. */
export function ProposeForm({ slug, vacancyId, vacancyTitle, names, tieAtCutoff, action }: Props) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const form = useForm<ProposeShortlistInput, unknown, z.output<typeof proposeShortlistSchema>>({
    resolver: zodResolver(proposeShortlistSchema),
    defaultValues: { slug, vacancyId, note: "" },
  });
  const { formError, pending, submit } = useActionSubmit(form.setError);
  const propose = () =>
    submit(
      () => action(form.getValues()),
      () => {
        setConfirming(false);
        router.refresh();
      },
    );
  return (
    <form noValidate className="space-y-3" onSubmit={form.handleSubmit(() => setConfirming(true))} aria-label={`Usulan tiga nama ${vacancyTitle}`}>
      <FormError message={formError} />
      <TextAreaField
        label={tieAtCutoff ? "Penjelasan nilai sama pada batas tiga nama (wajib)" : "Catatan (opsional)"}
        maxLength={2000}
        registration={form.register("note")}
        error={form.formState.errors.note}
      />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        Usulkan {names.length} nama kepada PPK
      </button>
      <ConfirmDialog
        open={confirming}
        title="Usulkan nama kepada PPK?"
        confirmLabel="Ya, usulkan"
        pending={pending}
        error={formError}
        onConfirm={propose}
        onCancel={() => setConfirming(false)}
      >
        <p>Nama yang diusulkan untuk {vacancyTitle}, menurut peringkat yang dihitung dari nilai tersimpan:</p>
        <ol className="mt-2 list-decimal pl-5">
          {names.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ol>
        <p className="mt-2">Usulan dibekukan bersama nilai akhirnya dan tidak dapat diubah.</p>
      </ConfirmDialog>
    </form>
  );
}
