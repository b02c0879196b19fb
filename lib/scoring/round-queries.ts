import "server-only";
// The first round's candidates after registration was reopened (#15 item 3): the applications already scored
// when the chair reopened registration, as each vacancy's ROUND_REOPENED row recorded them (lib/decisions/steps.ts,
// roundScoredBefore; by application, not by time, so a rehearsal's fake clock cannot mix the rounds up). A stage
// reopened for the new candidates takes no score, correction or import for them: their scores stand as given.
import type { TransactionClient } from "@/lib/db";
import { roundScoredBefore } from "@/lib/decisions/steps";

/** The applications scored before the last reopening of their vacancy, or null when registration was never reopened. */
export async function firstRoundCandidateIds(db: TransactionClient, selectionId: string): Promise<Set<string> | null> {
  const rows = await db.selectionDecision.findMany({
    where: { selectionId, vacancyId: { not: null } },
    orderBy: { createdAt: "asc" },
    select: { vacancyId: true, kind: true, data: true },
  });
  if (!rows.some((row) => row.kind === "ROUND_REOPENED")) return null;
  const ids = new Set<string>();
  for (const vacancyId of new Set(rows.map((row) => row.vacancyId))) {
    for (const id of roundScoredBefore(rows.filter((row) => row.vacancyId === vacancyId)) ?? []) ids.add(id);
  }
  return ids;
}

export const FIRST_ROUND_LOCKED =
  "Peserta ini dinilai sebelum pendaftaran dibuka kembali; nilainya tetap seperti semula dan tidak dapat ditambah atau diubah.";
