import type { Metadata } from "next";
import Link from "next/link";
import { CreateSelectionForm } from "@/components/selection-setup/create-selection-form";
import { Card } from "@/components/ui/card";
import { requirePermissionPage } from "@/lib/auth/guards";
import { REGIME_LABELS } from "@/lib/selection-setup/labels";
import { listCopySources } from "@/lib/selection-setup/queries";
import { SELECTION_TEMPLATES } from "@/lib/selection-setup/templates";
import { createSelectionAction } from "./actions";

export const metadata: Metadata = { title: "Buat seleksi baru" };

export default async function NewSelectionPage() {
  await requirePermissionPage("administer:selection");
  const copies = await listCopySources();
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-600">
          <Link href="/pansel">Area Pansel</Link> / Buat seleksi baru
        </p>
        <h1 className="text-2xl font-bold">Buat seleksi baru</h1>
        <p className="text-slate-700">
          Seleksi baru dibuat sebagai draf dari templat atau salinan seleksi yang ada: persyaratan, dokumen, tahapan, bobot dan formulir ikut tersalin.
          Pelamar, Pansel, nilai dan pengumuman hasil tidak ikut tersalin. Setelah dibuat, lengkapi data pengumuman, formasi dan Pansel, lalu umumkan.
        </p>
      </header>
      <Card title="Identitas seleksi baru">
        <CreateSelectionForm
          action={createSelectionAction}
          sources={{
            templates: SELECTION_TEMPLATES.map((template) => ({ value: `template:${template.id}`, label: template.label })),
            copies: copies.map((selection) => ({ value: `copy:${selection.slug}`, label: `${selection.title} (${REGIME_LABELS[selection.regime]})` })),
          }}
        />
      </Card>
      <Card title="Templat yang tersedia">
        <dl className="space-y-3 text-sm">
          {SELECTION_TEMPLATES.map((template) => (
            <div key={template.id}>
              <dt className="font-semibold">{template.label}</dt>
              <dd className="text-slate-700">{template.description}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
