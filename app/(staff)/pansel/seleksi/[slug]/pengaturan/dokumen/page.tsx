import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentForm, EMPTY_DOCUMENT } from "@/components/selection-setup/document-form";
import { SetupHeader } from "@/components/selection-setup/setup-header";
import { Card, EmptyState } from "@/components/ui/card";
import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { requirePermissionPage } from "@/lib/auth/guards";
import { getDocumentsSetup } from "@/lib/selection-content/queries";
import { addDocumentRequirementAction, correctDocumentRequirementAction, removeDocumentRequirementAction, updateDocumentRequirementAction } from "./actions";

export const metadata: Metadata = { title: "Berkas pendaftaran" };

export default async function DocumentsSetupPage({ params }: { params: Promise<{ slug: string }> }) {
  await requirePermissionPage("administer:selection");
  const setup = await getDocumentsSetup((await params).slug);
  if (!setup) notFound();
  const isDraft = setup.status === "DRAFT";
  return (
    <div className="space-y-6">
      <SetupHeader slug={setup.slug} title={setup.title} status={setup.status} heading="Berkas pendaftaran" current="/dokumen" />
      <p className="text-sm text-slate-700">
        {isDraft
          ? "Nomor urut menentukan urutan berkas pada pengumuman. Berkas yang dirujuk persyaratan tidak dapat dihapus atau dinomori ulang sebelum rujukannya diubah."
          : "Seleksi sudah diumumkan: berkas masih dapat dikoreksi dengan alasan. Setiap koreksi tercatat dan tampil di halaman publik."}
      </p>
      <Card title={`Berkas (${setup.documents.length})`} id="berkas">
        {setup.documents.length === 0 ? (
          <EmptyState title="Belum ada berkas." />
        ) : (
          <ol className="space-y-2">
            {setup.documents.map((document) => (
              <li key={document.id} className="rounded-md border border-slate-200">
                <details>
                  <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">
                    {document.fields.number}. {document.fields.title}
                  </summary>
                  <div className="space-y-3 border-t border-slate-200 p-3">
                    <DocumentForm
                      selectionId={setup.id}
                      mode={{ kind: isDraft ? "edit" : "correct", documentId: document.id, version: document.version }}
                      fields={document.fields}
                      label={`Berkas nomor ${document.fields.number}`}
                      action={isDraft ? updateDocumentRequirementAction : correctDocumentRequirementAction}
                      forms={setup.forms}
                    />
                    {isDraft && document.uploads === 0 ? (
                      <ConfirmedActionButton
                        label={`Hapus berkas ${document.fields.number}`}
                        title={`Hapus berkas nomor ${document.fields.number}?`}
                        confirmLabel="Ya, hapus"
                        variant="danger"
                        small
                        action={removeDocumentRequirementAction}
                        input={{ selectionId: setup.id, documentId: document.id }}
                      >
                        <p>{document.fields.title} dihapus dari draf seleksi ini.</p>
                      </ConfirmedActionButton>
                    ) : null}
                  </div>
                </details>
              </li>
            ))}
          </ol>
        )}
      </Card>
      {isDraft ? (
        <Card title="Tambah berkas" id="tambah-berkas">
          <DocumentForm selectionId={setup.id} mode={{ kind: "add" }} fields={EMPTY_DOCUMENT} label="Tambah berkas" action={addDocumentRequirementAction} forms={setup.forms} />
        </Card>
      ) : null}
    </div>
  );
}
