// What a published announcement lists, read from its frozen snapshot: an administrative result (or
// its correction), or the three names / final result. The page and the PDF route decide the same way.
import { parseDecisionSnapshot, type DecisionSnapshot } from "@/lib/decisions/snapshot";
import { parseResultSnapshot, type ResultSnapshot } from "@/lib/results/snapshot";

export type AnnouncementList = { type: "result"; snapshot: ResultSnapshot } | { type: "decision"; snapshot: DecisionSnapshot };

export function readPublishedList(snapshot: unknown): AnnouncementList | null {
  const result = parseResultSnapshot(snapshot);
  if (result) return { type: "result", snapshot: result };
  const decision = parseDecisionSnapshot(snapshot);
  return decision ? { type: "decision", snapshot: decision } : null;
}
