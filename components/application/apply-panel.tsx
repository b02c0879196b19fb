"use client";

// The apply page's pre-check and form together: the pre-check reads the form's no-MPP tick, so a
// former JPT aged 56–58 who ticks it sees "menunggu verifikasi" (the signed statement still has to be
// verified) instead of "tidak memenuhi"; and it reads the chosen formation, whose own education list the
// CPNS rule checks. Every evaluation comes from the server; nothing is re-run here.
import Link from "next/link";
import { useCallback, useState, type ReactNode } from "react";
import { ApplyForm, type ApplyVacancy } from "@/components/application/apply-form";
import { EligibilityChecklist } from "@/components/eligibility/eligibility-checklist";
import { Card } from "@/components/ui/card";
import type { ActionResult } from "@/lib/action";
import type { DeclarationWording } from "@/lib/applications/declarations";
import type { EligibilityResult } from "@/lib/eligibility/types";
import type { ApplyInput } from "@/lib/validation/application";

export type EligibilityPair = { withoutStatement: EligibilityResult; withStatement: EligibilityResult };

type Props = {
  /** By vacancy id; "" is the evaluation before a formation is chosen. */
  eligibility: { byVacancy: Record<string, EligibilityPair>; ruleTexts: Record<string, string>; perFormation: boolean } | null;
  vacancies: ApplyVacancy[];
  vacancyNoun: "formasi" | "jabatan";
  wording: DeclarationWording;
  action: (input: ApplyInput) => Promise<ActionResult<never>>;
  asnKarierReminder: string | null;
  /** Shown instead of the form when registration is not open. */
  closedNotice: ReactNode | null;
};

export function ApplyPanel({ eligibility, vacancies, vacancyNoun, wording, action, asnKarierReminder, closedNotice }: Props) {
  const [noMpp, setNoMpp] = useState(false);
  const [vacancyId, setVacancyId] = useState(vacancies.length === 1 ? vacancies[0]!.id : "");
  const onNoMppChange = useCallback((ticked: boolean) => setNoMpp(ticked), []);
  const onVacancyChange = useCallback((id: string) => setVacancyId(id), []);
  const pair = eligibility ? (eligibility.byVacancy[vacancyId] ?? eligibility.byVacancy[""]) : undefined;
  const chosen = vacancies.find((vacancy) => vacancy.id === vacancyId);
  return (
    <>
      {eligibility && pair ? (
        <Card title="Pemeriksaan persyaratan dari data DRH Anda" id="kelayakan">
          {eligibility.perFormation ? (
            <p className="mb-3 text-sm text-slate-700" data-testid="kelayakan-formasi">
              {chosen
                ? `Diperiksa untuk formasi ${chosen.title}.`
                : "Pilih formasi pada formulir di bawah: kualifikasi pendidikan diperiksa terhadap formasi yang dipilih."}
            </p>
          ) : null}
          <EligibilityChecklist result={noMpp ? pair.withStatement : pair.withoutStatement} ruleTexts={eligibility.ruleTexts} />
          <p className="mt-3 text-sm text-slate-600">
            Data salah? <Link href="/akun/drh">Perbaiki Daftar Riwayat Hidup</Link>. Lamaran yang tidak memenuhi syarat tidak dapat dikirim.
          </p>
        </Card>
      ) : null}
      <Card title="Formulir lamaran" id="formulir-lamaran">
        {closedNotice ?? (
          <ApplyForm
            vacancies={vacancies}
            vacancyNoun={vacancyNoun}
            wording={wording}
            action={action}
            asnKarierReminder={asnKarierReminder}
            onNoMppChange={onNoMppChange}
            onVacancyChange={onVacancyChange}
          />
        )}
      </Card>
    </>
  );
}
