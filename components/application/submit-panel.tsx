"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { FormSuccess } from "@/components/forms/form-message";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";

type Props = {
  applicationId: string;
  deadlineText: string;
  action: (input: { applicationId: string }) => Promise<ActionResult<{ submittedAt: string }>>;
};

/** Submitting is irreversible: a confirmation dialog first, then the server's verdict with reasons. */
export function SubmitPanel({ applicationId, deadlineText, action }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [problems, setProblems] = useState<{ message: string; items: string[] } | null>(null);
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();
  const router = useRouter();

  const submit = () => {
    dialog.current?.close();
    startTransition(async () => {
      const result = await action({ applicationId });
      if (result.ok) {
        setProblems(null);
        setDone(true);
        // The page re-renders as submitted (this panel goes away); the banner there confirms it.
        router.replace(`/akun/lamaran/${applicationId}?terkirim=1`);
      } else {
        setProblems({ message: result.message, items: Object.values(result.fieldErrors ?? {}) });
      }
    });
  };

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        Periksa kembali ringkasan di atas. Setelah dikirim, data dan berkas pendaftaran tidak dapat diubah lagi (kecuali berkas yang boleh
        diserahkan saat wawancara). Batas akhir: <strong>{deadlineText}</strong>.
      </p>
      {problems ? (
        <div role="alert" data-form-error className="rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-800">
          <p className="font-semibold">{problems.message}</p>
          {problems.items.length > 0 ? (
            <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="daftar-kekurangan">
              {problems.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {done ? <FormSuccess message="Lamaran berhasil dikirim. Bukti pendaftaran dapat diunduh." /> : null}
      <button type="button" className={buttonClass()} disabled={pending || done} onClick={() => dialog.current?.showModal()}>
        {pending ? "Mengirim…" : "Kirim lamaran"}
      </button>
      <dialog ref={dialog} aria-labelledby="konfirmasi-kirim" className="m-auto max-w-md rounded-lg p-6 shadow-xl backdrop:bg-black/40">
        <h2 id="konfirmasi-kirim" className="text-lg font-semibold">
          Kirim lamaran sekarang?
        </h2>
        <p className="mt-2 text-sm text-slate-700">Lamaran yang sudah dikirim tidak dapat ditarik untuk diubah. Pastikan data dan berkas sudah benar.</p>
        <div className="mt-5 flex justify-end gap-3">
          <button type="button" className={buttonClass("secondary")} onClick={() => dialog.current?.close()}>
            Periksa lagi
          </button>
          <button type="button" className={buttonClass()} onClick={submit}>
            Ya, kirim lamaran
          </button>
        </div>
      </dialog>
    </div>
  );
}
