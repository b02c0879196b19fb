"use client";

// The two official channels of one application on the verification workbench: the ASN Karier
// registration number (marked verified by the secretariat) and the sealed envelope of originals
// ("berkas fisik diterima", with the date and the receiving member; undone with a reason).
import { useState, useTransition } from "react";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import type { PhysicalReceiptInput, UndoPhysicalReceiptInput } from "@/lib/validation/channels";

export type ChannelsView = {
  asnKarierRequired: boolean;
  asnKarierNumber: string | null;
  asnKarierVerifiedText: string | null;
  physicalReceivedText: string | null;
  secretariat: { id: string; name: string }[];
};

type Props = {
  applicationId: string;
  view: ChannelsView;
  currentUserId: string;
  todayWib: string;
  canRecord: boolean;
  /** Drafts and withdrawn applications take no mark. */
  lockedReason: string | null;
  verifyAction: (input: { applicationId: string; verified: boolean }) => Promise<ActionResult<{ verifiedAt: string | null }>>;
  recordAction: (input: PhysicalReceiptInput) => Promise<ActionResult<{ receivedOn: string; receivedById: string }>>;
  undoAction: (input: UndoPhysicalReceiptInput) => Promise<ActionResult<null>>;
};

export function ChannelsPanel({ applicationId, view, currentUserId, todayWib, canRecord, lockedReason, verifyAction, recordAction, undoAction }: Props) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const [receivedOn, setReceivedOn] = useState(todayWib);
  const [receivedById, setReceivedById] = useState(currentUserId);
  const [reason, setReason] = useState("");
  const editable = canRecord && lockedReason === null;

  const run = <T,>(call: () => Promise<ActionResult<T>>, success: string) => {
    setMessage(null);
    startTransition(async () => {
      const result = await call();
      if (result.ok) {
        setMessage({ ok: true, text: success });
        setReason("");
      } else {
        const details = Object.values(result.fieldErrors ?? {});
        setMessage({ ok: false, text: [result.message, ...details].join(" ") });
      }
    });
  };

  return (
    <div className="space-y-5 text-sm">
      {message ? message.ok ? <FormSuccess message={message.text} /> : <FormError message={message.text} /> : null}
      {lockedReason && canRecord ? <p className="text-slate-600">{lockedReason}</p> : null}

      {view.asnKarierRequired ? (
        <section className="space-y-2" data-testid="asn-karier-verifikasi" aria-labelledby="asn-karier-judul">
          <h3 id="asn-karier-judul" className="font-semibold">
            Nomor pendaftaran ASN Karier
          </h3>
          <p>
            <strong data-testid="nomor-asn-karier">{view.asnKarierNumber ?? "Belum diisi pelamar"}</strong>{" "}
            {view.asnKarierNumber ? (
              <Badge tone={view.asnKarierVerifiedText ? "success" : "neutral"}>{view.asnKarierVerifiedText ? "Terverifikasi" : "Belum diverifikasi"}</Badge>
            ) : null}
          </p>
          {view.asnKarierVerifiedText ? <p className="text-xs text-slate-600">{view.asnKarierVerifiedText}</p> : null}
          {editable && view.asnKarierNumber ? (
            <button
              type="button"
              className={buttonClass(view.asnKarierVerifiedText ? "secondary" : "primary")}
              disabled={pending}
              onClick={() =>
                run(
                  () => verifyAction({ applicationId, verified: !view.asnKarierVerifiedText }),
                  view.asnKarierVerifiedText ? "Tanda verifikasi ASN Karier dibatalkan." : "Nomor ASN Karier ditandai terverifikasi.",
                )
              }
            >
              {view.asnKarierVerifiedText ? "Batalkan tanda verifikasi" : "Tandai terverifikasi di ASN Karier"}
            </button>
          ) : null}
        </section>
      ) : null}

      <section className="space-y-2" data-testid="berkas-fisik-verifikasi" aria-labelledby="berkas-fisik-judul">
        <h3 id="berkas-fisik-judul" className="font-semibold">
          Berkas fisik (amplop tertutup)
        </h3>
        {view.physicalReceivedText ? (
          <>
            <p data-testid="status-berkas-fisik">
              <Badge tone="success">Berkas fisik diterima</Badge> {view.physicalReceivedText}
            </p>
            {editable ? (
              <form
                className="space-y-2"
                aria-label="Batalkan catatan berkas fisik"
                onSubmit={(event) => {
                  event.preventDefault();
                  run(() => undoAction({ applicationId, reason }), "Catatan penerimaan berkas fisik dibatalkan.");
                }}
              >
                <label htmlFor="alasan-batal-fisik" className="block font-medium">
                  Alasan pembatalan
                </label>
                <textarea
                  id="alasan-batal-fisik"
                  rows={2}
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  className="w-full rounded-md border border-slate-300 p-2"
                />
                <button type="submit" className={buttonClass("secondary")} disabled={pending}>
                  Batalkan catatan penerimaan
                </button>
              </form>
            ) : null}
          </>
        ) : (
          <>
            <p data-testid="status-berkas-fisik">Belum dicatat diterima.</p>
            {editable ? (
              <form
                className="flex flex-wrap items-end gap-3"
                aria-label="Catat berkas fisik diterima"
                onSubmit={(event) => {
                  event.preventDefault();
                  run(() => recordAction({ applicationId, receivedOn, receivedById }), "Penerimaan berkas fisik dicatat.");
                }}
              >
                <div className="space-y-1">
                  <label htmlFor="tanggal-terima-fisik" className="block font-medium">
                    Tanggal diterima
                  </label>
                  <input
                    id="tanggal-terima-fisik"
                    type="date"
                    max={todayWib}
                    value={receivedOn}
                    onChange={(event) => setReceivedOn(event.target.value)}
                    className="rounded-md border border-slate-300 p-2"
                  />
                </div>
                <div className="space-y-1">
                  <label htmlFor="penerima-fisik" className="block font-medium">
                    Diterima oleh
                  </label>
                  <select
                    id="penerima-fisik"
                    value={receivedById}
                    onChange={(event) => setReceivedById(event.target.value)}
                    className="rounded-md border border-slate-300 p-2"
                  >
                    {view.secretariat.map((member) => (
                      <option key={member.id} value={member.id}>
                        {member.name}
                      </option>
                    ))}
                  </select>
                </div>
                <button type="submit" className={buttonClass()} disabled={pending}>
                  Catat berkas fisik diterima
                </button>
              </form>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}
