"use client";

import { useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";

type Props = {
  userId: string;
  isActive: boolean;
  name: string;
  action: (input: { userId: string; isActive: boolean }) => Promise<ActionResult<null>>;
};

/** Deactivation asks for confirmation first; reactivation is immediate. */
export function UserActiveToggle({ userId, isActive, name, action }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (next: boolean) =>
    startTransition(async () => {
      const result = await action({ userId, isActive: next });
      setError(result.ok ? null : result.message);
      setConfirming(false);
    });

  if (!isActive) {
    return (
      <button type="button" className={buttonClass("secondary", "px-2 py-1 text-xs")} disabled={pending} onClick={() => run(true)}>
        Aktifkan
      </button>
    );
  }
  return (
    <div className="space-y-1">
      {confirming ? (
        <div role="group" aria-label={`Konfirmasi menonaktifkan ${name}`} className="flex gap-2">
          <button type="button" className={buttonClass("danger", "px-2 py-1 text-xs")} disabled={pending} onClick={() => run(false)}>
            Ya, nonaktifkan
          </button>
          <button type="button" className={buttonClass("secondary", "px-2 py-1 text-xs")} onClick={() => setConfirming(false)}>
            Batal
          </button>
        </div>
      ) : (
        <button type="button" className={buttonClass("secondary", "px-2 py-1 text-xs")} onClick={() => setConfirming(true)}>
          Nonaktifkan
        </button>
      )}
      {error ? <p className="text-xs text-red-700">{error}</p> : null}
    </div>
  );
}
