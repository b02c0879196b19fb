import { Badge } from "@/components/ui/badge";
import type { SelectionStatus } from "@/lib/generated/prisma/enums";
import { SELECTION_PHASE_LABELS, SELECTION_PHASE_TONES, selectionPhase } from "@/lib/selections/status";

type Props = {
  status: SelectionStatus;
  /** With the registration window a published selection shows whether registration is still open at `now`. */
  registration?: { opensAt: Date; closesAt: Date };
  now?: Date;
};

/** A selection's status in Indonesian (data-status carries the phase for tests and styling). */
export function SelectionStatusBadge({ status, registration, now }: Props) {
  const phase = registration && now ? selectionPhase(status, registration, now) : status;
  return (
    <span data-testid="status-seleksi" data-status={phase}>
      <Badge tone={SELECTION_PHASE_TONES[phase]}>{SELECTION_PHASE_LABELS[phase]}</Badge>
    </span>
  );
}
