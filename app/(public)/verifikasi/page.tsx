import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { proofCode } from "@/lib/applications/proof-code";
import { findApplicationForVerification } from "@/lib/applications/queries";
import { formatWib } from "@/lib/dates/wib";

export const metadata: Metadata = { title: "Verifikasi bukti pendaftaran" };

/** Shows a name only partly, as on public pages: "Ahmad F****". */
function maskName(name: string): string {
  return name
    .split(/\s+/)
    .map((part, index) => (index === 0 ? part : `${part.charAt(0)}${"*".repeat(Math.max(1, part.length - 1))}`))
    .join(" ");
}

export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ nomor?: string; kode?: string }> }) {
  const { nomor = "", kode = "" } = await searchParams;
  const application = nomor ? await findApplicationForVerification(nomor.trim().toUpperCase()) : null;
  const valid =
    application?.submittedAt &&
    proofCode({ applicationId: application.id, registrationNumber: application.registrationNumber, submittedAt: application.submittedAt }) ===
      kode.trim().toUpperCase();
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">Verifikasi bukti pendaftaran</h1>
      <form className="space-y-3 rounded-lg border border-slate-200 bg-white p-5" method="get">
        <div>
          <label htmlFor="nomor" className="block text-sm font-medium">
            Nomor pendaftaran
          </label>
          <input id="nomor" name="nomor" defaultValue={nomor} className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="kode" className="block text-sm font-medium">
            Kode verifikasi
          </label>
          <input id="kode" name="kode" defaultValue={kode} className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2" />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
          Periksa
        </button>
      </form>
      {nomor ? (
        valid && application?.submittedAt ? (
          <Card>
            <p role="status" className="font-semibold text-emerald-800" data-testid="hasil-verifikasi">
              Bukti pendaftaran sah.
            </p>
            <dl className="mt-2 space-y-1 text-sm">
              <div>Nomor: {application.registrationNumber}</div>
              <div>Nama: {maskName(application.applicant.name)}</div>
              <div>Jabatan: {application.vacancy.title}</div>
              <div>Seleksi: {application.selection.title}</div>
              <div>Dikirim: {formatWib(application.submittedAt)}</div>
            </dl>
          </Card>
        ) : (
          <Card>
            <p role="status" className="font-semibold text-red-800" data-testid="hasil-verifikasi">
              Bukti tidak dapat diverifikasi: nomor pendaftaran atau kode tidak cocok.
            </p>
          </Card>
        )
      ) : null}
    </div>
  );
}
