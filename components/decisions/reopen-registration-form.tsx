"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useConfirmation } from "@/components/forms/use-confirmation";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/action";
import { formatWib, wibToUtc } from "@/lib/dates/wib";
import { reopenRegistrationSchema, type ReopenRegistrationData, type ReopenRegistrationInput } from "@/lib/validation/selection";

type Props = { slug: string; latestClosing: string; action: (input: ReopenRegistrationInput) => Promise<ActionResult<unknown>> };

/** After an escalation, the chair reopens registration until a new closing, with the reason the public reads. */
export function ReopenRegistrationForm({ slug, latestClosing, action }: Props) {
  const router = useRouter();
  const form = useForm<ReopenRegistrationInput, unknown, ReopenRegistrationData>({
    resolver: zodResolver(reopenRegistrationSchema),
    defaultValues: { slug, endsAt: "", reason: "" },
  });
  const { formError, pending, submit } = useActionSubmit(form.setError);
  const confirmation = useConfirmation<ReopenRegistrationData>();
  const onSubmit = form.handleSubmit(confirmation.ask);
  return (
    <form noValidate className="space-y-3" onSubmit={onSubmit} aria-label="Buka kembali pendaftaran">
      <FormError message={formError} />
      <TextField
        label="Pendaftaran ditutup pada (WIB)"
        type="datetime-local"
        hint={`Paling lama 14 hari sejak dibuka kembali, yaitu sampai ${latestClosing}`}
        registration={form.register("endsAt")}
        error={form.formState.errors.endsAt}
      />
      <TextAreaField
        label="Alasan pembukaan kembali"
        hint="Ditampilkan di riwayat jadwal halaman publik seleksi dan dikirim kepada pelamar"
        maxLength={500}
        registration={form.register("reason")}
        error={form.formState.errors.reason}
      />
      <button type="submit" className={buttonClass()} disabled={pending}>
        {pending ? "Menyimpan…" : "Buka kembali pendaftaran"}
      </button>
      <ConfirmDialog
        open={confirmation.isOpen}
        title="Buka kembali pendaftaran?"
        confirmLabel="Ya, buka kembali"
        pending={pending}
        onConfirm={() => confirmation.confirm((values) => submit(() => action(values), () => router.refresh()))}
        onCancel={confirmation.cancel}
      >
        <p>
          Pendaftaran dibuka kembali sampai <strong>{confirmation.values ? formatWib(wibToUtc(confirmation.values.endsAt)) : "-"}</strong>.
        </p>
        <p className="mt-2">Alasan: {confirmation.values?.reason ?? "-"}</p>
        <p className="mt-2">
          Status seleksi kembali menjadi &quot;Pendaftaran dibuka&quot;, perubahan jadwal diumumkan di halaman publik, dan pelamar (termasuk yang masih
          menyimpan draf) diberi tahu.
        </p>
      </ConfirmDialog>
    </form>
  );
}
