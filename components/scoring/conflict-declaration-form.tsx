"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormError } from "@/components/forms/form-message";
import { buttonClass } from "@/components/ui/button";
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
        <button type="button" className={buttonClass("primary")} disabled={pending} onClick={() => send(false)}>
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
          <button type="button" className={buttonClass("danger")} disabled={pending} onClick={() => send(true)}>
            Kirim pernyataan konflik (mengundurkan diri)
          </button>
        </div>
      ) : null}
    </div>
  );
}
