"use client";

// The apply page's pre-check and form together: the pre-check reads the form's no-MPP tick, so a
// former JPT aged 56–58 who ticks it sees "menunggu verifikasi" (the signed statement still has to be
// verified) instead of "tidak memenuhi". Both evaluations come from the server; nothing is re-run here.
import Link from "next/link";
import { useCallback, useState, type ReactNode } from "react";
import { ApplyForm } from "@/components/application/apply-form";
import { EligibilityChecklist } from "@/components/eligibility/eligibility-checklist";
import { Card } from "@/components/ui/card";
import type { ActionResult } from "@/lib/action";
import type { EligibilityResult } from "@/lib/eligibility/types";
import type { ApplyInput } from "@/lib/validation/application";

type Props = {
  eligibility: { withoutStatement: EligibilityResult; withStatement: EligibilityResult; ruleTexts: Record<string, string> } | null;
  vacancies: { id: string; title: string; eselon: string | null; quota: number }[];
  action: (input: ApplyInput) => Promise<ActionResult<never>>;
  asnKarierReminder: string | null;
  /** Shown instead of the form when registration is not open. */
  closedNotice: ReactNode | null;
};

export function ApplyPanel({ eligibility, vacancies, action, asnKarierReminder, closedNotice }: Props) {
  const [noMpp, setNoMpp] = useState(false);
  const onNoMppChange = useCallback((ticked: boolean) => setNoMpp(ticked), []);
  return (
    <>
      {eligibility ? (
        <Card title="Pemeriksaan persyaratan dari data DRH Anda" id="kelayakan">
          <EligibilityChecklist result={noMpp ? eligibility.withStatement : eligibility.withoutStatement} ruleTexts={eligibility.ruleTexts} />
          <p className="mt-3 text-sm text-slate-600">
            Data salah? <Link href="/akun/drh">Perbaiki Daftar Riwayat Hidup</Link>. Lamaran yang tidak memenuhi syarat tidak dapat dikirim.
          </p>
        </Card>
      ) : null}
      <Card title="Formulir lamaran" id="formulir-lamaran">
        {closedNotice ?? <ApplyForm vacancies={vacancies} action={action} asnKarierReminder={asnKarierReminder} onNoMppChange={onNoMppChange} />}
      </Card>
    </>
  );
}
