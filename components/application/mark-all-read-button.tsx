"use client";

import { useTransition } from "react";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";

export function MarkAllReadButton({ action }: { action: (input: Record<string, never>) => Promise<ActionResult<null>> }) {
  const [pending, startTransition] = useTransition();
  return (
    <button type="button" className={buttonClass("secondary")} disabled={pending} onClick={() => startTransition(async () => void (await action({})))}>
      Tandai semua sudah dibaca
    </button>
  );
}
