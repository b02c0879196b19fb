"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormError } from "@/components/forms/form-message";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/action";
import type { DeclareConflictInput } from "@/lib/validation/scoring";

type Props = {
  slug: string;
  stageId: string;
  applicationId: string;
  candidateLabel: string;
  action: (input: DeclareConflictInput & { slug: string }) => Promise<ActionResult<{ hasConflict: boolean }>>;
};

/** The declaration a member makes before seeing or scoring a candidate: no conflict, or recusal with a statement. */
export function ConflictDeclarationForm({ slug, stageId, applicationId, candidateLabel, action }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [recusing, setRecusing] = useState(false);
  const [statement, setStatement] = useState("");
  const [pending, startTransition] = useTransition();
  // The declaration is final (a recusal cannot be withdrawn): confirm which one before sending.
  const [asking, setAsking] = useState<boolean | null>(null);
  const statementId = `konflik-${applicationId}`;

  function send(hasConflict: boolean) {
    setError(null);
    startTransition(async () => {
      const result = await action({ slug, stageId, applicationId, hasConflict, statement: hasConflict ? statement : undefined });
      if (result.ok) {
        router.refresh();
        return;
      }
      setError(result.fieldErrors?.statement ?? result.message);
    });
  }

  return (
    <div className="space-y-2" role="group" aria-label={`Pernyataan konflik kepentingan untuk ${candidateLabel}`}>
      <FormError message={error} />
      <p className="text-sm text-slate-700">Sebelum menilai, nyatakan apakah Anda memiliki konflik kepentingan dengan peserta ini.</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass("primary")} disabled={pending} onClick={() => setAsking(false)}>
          Saya tidak memiliki konflik kepentingan
        </button>
        {recusing ? null : (
          <button type="button" className={buttonClass("secondary")} disabled={pending} onClick={() => setRecusing(true)}>
            Saya memiliki konflik (mengundurkan diri)
          </button>
        )}
      </div>
      {recusing ? (
        <div className="space-y-2">
          <label htmlFor={statementId} className="block text-sm font-medium text-slate-800">
            Uraian konflik kepentingan
          </label>
          <textarea
            id={statementId}
            rows={2}
            maxLength={2000}
            value={statement}
            onChange={(event) => setStatement(event.target.value)}
            className="w-full rounded border border-slate-300 px-3 py-2 text-sm"
          />
          <button type="button" className={buttonClass("danger")} disabled={pending} onClick={() => setAsking(true)}>
            Kirim pernyataan konflik (mengundurkan diri)
          </button>
        </div>
      ) : null}
      <ConfirmDialog
        open={asking !== null}
        title={asking ? "Kirim pernyataan konflik kepentingan?" : "Nyatakan tidak ada konflik kepentingan?"}
        confirmLabel={asking ? "Ya, saya mengundurkan diri" : "Ya, saya tidak memiliki konflik"}
        onConfirm={() => {
          const hasConflict = asking === true;
          setAsking(null);
          send(hasConflict);
        }}
        onCancel={() => setAsking(null)}
      >
        {asking ? (
          <p>
            Anda menyatakan memiliki konflik kepentingan dengan {candidateLabel} dan tidak menilai peserta ini. Pernyataan ini{" "}
            <strong>tidak dapat ditarik kembali</strong>.
          </p>
        ) : (
          <p>
            Anda menyatakan tidak memiliki konflik kepentingan dengan {candidateLabel}. Pernyataan ini dicatat dalam berita acara; sesudah nilai dikirim,
            pernyataan tidak dapat diubah.
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
