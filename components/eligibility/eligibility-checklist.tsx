// The result of an eligibility check as a checklist. No hooks and no "use client": a server page renders
// it from a stored evaluation and the self-check form renders it live in the browser.
import { formatCalendarDate, formatDuration } from "@/lib/dates/calendar";
import { ruleLabel } from "@/lib/eligibility/catalog";
import type { EligibilityResult, EligibilityVerdict, RuleStatus } from "@/lib/eligibility/types";

type Props = {
  result: EligibilityResult;
  /** ruleId → the requirement as the announcement words it, shown under the reason. */
  ruleTexts?: Record<string, string>;
};

type IconName = "check" | "cross" | "clock";

// Every state carries a word and an icon besides its colour, so nothing depends on seeing colour.
const VERDICTS: Readonly<Record<EligibilityVerdict, { text: string; icon: IconName; box: string }>> = {
  ELIGIBLE: { text: "MEMENUHI SYARAT", icon: "check", box: "border-emerald-600 bg-emerald-50 text-emerald-900" },
  NOT_ELIGIBLE: { text: "TIDAK MEMENUHI SYARAT", icon: "cross", box: "border-red-600 bg-red-50 text-red-900" },
  PENDING_VERIFICATION: { text: "MENUNGGU VERIFIKASI", icon: "clock", box: "border-amber-500 bg-amber-50 text-amber-950" },
};

export const VERDICT_TEXT: Readonly<Record<EligibilityVerdict, string>> = {
  ELIGIBLE: VERDICTS.ELIGIBLE.text,
  NOT_ELIGIBLE: VERDICTS.NOT_ELIGIBLE.text,
  PENDING_VERIFICATION: VERDICTS.PENDING_VERIFICATION.text,
};

export const RULE_STATUS_TEXT: Readonly<Record<RuleStatus, string>> = {
  pass: "Memenuhi",
  fail: "Tidak memenuhi",
  pending: "Menunggu verifikasi",
};

const STATUS_STYLE: Readonly<Record<RuleStatus, { icon: IconName; badge: string; iconColour: string }>> = {
  pass: { icon: "check", badge: "bg-emerald-50 text-emerald-800 ring-emerald-300", iconColour: "text-emerald-700" },
  fail: { icon: "cross", badge: "bg-red-50 text-red-800 ring-red-300", iconColour: "text-red-700" },
  pending: { icon: "clock", badge: "bg-amber-50 text-amber-900 ring-amber-300", iconColour: "text-amber-700" },
};

const ICON_PATHS: Readonly<Record<IconName, string>> = {
  check: "M5 12.5l4.5 4.5L19 7.5",
  cross: "M6.5 6.5l11 11M17.5 6.5l-11 11",
  clock: "M12 7v5l3.5 2M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0z",
};

function StatusIcon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      className={`h-5 w-5 shrink-0 ${className ?? ""}`}
      fill="none"
      stroke="currentColor"
      strokeWidth={2.5}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={ICON_PATHS[name]} />
    </svg>
  );
}

function verdictDetail(result: EligibilityResult): string {
  const failed = result.rules.filter((rule) => rule.status === "fail").length;
  const pending = result.rules.filter((rule) => rule.status === "pending").length;
  if (result.verdict === "NOT_ELIGIBLE") return `${failed} dari ${result.rules.length} persyaratan tidak terpenuhi.`;
  if (result.verdict === "PENDING_VERIFICATION") {
    return `Tidak ada persyaratan yang gagal; ${pending} persyaratan menunggu data, dokumen, atau keputusan Panitia Seleksi.`;
  }
  return `Seluruh ${result.rules.length} persyaratan terpenuhi.`;
}

export function ageLine(result: EligibilityResult): string {
  const when = formatCalendarDate(result.referenceDate);
  if (!result.age) return `Usia pada ${when}: belum dapat dihitung (tanggal lahir belum diisi atau sesudah tanggal acuan)`;
  const limit = result.age.limit !== null ? ` (batas ${result.age.limit} tahun)` : "";
  return `Usia pada ${when}: ${formatDuration(result.age)}${limit}`;
}

export function EligibilityChecklist({ result, ruleTexts }: Props) {
  const verdict = VERDICTS[result.verdict];
  return (
    <div aria-live="polite" className="space-y-4" data-testid="eligibility-result" data-verdict={result.verdict}>
      <div className={`flex items-start gap-3 rounded-lg border-2 p-4 ${verdict.box}`}>
        <StatusIcon name={verdict.icon} className="mt-0.5 h-6 w-6" />
        <div>
          <p className="text-lg font-bold tracking-wide" data-testid="eligibility-verdict">
            {verdict.text}
          </p>
          <p className="text-sm">{verdictDetail(result)}</p>
        </div>
      </div>

      <p className="text-sm text-slate-800" data-testid="eligibility-age">
        {ageLine(result)}
      </p>

      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Hasil per persyaratan">
        {result.rules.map((rule) => {
          const style = STATUS_STYLE[rule.status];
          const text = ruleTexts?.[rule.id];
          return (
            <li key={rule.id} data-rule-id={rule.id} data-status={rule.status} className="flex gap-3 p-3">
              <StatusIcon name={style.icon} className={`mt-0.5 ${style.iconColour}`} />
              <div className="min-w-0 flex-1 space-y-1">
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <span className="font-medium text-slate-900">{ruleLabel(rule.id)}</span>
                  <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${style.badge}`}>
                    {RULE_STATUS_TEXT[rule.status]}
                  </span>
                </div>
                <p className="text-sm break-words text-slate-700">{rule.reason}</p>
                {text ? <p className="text-xs whitespace-pre-line text-slate-500">Bunyi persyaratan: {text}</p> : null}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
