import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { Completeness } from "@/lib/profile/completeness";

/** The DRH's progress: which sections are filled, each a link to its card. */
export function CompletenessCard({ completeness }: { completeness: Completeness }) {
  const { sections, requiredFilled, requiredTotal, optionalFilled, optionalTotal } = completeness;
  const percent = Math.round((requiredFilled / requiredTotal) * 100);
  return (
    <Card id="kelengkapan" title="Kelengkapan Daftar Riwayat Hidup">
      <p className="text-sm text-slate-700" data-testid="kelengkapan-ringkas">
        {requiredFilled} dari {requiredTotal} bagian wajib lengkap · {optionalFilled} dari {optionalTotal} bagian lain terisi
      </p>
      <div
        role="progressbar"
        aria-label="Bagian wajib yang lengkap"
        aria-valuemin={0}
        aria-valuemax={requiredTotal}
        aria-valuenow={requiredFilled}
        aria-valuetext={`${requiredFilled} dari ${requiredTotal} bagian wajib lengkap`}
        className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-emerald-600" style={{ width: `${percent}%` }} />
      </div>
      <ul className="mt-4 grid gap-2 text-sm sm:grid-cols-2">
        {sections.map((section) => (
          <li key={section.key} className="flex items-start gap-2">
            <span aria-hidden="true" className={section.isFilled ? "text-emerald-700" : "text-slate-400"}>
              {section.isFilled ? "✔" : "○"}
            </span>
            <span>
              <a href={`#${section.anchor}`}>{section.heading}</a>{" "}
              {section.isRequired ? <Badge tone={section.isFilled ? "success" : "warning"}>{section.isFilled ? "Lengkap" : "Wajib"}</Badge> : null}
              <span className="sr-only">{section.isFilled ? " (terisi)" : " (belum terisi)"}</span>
              <span className="block text-xs text-slate-600">{section.detail}</span>
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
