// The applicant's documents of one application: every requirement of the selection, what is on
// file, and an upload control where the policy still allows a change. Data comes from
// listApplicationDocuments (the page passes it in).
import { DocumentUpload } from "@/components/document/document-upload";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatWib } from "@/lib/dates/wib";
import type { ApplicationDocuments } from "@/lib/documents/queries";
import { DOCUMENT_FORM_LABELS, DOCUMENT_STATUS_LABELS, dueLabel } from "@/lib/documents/labels";
import type { DocumentStatus } from "@/lib/generated/prisma/enums";
import { ScrollRegion } from "@/components/ui/scroll-region";

const STATUS_TONES: Record<DocumentStatus, BadgeTone> = { MISSING: "warning", UPLOADED: "info", MEETS: "success", FAILS: "danger" };

export function DocumentList({ documents, directUpload = false }: { documents: ApplicationDocuments; directUpload?: boolean }) {
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        Berkas persyaratan pendaftaran diunggah paling lambat {formatWib(documents.documentDeadlineAt, { weekday: true })}. Setelah
        lamaran dikirim, berkas tidak dapat diganti lagi, kecuali berkas yang boleh diserahkan paling lambat saat wawancara.
      </p>
      <ScrollRegion label="Berkas persyaratan lamaran">
        <table className="w-full min-w-[720px] border-collapse text-sm">
          <caption className="sr-only">Berkas persyaratan lamaran</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left text-slate-700">
              <th scope="col" className="w-10 py-2 pr-2">
                No
              </th>
              <th scope="col" className="py-2 pr-2">
                Berkas
              </th>
              <th scope="col" className="py-2 pr-2">
                Status
              </th>
              <th scope="col" className="w-[45%] py-2">
                Unggahan
              </th>
            </tr>
          </thead>
          <tbody>
            {documents.rows.map((row) => (
              <tr key={row.requirementId} className="border-b border-slate-100 align-top" data-testid={`berkas-${row.number}`}>
                <td className="py-3 pr-2 font-medium">{row.number}.</td>
                <td className="space-y-1 py-3 pr-2">
                  <p>{row.title}</p>
                  {row.note ? <p className="text-xs text-slate-600">{row.note}</p> : null}
                  <p className="space-x-1">
                    <Badge tone={row.form === "ORIGINAL" ? "info" : "neutral"}>{DOCUMENT_FORM_LABELS[row.form]}</Badge>
                    {row.requiresStamp ? <Badge tone="warning">Bermaterai Rp 10.000</Badge> : null}
                    {row.copies > 1 ? <Badge>{row.copies} lembar</Badge> : null}
                  </p>
                  <p className="text-xs text-slate-600">Diserahkan {dueLabel(row.dueStage)}</p>
                </td>
                <td className="py-3 pr-2">
                  {row.isApplicable ? (
                    <span className="space-y-1">
                      <Badge tone={STATUS_TONES[row.status]}>{DOCUMENT_STATUS_LABELS[row.status]}</Badge>
                      {row.isRequired ? null : (
                        <span className="block text-xs text-slate-600" data-testid={`tidak-wajib-${row.number}`}>
                          Tidak wajib bagi Anda saat ini
                        </span>
                      )}
                      {row.condition === "EXTENDED_AGE_LIMIT" && row.isRequired ? (
                        <span className="block text-xs text-amber-900" data-testid={`wajib-58-${row.number}`}>
                          Wajib: Anda memakai batas usia 58 tahun
                        </span>
                      ) : null}
                    </span>
                  ) : (
                    <Badge>Tidak berlaku bagi Anda</Badge>
                  )}
                </td>
                <td className="py-3">
                  {row.isApplicable ? (
                    <DocumentUpload
                      applicationId={documents.applicationId}
                      requirementId={row.requirementId}
                      requirementNumber={row.number}
                      acceptedTypes={row.acceptedTypes}
                      maxSizeBytes={row.maxSizeBytes}
                      current={row.current}
                      canUpload={row.canUpload}
                      refusalReason={row.refusal?.reason ?? null}
                      closesAt={row.closesAt}
                      directUpload={directUpload}
                    />
                  ) : (
                    <p className="text-sm text-slate-600">Berkas ini tidak berlaku bagi Anda, karena instansi Anda adalah penyelenggara seleksi.</p>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
