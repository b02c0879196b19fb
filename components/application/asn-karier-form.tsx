"use client";

// The applicant's ASN Karier registration number on a draft application (editable until it is sent).
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { asnKarierNumberSchema, type AsnKarierNumberData, type AsnKarierNumberInput } from "@/lib/validation/channels";

type Props = {
  applicationId: string;
  current: string | null;
  action: (input: AsnKarierNumberInput) => Promise<ActionResult<null>>;
};

export function AsnKarierForm({ applicationId, current, action }: Props) {
  const [saved, setSaved] = useState(false);
  const form = useForm<AsnKarierNumberInput, unknown, AsnKarierNumberData>({
    resolver: zodResolver(asnKarierNumberSchema),
    defaultValues: { applicationId, asnKarierNumber: current ?? "" },
  });
  const { formError, pending, submit } = useActionSubmit(form.setError);
  const onSubmit = form.handleSubmit((values) => {
    setSaved(false);
    submit(() => action({ applicationId, asnKarierNumber: values.asnKarierNumber ?? "" }), () => setSaved(true));
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Nomor pendaftaran ASN Karier">
      <FormError message={formError} />
      {saved ? <FormSuccess message="Nomor pendaftaran ASN Karier disimpan." /> : null}
      <TextField
        label="Nomor pendaftaran ASN Karier"
        hint="Huruf, angka, dan tanda - / . (6–40 karakter, sekurang-kurangnya 4 angka). Dapat diubah sampai lamaran dikirim."
        autoComplete="off"
        registration={form.register("asnKarierNumber")}
        error={form.formState.errors.asnKarierNumber}
      />
      <button type="submit" className={buttonClass("secondary")} disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan nomor ASN Karier"}
      </button>
    </form>
  );
}
