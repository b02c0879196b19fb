"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/action";
import { publishResultSchema, type PublishResultData, type PublishResultInput } from "@/lib/validation/results";

type Props = {
  slug: string;
  mode: "result" | "correction";
  /** Why publishing is not possible yet; the button stays disabled while set. */
  blockedReason?: string | null;
  /** What the confirmation says will happen, e.g. "3 peserta: 2 MS, 1 TMS". */
  summary: string;
  defaultDate: string;
  action: (input: PublishResultInput) => Promise<ActionResult<{ announcementSlug: string }>>;
};

/** Number and date of the announcement, then an irreversible publication behind a confirmation. */
export function PublishResultForm({ slug, mode, blockedReason, summary, defaultDate, action }: Props) {
  const router = useRouter();
  const [isConfirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [published, setPublished] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<PublishResultInput, unknown, PublishResultData>({
    resolver: zodResolver(publishResultSchema),
    defaultValues: { slug, number: "", date: defaultDate },
  });
  const errors = form.formState.errors;
  const label = mode === "result" ? "Umumkan hasil" : "Umumkan ralat";

  const publish = () => {
    const values = form.getValues();
    startTransition(async () => {
      const result = await action({ slug, number: values.number, date: values.date });
      if (result.ok) {
        setConfirming(false);
        setError(null);
        setPublished(result.data.announcementSlug);
        router.refresh();
        return;
      }
      setConfirming(false);
      const pendingItems = Object.entries(result.fieldErrors ?? {}).filter(([key]) => key.startsWith("pending."));
      setError(pendingItems.length > 0 ? `${result.message} ${pendingItems.map(([, item]) => item).join("; ")}` : result.message);
      applyFieldErrors(form.setError, Object.fromEntries(Object.entries(result.fieldErrors ?? {}).filter(([key]) => key === "number" || key === "date")));
    });
  };

  if (published) {
    return (
      <div className="space-y-2">
        <FormSuccess message={mode === "result" ? "Hasil seleksi administrasi telah diumumkan." : "Ralat pengumuman telah diumumkan."} />
        <Link href={`/pengumuman/${published}`} className="font-semibold">
          Lihat pengumuman →
        </Link>
      </div>
    );
  }

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit(() => {
        setError(null);
        setConfirming(true);
      })}
    >
      <FormError message={error} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Nomor pengumuman" placeholder="06/SELTER/SKW/XI/2025" registration={form.register("number")} error={errors.number} />
        <TextField label="Tanggal pengumuman" type="date" registration={form.register("date")} error={errors.date} hint="Tanggal penandatanganan; kosong berarti hari ini." />
      </div>
      {blockedReason ? <p className="text-sm text-amber-900">{blockedReason}</p> : null}
      <button type="submit" className={buttonClass("primary")} disabled={Boolean(blockedReason) || pending}>
        {label}
      </button>
      <ConfirmDialog
        open={isConfirming}
        title={mode === "result" ? "Umumkan hasil seleksi administrasi?" : "Umumkan ralat hasil seleksi administrasi?"}
        confirmLabel={mode === "result" ? "Ya, umumkan hasil" : "Ya, umumkan ralat"}
        pending={pending}
        onConfirm={publish}
        onCancel={() => setConfirming(false)}
      >
        <p>{summary}</p>
        <p className="mt-2">
          Pengumuman langsung tampil di halaman publik dan setiap peserta diberi tahu. Tindakan ini <strong>tidak dapat dibatalkan</strong>:
          perubahan sesudahnya hanya melalui ralat.
        </p>
      </ConfirmDialog>
    </form>
  );
}
