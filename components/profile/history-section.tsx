"use client";

import { useRef, useState, useTransition } from "react";
import { RowForm } from "@/components/profile/row-form";
import { blankRowValues, rowToFormValues } from "@/components/profile/row-values";
import { SECTION_VIEWS, type SectionView } from "@/components/profile/section-config";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/action";
import type { StoredRow } from "@/lib/profile/row-tables";
import { SECTION_META, sectionHeading } from "@/lib/profile/sections";
import type { ProfileRowCommandInput, ProfileRowDeleteInput, ProfileRowInput, ProfileRowUpdateInput, ProfileSection } from "@/lib/validation/profile";

type RowResult = Promise<ActionResult<{ id: string }>>;

export type RowActions = {
  add: (input: ProfileRowCommandInput) => RowResult;
  update: (input: ProfileRowUpdateInput) => RowResult;
  remove: (input: ProfileRowDeleteInput) => RowResult;
};

type Props<S extends ProfileSection> = { section: S; rows: StoredRow<S>[]; actions: RowActions };

type Editing<S extends ProfileSection> = { mode: "add" } | { mode: "edit"; row: StoredRow<S> } | null;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One history section of the DRH: its rows, an add/edit panel and a confirmed delete. */
export function HistorySection<S extends ProfileSection>({ section, rows, actions }: Props<S>) {
  const view: SectionView<S> = SECTION_VIEWS[section];
  const meta = SECTION_META[section];
  const [editing, setEditing] = useState<Editing<S>>(null);
  const [deleting, setDeleting] = useState<StoredRow<S> | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [deletePending, startDelete] = useTransition();
  const addButtonRef = useRef<HTMLButtonElement>(null);

  const open = (next: Editing<S>) => {
    setStatus(null);
    setEditing(next);
  };

  // The union of per-section commands cannot be narrowed from a type parameter; the server parses
  // the command with the schema of the section it names.
  const save = (values: ProfileRowInput<S>) =>
    editing?.mode === "edit"
      ? actions.update({ section, id: editing.row.id, values } as ProfileRowUpdateInput)
      : actions.add({ section, values } as ProfileRowCommandInput);

  const confirmDelete = () => {
    if (!deleting) return;
    const target = deleting;
    setDeleteError(null);
    startDelete(async () => {
      const result = await actions.remove({ section, id: target.id });
      if (!result.ok) {
        setDeleteError(result.message);
        return;
      }
      setDeleting(null);
      if (editing?.mode === "edit" && editing.row.id === target.id) setEditing(null);
      setStatus(`${capitalize(view.noun)} dihapus.`);
      addButtonRef.current?.focus();
    });
  };

  return (
    <Card id={meta.anchor} title={sectionHeading(section)}>
      {/* Present from the start, so that screen readers announce what appears in it. */}
      <div role="status">{status ? <p className="mb-3 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{status}</p> : null}</div>
      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-600">{meta.emptyText}</p>
      ) : (
        <table className="w-full text-sm">
          <caption className="sr-only">{sectionHeading(section)}</caption>
          <thead className="hidden sm:table-header-group">
            <tr className="border-b border-slate-300 text-left">
              {view.columns.map((column) => (
                <th key={column.header} scope="col" className="py-2 pr-3 font-semibold">
                  {column.header}
                </th>
              ))}
              <th scope="col" className="py-2">
                <span className="sr-only">Tindakan</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="block border-b border-slate-200 py-3 sm:table-row sm:py-0">
                {view.columns.map((column) => (
                  <td
                    key={column.header}
                    data-label={column.header}
                    className="block py-0.5 align-top before:block before:text-xs before:font-medium before:text-slate-500 before:content-[attr(data-label)] sm:table-cell sm:py-2 sm:pr-3 sm:before:content-none"
                  >
                    {column.cell(row)}
                  </td>
                ))}
                <td className="block pt-2 align-top sm:table-cell sm:py-2">
                  <div className="flex gap-2 sm:justify-end">
                    <button
                      type="button"
                      className={buttonClass("secondary", "px-3 py-1 text-xs")}
                      aria-label={`Ubah ${view.noun}: ${view.describe(row)}`}
                      onClick={() => open({ mode: "edit", row })}
                    >
                      Ubah
                    </button>
                    <button
                      type="button"
                      className={buttonClass("secondary", "px-3 py-1 text-xs text-red-700")}
                      aria-label={`Hapus ${view.noun}: ${view.describe(row)}`}
                      onClick={() => {
                        setDeleteError(null);
                        setDeleting(row);
                      }}
                    >
                      Hapus
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <div className="mt-4">
        {editing ? (
          <RowForm
            // A fresh form per row: switching from one row to another never mixes their values.
            key={editing.mode === "edit" ? editing.row.id : "new"}
            section={section}
            heading={editing.mode === "edit" ? `Ubah ${view.noun}` : `Tambah ${view.noun}`}
            submitLabel={editing.mode === "edit" ? "Simpan perubahan" : "Simpan"}
            initialValues={editing.mode === "edit" ? rowToFormValues(section, editing.row) : blankRowValues(section)}
            save={save}
            onSaved={() => {
              setStatus(`${capitalize(view.noun)} ${editing.mode === "edit" ? "diperbarui" : "ditambahkan"}.`);
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <button ref={addButtonRef} type="button" className={buttonClass("secondary")} onClick={() => open({ mode: "add" })}>
            <span aria-hidden="true">+</span> Tambah {view.noun}
          </button>
        )}
      </div>

      <ConfirmDialog
        open={deleting !== null}
        title={`Hapus ${view.noun}?`}
        confirmLabel="Ya, hapus"
        pending={deletePending}
        error={deleteError}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        {deleting ? <p>&ldquo;{view.describe(deleting)}&rdquo; akan dihapus dari Daftar Riwayat Hidup Anda.</p> : null}
      </ConfirmDialog>
    </Card>
  );
}
