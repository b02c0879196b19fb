import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ApplyPanel } from "@/components/application/apply-panel";
import { Card } from "@/components/ui/card";
import { declarationWording } from "@/lib/applications/declarations";
import { evaluateApplicantEligibilityVariants } from "@/lib/applications/eligibility";
import { checksFormationEducation } from "@/lib/eligibility/formation";
import { educationShortLabel, isEducationLevel } from "@/lib/identifiers/education";
import { getApplyContext } from "@/lib/applications/queries";
import { requirePermissionPage } from "@/lib/auth/guards";
import { now } from "@/lib/clock";
import { asnKarierTerm, ASN_KARIER_FALLBACK } from "@/lib/channels/texts";
import { formatWib } from "@/lib/dates/wib";
import { SELECTION_PHASE_LABELS, selectionPhase } from "@/lib/selections/status";
import { applyAction } from "../../lamaran/actions";

export const metadata: Metadata = { title: "Melamar" };

export default async function ApplyPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePermissionPage("apply:selection");
  const { slug } = await params;
  const context = await getApplyContext(user.id, slug);
  if (!context) notFound();
  const existing = context.vacancies.flatMap((vacancy) => vacancy.applications)[0];
  if (existing) redirect(`/akun/lamaran/${existing.id}`);
  const phase = selectionPhase(context.status, { opensAt: context.registrationOpensAt, closesAt: context.registrationClosesAt }, now());
  const wording = declarationWording(context.regime, context.rules);
  const perFormation = checksFormationEducation(context.rules);
  // Both readings of the no-MPP tick (where the selection has that path), for every formation when the
  // education is checked per formation ("" before a choice); the panel shows the one matching the form.
  const vacancyKeys = perFormation ? ["", ...context.vacancies.map((vacancy) => vacancy.id)] : [""];
  const readings = wording.offersNoMpp ? [false, true] : [false];
  const variants = vacancyKeys.flatMap((vacancyId) => readings.map((noMppStatement) => ({ vacancyId: vacancyId || null, noMppStatement })));
  const evaluations = await evaluateApplicantEligibilityVariants(user.id, slug, variants);
  const eligibility = evaluations
    ? {
        perFormation,
        ruleTexts: evaluations[0]!.ruleTexts,
        byVacancy: Object.fromEntries(
          vacancyKeys.map((key, index) => {
            const without = evaluations[index * readings.length]!.result;
            const withStatement = evaluations[index * readings.length + readings.length - 1]!.result;
            return [key, { withoutStatement: without, withStatement }];
          }),
        ),
      }
    : null;
  const vacancies = context.vacancies.map((vacancy) => ({
    id: vacancy.id,
    title: vacancy.title,
    eselon: vacancy.eselon,
    unit: vacancy.unit,
    quota: vacancy.quota,
    education: vacancy.educationRequired.filter(isEducationLevel).map(educationShortLabel),
  }));
  const asnKarierReminder = context.asnKarierRequired ? (asnKarierTerm(context.registrationTerms) ?? ASN_KARIER_FALLBACK) : null;

  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-slate-600">Melamar</p>
        <h1 className="text-2xl font-bold">{context.title}</h1>
        <p className="mt-1 text-slate-700">
          Batas akhir pengiriman lamaran dan berkas: <strong>{formatWib(context.documentDeadlineAt, { weekday: true })}</strong>
        </p>
      </header>
      {!context.hasProfile ? (
        <Card>
          <p>
            Lengkapi <Link href="/akun/drh">Daftar Riwayat Hidup</Link> terlebih dahulu.
          </p>
        </Card>
      ) : null}
      <ApplyPanel
        eligibility={eligibility}
        vacancies={vacancies}
        vacancyNoun={context.regime === "CPNS" ? "formasi" : "jabatan"}
        wording={wording}
        action={applyAction}
        asnKarierReminder={asnKarierReminder}
        closedNotice={
          phase === "OPEN" ? null : (
            <p role="status" className="font-medium text-slate-800">
              {phase === "UPCOMING" ? `${SELECTION_PHASE_LABELS.UPCOMING}.` : `Status seleksi: ${SELECTION_PHASE_LABELS[phase]}. Lamaran baru tidak dapat dibuat.`}
            </p>
          )
        }
      />
    </div>
  );
}
