import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DECISION_STATE_LABELS, type DecisionState } from "@/lib/results/decision-state";

const TONES: Record<DecisionState, BadgeTone> = {
  UNDECIDED: "neutral",
  AWAITING_SECOND_CHECK: "warning",
  DECIDED_MS: "success",
  DECIDED_TMS: "danger",
};

/** Where an application's administrative decision stands, alike in the queue, the workbench and the proposal. */
export function DecisionStateBadge({ state }: { state: DecisionState }) {
  return <Badge tone={TONES[state]}>{DECISION_STATE_LABELS[state]}</Badge>;
}
