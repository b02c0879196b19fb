"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FieldMessages, useFieldIds } from "@/components/forms/field-parts";
import { FormError } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useConfirmation } from "@/components/forms/use-confirmation";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/action";
import { DECISION_LABELS, STEP_RULES, type RecordedStep } from "@/lib/decisions/steps";
import { recordStepSchema, type RecordStepInput } from "@/lib/validation/decisions";
import type { z } from "zod";

type Props = {
  slug: string;
  vacancyId: string;
  step: RecordedStep;
  /** PPK_CHOICE: the proposed names to choose from. */
  names?: readonly { applicationId: string; label: string }[];
  /** CHOICE_ANNULLED: the chosen candidate whose choice the PPK annuls. */
  annulledName?: string;
  action: (input: RecordStepInput) => Promise<ActionResult<unknown>>;
};

const CONFIRMED_STEPS: readonly RecordedStep[] = ["PPK_APPROVED_SHORTLIST", "PPK_CHOICE", "CHOICE_ANNULLED"];

const BUTTONS: Record<RecordedStep, string> = {
  PPK_APPROVED_SHORTLIST: "Setujui tiga nama",
  REPORTED_TO_BKN: "Catat laporan kepada BKN",
  BKN_RECOMMENDATION: "Catat rekomendasi BKN",
  PPK_CHOICE: "Tetapkan pilihan",
  CHOICE_ANNULLED: "Batalkan calon terpilih",
};

const CONFIRM_TITLES: Record<RecordedStep, string> = {
  PPK_APPROVED_SHORTLIST: "Setujui tiga nama?",
  REPORTED_TO_BKN: "Catat laporan kepada BKN?",
  BKN_RECOMMENDATION: "Catat rekomendasi BKN?",
  PPK_CHOICE: "Tetapkan pilihan PPK?",
  CHOICE_ANNULLED: "Batalkan calon terpilih?",
};

/** One recorded step after the proposal: a note, the letter's number and its PDF, and for the PPK's choice the name. */
export function StepForm({ slug, vacancyId, step, names, annulledName, action }: Props) {
  const router = useRouter();
  const rule = STEP_RULES[step];
  const form = useForm<RecordStepInput, unknown, z.output<typeof recordStepSchema>>({
    resolver: zodResolver(recordStepSchema),
    defaultValues: { slug, vacancyId, step, note: "", letterNumber: "" },
  });
  const errors = form.formState.errors;
  const { formError, pending, submit } = useActionSubmit(form.setError);
  // The PPK's approval and choice cannot be taken back: a summary and a confirmation first.
  const confirmation = useConfirmation<z.output<typeof recordStepSchema>>();
  const send = (values: z.output<typeof recordStepSchema>) => submit(() => action(values), () => router.refresh());
  const onSubmit = form.handleSubmit((values) => (CONFIRMED_STEPS.includes(step) ? confirmation.ask(values) : send(values)));
  const chosen = names?.find((name) => name.applicationId === confirmation.values?.applicationId);
  const fileError = errors.file;
  const { controlId: fileId, errorId, controlProps } = useFieldIds({ name: "file", error: fileError });

  return (
    <form noValidate className="space-y-3" onSubmit={onSubmit} aria-label={DECISION_LABELS[step]}>
      <FormError message={formError} />
      {step === "PPK_CHOICE" ? (
        <SelectField
          label="Nama yang dipilih PPK"
          options={(names ?? []).map((name) => ({ value: name.applicationId, label: name.label }))}
          registration={form.register("applicationId")}
          error={errors.applicationId}
          hint="PPK bebas memilih salah satu dari nama yang diusulkan, tidak harus peringkat pertama."
        />
      ) : null}
      <TextField label="Nomor surat" maxLength={100} registration={form.register("letterNumber")} error={errors.letterNumber} />
      <div className="space-y-1">
        <label htmlFor={fileId} className="block text-sm font-medium text-slate-800">
          {rule.documentLabel} (PDF, paling besar 5 MB{rule.document === "REQUIRED" ? ", wajib" : ", opsional"})
        </label>
        <input
          id={fileId}
          type="file"
          accept="application/pdf,.pdf"
          {...controlProps}
          className="block text-sm"
          onChange={(event) => form.setValue("file", event.target.files?.[0], { shouldValidate: true })}
        />
        <FieldMessages error={fileError} errorId={errorId} />
      </div>
      <TextAreaField
        label={step === "CHOICE_ANNULLED" ? "Alasan pembatalan (wajib)" : "Catatan (opsional)"}
        maxLength={2000}
        registration={form.register("note")}
        error={errors.note}
        hint={step === "CHOICE_ANNULLED" ? "Alasan ini disampaikan kepada peserta yang bersangkutan dan dicatat dalam riwayat keputusan." : undefined}
      />
      <button type="submit" className={buttonClass(step === "CHOICE_ANNULLED" ? "danger" : "primary")} disabled={pending}>
        {pending ? "Menyimpan…" : BUTTONS[step]}
      </button>
      <ConfirmDialog
        open={confirmation.isOpen}
        title={CONFIRM_TITLES[step]}
        confirmLabel={step === "PPK_CHOICE" ? "Ya, tetapkan pilihan" : step === "CHOICE_ANNULLED" ? "Ya, batalkan" : "Ya, setujui"}
        onConfirm={() => confirmation.confirm(send)}
        onCancel={confirmation.cancel}
      >
        {step === "PPK_CHOICE" ? (
          <p>
            PPK memilih <strong>{chosen?.label ?? "-"}</strong> untuk jabatan ini.
          </p>
        ) : step === "CHOICE_ANNULLED" ? (
          <p>
            PPK membatalkan penetapan <strong>{annulledName ?? "-"}</strong> sebagai calon terpilih. Peserta diberi tahu beserta alasannya, dan PPK
            memilih kembali dari nama yang tersisa.
          </p>
        ) : (
          <>
            <p>PPK menyetujui nama yang diusulkan Pansel:</p>
            <ul className="mt-1 list-disc pl-5">
              {(names ?? []).map((name) => (
                <li key={name.applicationId}>{name.label}</li>
              ))}
            </ul>
          </>
        )}
        {confirmation.values?.letterNumber ? <p className="mt-2">Nomor surat: {confirmation.values.letterNumber}</p> : null}
        <p className="mt-2">
          Langkah ini dicatat dalam riwayat keputusan dan <strong>tidak dapat dibatalkan</strong>.
        </p>
      </ConfirmDialog>
    </form>
  );
}
