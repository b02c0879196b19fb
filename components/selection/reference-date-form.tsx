"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRef, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { setReferenceDateSchema, type SetReferenceDateInput } from "@/lib/validation/selection";

type Props = {
  slug: string;
  current: string;
  action: (input: SetReferenceDateInput) => Promise<ActionResult<{ reevaluated: number; changed: number }>>;
};

/** Setting the decree date re-evaluates every application: confirmed in a dialog first. */
export function ReferenceDateForm({ slug, current, action }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, setError, formState, getValues } = useForm<SetReferenceDateInput>({
    resolver: zodResolver(setReferenceDateSchema),
    defaultValues: { slug, referenceDate: current },
  });
  const openConfirmation = () => dialog.current?.showModal();
  const run = () => {
    dialog.current?.close();
    startTransition(async () => {
      const result = await action(getValues());
      if (result.ok) {
        setMessage({ ok: true, text: `Tanggal acuan disimpan. ${result.data.reevaluated} lamaran dihitung ulang; ${result.data.changed} berubah hasilnya.` });
      } else {
        setMessage({ ok: false, text: result.message });
        applyFieldErrors(setError, result.fieldErrors);
      }
    });
  };
  return (
    <form onSubmit={(event) => void handleSubmit(openConfirmation)(event)} noValidate aria-label="Tanggal acuan usia" className="space-y-3">
      {message?.ok ? <FormSuccess message={message.text} /> : <FormError message={message?.text} />}
      <TextField
        label="Tanggal keputusan pengangkatan (acuan usia)"
        type="date"
        hint="Semua lamaran yang sudah dikirim dihitung ulang dengan tanggal ini."
        registration={register("referenceDate")}
        error={formState.errors.referenceDate}
      />
      <button type="submit" className={buttonClass("secondary")} disabled={pending}>
        {pending ? "Menghitung ulang…" : "Simpan dan hitung ulang"}
      </button>
      <dialog ref={dialog} aria-labelledby="konfirmasi-acuan" className="m-auto max-w-md rounded-lg p-6 shadow-xl backdrop:bg-black/40">
        <h2 id="konfirmasi-acuan" className="text-lg font-semibold">
          Hitung ulang semua lamaran?
        </h2>
        <p className="mt-2 text-sm text-slate-700">Hasil pemeriksaan persyaratan setiap pelamar diperbarui dan pelamar yang hasilnya berubah diberi tahu.</p>
        <div className="mt-5 flex justify-end gap-3">
          <button type="button" className={buttonClass("secondary")} onClick={() => dialog.current?.close()}>
            Batal
          </button>
          <button type="button" className={buttonClass()} onClick={run}>
            Ya, simpan
          </button>
        </div>
      </dialog>
    </form>
  );
}
