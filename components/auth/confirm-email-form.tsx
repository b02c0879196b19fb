"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";

/** A button, not an automatic confirmation on page load: a mail scanner that opens links changes nothing. */
export function ConfirmEmailForm({ token, action }: { token: string; action: (input: { token: string }) => Promise<ActionResult<{ message: string }>> }) {
  const [answer, setAnswer] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const confirm = () =>
    startTransition(async () => {
      setError(null);
      const result = await action({ token });
      if (result.ok) setAnswer(result.data.message);
      else setError(result.message);
    });

  if (answer) {
    return (
      <div className="space-y-4">
        <FormSuccess message={answer} />
        <Link href="/akun" className={buttonClass("primary", "w-full")}>
          Ke akun saya
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <FormError message={error} />
      <button type="button" className={buttonClass("primary", "w-full")} disabled={pending} onClick={confirm}>
        {pending ? "Memproses…" : "Konfirmasi alamat e-mail"}
      </button>
    </div>
  );
}
