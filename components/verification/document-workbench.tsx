"use client";

// The right half of the verification workbench: every document of the application, the selected one
// shown inline, and its verdict. Keyboard: j/↓ and k/↑ move between documents, m marks the shown one
// MEMENUHI, t opens TIDAK MEMENUHI with the cursor in the reason. Shortcuts never fire while typing.
import { zodResolver } from "@hookform/resolvers/zod";
import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormError } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { DOCUMENT_STATUS_LABELS, documentDownloadPath } from "@/lib/documents/labels";
import type { DocumentStatus } from "@/lib/generated/prisma/enums";
import { documentVerdictSchema, type DocumentVerdictData, type DocumentVerdictInput } from "@/lib/validation/verification";
import { COMMON_FAILURE_REASONS, VERDICT_REASON_MAX_LENGTH } from "@/lib/verification/reasons";

export type WorkbenchDocumentView = {
  documentId: string | null;
  number: number;
  title: string;
  note: string | null;
  badges: string[];
  dueText: string;
  applies: boolean;
  status: DocumentStatus;
  current: {
    versionId: string;
    version: number;
    fileName: string;
    mimeType: string;
    sizeText: string;
    uploadedAtText: string;
    /** Set when the upload check flagged the file (a PDF with JavaScript or embedded files). */
    warningText: string | null;
  } | null;
  history: { id: string; verdict: "MEETS" | "FAILS"; reason: string | null; verifiedBy: string; verifiedAtText: string; version: number; isCurrentVersion: boolean }[];
};

type VerdictAction = (input: DocumentVerdictInput) => Promise<ActionResult<{ status: DocumentStatus; clearedDecision: boolean }>>;

type Props = {
  documents: WorkbenchDocumentView[];
  /** The viewer may give verdicts (secretariat) and the application is still in verification. */
  canVerify: boolean;
  lockedReason: string | null;
  hasDecision: boolean;
  action: VerdictAction;
};

const STATUS_TONES: Record<DocumentStatus, BadgeTone> = { MISSING: "warning", UPLOADED: "info", MEETS: "success", FAILS: "danger" };
const STATUS_SHORT: Record<DocumentStatus, string> = { MISSING: "Belum ada", UPLOADED: "Belum diverifikasi", MEETS: "Memenuhi", FAILS: "Tidak memenuhi" };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

function firstToVerify(documents: WorkbenchDocumentView[]): number | null {
  const applicable = documents.filter((document) => document.applies);
  return (applicable.find((document) => document.status === "UPLOADED") ?? applicable.find((document) => document.current) ?? applicable[0])?.number ?? null;
}

function DocumentViewer({ document }: { document: WorkbenchDocumentView }) {
  if (!document.current) {
    return (
      <div className="flex h-64 items-center justify-center rounded-md border border-dashed border-slate-300 bg-slate-50 text-sm text-slate-600" data-testid="penampil-berkas">
        {document.applies ? "Berkas ini belum diunggah pelamar." : "Berkas ini tidak berlaku bagi pelamar ini."}
      </div>
    );
  }
  const src = documentDownloadPath(document.current.versionId);
  const label = `Berkas ${document.number}: ${document.title}`;
  // Uploaded files are always served as attachments under a sandboxing CSP, so a PDF is not shown in a
  // frame here (Chromium's viewer does not run in a sandboxed document): the secretariat downloads it
  // and opens it in its own viewer. Photos are still shown: an <img> draws only a decoded image,
  // whatever the response's Content-Disposition.
  return (
    <div className="space-y-2" data-testid="penampil-berkas" data-version-id={document.current.versionId}>
      {document.current.warningText ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="peringatan-berkas" role="note">
          <strong>Perhatian:</strong> {document.current.warningText}
        </p>
      ) : null}
      {document.current.mimeType.startsWith("image/") ? (
        // A stored upload streamed from an authorised route: next/image's optimiser cannot read it.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={src} alt={label} className="mx-auto max-h-[70vh] rounded border border-slate-200 bg-slate-50 object-contain" />
      ) : (
        <div className="flex h-48 flex-col items-center justify-center gap-3 rounded-md border border-slate-200 bg-slate-50 p-4 text-center text-sm text-slate-700">
          <p>Berkas PDF tidak ditampilkan di halaman ini demi keamanan. Unduh lalu buka dengan penampil PDF di komputer Anda.</p>
          <a href={src} download className={buttonClass("secondary")} data-testid="unduh-berkas">
            Unduh {label}
          </a>
        </div>
      )}
      <p className="text-xs text-slate-600">
        {document.current.fileName} · versi {document.current.version} · {document.current.sizeText} · diunggah {document.current.uploadedAtText} ·{" "}
        <a href={src} download>
          Unduh berkas
        </a>
      </p>
    </div>
  );
}

export function DocumentWorkbench({ documents, canVerify, lockedReason, hasDecision, action }: Props) {
  const navigable = useMemo(() => documents.filter((document) => document.applies), [documents]);
  const [selectedNumber, setSelectedNumber] = useState<number | null>(() => firstToVerify(documents));
  const [failing, setFailing] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const listRef = useRef<HTMLOListElement>(null);
  const selected = documents.find((document) => document.number === selectedNumber) ?? navigable[0] ?? null;
  const canJudge = canVerify && !lockedReason && Boolean(selected?.current && selected.documentId);

  const form = useForm<DocumentVerdictInput, unknown, DocumentVerdictData>({
    resolver: zodResolver(documentVerdictSchema),
    values: { documentId: selected?.documentId ?? "", versionId: selected?.current?.versionId, verdict: "FAILS", reason: "" },
  });

  const move = useCallback(
    (step: 1 | -1) => {
      if (navigable.length === 0) return;
      const index = navigable.findIndex((document) => document.number === selected?.number);
      const next = navigable[Math.min(Math.max(index + step, 0), navigable.length - 1)];
      if (next) {
        setSelectedNumber(next.number);
        setFailing(false);
        setMessage(null);
      }
    },
    [navigable, selected?.number],
  );

  const submit = useCallback(
    (input: DocumentVerdictInput, onRefused?: (fieldErrors?: Record<string, string>) => void) => {
      if (!selected) return;
      const number = selected.number;
      startTransition(async () => {
        const result = await action(input);
        if (!result.ok) {
          setMessage({ ok: false, text: result.message });
          onRefused?.(result.fieldErrors);
          return;
        }
        const verdictText = result.data.status === "MEETS" ? "memenuhi" : "tidak memenuhi";
        const cleared = result.data.clearedDecision ? " Keputusan administrasi dibatalkan dan perlu ditetapkan ulang." : "";
        setMessage({ ok: true, text: `Berkas ${number} ditandai ${verdictText}.${cleared}` });
        setFailing(false);
        // On to the next document that has a file, so a run of "m" walks the whole list.
        const index = navigable.findIndex((document) => document.number === number);
        const next = navigable.slice(index + 1).find((document) => document.current);
        if (next) setSelectedNumber(next.number);
        listRef.current?.focus();
      });
    },
    [action, navigable, selected],
  );

  const markMeets = useCallback(() => {
    if (!canJudge || !selected?.documentId || pending) return;
    submit({ documentId: selected.documentId, versionId: selected.current?.versionId, verdict: "MEETS" });
  }, [canJudge, pending, selected, submit]);

  const openFails = useCallback(() => {
    if (!canJudge) return;
    setFailing(true);
    setMessage(null);
  }, [canJudge]);

  useEffect(() => {
    if (failing) form.setFocus("reason");
  }, [failing, form]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      switch (event.key) {
        case "j":
        case "ArrowDown":
          move(1);
          break;
        case "k":
        case "ArrowUp":
          move(-1);
          break;
        case "m":
          if (event.repeat) return;
          markMeets();
          break;
        case "t":
          if (event.repeat) return;
          openFails();
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [move, markMeets, openFails]);

  const onFailsSubmit = (event: FormEvent<HTMLFormElement>) => {
    void form.handleSubmit((values) => {
      submit({ ...values, verdict: "FAILS" }, (fieldErrors) => applyFieldErrors(form.setError, fieldErrors));
    })(event);
  };

  const verifiedCount = navigable.filter((document) => document.status === "MEETS" || document.status === "FAILS").length;
  const uploadedCount = navigable.filter((document) => document.current).length;

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700" id="pintasan-papan-ketik">
        <span className="font-semibold">Pintasan papan ketik:</span> <kbd>j</kbd>/<kbd>↓</kbd> berkas berikutnya, <kbd>k</kbd>/<kbd>↑</kbd> sebelumnya,{" "}
        <kbd>m</kbd> memenuhi, <kbd>t</kbd> tidak memenuhi (lalu ketik alasan dan tekan Enter). Pintasan tidak berlaku saat mengetik di kolom isian.
      </p>
      <p className="text-sm" data-testid="progres-verifikasi">
        {verifiedCount} dari {uploadedCount} berkas terunggah sudah diverifikasi.
      </p>
      {lockedReason ? <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">{lockedReason}</p> : null}
      {hasDecision && canVerify && !lockedReason ? (
        <p className="text-xs text-slate-600">Mengubah putusan berkas yang menjadi dasar keputusan administrasi akan membatalkan keputusan itu.</p>
      ) : null}
      <div aria-live="polite" className="min-h-5 text-sm">
        {message ? (message.ok ? <p className="text-emerald-800" role="status">{message.text}</p> : <FormError message={message.text} />) : null}
      </div>

      <div className="grid gap-4 xl:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
        <ol ref={listRef} tabIndex={-1} aria-label="Daftar berkas" className="max-h-[75vh] space-y-1 overflow-y-auto pr-1 focus:outline-none" aria-describedby="pintasan-papan-ketik">
          {documents.map((document) => {
            const isSelected = document.number === selected?.number;
            return (
              <li key={document.number}>
                <button
                  type="button"
                  disabled={!document.applies}
                  aria-current={isSelected ? "true" : undefined}
                  data-testid={`dokumen-${document.number}`}
                  data-status={document.status}
                  onClick={() => {
                    setSelectedNumber(document.number);
                    setFailing(false);
                    setMessage(null);
                  }}
                  className={`flex w-full items-start gap-2 rounded-md border px-2 py-1.5 text-left text-sm ${
                    isSelected ? "border-brand-600 bg-brand-50 ring-2 ring-brand-100" : "border-slate-200 bg-white hover:bg-slate-50"
                  } disabled:cursor-not-allowed disabled:opacity-60`}
                >
                  <span className="w-6 shrink-0 font-semibold">{document.number}.</span>
                  <span className="min-w-0 flex-1">
                    <span className="line-clamp-2">{document.title}</span>
                    <span className="mt-0.5 block">
                      {document.applies ? <Badge tone={STATUS_TONES[document.status]}>{STATUS_SHORT[document.status]}</Badge> : <Badge>Tidak berlaku</Badge>}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ol>

        {selected ? (
          <section aria-labelledby="berkas-terpilih" className="min-w-0 space-y-3">
            <div>
              <h3 id="berkas-terpilih" className="font-semibold">
                Berkas {selected.number}. {selected.title}
              </h3>
              {selected.note ? <p className="text-xs text-slate-600">{selected.note}</p> : null}
              <p className="mt-1 space-x-1 text-xs">
                {selected.badges.map((badge) => (
                  <Badge key={badge}>{badge}</Badge>
                ))}
                <span className="text-slate-600">Diserahkan {selected.dueText}</span>
              </p>
              <p className="mt-1 text-sm">
                Status: <Badge tone={STATUS_TONES[selected.status]}>{DOCUMENT_STATUS_LABELS[selected.status]}</Badge>
              </p>
            </div>

            <DocumentViewer document={selected} />

            {canJudge ? (
              <div className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3" data-testid="putusan-berkas">
                <div className="flex flex-wrap gap-2">
                  <button type="button" className={buttonClass("primary")} disabled={pending} onClick={markMeets}>
                    MEMENUHI <kbd className="ml-1 rounded bg-white/20 px-1 text-xs">m</kbd>
                  </button>
                  <button type="button" className={buttonClass("danger")} disabled={pending} onClick={openFails} aria-expanded={failing}>
                    TIDAK MEMENUHI <kbd className="ml-1 rounded bg-white/20 px-1 text-xs">t</kbd>
                  </button>
                </div>
                {failing ? (
                  <form onSubmit={onFailsSubmit} noValidate className="space-y-2" aria-label={`Alasan berkas ${selected.number} tidak memenuhi`}>
                    <TextField
                      label="Alasan tidak memenuhi"
                      hint={`Pilih alasan umum atau ketik sendiri (paling panjang ${VERDICT_REASON_MAX_LENGTH} karakter). Enter untuk menyimpan, Esc untuk batal.`}
                      list="alasan-umum"
                      autoComplete="off"
                      maxLength={VERDICT_REASON_MAX_LENGTH}
                      registration={form.register("reason")}
                      error={form.formState.errors.reason}
                      onKeyDown={(event) => {
                        if (event.key === "Escape") {
                          setFailing(false);
                          listRef.current?.focus();
                        }
                      }}
                    />
                    <datalist id="alasan-umum">
                      {COMMON_FAILURE_REASONS.map((reason) => (
                        <option key={reason} value={reason} />
                      ))}
                    </datalist>
                    <div className="flex flex-wrap gap-1" role="group" aria-label="Alasan umum">
                      {COMMON_FAILURE_REASONS.map((reason) => (
                        <button
                          key={reason}
                          type="button"
                          className="rounded-full border border-slate-300 bg-white px-2 py-0.5 text-xs hover:bg-slate-100"
                          onClick={() => {
                            form.setValue("reason", reason, { shouldValidate: true });
                            form.setFocus("reason");
                          }}
                        >
                          {reason}
                        </button>
                      ))}
                    </div>
                    <button type="submit" className={buttonClass("danger")} disabled={pending}>
                      {pending ? "Menyimpan…" : "Simpan: tidak memenuhi"}
                    </button>
                  </form>
                ) : null}
              </div>
            ) : null}

            <div>
              <h4 className="text-sm font-semibold">Riwayat verifikasi</h4>
              {selected.history.length === 0 ? (
                <p className="text-sm text-slate-600">Belum ada putusan.</p>
              ) : (
                <ul className="mt-1 space-y-1 text-sm" data-testid="riwayat-verifikasi">
                  {selected.history.map((entry) => (
                    <li key={entry.id} className={entry.isCurrentVersion ? "" : "text-slate-500"}>
                      <Badge tone={entry.verdict === "MEETS" ? "success" : "danger"}>{entry.verdict === "MEETS" ? "Memenuhi" : "Tidak memenuhi"}</Badge>{" "}
                      {entry.reason ? <span>{entry.reason} · </span> : null}
                      {entry.verifiedBy}, {entry.verifiedAtText} (versi {entry.version}
                      {entry.isCurrentVersion ? "" : ", versi lama"})
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </section>
        ) : (
          <p className="text-sm text-slate-600">Tidak ada berkas.</p>
        )}
      </div>
    </div>
  );
}
