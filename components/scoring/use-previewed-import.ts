"use client";
// The one flow of a score-file import (the assessment institution's results, the SKD/SKB CAT results): pick a
// file, preview every row on the server (nothing stored), then one all-or-nothing import behind a confirmation.
// The bytes imported are the bytes previewed; the server checks them again.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";

export type FileUpload = { fileName: string; contentBase64: string };

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function failureText(result: { message: string; fieldErrors?: Record<string, string> }): string[] {
  return [result.message, ...Object.values(result.fieldErrors ?? {})];
}

export function usePreviewedImport<E extends object, P, O>(options: {
  maxBytes: number;
  preview: (upload: FileUpload & E) => Promise<ActionResult<P>>;
  commit: (upload: FileUpload & E) => Promise<ActionResult<O>>;
  /** The success message once the import went through. */
  doneText: (outcome: O) => string;
}) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<(FileUpload & E) | null>(null);
  const [preview, setPreview] = useState<P | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [isConfirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();

  /** Anything that changes what would be sent drops the preview: it no longer describes the import. */
  const reset = () => {
    setUpload(null);
    setPreview(null);
    setErrors([]);
    setDone(null);
  };
  const choose = (chosen: File | null) => {
    setFile(chosen);
    reset();
  };

  const runPreview = (extra: E) => {
    if (!file) return;
    setErrors([]);
    if (file.size === 0 || file.size > options.maxBytes) {
      setErrors([file.size === 0 ? "Berkas kosong." : `Berkas terlalu besar; paling besar ${Math.round(options.maxBytes / 1024)} KB.`]);
      return;
    }
    startTransition(async () => {
      let next: FileUpload & E;
      try {
        next = { ...extra, fileName: file.name, contentBase64: await readAsBase64(file) };
      } catch {
        setErrors(["Berkas tidak dapat dibaca oleh peramban. Pilih ulang berkasnya."]);
        return;
      }
      const result = await options.preview(next);
      if (!result.ok) {
        setPreview(null);
        setErrors(failureText(result));
        return;
      }
      setUpload(next);
      setPreview(result.data);
    });
  };

  const runImport = () => {
    if (!upload) return;
    startTransition(async () => {
      const result = await options.commit(upload);
      setConfirming(false);
      if (!result.ok) {
        // The preview stays on screen so that the chair can compare it with the refusal.
        setErrors(failureText(result));
        return;
      }
      choose(null);
      setDone(options.doneText(result.data));
      router.refresh();
    });
  };

  return { file, preview, errors, done, isConfirming, pending, choose, reset, fail: setErrors, runPreview, runImport, setConfirming };
}
