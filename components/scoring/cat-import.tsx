"use client";

import { useId, useState } from "react";
import { FormSuccess } from "@/components/forms/form-message";
import { ImportErrors } from "@/components/scoring/import-errors";
import { usePreviewedImport, type FileUpload } from "@/components/scoring/use-previewed-import";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { ActionResult } from "@/lib/action";
import type { CatImportOutcome, CatPreview, CatPreviewRow, CatValues } from "@/lib/cat-results/mutations";
import { formatScore } from "@/lib/ranking/labels";
import { CAT_IMPORT_MAX_BYTES, type CatImportInput } from "@/lib/validation/cat-results";

type Props = {
  slug: string;
  stageId: string;
  test: "SKD" | "SKB";
  blockedReason: string | null;
  previewAction: (input: CatImportInput) => Promise<ActionResult<CatPreview>>;
  importAction: (input: CatImportInput & { slug: string }) => Promise<ActionResult<CatImportOutcome>>;
};

const STATUS: Record<CatPreviewRow["status"], { label: string; tone: "success" | "info" | "neutral" | "danger" }> = {
  NEW: { label: "Baru", tone: "success" },
  CHANGED: { label: "Berubah", tone: "info" },
  UNCHANGED: { label: "Tetap", tone: "neutral" },
  ERROR: { label: "Galat", tone: "danger" },
};

function valuesText(values: CatValues | null): string {
  if (!values) return "–";
  if (values.test === "SKD") return `TWK ${values.twk} · TIU ${values.tiu} · TKP ${values.tkp} · total ${values.total}`;
  const additional = values.additional === null ? "" : ` · tambahan ${formatScore(values.additional)} (${formatScore(values.additionalWeight)}%)`;
  return `CAT ${formatScore(values.cat)}${additional} · SKB ${formatScore(values.final)}`;
}

/**
 * The chair's import of a CAT result file (SKD or SKB): a preview of every row first (nothing stored),
 * then an all-or-nothing import behind a confirmation. The same file again changes nothing; a corrected
 * file replaces the rows it changes.
 */
export function CatImport({ slug, stageId, test, blockedReason, previewAction, importAction }: Props) {
  const inputId = useId();
  const weightId = useId();
  const [weight, setWeight] = useState("");
  const { file, preview, errors, done, isConfirming, pending, choose, reset, fail, runPreview, runImport, setConfirming } = usePreviewedImport({
    maxBytes: CAT_IMPORT_MAX_BYTES,
    preview: (upload: FileUpload & { additionalWeight: number | null }) => previewAction({ stageId, ...upload }),
    commit: (upload) => importAction({ slug, stageId, ...upload }),
    doneText: ({ created, changed, unchanged }: CatImportOutcome) => `Hasil ${test} tersimpan: ${created} baru, ${changed} diperbarui, ${unchanged} tetap.`,
  });

  const previewWithWeight = () => {
    const additionalWeight = weight.trim() === "" ? null : Number(weight.replace(",", "."));
    if (additionalWeight !== null && !Number.isFinite(additionalWeight)) {
      fail(["Bobot tes tambahan harus berupa angka."]);
      return;
    }
    runPreview({ additionalWeight });
  };

  const changes = preview ? preview.newCount + preview.changedCount : 0;
  const canImport = preview !== null && preview.errorRowCount === 0 && !pending;

  if (blockedReason) return <p className="text-sm text-slate-700">{blockedReason}</p>;
  return (
    <div className="space-y-4">
      <FormSuccess message={done} />
      <form
        noValidate
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          previewWithWeight();
        }}
      >
        <div className="space-y-1">
          <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
            Berkas hasil {test} (.csv atau .xlsx)
          </label>
          <input
            id={inputId}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => choose(event.target.files?.[0] ?? null)}
            className="block text-sm"
          />
        </div>
        {test === "SKB" ? (
          <div className="space-y-1">
            <label htmlFor={weightId} className="block text-sm font-medium text-slate-900">
              Bobot tes tambahan (%)
            </label>
            <input
              id={weightId}
              inputMode="decimal"
              value={weight}
              onChange={(event) => {
                setWeight(event.target.value);
                reset();
              }}
              placeholder="kosong bila tidak ada"
              className="block w-40 rounded-md border border-slate-300 px-2 py-1 text-sm"
            />
          </div>
        ) : null}
        <Button type="submit" variant="secondary" disabled={!file || pending}>
          {pending && !isConfirming ? "Memeriksa…" : "Pratinjau"}
        </Button>
      </form>

      <ImportErrors errors={errors} />

      {preview ? (
        <div className="space-y-3">
          <p role="status" className="font-medium text-slate-900">
            {preview.newCount} baru, {preview.changedCount} berubah, {preview.unchangedCount} tetap, {preview.errorRowCount} galat
          </p>
          {preview.missing.length > 0 ? (
            <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
              Belum ada hasil untuk {preview.missing.length} peserta tahap ini: {preview.missing.map((candidate) => candidate.registrationNumber).join(", ")}.
            </p>
          ) : null}
          <ScrollRegion label={`Pratinjau berkas ${test}`}>
            <table className="w-full text-sm" data-testid="pratinjau-cat">
              <caption className="sr-only">Pratinjau berkas {preview.fileName}</caption>
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="py-1 pr-2">Baris</th>
                  <th scope="col" className="py-1 pr-2">Peserta</th>
                  <th scope="col" className="py-1 pr-2">Nilai</th>
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
                      <span className="text-slate-600">
                        {row.registrationNumber || "–"}
                        {row.formation ? ` · ${row.formation}` : ""}
                      </span>
                    </td>
                    <td className="py-2 pr-2">
                      {valuesText(row.values)}
                      {row.stored ? <span className="block text-slate-600">sebelumnya: {valuesText(row.stored)}</span> : null}
                    </td>
                    <td className="py-2">
                      <Badge tone={STATUS[row.status].tone}>{STATUS[row.status].label}</Badge>
                      {row.errors.length > 0 ? (
                        <ul className="mt-1 space-y-1">
                          {row.errors.map((message, index) => (
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
          <div className="flex flex-wrap items-center gap-3">
            <Button onClick={() => setConfirming(true)} disabled={!canImport}>
              Impor hasil {test}
            </Button>
            {preview.errorRowCount > 0 ? <p className="text-sm text-slate-700">Perbaiki baris yang bergalat di berkas, lalu pratinjau ulang.</p> : null}
          </div>
        </div>
      ) : null}

      <ConfirmDialog
        open={isConfirming}
        title={`Impor hasil ${test}?`}
        confirmLabel="Ya, impor"
        pending={pending}
        onConfirm={runImport}
        onCancel={() => setConfirming(false)}
      >
        {preview ? (
          <div className="space-y-2">
            <p>
              Dari berkas &ldquo;{preview.fileName}&rdquo;: {preview.newCount} hasil baru dan {preview.changedCount} perubahan akan disimpan pada tahap{" "}
              {preview.stageName}; {preview.unchangedCount} baris sama dengan yang tersimpan.
            </p>
            {changes === 0 ? <p>Tidak ada yang berubah.</p> : <p>Setiap perubahan dicatat dalam log audit dengan nilai sebelum dan sesudahnya.</p>}
          </div>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}
