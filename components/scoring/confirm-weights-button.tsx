"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormError } from "@/components/forms/form-message";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/action";
import { weightLineText, type WeightLine } from "@/lib/scoring/weights-confirmation";

type Props = {
  slug: string;
  selectionId: string;
  stages: readonly WeightLine[];
  /** Why confirming is not possible yet (unsaved or incomplete weights), if so. */
  blockedReason: string | null;
  action: (input: { slug: string; selectionId: string }) => Promise<ActionResult<unknown>>;
};

/** The chair confirms the weights and minimums as saved, behind a summary-and-confirm dialog. */
export function ConfirmWeightsButton({ slug, selectionId, stages, blockedReason, action }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const confirm = () => {
    startTransition(async () => {
      const result = await action({ slug, selectionId });
      if (result.ok) {
        setOpen(false);
        setError(null);
        router.refresh();
        return;
      }
      setError(result.message);
    });
  };
  return (
    <div className="space-y-2">
      <FormError message={open ? null : error} />
      {blockedReason ? <p className="text-sm text-amber-900">{blockedReason}</p> : null}
      <button type="button" className={buttonClass("primary")} disabled={Boolean(blockedReason) || pending} onClick={() => setOpen(true)}>
        Konfirmasi bobot dan nilai minimum
      </button>
      <ConfirmDialog
        open={open}
        title="Konfirmasi bobot dan nilai minimum"
        confirmLabel="Ya, konfirmasi"
        pending={pending}
        error={error}
        onConfirm={confirm}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
      >
        <ul className="list-disc space-y-1 pl-5">
          {stages.map((stage) => (
            <li key={stage.name}>{weightLineText(stage)}</li>
          ))}
        </ul>
        <p className="mt-2">
          Setelah dikonfirmasi, bobot dan nilai minimum <strong>tidak dapat diubah lagi</strong>, anggota Pansel dapat mengirim nilai, dan ketentuan ini
          dicantumkan dalam berita acara dan pengumuman hasil akhir.
        </p>
      </ConfirmDialog>
    </div>
  );
}
