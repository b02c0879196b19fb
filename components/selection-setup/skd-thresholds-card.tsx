// The SKD passing thresholds on a CPNS selection's setup page: a form while the selection is a draft,
// the figures afterwards (they decide who passes the SKD, so they do not change once announced).
import { SkdThresholdsForm } from "@/components/selection-setup/skd-thresholds-form";
import { Card } from "@/components/ui/card";
import type { ActionResult } from "@/lib/action";
import { SKD_THRESHOLDS_MISSING, skdThresholdsText } from "@/lib/cat-results/thresholds";
import type { SkdThresholds } from "@/lib/selection-setup/types";
import type { SkdThresholdsInput } from "@/lib/validation/cat-results";

export function SkdThresholdsCard(props: {
  selectionId: string;
  thresholds: SkdThresholds | null;
  isDraft: boolean;
  action: (input: SkdThresholdsInput) => Promise<ActionResult<unknown>>;
}) {
  const { thresholds } = props;
  return (
    <Card title="Nilai ambang batas SKD" id="ambang-batas-skd">
      <div className="space-y-3 text-sm">
        <p data-testid="ambang-batas-skd">
          {thresholds ? <>Peserta lulus SKD bila memenuhi ketiga nilai ambang batas: {skdThresholdsText(thresholds)}.</> : SKD_THRESHOLDS_MISSING}
        </p>
        {props.isDraft ? (
          <SkdThresholdsForm
            action={props.action}
            defaults={{ selectionId: props.selectionId, twk: thresholds ? String(thresholds.twk) : "", tiu: thresholds ? String(thresholds.tiu) : "", tkp: thresholds ? String(thresholds.tkp) : "" }}
          />
        ) : (
          <p className="text-slate-600">Ambang batas tidak dapat diubah setelah seleksi diumumkan.</p>
        )}
      </div>
    </Card>
  );
}
