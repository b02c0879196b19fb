import { Badge } from "@/components/ui/badge";
import { DOCUMENT_FORM_LABELS, dueLabel, formatFileSize, typeLabel } from "@/lib/documents/labels";
import type { SelectionDetail } from "@/lib/selections/queries";
import { ScrollRegion } from "@/components/ui/scroll-region";

export function DocumentTable({ documents, slug }: { documents: SelectionDetail["documents"]; slug: string }) {
  return (
    <ScrollRegion label="Berkas pendaftaran yang wajib diserahkan">
      <table className="w-full min-w-[640px] border-collapse text-sm">
        <caption className="sr-only">Berkas pendaftaran yang wajib diserahkan</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left text-slate-700">
            <th scope="col" className="w-10 py-2 pr-2">
              No
            </th>
            <th scope="col" className="py-2 pr-2">
              Berkas
            </th>
            <th scope="col" className="py-2 pr-2">
              Bentuk
            </th>
            <th scope="col" className="py-2 pr-2">
              Diserahkan
            </th>
            <th scope="col" className="py-2">
              Berkas unggahan
            </th>
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => (
            <tr key={document.number} className="border-b border-slate-100 align-top" data-testid={`dokumen-${document.number}`}>
              <td className="py-2 pr-2 font-medium">{document.number}.</td>
              <td className="py-2 pr-2">
                <p>{document.title}</p>
                {document.note ? <p className="mt-1 text-xs text-slate-600">{document.note}</p> : null}
                {document.formCode ? (
                  <p className="mt-1 text-xs">
                    <a href={`/api/formulir/${slug}/${document.formCode}`}>Unduh formulir Lampiran {document.formCode} (PDF)</a>
                  </p>
                ) : null}
              </td>
              <td className="space-x-1 space-y-1 py-2 pr-2">
                <Badge tone={document.form === "ORIGINAL" ? "info" : "neutral"}>{DOCUMENT_FORM_LABELS[document.form]}</Badge>
                {document.requiresStamp ? <Badge tone="warning">Bermaterai Rp 10.000</Badge> : null}
                {document.copies > 1 ? <Badge>{document.copies} lembar</Badge> : null}
                {document.condition !== "ALWAYS" ? <Badge tone="neutral">Bersyarat</Badge> : null}
              </td>
              <td className="py-2 pr-2 first-letter:uppercase">{dueLabel(document.dueStage)}</td>
              <td className="py-2 text-xs text-slate-600">
                {typeLabel(document.acceptedTypes)}, maks. {formatFileSize(document.maxSizeBytes)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
