"use client";

import { useState } from "react";

/**
 * A summary-and-confirm step before an irreversible action: the form's valid values wait here while
 * the ConfirmDialog (components/ui/confirm-dialog.tsx) shows what will happen; nothing is sent until
 * the user confirms, and Escape or "Batal" drops them.
 */
export function useConfirmation<V>() {
  const [values, setValues] = useState<V | null>(null);
  return {
    values,
    isOpen: values !== null,
    ask: (next: V) => setValues(next),
    cancel: () => setValues(null),
    /** Closes the dialog and hands the waiting values to `send` (the form shows the outcome). */
    confirm: (send: (values: V) => void) => {
      if (values === null) return;
      setValues(null);
      send(values);
    },
  };
}
