import type { Metadata } from "next";
import Link from "next/link";
import { SelfCheckForm } from "@/components/eligibility/self-check-form";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { getPublicSelectionEligibilityConfig, listPublicSelectionsForSelfCheck } from "@/lib/selections/self-check-queries";
import { listInstitutionOptions } from "@/lib/institutions/queries";
import { now } from "@/lib/clock";
import { defaultSelection } from "@/lib/selections/registration-window";

export const metadata: Metadata = { title: "Cek kelayakan" };

type Props = { searchParams: Promise<{ seleksi?: string | string[] }> };

export default async function SelfCheckPage({ searchParams }: Props) {
  const requested = (await searchParams).seleksi;
  const requestedSlug = typeof requested === "string" ? requested : undefined;
  const [selections, institutions] = await Promise.all([listPublicSelectionsForSelfCheck(), listInstitutionOptions()]);
  // Without a choice, the newest selection whose registration has opened (no selection is special-cased by name).
  const chosen = selections.find((selection) => selection.slug === requestedSlug) ?? defaultSelection(selections, now());
  const config = chosen ? await getPublicSelectionEligibilityConfig(chosen.slug) : null;

  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">Cek kelayakan</h1>
        <p className="max-w-3xl text-slate-700">
          Periksa sendiri, sebelum mendaftar, apakah Anda memenuhi persyaratan administrasi seleksi. Hasil dihitung langsung saat Anda mengisi,
          dengan aturan persyaratan yang sama dengan yang dipakai dalam seleksi administrasi.
        </p>
        <div role="note" className="max-w-3xl rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm text-brand-900">
          <p>
            <strong>Tidak ada data yang disimpan.</strong> Isian Anda diolah hanya di peramban ini, tidak dikirim ke server, dan hilang saat halaman
            ditutup.
          </p>
          <p className="mt-1">
            Hasil ini perkiraan berdasarkan isian Anda sendiri. Keputusan memenuhi atau tidak memenuhi syarat ditetapkan oleh Panitia Seleksi setelah
            verifikasi dokumen, dan keputusan Panitia Seleksi bersifat final.
          </p>
        </div>
      </header>

      {requestedSlug && chosen && chosen.slug !== requestedSlug ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          Seleksi &ldquo;{requestedSlug}&rdquo; tidak ditemukan; yang ditampilkan: {chosen.title}.
        </p>
      ) : null}

      {chosen && config ? (
        <>
          <form method="get" action="/cek-kelayakan" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="min-w-0 flex-1 space-y-1">
              <label htmlFor="pilih-seleksi" className="block text-sm font-medium text-slate-800">
                Seleksi
              </label>
              <select
                id="pilih-seleksi"
                name="seleksi"
                defaultValue={config.slug}
                className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm"
              >
                {selections.map((selection) => (
                  <option key={selection.slug} value={selection.slug}>
                    {selection.title}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonClass("secondary")}>
              Tampilkan persyaratan
            </button>
            <p className="w-full text-sm">
              <Link href={`/seleksi/${config.slug}#persyaratan`}>Baca persyaratan lengkap pada pengumuman {config.title}</Link>
            </p>
          </form>

          <SelfCheckForm
            key={config.slug}
            rules={config.rules}
            referenceDate={config.referenceDate}
            isReferenceDatePlanned={config.isReferenceDatePlanned}
            ageReading={config.ageReading}
            ruleTexts={config.ruleTexts}
            institutions={institutions}
          />
        </>
      ) : (
        <EmptyState title="Belum ada seleksi yang dapat diperiksa.">Pemeriksaan tersedia setelah sebuah seleksi diumumkan.</EmptyState>
      )}
    </div>
  );
}
