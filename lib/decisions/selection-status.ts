import "server-only";
// The selection's status follows its vacancies' decisions (steps.ts, selectionStatusFromDecisions): read
// in the caller's transaction and written through the selection's state machine, with its audit row.
import type { TransactionClient } from "@/lib/db";
import { transitionSelection } from "@/lib/selections/transitions";
import { isEscalationOption, selectionStatusFromDecisions, type VacancyOutcome } from "./steps";

export async function settleSelectionStatus(tx: TransactionClient, input: { selectionId: string; actorId: string; ip?: string | null; cause: string }): Promise<void> {
  const vacancies = await tx.vacancy.findMany({ where: { selectionId: input.selectionId }, select: { decisions: { orderBy: { createdAt: "asc" }, select: { kind: true, data: true } } } });
  const outcomes = vacancies.map((vacancy): VacancyOutcome => {
    // The last escalation: after a reopening (ROUND_REOPENED) an earlier one is history.
    const escalation = vacancy.decisions.findLast((decision) => decision.kind === "ESCALATED")?.data;
    const option = escalation && typeof escalation === "object" && !Array.isArray(escalation) ? escalation.option : null;
    return { kinds: vacancy.decisions.map((decision) => decision.kind), escalation: isEscalationOption(option) ? option : null };
  });
  await transitionSelection(tx, { selectionId: input.selectionId, to: selectionStatusFromDecisions(outcomes), actorId: input.actorId, ip: input.ip, cause: input.cause, unlessAlready: true });
}
