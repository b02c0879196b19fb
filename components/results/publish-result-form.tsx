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

type Mode = "result" | "correction" | "shortlist" | "final" | "formation-skd" | "formation-final" | "formation-replacement";

const TEXTS: Record<Mode, { button: string; title: string; confirm: string; success: string; after: string }> = {
  result: {
    button: "Umumkan hasil",
    title: "Umumkan hasil seleksi administrasi?",
    confirm: "Ya, umumkan hasil",
    success: "Hasil seleksi administrasi telah diumumkan.",
    after: "perubahan sesudahnya hanya melalui ralat.",
  },
  correction: {
    button: "Umumkan ralat",
    title: "Umumkan ralat hasil seleksi administrasi?",
    confirm: "Ya, umumkan ralat",
    success: "Ralat pengumuman telah diumumkan.",
    after: "perubahan sesudahnya hanya melalui ralat.",
  },
  shortlist: {
    button: "Umumkan tiga nama",
    title: "Umumkan tiga nama yang diusulkan kepada PPK?",
    confirm: "Ya, umumkan tiga nama",
    success: "Tiga nama telah diumumkan.",
    after: "daftar nama tidak dapat diubah lagi.",
  },
  final: {
    button: "Umumkan hasil akhir",
    title: "Umumkan hasil akhir seleksi?",
    confirm: "Ya, umumkan hasil akhir",
    success: "Hasil akhir seleksi telah diumumkan.",
    after: "seleksi dinyatakan selesai.",
  },
  "formation-skd": {
    button: "Umumkan hasil SKD formasi",
    title: "Umumkan hasil SKD formasi ini?",
    confirm: "Ya, umumkan hasil SKD",
    success: "Hasil SKD formasi telah diumumkan.",
    after: "nilai SKD dan peserta SKB formasi ini tidak berubah lagi; nilai SKB dapat diimpor.",
  },
  "formation-replacement": {
    button: "Umumkan perubahan hasil akhir formasi",
    title: "Umumkan perubahan hasil akhir formasi ini?",
    confirm: "Ya, umumkan perubahan",
    success: "Perubahan hasil akhir formasi telah diumumkan.",
    after: "pengumuman semula tetap tampil tanpa perubahan, dan pengumuman perubahan tampil di sampingnya.",
  },
  "formation-final": {
    button: "Umumkan hasil akhir formasi",
    title: "Umumkan hasil akhir formasi ini?",
    confirm: "Ya, umumkan hasil akhir",
    success: "Hasil akhir formasi telah diumumkan.",
    after: "peringkat dan nilai yang diumumkan tidak berubah lagi.",
  },
};

type Props = {
  slug: string;
  mode: Mode;
  /** Why publishing is not possible yet; the button stays disabled while set. */
  blockedReason?: string | null;
  /** What the confirmation says will happen, e.g. "3 peserta: 2 MS, 1 TMS". */
  summary: string;
  defaultDate: string;
  /** The formation whose result is published (a CPNS final result is announced per formation). */
  vacancyId?: string;
  action: PublishAction | FormationPublishAction;
};

type PublishOutcome = Promise<ActionResult<{ announcementSlug: string }>>;
type PublishAction = (input: PublishResultInput) => PublishOutcome;
type FormationPublishAction = (input: PublishResultInput & { vacancyId: string }) => PublishOutcome;

/** Number and date of the announcement, then an irreversible publication behind a confirmation. */
export function PublishResultForm({ slug, mode, blockedReason, summary, defaultDate, vacancyId, action }: Props) {
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
  const texts = TEXTS[mode];

  const publish = () => {
    const values = form.getValues();
    startTransition(async () => {
      const input = { slug, number: values.number, date: values.date };
      // A formation's result names its formation; the other announcements take the header alone.
      const result = vacancyId ? await (action as FormationPublishAction)({ ...input, vacancyId }) : await (action as PublishAction)(input);
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
        <FormSuccess message={texts.success} />
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
        {texts.button}
      </button>
      <ConfirmDialog
        open={isConfirming}
        title={texts.title}
        confirmLabel={texts.confirm}
        pending={pending}
        onConfirm={publish}
        onCancel={() => setConfirming(false)}
      >
        <p>{summary}</p>
        <p className="mt-2">
          Pengumuman langsung tampil di halaman publik dan setiap peserta diberi tahu. Tindakan ini <strong>tidak dapat dibatalkan</strong>:{" "}
          {texts.after}
        </p>
      </ConfirmDialog>
    </form>
  );
}
