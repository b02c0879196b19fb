"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/action";

type Props<I> = {
  /** The button's text; the dialog asks `title` and explains with `children`. */
  label: string;
  title: string;
  confirmLabel: string;
  children?: ReactNode;
  variant?: "primary" | "secondary" | "danger";
  small?: boolean;
  action: (input: I) => Promise<ActionResult<unknown>>;
  input: I;
};

/**
 * One button for one action with a fixed input (remove, withdraw, publish): it asks first, shows the
 * server's refusal inside the dialog, and refreshes the page when the action went through.
 */
export function ConfirmedActionButton<I>({ label, title, confirmLabel, children, variant = "secondary", small = false, action, input }: Props<I>) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const confirm = () =>
    startTransition(async () => {
      const result = await action(input);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setOpen(false);
      router.refresh();
    });
  return (
    <>
      <button type="button" className={buttonClass(variant, small ? "px-2 py-1 text-xs" : "")} onClick={() => setOpen(true)}>
        {label}
      </button>
      <ConfirmDialog
        open={open}
        title={title}
        confirmLabel={confirmLabel}
        pending={pending}
        error={error}
        onConfirm={confirm}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
      >
        {children}
      </ConfirmDialog>
    </>
  );
}
