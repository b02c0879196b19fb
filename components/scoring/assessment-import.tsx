"use client";

import { useId } from "react";
import { FormSuccess } from "@/components/forms/form-message";
import { formatScore } from "@/lib/ranking/labels";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ImportErrors } from "@/components/scoring/import-errors";
import { usePreviewedImport } from "@/components/scoring/use-previewed-import";
import type { ActionResult } from "@/lib/action";
import type { AssessmentImportOutcome, AssessmentPreview } from "@/lib/scoring/assessment-import";
import { ASSESSMENT_FILE_MAX_BYTES, type AssessmentImportInput } from "@/lib/validation/scoring";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Props = {
  slug: string;
  stageId: string;
  /** Why no import is possible (already imported, stage closed); the file picker is hidden while set. */
  blockedReason: string | null;
  previewAction: (input: AssessmentImportInput) => Promise<ActionResult<AssessmentPreview>>;
  importAction: (input: AssessmentImportInput & { slug: string }) => Promise<ActionResult<AssessmentImportOutcome>>;
};

/**
 * The chair's import of the assessment institution's results: a preview of every row first (nothing
 * stored), then one all-or-nothing import behind a confirmation (usePreviewedImport).
 */
export function AssessmentImport({ slug, stageId, blockedReason, previewAction, importAction }: Props) {
  const inputId = useId();
  const hintId = useId();
  const { file, preview, errors, done, isConfirming, pending, choose, runPreview, runImport, setConfirming } = usePreviewedImport({
    maxBytes: ASSESSMENT_FILE_MAX_BYTES,
    preview: (upload) => previewAction({ stageId, ...upload }),
    commit: (upload) => importAction({ slug, stageId, ...upload }),
    doneText: (outcome: AssessmentImportOutcome) => {
      const missing = outcome.missing > 0 ? ` ${outcome.missing} peserta tidak ada dalam berkas dan belum bernilai pada tahap ini.` : "";
      return `${outcome.imported} nilai hasil asesmen telah diimpor.${missing}`;
    },
  });

  const canImport = preview !== null && preview.errorRowCount === 0 && preview.readyCount > 0 && !pending;

  return (
    <div className="space-y-4">
      <FormSuccess message={done} />
      {blockedReason ? (
        done ? null : <p className="text-sm text-slate-700">{blockedReason}</p>
      ) : (
        <>
          <form
            noValidate
            className="flex flex-wrap items-end gap-3"
            onSubmit={(event) => {
              event.preventDefault();
              runPreview({});
            }}
          >
            <div className="space-y-1">
              <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
                Berkas hasil asesmen (.csv atau .xlsx)
              </label>
              <input
                id={inputId}
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby={hintId}
                onChange={(event) => choose(event.target.files?.[0] ?? null)}
                className="block text-sm"
              />
              <p id={hintId} className="text-xs text-slate-600">
                Paling besar 512 KB. Nilai belum disimpan sampai Anda menekan &ldquo;Impor nilai&rdquo;.
              </p>
            </div>
            <Button type="submit" variant="secondary" disabled={!file || pending}>
              {pending && !isConfirming ? "Memeriksa…" : "Pratinjau"}
            </Button>
          </form>

          <ImportErrors errors={errors} />

          {preview ? <PreviewTable preview={preview} /> : null}

          {preview ? (
            <div className="flex flex-wrap items-center gap-3">
              <Button onClick={() => setConfirming(true)} disabled={!canImport}>
                Impor nilai
              </Button>
              {preview.errorRowCount > 0 ? <p className="text-sm text-slate-700">Perbaiki baris yang bergalat di berkas, lalu pratinjau ulang.</p> : null}
            </div>
          ) : null}

          <ConfirmDialog
            open={isConfirming}
            title="Impor nilai hasil asesmen?"
            confirmLabel="Ya, impor nilai"
            pending={pending}
            onConfirm={runImport}
            onCancel={() => setConfirming(false)}
          >
            {preview ? (
              <div className="space-y-2">
                <p>
                  {preview.readyCount} nilai dari berkas &ldquo;{preview.fileName}&rdquo; akan disimpan sebagai nilai tahap {preview.stageName}.
                </p>
                {preview.missing.length > 0 ? <p>{preview.missing.length} peserta tidak ada dalam berkas dan tidak akan mendapat nilai.</p> : null}
                <p>Impor hanya dapat dilakukan satu kali. Perbaikan sesudahnya melalui koreksi nilai oleh Ketua Pansel.</p>
              </div>
            ) : null}
          </ConfirmDialog>
        </>
      )}
    </div>
  );
}

function PreviewTable({ preview }: { preview: AssessmentPreview }) {
  const summary =
    `${preview.readyCount} baris siap diimpor, ${preview.errorRowCount} galat` + (preview.warningCount > 0 ? `, ${preview.warningCount} peringatan` : "");
  return (
    <div className="space-y-3">
      <p role="status" className="font-medium text-slate-900">
        {summary}
      </p>
      {preview.missing.length > 0 ? (
        <div className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p>Peserta berikut mengikuti tahap penilaian tetapi tidak ada dalam berkas; mereka tidak akan mendapat nilai asesmen:</p>
          <ul className="mt-1 list-disc pl-5">
            {preview.missing.map((candidate) => (
              <li key={candidate.registrationNumber}>
                {candidate.registrationNumber} — {candidate.name}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ScrollRegion label="Pratinjau berkas asesmen">
        <table className="w-full text-sm" data-testid="pratinjau-asesmen">
          <caption className="sr-only">Pratinjau berkas {preview.fileName}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-2">Baris</th>
              <th scope="col" className="py-1 pr-2">Peserta</th>
              <th scope="col" className="py-1 pr-2 text-right">Manajerial</th>
              <th scope="col" className="py-1 pr-2 text-right">Sosiokultural</th>
              <th scope="col" className="py-1 pr-2 text-right">Nilai akhir</th>
              <th scope="col" className="py-1 pr-2">Kategori</th>
              <th scope="col" className="py-1">Status</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.rowNumber} className="border-b border-slate-100 align-top">
                <th scope="row" className="py-2 pr-2 text-left font-normal">
                  {row.rowNumber}
                </th>
                <td className="py-2 pr-2">
                  {row.applicantName ?? row.nameInFile ?? "–"}
                  <br />
                  <span className="text-slate-600">{row.registrationNumber || "–"}</span>
                </td>
                <td className="py-2 pr-2 text-right">{formatScore(row.managerial)}</td>
                <td className="py-2 pr-2 text-right">{formatScore(row.socioCultural)}</td>
                <td className="py-2 pr-2 text-right font-semibold">{formatScore(row.value)}</td>
                <td className="py-2 pr-2">{row.category ?? "–"}</td>
                <td className="py-2">
                  {row.errors.length > 0 ? <Badge tone="danger">Galat</Badge> : row.warnings.length > 0 ? <Badge tone="warning">Periksa</Badge> : <Badge tone="success">Siap</Badge>}
                  {[...row.errors, ...row.warnings].length > 0 ? (
                    <ul className="mt-1 space-y-1">
                      {[...row.errors, ...row.warnings].map((message, index) => (
                        <li key={index}>{message}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
