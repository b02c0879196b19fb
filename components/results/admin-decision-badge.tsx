import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ADMIN_DECISION_STATE_LABELS, type AdminDecisionState } from "@/lib/results/admin-decision";

const TONES: Record<AdminDecisionState, BadgeTone> = {
  UNDECIDED: "neutral",
  AWAITING_SECOND_CHECK: "warning",
  DECIDED_MS: "success",
  DECIDED_TMS: "danger",
};

/** Where an application's administrative decision stands, alike in the queue, the workbench and the result draft. */
export function AdminDecisionBadge({ state }: { state: AdminDecisionState }) {
  return <Badge tone={TONES[state]}>{ADMIN_DECISION_STATE_LABELS[state]}</Badge>;
}
