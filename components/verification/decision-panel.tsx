"use client";

// The administrative decision of one application: the portal's suggestion with its reasons, the
// decision taken (who, when), and the four-eyes confirmation of a TMS by another secretariat member.
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/textarea-field";
import { AdminDecisionBadge } from "@/components/results/admin-decision-badge";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/action";
import type { AdminDecisionState } from "@/lib/results/admin-decision";
import { adminDecisionSchema, type AdminDecisionInput } from "@/lib/validation/verification";
import type { AdministrativeSuggestion } from "@/lib/verification/suggestion";

type DecisionView = {
  state: AdminDecisionState;
  reasons: string[];
  decidedById: string | null;
  decidedBy: string | null;
  decidedAtText: string | null;
  confirmedBy: string | null;
  confirmedAtText: string | null;
};

type Props = {
  applicationId: string;
  version: number;
  suggestion: AdministrativeSuggestion | null;
  decision: DecisionView;
  needsSecondCheck: boolean;
  currentUserId: string;
  canDecide: boolean;
  canConfirm: boolean;
  lockedReason: string | null;
  decideAction: (input: AdminDecisionInput) => Promise<ActionResult<{ version: number }>>;
  confirmAction: (input: { applicationId: string; expectedVersion?: number }) => Promise<ActionResult<{ version: number }>>;
};

type TmsValues = { reasons: string };

/** Its own component, keyed by the suggested reasons: a new suggestion refills the textarea. */
function TmsDecisionForm({
  defaultReasons,
  pending,
  needsSecondCheck,
  onDecide,
}: {
  defaultReasons: string;
  pending: boolean;
  needsSecondCheck: boolean;
  onDecide: (reasons: string, onRefused: (fieldErrors?: Record<string, string>) => void) => void;
}) {
  const form = useForm<TmsValues>({ defaultValues: { reasons: defaultReasons } });
  const submit = form.handleSubmit((values) => {
    const parsed = adminDecisionSchema.safeParse({ applicationId: "-", decision: "TMS", reasons: values.reasons });
    if (!parsed.success) {
      form.setError("reasons", { message: parsed.error.issues[0]?.message ?? "Periksa alasan." });
      return;
    }
    onDecide(values.reasons, (fieldErrors) => applyFieldErrors(form.setError, fieldErrors));
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-2" aria-label="Keputusan TMS">
      <TextAreaField
        label="Alasan TMS (satu alasan per baris)"
        hint="Alasan ini yang diumumkan dan dibaca pelamar. Usulan sistem sudah diisikan; ubah bila perlu."
        rows={4}
        registration={form.register("reasons")}
        error={form.formState.errors.reasons}
      />
      <button type="submit" className={buttonClass("danger")} disabled={pending}>
        Tetapkan TMS
      </button>
      {needsSecondCheck ? <p className="text-xs text-slate-600">Keputusan TMS perlu dikonfirmasi oleh anggota Sekretariat Pansel yang lain.</p> : null}
    </form>
  );
}

export function DecisionPanel(props: Props) {
  const { applicationId, version, suggestion, decision, needsSecondCheck, currentUserId, canDecide, canConfirm, lockedReason } = props;
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  // "Tetapkan MS" and "Konfirmasi TMS" settle the administrative decision: a summary and a confirmation first.
  const [asking, setAsking] = useState<"MS" | "CONFIRM_TMS" | null>(null);
  const defaultReasons = (suggestion?.reasons.length ? suggestion.reasons : decision.reasons).join("\n");

  const run = (call: () => Promise<ActionResult<{ version: number }>>, success: string, onRefused?: (fieldErrors?: Record<string, string>) => void) =>
    startTransition(async () => {
      const result = await call();
      if (result.ok) setMessage({ ok: true, text: success });
      else {
        setMessage({ ok: false, text: result.message });
        onRefused?.(result.fieldErrors);
      }
    });

  const decideTms = (reasons: string, onRefused: (fieldErrors?: Record<string, string>) => void) =>
    run(() => props.decideAction({ applicationId, decision: "TMS", reasons, expectedVersion: version }), "Keputusan TMS ditetapkan.", onRefused);
  const decideMs = () => run(() => props.decideAction({ applicationId, decision: "MS", expectedVersion: version }), "Keputusan MS ditetapkan.");
  const confirm = () => run(() => props.confirmAction({ applicationId, expectedVersion: version }), "Keputusan TMS dikonfirmasi.");

  const isAwaiting = decision.state === "AWAITING_SECOND_CHECK";
  const isOwnDecision = decision.decidedById === currentUserId;
  const canAct = !lockedReason;

  return (
    <div className="space-y-4">
      <div data-testid="status-keputusan" data-state={decision.state} className="space-y-1">
        <p>
          <AdminDecisionBadge state={decision.state} />
        </p>
        {decision.decidedBy ? (
          <p className="text-sm">
            Ditetapkan oleh <strong>{decision.decidedBy}</strong> pada {decision.decidedAtText}.
          </p>
        ) : null}
        {decision.reasons.length > 0 ? (
          <ul className="list-disc space-y-0.5 pl-5 text-sm" aria-label="Alasan keputusan">
            {decision.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : null}
        {decision.confirmedBy ? (
          <p className="text-sm" data-testid="konfirmasi-keputusan">
            Dikonfirmasi oleh <strong>{decision.confirmedBy}</strong> pada {decision.confirmedAtText}.
          </p>
        ) : isAwaiting ? (
          <p className="text-sm text-amber-900">Menunggu konfirmasi anggota Sekretariat Pansel yang lain.</p>
        ) : null}
      </div>

      <div className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="usulan-keputusan" data-decision={suggestion?.decision ?? "NONE"}>
        <p className="font-semibold">
          Usulan sistem:{" "}
          {suggestion?.decision === "MS"
            ? "MS (memenuhi syarat)"
            : suggestion?.decision === "TMS"
              ? "TMS (tidak memenuhi syarat)"
              : "belum dapat diusulkan"}
        </p>
        {suggestion && suggestion.decision === null ? (
          <p>Berkas nomor {suggestion.unverified.join(", ")} belum diverifikasi.</p>
        ) : null}
        {suggestion && suggestion.reasons.length > 0 ? (
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {suggestion.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : null}
        <p className="mt-1 text-xs text-slate-600">
          Usulan dihitung dari persyaratan dan putusan berkas pendaftaran. Persyaratan yang masih menunggu (rekam jejak, berkas saat wawancara) tidak
          menghalangi keputusan administrasi.
        </p>
      </div>

      <div aria-live="polite">{message ? message.ok ? <FormSuccess message={message.text} /> : <FormError message={message.text} /> : null}</div>

      {lockedReason ? <p className="text-sm text-slate-700">{lockedReason}</p> : null}

      {canDecide && canAct ? (
        <div className="space-y-3">
          <div>
            <button type="button" className={buttonClass("primary")} disabled={pending || suggestion?.decision !== "MS"} onClick={() => setAsking("MS")}>
              Tetapkan MS
            </button>
            {suggestion?.decision !== "MS" ? (
              <p className="mt-1 text-xs text-slate-600">MS hanya dapat ditetapkan bila seluruh berkas pendaftaran memenuhi dan tidak ada persyaratan yang gagal.</p>
            ) : null}
          </div>
          <TmsDecisionForm key={defaultReasons} defaultReasons={defaultReasons} pending={pending} needsSecondCheck={needsSecondCheck} onDecide={decideTms} />
        </div>
      ) : null}

      {isAwaiting && canConfirm && canAct ? (
        isOwnDecision ? (
          <p className="text-sm text-slate-700">Anda yang menetapkan keputusan ini; konfirmasi harus oleh anggota Sekretariat yang lain.</p>
        ) : (
          <button type="button" className={buttonClass("danger")} disabled={pending} onClick={() => setAsking("CONFIRM_TMS")}>
            Konfirmasi TMS
          </button>
        )
      ) : null}
      <ConfirmDialog
        open={asking !== null}
        title={asking === "MS" ? "Tetapkan MS (memenuhi syarat)?" : "Konfirmasi keputusan TMS?"}
        confirmLabel={asking === "MS" ? "Ya, tetapkan MS" : "Ya, konfirmasi TMS"}
        onConfirm={() => {
          const next = asking;
          setAsking(null);
          if (next === "MS") decideMs();
          else if (next === "CONFIRM_TMS") confirm();
        }}
        onCancel={() => setAsking(null)}
      >
        {asking === "MS" ? (
          <p>Pelamar ini dinyatakan memenuhi syarat administrasi dan akan tercantum sebagai MS dalam pengumuman hasil seleksi administrasi.</p>
        ) : (
          <>
            <p>
              Keputusan TMS {decision.decidedBy ? `yang ditetapkan ${decision.decidedBy} ` : ""}dikonfirmasi dengan alasan:
            </p>
            <ul className="mt-1 list-disc pl-5">
              {decision.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </>
        )}
        <p className="mt-2">
          Keputusan dicatat atas nama Anda dan menjadi dasar pengumuman; setelah diumumkan, perubahan hanya melalui koreksi pengumuman.
        </p>
      </ConfirmDialog>
    </div>
  );
}
