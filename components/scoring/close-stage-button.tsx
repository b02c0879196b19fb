"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/action";

type Props = {
  slug: string;
  stageId: string;
  stageName: string;
  action: (input: { slug: string; stageId: string; acknowledgeSpread: boolean }) => Promise<ActionResult<unknown>>;
};

/**
 * Closing a stage locks its scores. The server refuses while a member has not scored or recused,
 * and asks for an explicit acknowledgement when members' scores differ by more than the threshold:
 * the dialog then shows that message and a checkbox.
 */
export function CloseStageButton({ slug, stageId, stageName, action }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [details, setDetails] = useState<string[]>([]);
  const [needsAcknowledgement, setNeedsAcknowledgement] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);
  const [pending, startTransition] = useTransition();

  const confirm = () =>
    startTransition(async () => {
      const result = await action({ slug, stageId, acknowledgeSpread: acknowledged });
      if (result.ok) {
        setOpen(false);
        router.refresh();
        return;
      }
      setError(result.message);
      const fieldErrors = result.fieldErrors ?? {};
      setDetails(Object.entries(fieldErrors).filter(([key]) => key.startsWith("pending.")).map(([, text]) => text));
      setNeedsAcknowledgement("acknowledgeSpread" in fieldErrors);
    });

  return (
    <>
      <button type="button" className={buttonClass("secondary")} onClick={() => setOpen(true)}>
        Tutup tahap {stageName}
      </button>
      <ConfirmDialog
        open={open}
        title={`Tutup tahap ${stageName}?`}
        confirmLabel="Ya, tutup tahap"
        pending={pending}
        error={error}
        onConfirm={confirm}
        onCancel={() => {
          setOpen(false);
          setError(null);
          setDetails([]);
        }}
      >
        <p>Setelah ditutup, nilai tahap ini terkunci: tidak dapat dikirim maupun dikoreksi lagi, dan peserta masuk ke perhitungan peringkat.</p>
        {details.length > 0 ? (
          <ul className="mt-2 list-disc pl-5 text-sm">
            {details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        ) : null}
        {needsAcknowledgement ? (
          <label className="mt-3 flex items-start gap-2 text-sm">
            <input type="checkbox" className="mt-1 h-4 w-4" checked={acknowledged} onChange={(event) => setAcknowledged(event.target.checked)} />
            Saya telah meninjau peserta dengan selisih nilai antaranggota yang besar pada rekap nilai.
          </label>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
