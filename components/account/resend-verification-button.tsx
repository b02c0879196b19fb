"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";

export function ResendVerificationButton({ action }: { action: (input: Record<string, never>) => Promise<ActionResult<{ message: string }>> }) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const resend = () =>
    startTransition(async () => {
      const result = await action({});
      setMessage(result.ok ? result.data.message : result.message);
    });
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" className="rounded-md border border-amber-700 bg-white px-3 py-1 text-sm font-semibold text-amber-900 hover:bg-amber-100" disabled={pending} onClick={resend}>
        {pending ? "Mengirim…" : "Kirim ulang tautan verifikasi"}
      </button>
      <span role="status" className="text-sm">
        {message}
      </span>
    </span>
  );
}
