"use client";

// Track record (rekam jejak) notes of the Pansel about one applicant. Staff only: the page that
// renders this is itself staff-only, and nothing here reaches the applicant's pages.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { trackRecordSchema, type TrackRecordData, type TrackRecordInput } from "@/lib/validation/verification";

type Entry = { id: string; author: string; notes: string; conclusion: string | null; score: string | null; createdAtText: string };

type Props = {
  applicationId: string;
  entries: Entry[];
  canRecord: boolean;
  /** The selection weighs the track record: a score may be given. */
  isWeighted: boolean;
  action: (input: TrackRecordInput) => Promise<ActionResult<{ trackRecordId: string }>>;
};

export function TrackRecordPanel({ applicationId, entries, canRecord, isWeighted, action }: Props) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<TrackRecordInput, unknown, TrackRecordData>({
    resolver: zodResolver(trackRecordSchema),
    defaultValues: { applicationId, notes: "", conclusion: "", score: "" },
  });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit((values) => {
    startTransition(async () => {
      const result = await action({ ...values, score: values.score === null ? "" : String(values.score) });
      if (result.ok) {
        setMessage({ ok: true, text: "Catatan rekam jejak disimpan." });
        form.reset({ applicationId, notes: "", conclusion: "", score: "" });
      } else {
        setMessage({ ok: false, text: result.message });
        applyFieldErrors(form.setError, result.fieldErrors);
      }
    });
  });

  return (
    <div className="space-y-4">
      <p className="text-xs text-slate-600">Hanya terlihat oleh Pansel dan Sekretariat; tidak ditampilkan kepada pelamar.</p>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">Belum ada catatan rekam jejak.</p>
      ) : (
        <ul className="space-y-3" data-testid="rekam-jejak">
          {entries.map((entry) => (
            <li key={entry.id} className="rounded-md border border-slate-200 p-3 text-sm">
              <p className="font-semibold">
                {entry.conclusion ?? "Tanpa kesimpulan"}
                {entry.score !== null ? <span className="font-normal"> · nilai {entry.score.replace(".", ",")}</span> : null}
              </p>
              <p className="whitespace-pre-line">{entry.notes}</p>
              <p className="mt-1 text-xs text-slate-600">
                {entry.author}, {entry.createdAtText}
              </p>
            </li>
          ))}
        </ul>
      )}
      {canRecord ? (
        <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Tambah catatan rekam jejak">
          {message ? message.ok ? <FormSuccess message={message.text} /> : <FormError message={message.text} /> : null}
          <TextAreaField label="Catatan" rows={4} registration={form.register("notes")} error={errors.notes} />
          <TextField label="Kesimpulan" hint="Misalnya: baik, perlu klarifikasi, ada catatan integritas." registration={form.register("conclusion")} error={errors.conclusion} />
          {isWeighted ? (
            <TextField label="Nilai (0–100, opsional)" inputMode="decimal" registration={form.register("score")} error={errors.score} />
          ) : null}
          <button type="submit" className={buttonClass()} disabled={pending}>
            {pending ? "Menyimpan…" : "Simpan catatan"}
          </button>
        </form>
      ) : null}
    </div>
  );
}
