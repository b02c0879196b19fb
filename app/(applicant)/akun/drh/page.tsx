import type { Metadata } from "next";
import Link from "next/link";
import { EligibilityChecklist, VERDICT_TEXT } from "@/components/eligibility/eligibility-checklist";
import { CompletenessCard } from "@/components/profile/completeness-card";
import { HistorySection } from "@/components/profile/history-section";
import { PersonalDataForm } from "@/components/profile/personal-data-form";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requirePermissionPage } from "@/lib/auth/guards";
import { profileCompleteness } from "@/lib/profile/completeness";
import { personalFormValues } from "@/lib/profile/form-values";
import { getAccountIdentity, getOwnEligibilityPreviews, getOwnProfile, listInstitutions } from "@/lib/profile/queries";
import { SECTION_META, sectionHeading } from "@/lib/profile/sections";
import { PROFILE_SECTIONS } from "@/lib/validation/profile";
import { addProfileRowAction, deleteProfileRowAction, savePersonalDataAction, updateProfileRowAction } from "./actions";

export const metadata: Metadata = { title: "Daftar Riwayat Hidup" };

const rowActions = { add: addProfileRowAction, update: updateProfileRowAction, remove: deleteProfileRowAction };

export default async function DrhPage() {
  const user = await requirePermissionPage("apply:selection");
  const [profile, institutions, account, eligibility] = await Promise.all([
    getOwnProfile(user.id),
    listInstitutions(),
    getAccountIdentity(user.id),
    getOwnEligibilityPreviews(user.id),
  ]);
  const completeness = profileCompleteness(profile);

  return (
    <div className="space-y-6">
      <header className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <p className="text-sm">
            <Link href="/akun">← Akun saya</Link>
          </p>
          <h1 className="text-2xl font-bold">Daftar Riwayat Hidup</h1>
          <p className="max-w-3xl text-slate-700">
            Isian Lampiran II. Data ini dipakai untuk memeriksa persyaratan setiap seleksi yang Anda lamar; pastikan sesuai dengan SK dan
            dokumen asli.
          </p>
        </div>
        <ButtonLink href="/akun/drh/cetak" variant="secondary">
          Lihat dan cetak DRH
        </ButtonLink>
      </header>

      {/* ── Eligibility checklist slot: the CV checked against the applicant's selections. ── */}
      {eligibility.map((preview) => {
        const count = (status: string) => preview.result.rules.filter((rule) => rule.status === status).length;
        return (
          <Card key={preview.slug} id={`kelayakan-${preview.slug}`} title="Pemeriksaan persyaratan">
            <p className="text-sm text-slate-700">
              {preview.hasApplied ? "Seleksi yang Anda lamar: " : "Diperiksa terhadap seleksi terbaru: "}
              <Link href={`/seleksi/${preview.slug}`}>{preview.title}</Link>.
            </p>
            <p className="mt-2 text-sm" data-testid="kelayakan-ringkas">
              <strong>{VERDICT_TEXT[preview.result.verdict]}</strong> · {count("pass")} memenuhi, {count("fail")} tidak memenuhi,{" "}
              {count("pending")} menunggu verifikasi (dari dokumen atau keputusan Pansel).
            </p>
            <details className="mt-3" open={preview.result.verdict === "NOT_ELIGIBLE"}>
              <summary className="cursor-pointer text-sm font-medium text-brand-700">Rincian per persyaratan</summary>
              <div className="mt-3">
                <EligibilityChecklist result={preview.result} ruleTexts={preview.ruleTexts} />
              </div>
            </details>
          </Card>
        );
      })}

      <CompletenessCard completeness={completeness} />

      <Card id={SECTION_META.personal.anchor} title={sectionHeading("personal")}>
        <PersonalDataForm
          action={savePersonalDataAction}
          defaultValues={personalFormValues(profile, { name: account?.name ?? user.name })}
          institutions={institutions}
          account={{ email: account?.email ?? user.email, nip: profile?.nip ?? account?.nip ?? null }}
        />
      </Card>

      {profile ? (
        PROFILE_SECTIONS.map((section) => <HistorySection key={section} section={section} rows={profile.rows[section]} actions={rowActions} />)
      ) : (
        <Card title="Riwayat (bagian II–X)">
          <p className="text-sm text-slate-700">Simpan data pribadi terlebih dahulu; sesudah itu riwayat pangkat, jabatan, pendidikan dan lainnya dapat diisi.</p>
        </Card>
      )}
    </div>
  );
}
